import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// Decisions can be taken back and made again: undo opens the suggestion,
/// reopen brings back what was dismissed, and the next decision really runs.
@Suite("Reversible decisions")
struct ReversibleDecisionTests {
    @Test("a dismissed suggestion is refused a new decision until reopened; reopened, it is pending again and approving it runs")
    func reopenDismissed() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, id) = try await h.polled(Texts.scam)
            let dismissed = try await engine.decide(id, .dismiss, moderator: "alice")
            #expect(dismissed.state == .dismissed && dismissed.outcome == .dismissed)
            await #expect(throws: EngineError.self) { try await engine.decide(id, .approve) }

            let reopened = try await engine.reopen(id, moderator: "bob")
            #expect(reopened.state == .pending && reopened.chosenAction == nil && reopened.outcome == .open)
            #expect(reopened.state != .dismissed && reopened.decidedBy == "bob")
            let entry = try #require(try await store.audit().first)
            #expect(entry.action == "reopen" && entry.moderator == "bob" && entry.result.contains("dismissed"))
            #expect(try await store.moderatorLabels().isEmpty, "the dismissal no longer teaches the classifier")
            #expect(try await !store.unscheduledIDs().contains(id), "a reopened item waits for a human, not auto mode")

            let done = try await engine.decide(id, .approve, moderator: "bob")
            #expect(done.state == .done && done.outcome == .executed)
            #expect(h.simulator.snapshot().isDeleted(post.description))
            #expect(try await store.moderatorLabels().map(\.source) == [.approve])
        }
    }

    @Test("after undo the suggestion is open, says it is undone, and a new decision acts on the restored message")
    func undoThenDecideAgain() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, id) = try await h.polled(Texts.jobPost)
            #expect(try await engine.decide(id, .approve).state == .done)
            let undone = try await engine.undo(id, moderator: "bob")
            #expect(undone.state == .reverted && undone.state.isOpen && undone.outcome == .reverted)
            #expect(undone.undo == .alreadyUndone && undone.undo != .full, "a reverted item must not claim it can be undone")
            let restored = try #require(try h.messages(in: "general").last)
            #expect(restored.content.contains("Restored") && restored.id != post.description)
            #expect(undone.targets.map(\.messageID.description).contains(restored.id))

            // The moderator now chooses what was right: delete it. The restored repost goes.
            let deleted = try await engine.decide(id, .override(.delete), moderator: "bob")
            #expect(deleted.state == .done, "\(deleted.failure ?? "")")
            #expect(h.simulator.snapshot().isDeleted(restored.id))
            let labels = try await store.moderatorLabels()
            #expect(labels.map(\.source) == [.override] && labels.first?.example.action == .delete)
            // And that can be undone in its turn.
            #expect(try await engine.undo(id).state == .reverted)
            #expect(try h.messages(in: "general").last?.content.contains(Texts.jobPost) == true)
        }
    }

    @Test("a reverted suggestion can be reopened: the chosen action is cleared and the undo's label withdrawn")
    func reopenReverted() async throws {
        try await withEngineHarness { h in
            let (engine, store, _, id) = try await h.polled(Texts.ordinary)
            #expect(try await engine.decide(id, .override(.flag)).state == .done)
            #expect(try await engine.undo(id).state == .reverted)
            let reopened = try await engine.reopen(id)
            #expect(reopened.state == .allowed && reopened.chosenAction == nil && reopened.action == .allow)
            #expect(reopened.undo == .nothingToUndo)
            #expect(try await store.moderatorLabels().isEmpty)
            #expect(try await store.audit().first?.action == "reopen")
            // Open already: reopening again changes nothing.
            #expect(try await engine.reopen(id) == reopened)
        }
    }

    @Test("reopen refuses what is still done or failed, saying what to do instead")
    func reopenRefusals() async throws {
        try await withEngineHarness { h in
            let (engine, _, _, id) = try await h.polled(Texts.scam)
            _ = try await engine.decide(id, .approve)
            do {
                _ = try await engine.reopen(id)
                Issue.record("a done action must be undone, not reopened")
            } catch { #expect("\(error)".contains("undo")) }
        }
    }

    @Test("approving a failed override runs the chosen action again and finishes it")
    func approveAfterFailedOverride() async throws {
        try await withEngineHarness { h in
            let (engine, store, post, id) = try await h.polled(Texts.ordinary)
            #expect(try await store.suggestion(id)?.state == .allowed)
            h.simulator.revokeBotPermission(.manageMessages)
            let failed = try await engine.decide(id, .override(.move))
            #expect(failed.state == .failed && failed.outcome != .executed && !failed.outcome.succeeded)
            h.simulator.grantBotPermission(.manageMessages)
            let done = try await engine.decide(id, .approve)
            #expect(done.state == .done && done.action == .move && done.outcome.succeeded)
            #expect(h.simulator.snapshot().isDeleted(post.description))
            #expect(try h.messages(in: "jobs").filter { $0.content.contains(Texts.ordinary) }.count == 1, "the repost ran once")
        }
    }

    @Test("dismissing needs no Discord: an engine never started decides without a request; one that must act logs in first")
    func lazyLogin() async throws {
        try await withEngineHarness { h in
            let poller = try await h.engine()
            let scam = try h.post(Texts.scam)
            let job = try h.post(Texts.jobPost, as: "pointfree_paul")
            _ = await poller.pollCycle()
            let store = try h.openStore()
            let id = try await h.suggestionID(of: scam)
            let other = try await h.suggestionID(of: job)
            var wrong = h.configuration
            wrong.token = BotToken("not-the-token")
            let offline = try h.unstartedEngine(wrong)
            let before = h.simulator.recordedRequests().count
            #expect(try await offline.decide(id, .dismiss).state == .dismissed)
            #expect(try await offline.reopen(id).state == .pending)
            #expect(try await offline.setNote(id, "seen before").note == "seen before")
            #expect(h.simulator.recordedRequests().count == before, "no request reached Discord")

            await #expect(throws: EngineError.self) { try await offline.decide(other, .approve) }
            #expect(try await store.suggestion(other)?.state == .pending, "a failed login leaves nothing approved behind")

            #expect(try await h.unstartedEngine().decide(id, .approve).state == .done)
            #expect(h.simulator.snapshot().isDeleted(scam.description))
        }
    }
}
