import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// Keys and engine events through `update`: what they select, ask and command.
@Suite struct UpdateTests {
    let start = Fixtures.state(Size(width: 120, height: 40))

    @Test func movingTheSelection() {
        #expect(start.selected?.id == 6, "the first item waiting for a decision is selected first")
        #expect(Fixtures.press([.character("j")], on: start).0.selected?.id == 7)
        #expect(Fixtures.press([.down, .down, .up], on: start).0.selected?.id == 7)
        #expect(Fixtures.press([.character("G")], on: start).0.selected?.id == 3)
        #expect(Fixtures.press([.character("G"), .character("g")], on: start).0.selected?.id == 6)
        #expect(Fixtures.press([.pageDown], on: start).0.selected?.id == 3)
        #expect(Fixtures.press([.up, .up], on: start).0.selected?.id == 6, "the top stays the top")
    }

    @Test("the movement keys move the author view's selection as they move the queue's")
    func movingInTheAuthorView() {
        var start = self.start
        start.authorView = AuthorViewState(authorID: 66, profile: AuthorProfile(
            authorID: 66, name: "nitro.drops",
            messages: (0..<60).map { Fixtures.suggestion(Int64(300 + $0), .move, .done, content: "post \($0)", minutesAgo: Double($0)) },
            countsByAction: [.move: 60], total: 60, firstSeen: Fixtures.now))
        func index(after keys: [Key]) -> Int? { Fixtures.press(keys, on: start).0.authorView?.selectedIndex }
        #expect(index(after: [.character("j"), .down, .character("k")]) == 1)
        #expect(index(after: [.character("G")]) == 59)
        #expect(index(after: [.character("G"), .character("g")]) == 0)
        #expect(index(after: [.pageDown]) == start.pageSize, "a page is the queue pane's height, as in the queue")
        #expect(index(after: [.pageDown, .pageUp, .up]) == 0, "the top stays the top")
        #expect(Fixtures.press([.character("n")], on: start).0.notice == "Esc returns to the queue first", "n and N move in the queue only")
    }

    @Test func approvingAnUndoableActionRunsAtOnce() {
        let start = Fixtures.press([.down], on: self.start).0
        let (state, commands) = Fixtures.press([.enter], on: start)
        #expect(commands == [.decide(7, .approve, .none)])
        #expect(state.confirmation == nil)
        #expect(Fixtures.press([.character("y")], on: start).1 == [.decide(7, .approve, .none)])
        #expect(Fixtures.press([.character("f")], on: start).1 == [.decide(7, .override(.flag), .none)])
        #expect(Fixtures.press([.character("m")], on: start).1 == [.decide(7, .approve, .none)], "choosing the suggested action approves it")
        #expect(Fixtures.press([.character("a")], on: start).1 == [.decide(7, .dismiss, .none)])
    }

    @Test func whatCannotBeUndoneAsksFirst() {
        let onScam = start
        let start = Fixtures.press([.down], on: onScam).0
        var (state, commands) = Fixtures.press([.character("d")], on: start)
        #expect(commands.isEmpty && state.confirmation?.command == .decide(7, .override(.delete), .none))
        (state, commands) = Fixtures.press([.character("n")], on: state)
        #expect(commands.isEmpty && state.confirmation == nil && state.notice == "cancelled")
        (state, commands) = Fixtures.press([.enter], on: onScam)
        #expect(commands.isEmpty && state.confirmation?.command == .decide(6, .approve, .none), "approving a delete asks")
        (state, commands) = Fixtures.press([.enter], on: state)
        #expect(commands == [.decide(6, .approve, .none)])
        #expect(Fixtures.press([.character("t"), .character("y")], on: start).1 == [.decide(7, .override(.timeout), .none)])
        #expect(Fixtures.press([.character("b"), .escape], on: start).1.isEmpty)
        let auto = Fixtures.press([.character("A")], on: start)
        #expect(auto.0.confirmation?.title == "Turn auto mode ON?")
        #expect(Fixtures.press([.character("y")], on: auto.0).1 == [.setAuto(true)])
    }

    @Test func undoAndVeto() {
        var (state, commands) = Fixtures.press([.character("u")], on: start)
        #expect(commands.isEmpty && state.notice?.contains("already open") == true)
        (state, commands) = Fixtures.press([.character("G"), .character("u")], on: start)
        #expect(state.confirmation?.command == .undo(3))
        #expect(state.confirmation?.lines.first?.contains("repost in the jobs channel is deleted") == true)
        #expect(Fixtures.press([.character("x")], on: start).1 == [.decide(6, .veto, .none)])
        let noVeto = Fixtures.press([.down, .character("x")], on: start)
        #expect(noVeto.1.isEmpty && noVeto.0.notice?.contains("no pending auto action") == true)
    }

