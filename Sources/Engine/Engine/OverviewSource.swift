import DiscordREST
import Foundation

/// Every read an `EngineOverview` is made of. The store is the source; the
/// protocol exists so the full read and `OverviewTracker`'s partial reads go
/// through one narrow door that a test can count.
public protocol OverviewSource: Sendable {
    func lastEventSequence() async throws(StoreError) -> Int64
    func statuses() async throws(StoreError) -> [String: (value: String, at: Date)]
    func leaseHolder(_ name: String, now: Date) async throws(StoreError) -> String?
    func queue(_ scope: Store.QueueScope, limit: Int, offset: Int) async throws(StoreError) -> [Suggestion]
    func suggestions(_ ids: [Int64]) async throws(StoreError) -> [Suggestion]
    func queueVersions(limit: Int, openLimit: Int) async throws(StoreError) -> (open: [Store.RowVersion], recent: [Store.RowVersion])
    func audit(limit: Int, offset: Int) async throws(StoreError) -> [AuditEntry]
    func audit(after id: Int64, limit: Int) async throws(StoreError) -> [AuditEntry]
    func counts() async throws(StoreError) -> Store.Counts
    func pollStates() async throws(StoreError) -> [Snowflake: ChannelPollState]
}

extension Store: OverviewSource {}

/// What the engine itself contributes to an overview (not read from the store).
struct OverviewContext: Sendable {
    var holder: String
    var auto: AutoSettings
    var dryRun: Bool
    var moderator: String
    /// Moves are refused without a jobs channel; the status bar says so.
    var jobsChannelMissing: Bool

    init(_ engine: ModerationEngine) {
        holder = engine.holder
        auto = engine.settings.auto
        dryRun = engine.settings.dryRun
        moderator = engine.settings.moderator
        jobsChannelMissing = engine.configuration.jobsChannel == nil
    }
}

/// What the engine knows at run time and the store does not: why it
/// stopped, and whether the store refuses writes. Read from the engine on
/// every update (no store read), so a console shows it at once.
struct OverviewRuntime: Sendable, Equatable {
    var fatalProblem: FatalProblem?
    var storeFailure: StoreError?

    init(_ engine: ModerationEngine) async {
        fatalProblem = engine.fatalProblem
        storeFailure = await engine.storeFailure
    }
}

/// The rows an overview is made of, as read: kept by `OverviewTracker`
/// between events, and made into an `EngineOverview` the same way after a
/// full read and after a partial one, so the two cannot differ.
struct OverviewParts: Sendable {
    var statuses: [String: (value: String, at: Date)]
    var lease: String?
    /// The queue's suggestions by id: every open one and the recent others.
    var members: [Int64: Suggestion]
    /// The ids of the `queueLimit` newest suggestions, ascending.
    var recent: [Int64]
    /// Whether the open ones filled the read's limit (some may be missing).
    var openCapped: Bool
    /// The newest audit entries first.
    var audit: [AuditEntry]
    var counts: Store.Counts
    /// How each channel's last poll went.
    var pollStates: [Snowflake: ChannelPollState]

    /// Open suggestions beyond this many are not shown (the oldest are left out).
    static let openLimit = 10_000

    /// Everything, read afresh.
    static func read(from source: any OverviewSource, queueLimit: Int, auditLimit: Int, now: Date) async throws(StoreError) -> OverviewParts {
        let statuses = try await source.statuses()
        let lease = try await source.leaseHolder("poller", now: now)
        // Everything waiting for a moderator, however old, plus the recent history around it.
        let open = try await source.queue(.open, limit: openLimit, offset: 0)
        let recent = try await source.queue(.all, limit: queueLimit, offset: 0)
        var members: [Int64: Suggestion] = [:]
        for suggestion in open + recent { members[suggestion.id] = suggestion }
        return OverviewParts(statuses: statuses, lease: lease, members: members, recent: recent.map(\.id).sorted(),
                             openCapped: open.count >= openLimit, audit: try await source.audit(limit: auditLimit, offset: 0),
                             counts: try await source.counts(), pollStates: try await source.pollStates())
    }

    /// The queue as the console gets it: newest first.
    var queue: [Suggestion] { members.values.sorted { $0.id > $1.id } }

    /// When the last rate-limit wait stops being shown.
    var backOffEnds: Date? { statuses["rate_limit"].map { $0.at.addingTimeInterval(Self.backOffShown) } }
    static let backOffShown: TimeInterval = 30

    /// The overview at `now`, with `queue` already sorted (newest first).
    func overview(queue: [Suggestion], context: OverviewContext, runtime: OverviewRuntime, now: Date) -> EngineOverview {
        // FoundationEssentials' ISO 8601 parser, not ISO8601DateFormatter: that one loads ICU (6 MB resident) into a console.
        let lastPoll = statuses["last_poll"].flatMap { try? Date($0.value, strategy: .iso8601) }
        let backOff = statuses["rate_limit"].flatMap { now.timeIntervalSince($0.at) < Self.backOffShown ? $0.value : nil }
        var auto = context.auto
        auto.enabled = statuses["auto"]?.value == "on"
        var overview = EngineOverview(
            queue: queue, audit: audit, counts: counts, statuses: statuses.mapValues(\.value), lastPoll: lastPoll,
            leaseHolder: lease, polling: lease == context.holder, auto: auto, dryRun: context.dryRun,
            moderator: context.moderator, backOff: backOff)
        overview.pollStates = pollStates
        overview.jobsChannelMissing = context.jobsChannelMissing
        overview.fatalProblem = runtime.fatalProblem
        overview.storeFailure = runtime.storeFailure
        return overview
    }
}
