import DiscordREST
import Foundation

/// Everything a console shows at once, read in one go from the store, so
/// a front end never touches SQL: the queue, the audit log, counts, poll and
/// lease status, and the engine's mode. Equal overviews show the same, so a
/// front end redraws only for a different one.
public struct EngineOverview: Sendable, Equatable {
    /// Every open suggestion and the recent others, newest first.
    public var queue: [Suggestion]
    /// The newest audit entries first.
    public var audit: [AuditEntry]
    public var counts: Store.Counts
    /// Status lines by key: `last_poll`, `content_intent`, `poll:<channel id>`, `guild_name`, ...
    public var statuses: [String: String]
    public var lastPoll: Date?
    public var leaseHolder: String?
    /// Whether this engine holds the poller lease (else it watches).
    public var polling: Bool
    public var auto: AutoSettings
    public var dryRun: Bool
    public var moderator: String
    /// The last rate-limit wait the client reported, if recent.
    public var backOff: String?
    /// How each channel's last poll went (`pollFailing`, `contentIntentOff` sum it up).
    public var pollStates: [Snowflake: ChannelPollState] = [:]
    /// No jobs channel is configured: moves are refused (a warning to show).
    public var jobsChannelMissing = false
    /// Why the engine stopped acting for good (Discord rejected the token), if it did.
    public var fatalProblem: FatalProblem?
    /// The store write that failed in the last poll cycle (a full disk, ...), if one did.
    public var storeFailure: StoreError?

    public init(queue: [Suggestion] = [], audit: [AuditEntry] = [], counts: Store.Counts = .init(), statuses: [String: String] = [:],
                lastPoll: Date? = nil, leaseHolder: String? = nil, polling: Bool = false, auto: AutoSettings = .init(),
                dryRun: Bool = false, moderator: String = "", backOff: String? = nil) {
        self.queue = queue
        self.audit = audit
        self.counts = counts
        self.statuses = statuses
        self.lastPoll = lastPoll
        self.leaseHolder = leaseHolder
        self.polling = polling
        self.auto = auto
        self.dryRun = dryRun
        self.moderator = moderator
        self.backOff = backOff
    }
}

extension ModerationEngine {
    /// The console's view of the engine and its store at `now`, read in
    /// full. A console keeps it up to date with `OverviewTracker` instead of
    /// calling this again.
    public func overview(queueLimit: Int = 500, auditLimit: Int = 200, now: Date = Date()) async throws(StoreError) -> EngineOverview {
        let parts = try await OverviewParts.read(from: store, queueLimit: queueLimit, auditLimit: auditLimit, now: now)
        return parts.overview(queue: parts.queue, context: OverviewContext(self), runtime: await OverviewRuntime(self), now: now)
    }
}

extension ModerationEngine {
    /// A client callback that records each rate-limit wait as a status line
    /// and an event, so every console shows the back-off.
    public static func rateLimitRecorder(_ store: Store) -> @Sendable (RateLimitEvent) -> Void {
        { event in
            let detail = "\(event.cause.rawValue) on \(event.route): waiting \(String(format: "%.2f", event.wait.seconds)) s"
            Task {
                try? await store.setStatus("rate_limit", detail)
                try? await store.record(EngineEvent(.rateLimited, detail: detail))
            }
        }
    }
}