    @Test func decidingOnAHandledSuggestionIsRefusedWithItsState() {
        let (state, commands) = Fixtures.press([.character("G"), .enter], on: start)
        #expect(commands.isEmpty)
        #expect(state.notice == "suggestion 3 is done: nothing to approve (u undoes it)")
    }

    @Test func filtering() {
        var (state, _) = Fixtures.press([.character("/")] + "nitro".map { .character($0) }, on: start)
        #expect(state.editingFilter && state.visibleQueue.map(\.id) == [6])
        (state, _) = Fixtures.press([.enter], on: state)
        #expect(!state.editingFilter && state.filter == "nitro" && state.selected?.id == 6)
        (state, _) = Fixtures.press([.escape], on: state)
        #expect(state.filter.isEmpty && state.visibleQueue.count == 5)
        func filtered(_ text: String) -> [Int64] {
            Fixtures.press([.character("/")] + text.map { .character($0) } + [.enter], on: start).0.visibleQueue.map(\.id)
        }
        #expect(filtered("@pointfree") == [5])
        #expect(filtered("#help") == [4])
        #expect(filtered("move") == [7, 3])
        #expect(filtered("done") == [4, 3])
        #expect(filtered("move done") == [3])
        let typed = Fixtures.press([.character("/"), .character("q")], on: start)
        #expect(typed.1.isEmpty && !typed.0.quitting, "q types into the filter instead of quitting")
    }

    @Test func panesHelpAndQuit() {
        #expect(Fixtures.press([.tab], on: start).0.focus == .detail)
        #expect(Fixtures.press([.tab, .tab, .tab], on: start).0.focus == .queue)
        let help = Fixtures.press([.character("?")], on: start).0
        #expect(help.showingHelp)
        let closed = Fixtures.press([.escape], on: help)
        #expect(!closed.0.showingHelp && closed.1.isEmpty)
        let signalled = Console.update(help, .terminate)
        #expect(signalled.0.quitting && signalled.1 == [.quit], "a termination signal quits even from help")
        let quit = Fixtures.press([.character("q")], on: start)
        #expect(quit.0.quitting && quit.1 == [.quit])
        #expect(Fixtures.press([.interrupt], on: start).1 == [.quit])
    }

    @Test func aRefreshKeepsTheSelectionOnTheSameSuggestion() {
        let moved = Fixtures.press([.down, .down], on: start).0
        #expect(moved.selected?.id == 5)
        let newer = Fixtures.suggestion(8, .move, .pending, content: "new job post", intent: .postJob)
        let refreshed = Console.update(moved, .overview(Fixtures.overview(queue: [newer] + Fixtures.overview().queue))).0
        #expect(refreshed.selected?.id == 5)
        #expect(refreshed.visibleQueue.map(\.id) == moved.visibleQueue.map(\.id), "an arrival waits instead of moving the rows")
    }

    @Test func whenTheSelectionLeavesTheViewItsNeighbourIsSelected() {
        let onJob = Fixtures.press([.down], on: start).0
        #expect(onJob.selected?.id == 7)
        let withoutJob = Fixtures.overview(queue: Fixtures.overview().queue.filter { $0.id != 7 })
        let refreshed = Console.update(onJob, .overview(withoutJob)).0
        #expect(refreshed.selected?.id == 5, "the next row, not the top of the list")
        #expect(refreshed.notice?.contains("left this view") == true)
        let held = Fixtures.press([.enter], on: refreshed)
        #expect(held.1.isEmpty && held.0.notice?.contains("held back") == true, "the neighbour was never seen: Enter waits")
    }

    @Test func resizesAndTicksAreTaken() {
        let small = Console.update(start, .resize(Size(width: 40, height: 10))).0
        #expect(small.size == Size(width: 40, height: 10))
        _ = Renderer.render(small)
        let later = Console.update(start, .tick(Fixtures.now.addingTimeInterval(5))).0
        #expect(Renderer.render(later).lines.joined().contains("auto delete in 7 s"))
        for width in [1, 2, 5, 10, 20, 79, 81] {
            for height in [1, 2, 3, 5, 23, 25] {
                let buffer = Renderer.render(Console.update(start, .resize(Size(width: width, height: height))).0)
                #expect(buffer.size == Size(width: width, height: height))
            }
        }
    }

    @Test func theKeyTableHasNoKeyTwice() {
        let keys = KeyTable.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }
}
