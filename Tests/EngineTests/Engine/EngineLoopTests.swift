import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// The original bot's whole loop, headless, against the simulated guild over
/// real HTTP, with a real SQLite store.
@Suite("Engine loop")
struct EngineLoopTests {
    @Test("a job post in #general: suggested move; approved: reposted in #jobs pinging nobody, original gone, DM, audit")
    func jobPostMoved() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let original = try h.post(Texts.jobPost + " ping @everyone <@\(try h.user("pointfree_paul"))>")
            let report = await engine.pollCycle()
            #expect(report.polled && report.problems.isEmpty)
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: original))
            #expect(suggestion.verdict.action == .move)
            #expect(suggestion.state == .pending)
            #expect(suggestion.undo == .full)

            let done = try await engine.decide(suggestion.id, .approve)
            #expect(done.state == .done, "\(done.failure ?? "")")
            let snapshot = h.simulator.snapshot()
            #expect(snapshot.isDeleted(original.description))
            let repost = try #require(try h.messages(in: "jobs").last)
            #expect(repost.content.contains(Texts.jobPost))
            #expect(repost.content.contains("<@\(try h.user("swiftlyjen"))>"))
            #expect(repost.mentionedUserIDs.isEmpty && !repost.mentionEveryone, "the repost must ping nobody")
            let createBodies = h.simulator.recordedRequests().filter { $0.method == "POST" && $0.path.hasSuffix("/messages") }
            for body in createBodies {
                let mentions = try #require(body.bodyObject?["allowed_mentions"] as? [String: Any])
                #expect((mentions["parse"] as? [Any])?.isEmpty == true)
            }
            #expect(snapshot.directMessages.contains { $0.userID == (try? h.user("swiftlyjen")) && $0.content.contains("moved") })
            let audit = try #require(try h.messages(in: "mod-log").last)
            #expect(audit.content.contains("**move**") && audit.content.contains("test-mod"))
            let entries = try await store.audit()
            #expect(entries.first?.action == "move" && entries.first?.result.hasPrefix("done") == true)
            #expect(entries.first?.moderator == "test-mod")
            let reasons = snapshot.mutations.filter { $0.method == "DELETE" }.map(\.auditLogReason)
            #expect(reasons.allSatisfy { $0?.contains("modconsole") == true && $0?.contains("test-mod") == true })
            #expect(h.tooManyRequests == 0)
        }
    }

    @Test("a scam is deleted; the author's closed DMs are recorded and the action is still done")
    func scamDeletedWithClosedDMs() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let scam = try h.post(Texts.scam, as: "pointfree_paul")
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: scam))
            #expect(suggestion.verdict.action == .delete)
            let done = try await engine.decide(suggestion.id, .approve)
            #expect(done.state == .done)
            #expect(h.simulator.snapshot().isDeleted(scam.description))
            let journal = try await store.journal(done.id, phase: .execute)
            #expect(journal.values.contains { $0.name == "dm" && $0.status == .skipped && $0.detail?.contains("50007") == true })
            #expect(try await store.audit().first?.result.contains("DMs are closed") == true)
            #expect(h.tooManyRequests == 0)
        }
    }

    @Test("an ordinary message is allowed and nothing touches Discord; a second cycle finds nothing new")
    func ordinaryMessageAndIdleCycle() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let ordinary = try h.post(Texts.ordinary)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: ordinary))
            #expect(suggestion.state == .allowed)
            #expect(try await store.queue(.open).isEmpty)
            let model = try #require(try await store.statuses()["classifier"]?.value, "the engine names its model for the status bar")
            #expect(model == suggestion.verdict.classifierVersion && model.hasPrefix("local-"))
            h.simulator.clearRecord()
            let second = await engine.pollCycle()
            #expect(second.newSuggestions == 0)
            await engine.executeDue()
            let requests = h.simulator.recordedRequests()
            #expect(requests.count == h.configuration.channels.count, "an idle cycle is one GET per channel: \(requests.map(\.path))")
            #expect(requests.allSatisfy { $0.method == "GET" && $0.query["after"] != nil })
            #expect(h.simulator.snapshot().mutations.isEmpty)
        }
    }

    @Test("250 messages between two polls are all classified")
    func burstBetweenPolls() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            // Distinct texts, so none is taken for a cross-post of another.
            let words = ["actor", "async", "await", "struct", "enum", "protocol", "generic", "closure", "optional", "array",
                         "dictionary", "string", "package", "module", "target", "build", "test", "macro", "result", "error",
                         "task", "group", "sendable", "isolation", "view", "state", "binding", "observable", "preview", "layout"]
            var random = SystemRandomNumberGenerator()
            for i in 0..<250 {
                let text = (0..<9).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") + " \(i)?"
                try h.post(text, as: i % 2 == 0 ? "swiftlyjen" : "pointfree_paul")
            }
            let report = await engine.pollCycle()
            #expect(report.problems.isEmpty)
            let all = try await h.openStore().queue(.all, limit: 1000)
            #expect(all.count == 250)
            #expect(h.tooManyRequests == 0)
        }
    }

    @Test("first run reads the last 20 messages per channel, as the original bot did")
    func firstRunBackfill() async throws {
        try await withEngineHarness(backlog: 30, watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let all = try await h.openStore().queue(.all, limit: 1000)
            let people = try h.messages(in: "general").suffix(20).filter { $0.webhookID == nil && $0.type == 0 }
            #expect(all.count <= 20 && all.count >= people.count - 2 && !all.isEmpty)
        }
    }

    @Test("dry run changes nothing on Discord but posts an audit message marked as a dry run")
    func dryRun() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine { $0.dryRun = true }
            let post = try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            let done = try await engine.decide(suggestion.id, .approve)
            #expect(done.state == .done)
            let snapshot = h.simulator.snapshot()
            let modLog = try h.channel("mod-log").description
            #expect(snapshot.mutations.allSatisfy { $0.path.contains("/channels/\(modLog)/") }, "\(snapshot.mutations.map(\.path))")
            #expect(!snapshot.isDeleted(post.description))
            #expect(try h.messages(in: "mod-log").last?.content.hasPrefix("[DRY RUN]") == true)
            #expect(try await store.audit().first?.dryRun == true)
        }
    }

    @Test("bots, webhooks and system messages are skipped")
    func skipsNonPeople() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            let general = try h.channel("general").description
            h.simulator.postMessage(Texts.scam, author: try h.user("swiftlyjen"), channel: general, webhook: true)
            h.simulator.postMessage("", author: try h.user("swiftlyjen"), channel: general, type: 7)
            let person = try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            let all = try await h.openStore().queue(.all)
            #expect(all.map(\.messageID) == [person])
        }
    }
}
