import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// Issue 12: what the reliability probe found in execution. A crash mid-post
/// never posts twice, however busy the channel, and an answer that says
/// success but is not Discord's is checked before the step counts as done.
@Suite("Executor hardening")
struct ExecutorHardeningTests {
    /// A scam claimed by a dead process with every step before the audit
    /// message done, and the audit message posted (with its nonce) by the run
    /// that died: `startedAgo` seconds ago, among `noise` other messages
    /// before it and `noise` after it in the audit channel.
    static func crashedMidAudit(_ h: EngineHarness, startedAgo: TimeInterval, noise: Int) async throws
        -> (engine: ModerationEngine, claimed: Suggestion, marker: String)
    {
        let (engine, store, _, claimed) = try await EngineSharingTests.claimedByDeadProcess(Texts.scam, h)
        let executor = try await engine.makeExecutor()
        let context = executor.context(for: claimed)
        let steps = context.execution(of: claimed).steps
        let audit = try #require(steps.firstIndex { if case .auditMessage = $0 { true } else { false } })
        for (index, step) in steps.enumerated() where index < audit {
            try await store.journal(claimed.id, phase: .execute, step: index, name: step.name, status: .done)
        }
        let started = Date().addingTimeInterval(-startedAgo)
        try await store.journal(claimed.id, phase: .execute, step: audit, name: steps[audit].name, status: .started, now: started)
        let startedAt = try #require(try await store.journal(claimed.id, phase: .execute)[audit]).startedAt
        let modLog = try h.channel("mod-log").description
        let author = try h.user("pointfree_paul")
        for n in 0..<noise {
            h.simulator.postMessage("raid report \(n)", author: author, channel: modLog, at: started.addingTimeInterval(-60 + Double(n) / 100))
        }
        let text = context.auditText(claimed, undo: false)
        _ = try await h.engine().client.createMessage(in: try h.channel("mod-log"), NewMessage(
            content: text, nonce: PlanContext.nonce(claimed, phase: .execute, step: audit, started: startedAt)))
        for n in 0..<noise { h.simulator.postMessage("raid traffic \(n)", author: author, channel: modLog) }
        return (engine, claimed, PlanContext.marker(claimed, .auditMessage(""), phase: .execute))
    }

    /// Seconds since the crashed step started: 5 is inside the nonce window
    /// (Discord returns the first post), 400 past it (found from the newest end).
    @Test("killed mid audit post with over 1,000 messages before and after it: resumed, not posted again", arguments: [5.0, 400.0])
    func busyAuditChannelGetsNoSecondPost(startedAgo: TimeInterval) async throws {
        try await withEngineHarness { h in
            let (engine, _, marker) = try await Self.crashedMidAudit(h, startedAgo: startedAgo, noise: 1_100)
            let ran = await engine.executeDue()
            #expect(ran.map(\.state) == [.done], "\(ran.map(\.failure))")
            #expect(try h.messages(in: "mod-log").filter { $0.content.hasSuffix(marker) }.count == 1, "no second audit post")
        }
    }

    @Test("every post carries an enforced nonce, and the simulated Discord returns the first message for a repeat")
    func postsCarryEnforcedNonces() async throws {
        try await withEngineHarness { h in
            let (engine, _, _, id) = try await h.polled(Texts.jobPost)
            let done = try await engine.decide(id, .approve)
            #expect(done.state == .done)
            let creates = h.simulator.recordedRequests().filter { $0.method == "POST" && $0.path.hasSuffix("/messages") }
            #expect(creates.count >= 2)
            for create in creates {
                #expect((create.bodyObject?["nonce"] as? String).map { (1...25).contains($0.count) } == true)
                #expect(create.bodyObject?["enforce_nonce"] as? Bool == true)
            }
            let client = engine.client
            let jobs = try h.channel("jobs")
            let first = try await client.createMessage(in: jobs, NewMessage(content: "once", nonce: "same-nonce"))
            let again = try await client.createMessage(in: jobs, NewMessage(content: "once", nonce: "same-nonce"))
            #expect(first.id == again.id)
            #expect(try h.messages(in: "jobs").filter { $0.content == "once" }.count == 1)
        }
    }

    @Test("a delete answered 200 with a proxy page is checked: the scam still up is unverified, not done, and runs again later")
    func anomalousDeleteIsVerified() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, id) = try await h.polled(Texts.scam, as: "pointfree_paul")
            h.simulator.inject(.malformedJSON, route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"))
            let result = try await engine.decide(id, .approve)
            #expect(result.state == .approved && result.dueAt != nil, "put back to run again, never done: \(result.state)")
            #expect(result.failure?.contains("unverified") == true, "\(result.failure ?? "")")
            #expect(!h.simulator.snapshot().isDeleted(post.description), "the scam is still up, and the suggestion says so")
            #expect(try await store.journal(id, phase: .execute).values.allSatisfy { $0.status != .done || !$0.name.hasPrefix("delete") })
        }
    }

    @Test("a post whose answer was cut in half is found on Discord and journaled done, posted once")
    func anomalousPostIsVerified() async throws {
        try await withEngineHarness { h in
            let (engine, _, _, id) = try await h.polled(Texts.scam, as: "pointfree_paul")
            h.simulator.inject(.truncatedJSON, route: RouteMatcher(method: "POST", path: "/channels/\(try h.channel("mod-log"))/messages"))
            let result = try await engine.decide(id, .approve)
            #expect(result.state == .done, "\(result.failure ?? "")")
            #expect(try h.messages(in: "mod-log").count == 1)
        }
    }
}
