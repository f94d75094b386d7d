import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// The triage rules of the queue: order, arrivals, jumps, the hold-back,
/// focus, reopening, `z`, bulk work, reasons, notes, links and the author view.
@Suite struct TriageTests {
    let start = Fixtures.state(Size(width: 120, height: 40))

    func keys(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func waitingItemsComeFirstAndTheFirstIsSelected() {
        // 6: delete with an auto countdown, 7: a move; then the rest newest first.
        #expect(start.visibleQueue.map(\.id) == [6, 7, 5, 4, 3])
        #expect(start.selected?.id == 6)
        let failed = Fixtures.suggestion(9, .flag, .failed, content: "a flag that failed", minutesAgo: 40)
        let oldDelete = Fixtures.suggestion(10, .delete, .pending, content: "old scam", minutesAgo: 50)
        let oldMove = Fixtures.suggestion(11, .move, .pending, content: "old job", minutesAgo: 60)
        let state = Fixtures.state(Size(width: 120, height: 40), overview: Fixtures.overview(queue: Fixtures.overview().queue + [failed, oldDelete, oldMove]))
        #expect(state.visibleQueue.map(\.id) == [6, 10, 11, 7, 9, 5, 4, 3], "countdowns, then deletes, then the rest oldest first, failures last")
    }

    @Test func theFirstSelectionIsHeldBackUntilSeen() {
        let fresh = Fixtures.state(Size(width: 120, height: 40), settled: false)
        let early = Fixtures.press([.character("x")], on: fresh)
        #expect(early.1.isEmpty && early.0.notice?.contains("held back") == true)
        #expect(Fixtures.press([.character("x")], on: Fixtures.later(fresh, by: 0.4)).1 == [.decide(6, .veto, .none)])
    }

    @Test func arrivalsWaitUntilAsked() {
        let newer = Fixtures.suggestion(8, .delete, .pending, content: "new scam", minutesAgo: 0)
        let untouched = Console.update(start, .overview(Fixtures.overview(queue: [newer] + Fixtures.overview().queue))).0
        #expect(untouched.visibleQueue.map(\.id) == [6, 8, 7, 5, 4, 3] && untouched.arrivals.isEmpty,
                "before the first key the list is still filling: arrivals take their place")
        let reading = Fixtures.press([.down, .up], on: start).0
        let state = Console.update(reading, .overview(Fixtures.overview(queue: [newer] + Fixtures.overview().queue))).0
        #expect(state.visibleQueue.map(\.id) == [6, 7, 5, 4, 3])
        #expect(state.arrivals == [8])
        #expect(Renderer.render(state).lines.joined().contains("1 new"))
        let shown = Fixtures.press([.character("r")], on: state).0
        #expect(shown.visibleQueue.map(\.id) == [6, 8, 7, 5, 4, 3] && shown.arrivals.isEmpty)
        #expect(shown.selected?.id == 6, "showing arrivals keeps the selection")
    }

    @Test func nAndShiftNJumpBetweenWaitingItems() {
        let onAllowed = Fixtures.press(keys("jj"), on: start).0
        #expect(onAllowed.selected?.id == 5)
        #expect(Fixtures.press(keys("n"), on: onAllowed).0.selected?.id == 6, "wraps to the top")
        #expect(Fixtures.press(keys("N"), on: onAllowed).0.selected?.id == 7)
        #expect(Fixtures.press(keys("nn"), on: start).0.selected?.id == 6)
        let none = Fixtures.state(Size(width: 120, height: 40), overview: Fixtures.overview(queue: [Fixtures.question, Fixtures.flagged]))
        #expect(Fixtures.press(keys("n"), on: none).0.notice == "nothing waits for a decision here")
    }

    @Test func aDecisionSelectsTheNextWaitingItemAndHoldsBack() {
        let onJob = Fixtures.press([.down], on: start).0
        var (state, commands) = Fixtures.press([.enter], on: onJob)
        #expect(commands == [.decide(7, .approve, .none)])
        #expect(state.selected?.id == 6, "the next item waiting for a decision")
        (state, commands) = Fixtures.press([.character("x")], on: state)
        #expect(commands.isEmpty && state.notice?.contains("held back") == true, "a second key at once does nothing")
        #expect(Fixtures.press([.character("x")], on: Fixtures.later(state, by: 0.35)).1 == [.decide(6, .veto, .none)])
        var quick = onJob
        quick.holdBack = .zero
        let afterQuick = Fixtures.press([.enter], on: quick).0
        #expect(Fixtures.press([.character("x")], on: afterQuick).1 == [.decide(6, .veto, .none)], "a zero hold-back lets keys through")
    }

