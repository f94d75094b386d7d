import DiscordREST
import Foundation
import Synchronization
import Testing
@testable import Engine

/// The console's overview kept up to date from events must be exactly what
/// a full read gives, and must cost nothing while nothing happens.
@Suite("Overview tracker")
struct OverviewTrackerTests {
    @Test("after random engine activity (polls, decisions, undo, auto mode), the tracked overview equals a full read")
    func equalsFullRead() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine { $0.auto.grace = .zero }
            let store = try h.openStore()
            var timing = OverviewTracker.Timing()
            timing.resync = .seconds(86_400)  // only events may keep it right here
            timing.lease = .zero  // a lease lapses without an event: here it is read at every update
            let source = CountingSource(store)
            // Small windows, so suggestions and audit entries move in and out of them.
            var small = OverviewTracker(engine: engine, source: source, queueLimit: 4, auditLimit: 3, timing: timing)
            var standard = OverviewTracker(engine: engine, source: store, queueLimit: 500, auditLimit: 200, timing: timing)
            var smallShown: EngineOverview?, standardShown: EngineOverview?
            var random = SplitMix(seed: 11)
            var autoSwitches = 0
            let texts = [Texts.scam, Texts.jobPost, Texts.ordinary, "we are hiring a swift dev, dm me for details", "free nitro at disc0rd-gift.com"]
            for step in 0..<40 {
                switch random.next(below: 8) {
                case 0, 1, 2:
                    for _ in 0...random.next(below: 3) {
                        // A repeated text sometimes joins an open suggestion as a cross-post copy.
                        let text = texts[random.next(below: texts.count)] + (random.next(below: 3) == 0 ? "" : " #\(step)")
                        try h.post(text, as: ["swiftlyjen", "pointfree_paul"][random.next(below: 2)], in: ["general", "help"][random.next(below: 2)])
                    }
                    _ = await engine.pollCycle()
                case 3, 4:
                    let open = try await store.queue(.open, limit: 50)
                    guard !open.isEmpty else { continue }
                    let decision: Decision = [.approve, .dismiss, .override(.flag), .veto][random.next(below: 4)]
                    _ = try? await engine.decide(open[random.next(below: open.count)].id, decision)
                case 5:
                    let done = try await store.queue(.all, limit: 200).filter { $0.state == .done && $0.undo != .nothingToUndo }
                    guard !done.isEmpty else { continue }
                    _ = try? await engine.undo(done[random.next(below: done.count)].id)
                case 6:
                    try await engine.setAuto(random.next(below: 2) == 0)
                    autoSwitches += 1
                    await engine.executeDue()
                default:
                    try await store.setStatus("rate_limit", "global on /channels: waiting 0.50 s")
                    try await store.record(EngineEvent(.rateLimited, detail: "global on /channels: waiting 0.50 s"))
                    await engine.executeDue()
                }
                let now = Date()
                let smallEvents = try await store.events(after: small.sequence), standardEvents = try await store.events(after: standard.sequence)
                smallShown = try await small.update(with: smallEvents, now: now) ?? smallShown
                standardShown = try await standard.update(with: standardEvents, now: now) ?? standardShown
                #expect(smallShown == (try await engine.overview(queueLimit: 4, auditLimit: 3, now: now)), "step \(step)")
                #expect(standardShown == (try await engine.overview(now: now)), "step \(step)")
            }
            let full = try await engine.overview()
            #expect(full.queue.count > 4 && full.audit.count > 3, "the activity outgrew the small windows: \(full.queue.count) suggestions, \(full.audit.count) audit entries")
            #expect(full.queue.contains { $0.state == .reverted } || full.audit.contains { $0.action.hasPrefix("undo") }, "an undo happened")
            // One full read; each auto switch checks every row's version; the rest came from events.
            #expect(source.reads("queue") == 2)
            #expect(source.reads("queueVersions") == autoSwitches)
            #expect(source.reads("suggestions") > 10)
        }
    }

    @Test("with no engine activity, ticks read nothing from the store until the lease is due again")
    func idleTicksReadNothing() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            try h.post(Texts.scam)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let source = CountingSource(store)
            var tracker = OverviewTracker(engine: engine, source: source, queueLimit: 500, auditLimit: 200, timing: .init())
            let start = Date()
            let first = try await tracker.update(with: [], now: start)
            #expect(first?.queue.count == 1, "the first update reads everything")
            let afterFirst = source.total
            #expect(afterFirst > 0)
            for tick in 1...40 {
                let now = start.addingTimeInterval(Double(tick) * 0.1)
                let events = try await store.events(after: tracker.sequence)
                let changed = try await tracker.update(with: events, now: now)
                #expect(changed == nil)
            }
            #expect(source.total == afterFirst, "40 idle ticks read nothing")
            // The lease can lapse without an event: read again after a few seconds, alone.
            let later = try await tracker.update(with: [], now: start.addingTimeInterval(6))
            #expect(later == nil, "the same lease holder: nothing new to show")
            #expect(source.total == afterFirst + 1 && source.reads("leaseHolder") == 2)
        }
    }

    @Test("when events were pruned in between, the tracker reads everything again and stays right")
    func gapReadsEverything() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let store = try h.openStore()
            let source = CountingSource(store)
            var tracker = OverviewTracker(engine: engine, source: source, queueLimit: 500, auditLimit: 200, timing: .init())
            _ = try await tracker.update(with: [], now: Date())
            let seen = tracker.sequence
            try h.post(Texts.scam)
            _ = await engine.pollCycle()
            try await store.pruneEvents(olderThan: 0, now: Date().addingTimeInterval(1))
            try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            let events = try await store.events(after: seen)
            #expect(events.first.map { $0.sequence > seen + 1 } == true, "the events in between are gone")
            let now = Date()
            let tracked = try await tracker.update(with: events, now: now)
            #expect(source.reads("queueVersions") == 1, "everything checked again")
            #expect(source.reads("queue") == 2, "but only the first read decoded every row")
            #expect(tracked == (try await engine.overview(now: now)))
            #expect(tracked?.queue.count == 2)
        }
    }

    @Test("once a minute, rows and status lines changed without an event are found; only the changed rows are decoded again")
    func resyncFindsUnannouncedChanges() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            try h.post(Texts.scam)
            try h.post(Texts.jobPost, as: "pointfree_paul")
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let source = CountingSource(store)
            var timing = OverviewTracker.Timing()
            timing.lease = .seconds(3600)  // the lease lapses in these fake minutes; not what is tested here
            var tracker = OverviewTracker(engine: engine, source: source, queueLimit: 500, auditLimit: 200, timing: timing)
            let start = Date()
            _ = try await tracker.update(with: [], now: start)
            let decodedAtFirst = source.rowsDecoded
            let edited = try #require(try await store.queue(.open).first)
            let later = Date().timeIntervalSince1970 + 1
            try await store.pool.write { db in
                try db.execute(sql: "UPDATE suggestion SET content = 'edited by hand', updated_at = ? WHERE id = ?", arguments: [later, edited.id])
            }
            try await store.setStatus("guild_name", "Renamed Guild")
            #expect(try await tracker.update(with: [], now: start.addingTimeInterval(30)) == nil, "not yet: no event said so")
            let now = start.addingTimeInterval(61)
            let resynced = try await tracker.update(with: [], now: now)
            #expect(resynced?.queue.first { $0.id == edited.id }?.content == "edited by hand")
            #expect(resynced?.statuses["guild_name"] == "Renamed Guild")
            #expect(resynced == (try await engine.overview(now: now)))
            #expect(source.rowsDecoded == decodedAtFirst + 1, "of the two rows only the edited one was decoded again")
        }
    }
}

