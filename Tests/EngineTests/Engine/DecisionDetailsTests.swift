import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// What a moderator adds to a decision reaches Discord (the reason, the DM
/// choice, the ban's reach) and what they keep to themselves (notes) never does.
@Suite("Decision details")
struct DecisionDetailsTests {
    @Test("a ban deletes the judged message first, then bans with delete_message_seconds; undo lifts it and reposts the message")
    func banDeletesTheMessage() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let earlier = try h.post("anyone here do freelance?", as: "pointfree_paul", in: "help")
            let post = try h.post(Texts.scam, as: "pointfree_paul")
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let id = try await h.suggestionID(of: post)
            let paul = try h.user("pointfree_paul")

            let banned = try await engine.decide(id, .override(.ban), details: .banDeletingRecent)
            #expect(banned.state == .done, "\(banned.failure ?? "")")
            #expect(banned.undo == .liftBanAndRepost && banned.undo.rawValue.contains("cannot be truly undone"))
            let requests = h.simulator.recordedRequests()
            let delete = try #require(requests.firstIndex { $0.method == "DELETE" && $0.path.hasSuffix("/messages/\(post)") })
            let ban = try #require(requests.firstIndex { $0.method == "PUT" && $0.path.hasSuffix("/bans/\(paul)") })
            #expect(delete < ban, "the message is deleted (journaled, like delete) before the ban")
            #expect(requests[ban].bodyObject?["delete_message_seconds"] as? Int == 604_800)
            let snapshot = h.simulator.snapshot()
            #expect(snapshot.bans[paul]?.deleteMessageSeconds == 604_800)
            #expect(snapshot.isDeleted(post.description) && snapshot.isDeleted(earlier.description), "Discord deleted their recent messages")
            #expect(try await store.journal(id, phase: .execute).values.map(\.name).contains("delete \(post)"))

            let undone = try await engine.undo(id)
            #expect(undone.state == .reverted)
            #expect(h.simulator.snapshot().bans[paul] == nil)
            let restored = try #require(try h.messages(in: "general").last)
            #expect(restored.content.contains("Restored") && restored.content.contains("FREE NITRO"))
        }
    }

    @Test("a ban without details deletes only the judged message: delete_message_seconds 0")
    func banDefault() async throws {
        try await withEngineHarness { h in
            let (engine, _, post, id) = try await h.polled(Texts.scam, as: "pointfree_paul")
            #expect(try await engine.decide(id, .override(.ban)).state == .done)
            let paul = try h.user("pointfree_paul")
            let put = try #require(h.simulator.recordedRequests().first { $0.method == "PUT" && $0.path.hasSuffix("/bans/\(paul)") })
            #expect(put.bodyObject?["delete_message_seconds"] as? Int == 0)
            #expect(h.simulator.snapshot().isDeleted(post.description))
        }
    }

    @Test("the moderator's reason reaches the DM, the audit message and Discord's audit log, unable to ping")
    func moderatorReason() async throws {
        try await withEngineHarness { h in
            let (engine, store, _, id) = try await h.polled(Texts.jobPost)
            let reason = "Job posts go in #jobs, see the pinned rules @everyone"
            let done = try await engine.decide(id, .override(.delete), details: DecisionDetails(reason: reason), moderator: "alice")
            #expect(done.state == .done && done.moderatorReason == reason)
            let unpinging = reason.replacingOccurrences(of: "@", with: "@\u{200B}")
            let dm = try #require(h.simulator.snapshot().directMessages.last)
            #expect(dm.content.contains(unpinging) && !dm.content.contains("@everyone"))
            let audit = try #require(try h.messages(in: "mod-log").last)
            #expect(audit.content.contains("Reason: " + unpinging))
            let logged = h.simulator.snapshot().auditLogReasons(for: .deleteMessage)
            #expect(logged.allSatisfy { $0?.contains("Job posts go in #jobs") == true && $0?.contains("@everyone") == false }, "\(logged)")
            #expect(try await store.audit().first?.reason == reason)
            #expect(try await store.suggestion(id)?.moderatorReason == reason, "stored with the decision")
        }
    }

    @Test("notify false sends no DM; notify true sends one even for a flag")
    func notifyAuthor() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let scam = try h.post(Texts.scam)
            let chat = try h.post(Texts.ordinary, as: "async_anna")
            _ = await engine.pollCycle()
            let scamID = try await h.suggestionID(of: scam)
            let chatID = try await h.suggestionID(of: chat)

            #expect(try await engine.decide(scamID, .approve, details: DecisionDetails(notifyAuthor: false)).state == .done)
            #expect(h.simulator.snapshot().isDeleted(scam.description))
            #expect(h.simulator.snapshot().directMessages.isEmpty, "no DM when the moderator said so")

            #expect(try await engine.decide(chatID, .override(.flag), details: DecisionDetails(notifyAuthor: true)).state == .done)
            let dms = h.simulator.snapshot().directMessages
            let anna = try h.user("async_anna")
            #expect(dms.count == 1 && dms.first?.userID == anna && dms.first?.content.contains("review") == true)
        }
    }

    @Test("a note is stored and announced, and nothing is sent to Discord; an empty note clears it")
    func note() async throws {
        try await withEngineHarness { h in
            let (engine, store, _, id) = try await h.polled(Texts.scam)
            let before = h.simulator.recordedRequests().count
            let start = try await store.lastEventSequence()
            let noted = try await engine.setNote(id, "  same scam as last week  ", moderator: "alice")
            #expect(noted.note == "same scam as last week")
            #expect(try await store.suggestion(id)?.note == "same scam as last week")
            let events = try await store.events(after: start)
            #expect(events.contains { $0.event == .suggestionChanged && $0.suggestionID == id })
            #expect(try await engine.setNote(id, "").note == nil)
            #expect(h.simulator.recordedRequests().count == before, "notes never reach Discord")
            await #expect(throws: EngineError.self) { try await engine.setNote(id, String(repeating: "x", count: Store.noteLimit + 1)) }
        }
    }

    @Test("an author's profile: their messages newest first, counts by the action that stands, total and first seen")
    func authorProfile() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let scam = try h.post(Texts.scam)
            let job = try h.post(Texts.jobPost)
            let chat = try h.post(Texts.ordinary)
            try h.post(Texts.ordinary + " (paul)", as: "pointfree_paul")
            _ = await engine.pollCycle()
            let scamID = try await h.suggestionID(of: scam)
            let jobID = try await h.suggestionID(of: job)
            _ = try await engine.decide(scamID, .approve)
            _ = try await engine.decide(jobID, .dismiss)

            let jen = try #require(Snowflake(try h.user("swiftlyjen")))
            let profile = try await engine.authorProfile(jen)
            #expect(profile.total == 3)
            #expect(profile.messages.map(\.messageID) == [chat, job, scam], "newest first")
            #expect(profile.countsByAction == [.delete: 1, .allow: 2], "executed delete; dismissed and undecided allow")
            #expect(profile.firstSeen.map { abs($0.timeIntervalSince(scam.createdAt)) < 1 } == true)
            #expect(profile.name == profile.messages.first?.authorName)
            let limited = try await engine.authorProfile(jen, limit: 1)
            #expect(limited.messages.count == 1 && limited.total == 3)
            let stranger = try await engine.authorProfile(Snowflake(rawValue: 42))
            #expect(stranger.total == 0 && stranger.messages.isEmpty && stranger.firstSeen == nil)
        }
    }
}