    @Test func decisionsActOnlyOnTheFocusedQueue() {
        let (state, commands) = Fixtures.press([.tab, .character("x")], on: start)
        #expect(commands.isEmpty && state.notice?.contains("Tab to it") == true)
        #expect(Fixtures.press([.tab, .tab, .enter], on: start).1.isEmpty)
        #expect(Fixtures.press([.tab, .tab, .tab, .character("x")], on: start).1 == [.decide(6, .veto, .none)])
    }

    @Test func dismissedAndRevertedItemsReopen() {
        let dismissed = Fixtures.suggestion(20, .move, .dismissed, content: "dismissed job", minutesAgo: 1)
        let reverted = Fixtures.suggestion(21, .delete, .reverted, content: "reverted scam", minutesAgo: 2)
        let state = Fixtures.state(Size(width: 120, height: 40), overview: Fixtures.overview(queue: [dismissed, reverted, Fixtures.flagged]))
        #expect(Fixtures.press([.character("u")], on: state).1 == [.reopen(20)])
        #expect(Fixtures.press([.down, .character("u")], on: state).1 == [.reopen(21)])
        let onDone = Fixtures.press([.down, .down, .character("u")], on: state)
        #expect(onDone.1.isEmpty && onDone.0.confirmation?.command == .undo(4))
        #expect(onDone.0.confirmation?.lines.contains("The item is then open for a new decision.") == true)
    }

    @Test func zTakesBackTheLastDecisionMadeHere() {
        let onJob = Fixtures.press([.down], on: start).0
        let (decided, _) = Fixtures.press([.character("a")], on: onJob)
        #expect(decided.history == [7])
        var dismissedJob = Fixtures.jobPost
        dismissedJob.state = .dismissed
        let refreshed = Fixtures.later(Console.update(decided, .overview(Fixtures.overview(queue: Fixtures.overview().queue.map { $0.id == 7 ? dismissedJob : $0 }))).0)
        let (afterZ, commands) = Fixtures.press([.character("z")], on: refreshed)
        #expect(commands == [.reopen(7)] && afterZ.selected?.id == 7 && afterZ.history.isEmpty)
        #expect(Fixtures.press([.character("z")], on: afterZ).0.notice == "no decision made in this console yet")
        var doneJob = Fixtures.jobPost
        doneJob.state = .done
        let done = Fixtures.later(Console.update(Fixtures.press([.enter], on: onJob).0,
                                                 .overview(Fixtures.overview(queue: Fixtures.overview().queue.map { $0.id == 7 ? doneJob : $0 }))).0)
        #expect(Fixtures.press([.character("z")], on: done).0.confirmation?.command == .undo(7))
    }

    @Test func markedItemsAreDecidedTogetherWithOneConfirmation() {
        var (state, commands) = Fixtures.press([.character(" "), .character(" ")], on: start)
        #expect(state.marked == [6, 7] && commands.isEmpty)
        (state, commands) = Fixtures.press(keys("Rspam wave") + [.enter, .character("d")], on: state)
        #expect(commands.isEmpty && state.confirmation?.title == "Delete 2 marked item(s)?")
        #expect(state.confirmation?.lines.contains("Reason told to the authors: spam wave") == true)
        (state, commands) = Fixtures.press([.character("y")], on: state)
        #expect(commands == [.decideMany([6, 7], .override(.delete), DecisionDetails(reason: "spam wave"))])
        #expect(state.marked.isEmpty && state.nextDetails == DecisionDetails())
        let all = Fixtures.press(keys("V"), on: start).0
        #expect(all.marked == [3, 4, 5, 6, 7])
        #expect(Fixtures.press(keys("V"), on: all).0.marked.isEmpty, "V again clears")
        let closed = Fixtures.press(keys("G") + [.character(" "), .character("d")], on: start)
        #expect(closed.1.isEmpty && closed.0.notice?.contains("is open any more") == true)
        #expect(Fixtures.press(keys("V") + [.escape], on: start).0.marked.isEmpty, "Esc clears the marks")
    }

