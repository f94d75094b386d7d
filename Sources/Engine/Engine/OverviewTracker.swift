import Foundation

/// Keeps a console's `EngineOverview` up to date from the engine's events,
/// reading only what they say changed: the suggestions an event names (by
/// id), audit entries after the newest one held, the counts when suggestions
/// changed, the status lines after a poll, rate-limit or lease event, and the
/// lease holder now and then (it lapses without an event). With no event
/// and no timer due, `update` reads nothing at all.
///
/// The result is what a full `ModerationEngine.overview()` would give at the
/// same moment: the same rows, kept by the same rule (every open suggestion
/// and the `queueLimit` newest others, newest first). When the event stream
/// has a gap (events pruned, or one this version cannot read), after an
/// event that changes many suggestions at once (auto mode off), and every
/// `Timing.resync` as a safety net, it checks everything again: the status
/// lines, the lease, the counts, and each queued row's version
/// (`updated_at`), reading again only the rows whose version changed. So a
/// store write that changes a suggestion must set its `updated_at` (every
/// one does) and should record an event naming it (or it shows only then).
public struct OverviewTracker: Sendable {
    /// How often what no event announces is read again.
    public struct Timing: Sendable {
        /// The lease lapses without an event: its holder is read this often.
        public var lease: Duration = .seconds(5)
        /// Everything is checked this often, in case something changed without an event.
        public var resync: Duration = .seconds(60)
        public init() {}
    }

    let source: any OverviewSource
    let engine: ModerationEngine
    let context: OverviewContext
    let queueLimit: Int
    let auditLimit: Int
    let timing: Timing
    /// The newest event the overview reflects: pass the events after it to `update`.
    public private(set) var sequence: Int64 = 0
    private var parts: OverviewParts?
    /// `parts.queue`, kept sorted between changes.
    private var queue: [Suggestion] = []
    private var shown: EngineOverview?
    /// Whether anything was read since the last overview was made.
    private var readSinceShown = false
    private var leaseReadAt = Date.distantPast
    private var resyncedAt = Date.distantPast

    /// A tracker for `engine`'s store; the limits are those of `ModerationEngine.overview`.
    public init(engine: ModerationEngine, queueLimit: Int = 500, auditLimit: Int = 200, timing: Timing = .init()) {
        self.init(engine: engine, source: engine.store, queueLimit: queueLimit, auditLimit: auditLimit, timing: timing)
    }

    init(engine: ModerationEngine, source: any OverviewSource, queueLimit: Int, auditLimit: Int, timing: Timing) {
        self.source = source
        self.engine = engine
        self.context = OverviewContext(engine)
        self.queueLimit = queueLimit
        self.auditLimit = auditLimit
        self.timing = timing
    }

    /// Applies `events` (as `Store.events(after: sequence)` gives them; the
    /// first call reads everything and may pass none) and returns the
    /// overview at `now` if it differs from the one returned last, else nil.
    /// After an error the next call reads everything again.
    public mutating func update(with events: [EngineEvent], now: Date = Date()) async throws(StoreError) -> EngineOverview? {
        do {
            try await apply(events.filter { $0.sequence > sequence }, now: now)
        } catch {
            parts = nil
            throw error
        }
        return makeOverview(runtime: await OverviewRuntime(engine), now: now)
    }

    private mutating func apply(_ events: [EngineEvent], now: Date) async throws(StoreError) {
        guard var parts else { return try await readEverything(now: now) }
        let changes = Changes(events)
        guard !changes.everything, now.timeIntervalSince(resyncedAt) < timing.resync.seconds,
              events.first.map({ $0.sequence == sequence + 1 }) ?? true else {
            return try await resync(parts, now: now)
        }
        if changes.statuses {
            parts.statuses = try await source.statuses()
            parts.pollStates = try await source.pollStates()
            readSinceShown = true
        }
        if changes.lease || now.timeIntervalSince(leaseReadAt) >= timing.lease.seconds {
            parts.lease = try await source.leaseHolder("poller", now: now)
            leaseReadAt = now
            readSinceShown = true
        }
        if !changes.suggestionIDs.isEmpty {
            let ids = changes.suggestionIDs.sorted()
            guard parts.merge(try await source.suggestions(ids), ids: ids, queueLimit: queueLimit) else {
                return try await resync(parts, now: now)
            }
            parts.audit = try await newerAudit(than: parts.audit)
            parts.counts = try await source.counts()
            queue = parts.queue
            readSinceShown = true
        }
        if let last = events.last { sequence = last.sequence }
        self.parts = parts
    }

    /// The first read, and the one after an error: every row decoded.
    private mutating func readEverything(now: Date) async throws(StoreError) {
        // The sequence first: a change made during the read is applied again, never missed.
        let newest = try await source.lastEventSequence()
        let parts = try await OverviewParts.read(from: source, queueLimit: queueLimit, auditLimit: auditLimit, now: now)
        took(parts, upTo: newest, now: now)
    }

