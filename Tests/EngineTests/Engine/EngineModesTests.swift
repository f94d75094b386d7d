import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

@Suite("Engine modes, undo and warnings")
struct EngineModesTests {
    @Test("auto mode with grace 0 executes a confident suggestion at once")
    func autoGraceZero() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine {
                $0.auto.enabled = true
                $0.auto.grace = .zero
                $0.auto.minConfidence = 0.5
            }
            let scam = try h.post(Texts.scam)
            _ = await engine.pollCycle()
            let ran = await engine.executeDue()
            #expect(ran.map(\.state) == [.done])
            #expect(h.simulator.snapshot().isDeleted(scam.description))
            #expect(try await h.openStore().audit().first?.moderator == "auto")
        }
    }

    @Test("a veto inside the grace window stops the auto action; the suggestion waits for a human, labelled allow until decided")
    func vetoInGrace() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine {
                $0.auto.enabled = true
                $0.auto.grace = .seconds(60)
                $0.auto.minConfidence = 0.5
            }
            let scam = try h.post(Texts.scam)
            _ = await engine.pollCycle()
            #expect(await engine.executeDue().isEmpty)
            let store = try h.openStore()
            let scheduled = try #require(try await store.suggestion(forMessage: scam))
            #expect(scheduled.dueAt != nil)
            let vetoed = try await engine.decide(scheduled.id, .veto, moderator: "alice")
            #expect(vetoed.state == .pending && vetoed.dueAt == nil)
            // Even once the window would have passed, nothing runs and auto does not re-schedule it.
            #expect(await engine.executeDue(now: Date().addingTimeInterval(120)).isEmpty)
            #expect(try await store.suggestion(scheduled.id)?.dueAt == nil)
            #expect(!h.simulator.snapshot().isDeleted(scam.description))
            #expect(try await store.audit().first?.action == "veto")

            // The veto labels the message allow, until the human's decision replaces it.
            let vetoedLabels = try await store.moderatorLabels()
            #expect(vetoedLabels.map(\.source) == [.veto] && vetoedLabels.first?.example.action == .allow && vetoedLabels.first?.moderator == "alice")
            let before = try await store.counts()
            #expect(before.decided == 1 && before.agreed == 0)
            _ = try await engine.decide(scheduled.id, .approve, moderator: "bob")
            let approved = try await store.moderatorLabels()
            #expect(approved.count == 1, "one label per message: the latest decision")
            #expect(approved.first?.source == .approve && approved.first?.example.action == .delete && approved.first?.moderator == "bob")
            #expect(approved.first?.messageID == scam && approved.first?.suggestedAction == .delete)
            let after = try await store.counts()
            #expect(after.decided == 1 && after.agreed == 1, "agreement counts each message's latest decision")
        }
    }

    @Test("auto mode never runs a suggestion below the minimum confidence or of an action it may not take")
    func autoLimits() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine {
                $0.auto.enabled = true
                $0.auto.grace = .zero
                $0.auto.actions = [.delete]
            }
            try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            #expect(await engine.executeDue().isEmpty)
            #expect(h.simulator.snapshot().mutations.isEmpty)
        }
    }

    @Test("undo of a move deletes the repost and restores the message with attribution")
    func undoMove() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let post = try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            _ = try await engine.decide(suggestion.id, .approve)
            let repost = try #require(try h.messages(in: "jobs").last)
            let undone = try await engine.undo(suggestion.id, moderator: "bob")
            #expect(undone.state == .reverted)
            #expect(h.simulator.snapshot().isDeleted(repost.id))
            let restored = try #require(try h.messages(in: "general").last)
            #expect(restored.content.contains("Restored") && restored.content.contains(Texts.jobPost))
            #expect(try await store.audit().first?.action == "undo move")
            await #expect(throws: EngineError.self) { try await engine.undo(suggestion.id) }
        }
    }

    @Test("undo of a flag removes the warning reaction")
    func undoFlag() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let post = try h.post(Texts.ordinary)
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            let flagged = try await engine.decide(suggestion.id, .override(.flag))
            #expect(flagged.state == .done)
            #expect(h.simulator.snapshot().message(id: post.description)?.botReactions.isEmpty == false)
            let undone = try await engine.undo(suggestion.id)
            #expect(undone.state == .reverted)
            #expect(h.simulator.snapshot().message(id: post.description)?.botReactions.isEmpty == true)
        }
    }

    @Test("a missing permission fails the suggestion naming it; granting it and approving again finishes without repeating steps")
    func missingPermission() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let post = try h.post(Texts.jobPost)
            _ = await engine.pollCycle()
            h.simulator.revokeBotPermission(.manageMessages)
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: post))
            let failed = try await engine.decide(suggestion.id, .approve)
            #expect(failed.state == .failed)
            #expect(failed.failure?.contains("Manage Messages") == true && failed.failure?.contains("#general") == true)
            h.simulator.grantBotPermission(.manageMessages)
            let done = try await engine.decide(suggestion.id, .approve)
            #expect(done.state == .done)
            #expect(try h.messages(in: "jobs").filter { $0.content.contains(Texts.jobPost) }.count == 1, "the repost ran once")
        }
    }

    @Test("with the Message Content intent off, the engine says so instead of classifying empty strings")
    func messageContentWarning() async throws {
        try await withEngineHarness(watch: ["general"]) { h in
            let engine = try await h.engine()
            _ = await engine.pollCycle()
            h.simulator.setMessageContentIntent(false)
            let post = try h.post(Texts.jobPost)
            let report = await engine.pollCycle()
            let general = try h.channel("general")
            #expect(report.problems.map(\.kind) == [.contentIntentOff(general)])
            #expect(report.problems.allSatisfy { !$0.failsRun }, "a setting to change, not a failed run")
            let store = try h.openStore()
            #expect(try await store.queue(.all).isEmpty)
            let state = try #require(try await store.pollStates()[general])
            #expect(state.condition == .noContent && state.detail.contains("Privileged Gateway Intents"))
            #expect(try await engine.overview().contentIntentOff)
            h.simulator.setMessageContentIntent(true)
            _ = await engine.pollCycle()
            #expect(try await store.suggestion(forMessage: post) != nil, "classified once the intent is back")
            #expect(try await store.pollStates()[general]?.condition == .ok)
            #expect(try await !engine.overview().contentIntentOff)
        }
    }

    @Test("a cross-post in several channels is one suggestion, and deleting it deletes every copy")
    func crossPostCluster() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let first = try h.post(Texts.scam, in: "general")
            let second = try h.post(Texts.scam.replacingOccurrences(of: "FREE", with: "free"), in: "help")
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let suggestion = try #require(try await store.suggestion(forMessage: first))
            #expect(try await store.suggestion(forMessage: second)?.id == suggestion.id)
            #expect(try await store.queue(.all).count == 1)
            let done = try await engine.decide(suggestion.id, .approve)
            #expect(done.state == .done)
            let snapshot = h.simulator.snapshot()
            #expect(snapshot.isDeleted(first.description) && snapshot.isDeleted(second.description))
            #expect(snapshot.directMessages.filter { $0.content.contains("removed") }.count == 1, "one DM for the cluster")
        }
    }

    @Test("deciding twice, or on an unknown id, is refused with the state named")
    func refusals() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let post = try h.post(Texts.scam)
            _ = await engine.pollCycle()
            let id = try #require(try await h.openStore().suggestion(forMessage: post)).id
            _ = try await engine.decide(id, .approve)
            do {
                _ = try await engine.decide(id, .approve)
                Issue.record("a second approve must fail")
            } catch { #expect("\(error)".contains("is done")) }
            do {
                _ = try await engine.decide(9999, .dismiss)
                Issue.record("an unknown id must fail")
            } catch { #expect("\(error)".contains("no suggestion 9999")) }
        }
    }

    @Test("timeout and ban are moderator-only overrides that reach Discord with the audit-log reason, and undo lifts them")
    func timeoutAndBan() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine { $0.timeoutMinutes = 10 }
            let first = try h.post(Texts.scam, as: "pointfree_paul")
            let second = try h.post(Texts.jobPost + " (second)", as: "swiftlyjen")
            _ = await engine.pollCycle()
            let store = try h.openStore()
            let before = Date()
            let timedOut = try await engine.decide(try #require(try await store.suggestion(forMessage: first)).id, .override(.timeout))
            let after = Date()
            #expect(timedOut.state == .done)
            let paul = try h.user("pointfree_paul")
            let until = try #require(h.simulator.snapshot().timeouts[paul])
            // Ten minutes from when the engine acted, however long that took (to the second: the timestamp may drop fractions).
            #expect(until >= before.addingTimeInterval(599) && until <= after.addingTimeInterval(601), "\(until) vs \(before)...\(after)")
            let banned = try await engine.decide(try #require(try await store.suggestion(forMessage: second)).id, .override(.ban))
            #expect(banned.state == .done)
            let jen = try h.user("swiftlyjen")
            #expect(h.simulator.snapshot().bans[jen]?.reason?.contains("test-mod") == true)
            #expect(try await engine.undo(banned.id).state == .reverted)
            #expect(h.simulator.snapshot().bans[jen] == nil)
            #expect(try await engine.undo(timedOut.id).state == .reverted)
            #expect(h.simulator.snapshot().timeouts[paul] == nil)
        }
    }

    @Test("every process sharing the store sees the events: classified, changed, executed")
    func eventStream() async throws {
        try await withEngineHarness { h in
            let engine = try await h.engine()
            let watcher = try await h.engine()
            let start = try await watcher.store.lastEventSequence()
            let post = try h.post(Texts.scam)
            _ = await engine.pollCycle()
            let id = try #require(try await engine.store.suggestion(forMessage: post)).id
            _ = try await engine.decide(id, .approve)
            var seen: [EngineEvent.Kind] = []
            for await event in watcher.events(after: start) where event.suggestionID == id {
                seen.append(event.event)
                #expect(event.messageID == post)
                if event.event == .executed { break }
            }
            #expect(seen.first == .classified && seen.last == .executed)
            #expect(seen.contains(.suggestionChanged))
            let line = try #require(try await watcher.store.events(after: start).first { $0.event == .executed }).jsonLine
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["event", "message_id", "channel_id", "action", "state"] { #expect(object[key] != nil, "\(key) in \(line)") }
        }
    }
}