/// The store, counting each read made through it, by method.
final class CountingSource: OverviewSource {
    let store: Store
    private let counts = Mutex<[String: Int]>([:])
    private let rows = Mutex(0)

    init(_ store: Store) { self.store = store }

    func reads(_ method: String) -> Int { counts.withLock { $0[method] ?? 0 } }
    var total: Int { counts.withLock { $0.values.reduce(0, +) } }
    /// Suggestion rows read and decoded, whichever way.
    var rowsDecoded: Int { rows.withLock { $0 } }
    private func count(_ method: String) { counts.withLock { $0[method, default: 0] += 1 } }

    func lastEventSequence() async throws(StoreError) -> Int64 {
        count("lastEventSequence")
        return try await store.lastEventSequence()
    }
    func statuses() async throws(StoreError) -> [String: (value: String, at: Date)] {
        count("statuses")
        return try await store.statuses()
    }
    func leaseHolder(_ name: String, now: Date) async throws(StoreError) -> String? {
        count("leaseHolder")
        return try await store.leaseHolder(name, now: now)
    }
    func queue(_ scope: Store.QueueScope, limit: Int, offset: Int) async throws(StoreError) -> [Suggestion] {
        count("queue")
        let page = try await store.queue(scope, limit: limit, offset: offset)
        rows.withLock { $0 += page.count }
        return page
    }
    func suggestions(_ ids: [Int64]) async throws(StoreError) -> [Suggestion] {
        count("suggestions")
        rows.withLock { $0 += ids.count }
        return try await store.suggestions(ids)
    }
    func queueVersions(limit: Int, openLimit: Int) async throws(StoreError) -> (open: [Store.RowVersion], recent: [Store.RowVersion]) {
        count("queueVersions")
        return try await store.queueVersions(limit: limit, openLimit: openLimit)
    }
    func audit(limit: Int, offset: Int) async throws(StoreError) -> [AuditEntry] {
        count("audit")
        return try await store.audit(limit: limit, offset: offset)
    }
    func audit(after id: Int64, limit: Int) async throws(StoreError) -> [AuditEntry] {
        count("auditAfter")
        return try await store.audit(after: id, limit: limit)
    }
    func counts() async throws(StoreError) -> Store.Counts {
        count("counts")
        return try await store.counts()
    }
    func pollStates() async throws(StoreError) -> [Snowflake: ChannelPollState] {
        count("pollStates")
        return try await store.pollStates()
    }
}

/// A small seeded generator, so a failing sequence of activity can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
