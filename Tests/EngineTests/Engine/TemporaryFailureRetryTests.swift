import DiscordREST
import DiscordSimulator
@testable import Engine
import Foundation
import Testing

/// A temporary failure (a dropped connection, a 5xx past the client's own
/// retries, an unreadable answer) puts the action back to run again instead
/// of failing it for good: in auto mode nobody would approve it again, and
/// the scam would stay up. A definite refusal still fails at once.
@Suite struct TemporaryFailureRetryTests {
    static let scam = "FREE NITRO for everyone, claim it at disc0rd-gift.com before it expires @everyone"

    @Test func anAutoDeleteCutOffMidAnswerRunsAgainAndTheScamGoes() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, id) = try await h.polled(Self.scam) { $0.auto.enabled = true; $0.auto.grace = .zero }
            try await store.setAutoMode(true)
            // The delete's answer is cut off twice: the first run cannot tell it worked.
            h.simulator.inject(.dropConnection, route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"), count: 2)
            var ran = await engine.executeDue()
            let first = try #require(try await store.suggestion(id))
            #expect(first.state == .pending && first.dueAt != nil, "put back with a due time, not failed: \(first.state) \(first.failure ?? "")")
            #expect(ran.allSatisfy { $0.state != .failed })
            #expect(try await store.attempts(of: id) == 1)
            // When it is due again (an hour on) it runs from where it stopped; the second cut-off costs one more attempt.
            for _ in 0..<Executor.attemptLimit where try await store.suggestion(id)?.state != .done {
                ran = await engine.executeDue(now: Date().addingTimeInterval(3600))
            }
            #expect(try await store.suggestion(id)?.state == .done)
            #expect(!(try h.messages(in: "general")).contains { $0.id == post.description })
        }
    }

    @Test func aModeratorsApprovalIsKeptAcrossATemporaryFailure() async throws {
        try await withEngineHarness { h in
            let (engine, _, _, id) = try await h.polled(Self.scam)
            h.simulator.inject(.status(502, code: 0, message: "Bad Gateway"), route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"), count: 20)
            let decided = try await engine.decide(id, .approve)
            #expect(decided.state == .approved && decided.dueAt != nil, "\(decided.state) \(decided.failure ?? "")")
            #expect(decided.failure?.contains("502") == true)
            h.simulator.clearFaults()
            let retried = await engine.executeDue(now: Date().addingTimeInterval(3600))
            #expect(retried.first?.state == .done)
        }
    }

    @Test func aDefiniteRefusalFailsAtOnceAndRetriesAreBounded() async throws {
        try await withEngineHarness { h in
            let (engine, store, _, id) = try await h.polled(Self.scam)
            h.simulator.inject(.status(403, code: 50013, message: "Missing Permissions"), route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"))
            #expect(try await engine.decide(id, .approve).state == .failed, "a missing permission will not fix itself")
            let second = try h.post(Self.scam + " again", as: "async_anna")
            _ = await engine.pollCycle()
            let other = try await h.suggestionID(of: second)
            h.simulator.inject(.dropConnection, route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"), count: 1_000)
            _ = try await engine.decide(other, .approve)
            for _ in 0..<Executor.attemptLimit + 1 { _ = await engine.executeDue(now: Date().addingTimeInterval(3600)) }
            let last = try #require(try await store.suggestion(other))
            let attempts = try await store.attempts(of: other)
            #expect(last.state == .failed && attempts == Executor.attemptLimit, "\(last.state) after \(attempts) attempts")
        }
    }

    @Test func anEngineStartsThroughACutAnswerToItsLogin() async throws {
        try await withEngineHarness { h in
            // The fault soak once caught an engine refusing to start over one unreadable answer.
            h.simulator.inject(.malformedJSON, route: RouteMatcher(method: "GET", path: "/users/@me"), count: 2)
            let engine = try h.unstartedEngine()
            try await engine.start()
            let logins = h.simulator.recordedRequests().filter { $0.method == "GET" && $0.apiPath == "/users/@me" }
            #expect(logins.count == 3, "two cut answers, then the login")
        }
    }

    @Test func aRejectedTokenIsNotRetried() async throws {
        try await withEngineHarness { h in
            h.simulator.inject(.status(401, code: 0, message: "401: Unauthorized"), route: RouteMatcher(method: "GET", path: "/users/@me"), count: 10)
            let engine = try h.unstartedEngine()
            await #expect(throws: EngineError.self) { try await engine.start() }
            #expect(h.simulator.recordedRequests().filter { $0.apiPath == "/users/@me" }.count == 1)
        }
    }
}
