import DiscordREST
import DiscordSimulator
import Foundation
import Testing
import TestSupport
@testable import Engine

/// Issue 12: a backlog of auto actions neither holds polling up nor makes a
/// stop request wait for all of it.
@Suite("Engine backlog")
struct EngineBacklogTests {
    @Test("64 due auto deletes on a slow route: polling goes on meanwhile, and a stop finishes only the action in flight")
    func backlogDoesNotBlockPollingOrStop() async throws {
        try await withEngineHarness { h in
            // Auto mode on in the store already (a console turned it on): this engine leaves it on when it stops.
            try await h.openStore().setAutoMode(true)
            let engine = try await h.engine {
                $0.auto.enabled = true
                $0.auto.grace = .zero
                $0.auto.minConfidence = 0.5
            }
            _ = await engine.pollCycle()  // sets the cursor, so the next poll reads every new message, not a backfill
            for n in 0..<64 {
                // A distinct tail each, so the scams are 64 suggestions, not one cross-post.
                try h.post(Texts.scam + " code " + UUID().uuidString.replacingOccurrences(of: "-", with: " ") + " \(n)", as: "pointfree_paul")
            }
            _ = await engine.pollCycle()
            let store = try h.openStore()
            #expect(try await store.unscheduledIDs().count >= 60)
            h.simulator.inject(.delay(.milliseconds(300)), route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"), count: 1_000)
            h.simulator.clearRecord()
            let running = Task { await engine.run() }

            func deletes() -> Int { h.simulator.snapshot().mutations.filter { $0.method == "DELETE" }.count }
            try await waitUntil("a few deletes made") { deletes() >= 3 }
            var pollSeenWithDeletesLeft = false
            try await waitUntil("a poll while deletes are still being made", within: .seconds(10)) {
                let requests = h.simulator.recordedRequests()
                guard let firstDelete = requests.firstIndex(where: { $0.method == "DELETE" }) else { return false }
                let polled = requests[firstDelete...].contains { $0.method == "GET" && $0.apiPath.hasSuffix("/messages") }
                pollSeenWithDeletesLeft = polled && deletes() < 64
                return polled
            }
            #expect(pollSeenWithDeletesLeft)

            let beforeStop = deletes()
            running.cancel()
            await running.value
            let executedAfterStop = deletes() - beforeStop
            #expect(executedAfterStop <= 2, "only the action in flight finishes; \(executedAfterStop) deletes were made after the stop")
            let left = try await store.dueIDs(now: Date().addingTimeInterval(3_600))
            #expect(left.count >= 30, "the rest stay due for the next engine")
            #expect(left.allSatisfy { $0.from == .pending })
            #expect(try await store.orphanedClaims(isAlive: { _ in false }, now: Date()).isEmpty, "no action left claimed")
        }
    }
}
