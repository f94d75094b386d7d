import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// Issue 12 defect 11: a NUL in a message no longer cuts it short.
@Suite("NUL in message text")
struct NulTextTests {
    @Test("a job post with a NUL survives the store whole and is reposted whole, the NUL sent as \\u0000")
    func nulSurvivesStoreAndRepost() async throws {
        try await withEngineHarness { h in
            let text = Texts.jobPost + " before\u{0}after the NUL"
            let (engine, store, post, id) = try await h.polled(text)
            let stored = try #require(try await store.suggestion(forMessage: post))
            #expect(stored.judged.classifierText.contains("before\u{0}after the NUL"), "the store keeps the whole text")
            let done = try await engine.decide(id, .approve)
            #expect(done.state == .done, "\(done.failure ?? "")")
            let repost = try #require(try h.messages(in: "jobs").last)
            #expect(repost.content.contains("before\u{0}after the NUL"))
            let jobs = try h.channel("jobs")
            let create = try #require(h.simulator.recordedRequests().first { $0.method == "POST" && $0.path.hasSuffix("/\(jobs)/messages") })
            #expect(String(decoding: create.body, as: UTF8.self).contains("before\\u0000after"))
        }
    }
}
