import DiscordREST
import DiscordSimulator
import Foundation
import GRDB
import Testing
@testable import Engine

/// What an outside probe found an engine doing silently: moving with no
/// jobs channel, running on after a 401, losing track of a full disk.
@Suite struct StartupHardeningTests {
    @Test("without a jobs channel an approved move is refused (nothing deleted) and auto mode schedules no move")
    func noJobsChannelNoMove() async throws {
        try await withEngineHarness { h in
            var configuration = h.configuration
            configuration.jobsChannel = nil
            configuration.engine.auto.enabled = true
            configuration.engine.auto.grace = .zero
            let engine = try h.unstartedEngine(configuration)
            try await engine.start()
            let post = try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            #expect(suggestion.action == .move)
            #expect(await engine.executeDue().isEmpty, "auto mode scheduled a move with nowhere to move to")
            #expect(try await store.suggestion(suggestion.id)?.dueAt == nil)

            let error = await #expect(throws: EngineError.self) { try await engine.decide(suggestion.id, .approve) }
            let text = error?.description ?? ""
            #expect(text.contains("flag") && text.contains("DISCORD_JOBS_CHANNEL_ID"), "\(text)")
            #expect(h.simulator.snapshot().mutations.isEmpty, "the post was not deleted, no DM was sent")
            #expect(try await engine.overview().jobsChannelMissing)
            // Flagging it instead still works.
            _ = try await engine.decide(suggestion.id, .override(.flag))
        }
    }

    @Test("a 401 stops the engine's loop by itself and the overview says why")
    func tokenRejectedStops() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            #expect(engine.fatalProblem == nil)
            h.simulator.inject(.status(401, code: 0, message: "401: Unauthorized"), route: RouteMatcher(path: "/channels/*/messages"), count: 100)
            let loop = Task { await engine.run() }
            // Ends without being cancelled: a zombie engine would loop until the test's time limit.
            await loop.value
            #expect(engine.fatalProblem == .tokenRejected)
            #expect(engine.fatalProblem?.description.contains("DISCORD_BOT_TOKEN") == true)
            #expect(try await engine.overview().fatalProblem == .tokenRejected)
        }
    }

    @Test("a full disk fails the poll naming the store and the fix, and the messages are stored once it has room")
    func fullDiskKeepsMessages() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let pages = try await engine.store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
            try await engine.store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
            let posts = try (0..<40).map { index in
                try h.post("message \(index): " + String(repeating: "long enough to need new pages in the store ", count: 20))
            }
            let full = await engine.pollCycle()
            let failure = try #require(full.storeFailure, "\(full.problems)")
            #expect(failure.kind == .full)
            #expect(failure.description.contains(engine.store.path) && failure.description.contains("free space on"), "\(failure)")
            #expect(try await engine.overview().storeFailure?.kind == .full)
            #expect(try await h.openStore().suggestion(forMessage: posts[0]) == nil)

            try await engine.store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
            let after = await engine.pollCycle()
            #expect(after.storeFailure == nil && after.problems.isEmpty, "\(after.problems)")
            #expect(await engine.storeFailure == nil)
            for post in posts { #expect(try await h.openStore().suggestion(forMessage: post) != nil, "message \(post) was lost") }
        }
    }

    @Test("a store that cannot take the lease reports the store, not another poller (run --once said the lease)")
    func storeFailureIsNotALeaseHolder() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            try await engine.store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
            let report = await engine.pollCycle()
            #expect(!report.polled)
            #expect(report.leaseHolder == nil, "no other engine holds the lease")
            #expect(report.storeFailure?.description.contains(engine.store.path) == true, "\(report.problems)")
        }
    }
}