    /// Checks everything against the store, decoding again only the rows
    /// whose version differs from the copy held.
    private mutating func resync(_ held: OverviewParts, now: Date) async throws(StoreError) {
        var parts = held
        let newest = try await source.lastEventSequence()
        let versions = try await source.queueVersions(limit: queueLimit, openLimit: OverviewParts.openLimit)
        var wanted: [Int64: Date] = [:]
        for version in versions.open + versions.recent { wanted[version.id] = version.updatedAt }
        var members = parts.members.filter { wanted[$0.key] == $0.value.updatedAt }
        let stale = wanted.keys.filter { members[$0] == nil }.sorted()
        if !stale.isEmpty {
            for suggestion in try await source.suggestions(stale) { members[suggestion.id] = suggestion }
        }
        // A row gone since its version was read: only a full read can say what replaces it.
        guard members.count == wanted.count else { return try await readEverything(now: now) }
        let sameRows = stale.isEmpty && members.count == parts.members.count
        parts.members = members
        parts.recent = versions.recent.map(\.id).sorted()
        parts.openCapped = versions.open.count >= OverviewParts.openLimit
        parts.statuses = try await source.statuses()
        parts.pollStates = try await source.pollStates()
        parts.lease = try await source.leaseHolder("poller", now: now)
        parts.audit = try await newerAudit(than: parts.audit)
        parts.counts = try await source.counts()
        took(parts, upTo: newest, now: now, sameRows: sameRows)
    }

    /// Keeps what was read; `sameRows`: the queue's rows are those held, so
    /// the sorted queue (and its cheap comparison with the one shown) stays.
    private mutating func took(_ parts: OverviewParts, upTo newest: Int64, now: Date, sameRows: Bool = false) {
        self.parts = parts
        if !sameRows { queue = parts.queue }
        // Pruning every event resets the newest to 0; the numbering itself goes on.
        sequence = max(sequence, newest)
        leaseReadAt = now
        resyncedAt = now
        readSinceShown = true
    }

    /// The newest `auditLimit` entries: those written after `held`, then `held`.
    private func newerAudit(than held: [AuditEntry]) async throws(StoreError) -> [AuditEntry] {
        let newer = try await source.audit(after: held.first?.id ?? 0, limit: auditLimit)
        return Array((newer + held).prefix(auditLimit))
    }

    /// The overview at `now`, if it differs from the last one returned. Made
    /// only after a read, or when a rate-limit wait stops being shown.
    private mutating func makeOverview(runtime: OverviewRuntime, now: Date) -> EngineOverview? {
        guard let parts else { return nil }
        let backOffEnded = shown?.backOff != nil && (parts.backOffEnds.map { now >= $0 } ?? true)
        let runtimeChanged = shown.map { $0.fatalProblem != runtime.fatalProblem || $0.storeFailure != runtime.storeFailure } ?? true
        guard readSinceShown || backOffEnded || runtimeChanged else { return nil }
        readSinceShown = false
        let overview = parts.overview(queue: queue, context: context, runtime: runtime, now: now)
        guard overview != shown else { return nil }
        shown = overview
        return overview
    }

    /// What a batch of events says to read again.
    struct Changes {
        var suggestionIDs: Set<Int64> = []
        var statuses = false
        var lease = false
        /// Many suggestions changed under one event (auto mode turned off unschedules them all).
        var everything = false

        init(_ events: [EngineEvent]) {
            for event in events {
                if let id = event.suggestionID {
                    suggestionIDs.insert(id)
                    continue
                }
                switch event.event {
                case .suggestionChanged: everything = true
                case .pollStatus, .rateLimited: statuses = true
                // An engine taking over names its guild and classifier in status lines, without an event of their own.
                case .lease: (statuses, lease) = (true, true)
                // Without a suggestion these change nothing shown (an engine error, a phishing-list problem).
                case .classified, .executed, .failed, .undone: break
                }
            }
        }
    }
}

extension OverviewParts {
    /// Takes in suggestions read again because events named `ids`, by the
    /// full read's rule: a suggestion stays if it is open or among the
    /// `queueLimit` newest. Returns false when only a full read can say what
    /// the queue holds (a suggestion gone from the store, or more open ones
    /// than are shown).
    mutating func merge(_ fetched: [Suggestion], ids: [Int64], queueLimit: Int) -> Bool {
        guard !openCapped else { return false }
        let byID = Dictionary(fetched.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in ids {
            guard let suggestion = byID[id] else { return false }
            admitRecent(id, queueLimit: queueLimit)
            members[id] = recent.contains(id) || Self.isOpen(suggestion) ? suggestion : nil
        }
        return members.values.count(where: Self.isOpen) < Self.openLimit
    }

    static func isOpen(_ suggestion: Suggestion) -> Bool { Store.QueueScope.openStates.contains(suggestion.state) }

    /// Counts `id` among the newest if it is (ids only grow), letting the
    /// oldest of them go; that one stays in the queue only while open.
    mutating func admitRecent(_ id: Int64, queueLimit: Int) {
        guard !recent.contains(id) else { return }
        if recent.count >= queueLimit {
            guard let oldest = recent.first, id > oldest else { return }
            recent.removeFirst()
            if let dropped = members[oldest], !Self.isOpen(dropped) { members[oldest] = nil }
        }
        recent.insert(id, at: recent.firstIndex { $0 > id } ?? recent.endIndex)
    }
}