    @Test func theNextDecisionCarriesAReasonAndTheDMChoice() {
        let onJob = Fixtures.press([.down], on: start).0
        let (state, commands) = Fixtures.press(keys("Rnot a job board") + [.enter, .character("M"), .character("m")], on: onJob)
        #expect(commands == [.decide(7, .approve, DecisionDetails(reason: "not a job board", notifyAuthor: false))])
        #expect(state.nextDetails == DecisionDetails(), "the details were for one decision")
        let cancelled = Fixtures.press(keys("Rabc") + [.escape], on: onJob).0
        #expect(cancelled.nextDetails.reason == nil && cancelled.prompt == nil)
        let ban = Fixtures.press(keys("B"), on: onJob).0
        #expect(ban.confirmation?.command == .decide(7, .override(.ban), DecisionDetails(deleteMessageSeconds: 604_800)))
        #expect(ban.confirmation?.lines.contains { $0.contains("last 7 days") } == true)
    }

    @Test func notesLinksAndTheAuthorView() {
        #expect(Fixtures.press(keys("iwatch this one") + [.enter], on: start).1 == [.note(6, "watch this one")])
        #expect(Fixtures.press(keys("c"), on: start).1 == [.copy("https://discord.com/channels/1/10/\(Fixtures.scam.messageID)")])
        var (state, commands) = Fixtures.press(keys("o"), on: start)
        #expect(commands == [.loadAuthor(66)] && state.authorView?.authorID == 66)
        #expect(state.target == nil, "nothing to act on until the store answers")
        let profile = AuthorProfile(authorID: 66, name: "nitro.drops", messages: [Fixtures.scam, Fixtures.earlierJob],
                                    countsByAction: [.delete: 1, .move: 1], total: 2, firstSeen: Fixtures.now)
        state = Console.update(state, .author(profile)).0
        #expect(state.target?.id == 6)
        (state, commands) = Fixtures.press(keys("j"), on: state)
        #expect(state.target?.id == 3)
        #expect(Fixtures.press(keys("s"), on: state).0.notice == "Esc returns to the queue first")
        (state, commands) = Fixtures.press([.escape], on: state)
        #expect(state.authorView == nil && state.selected?.id == 6)
    }

    @Test func autoModeSaysWhatItWillDoBeforeItStarts() {
        let confirmation = Fixtures.press(keys("A"), on: start).0.confirmation
        let lines = confirmation?.lines.joined(separator: "\n") ?? ""
        #expect(lines.contains("move, flag, delete") && lines.contains("90%") && lines.contains("30 s"))
        #expect(lines.contains("It will take 1 of the items pending now."), "the job post qualifies; the scam already has a countdown")
    }

    @Test func pendingOnlyAndSorting() {
        #expect(Fixtures.press(keys("p"), on: start).0.visibleQueue.map(\.id) == [6, 7])
        #expect(Fixtures.press(keys("pp"), on: start).0.visibleQueue.count == 5)
        let severity = Fixtures.press(keys("ss"), on: start).0
        #expect(severity.sort == .severity && severity.visibleQueue.map(\.id) == [6, 4, 7, 3, 5])
        #expect(Fixtures.press(keys("sss"), on: start).0.visibleQueue.map(\.id) == [6, 7, 5, 3, 4])
    }
}

/// The queue pane after the terminal changes size.
@Suite struct QueueResizeTests {
    @Test func aTerminalThatGrowsShowsEarlierItemsInsteadOfBlankRows() {
        let many = (1...30).map { Fixtures.suggestion(Int64($0), .allow, .allowed, content: "message \($0)", minutesAgo: Double($0)) }
        var state = Fixtures.state(Size(width: 80, height: 24), overview: Fixtures.overview(queue: many))
        state = Fixtures.press([.character("G")], on: state).0
        #expect(state.queueOffset > 0)
        state = Console.update(state, .resize(Size(width: 120, height: 60))).0
        let rows = Layout(size: state.size).queue.height - 2
        #expect(state.queueOffset == max(30 - rows, 0), "the last row sits at the bottom, not above blank rows")
        let text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("message 30") && text.contains("message \(max(30 - rows, 0) + 1) "))
    }
}
