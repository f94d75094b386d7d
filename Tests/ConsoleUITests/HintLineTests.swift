import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// The hint line keeps `? help` and `q quit` at every width, the last
/// outcome until the next one, and gives way by priority.
@Suite struct HintLineTests {
    static func hints(_ state: ConsoleState) -> String { Renderer.render(state).lines.last ?? "" }

    @Test("? help and q quit stay at 120, 80, 60 and 40 columns, with a notice too", arguments: [120, 80, 60, 40])
    func helpAndQuitStay(width: Int) {
        var state = Fixtures.state(Size(width: width, height: 24))
        #expect(Self.hints(state).hasSuffix("? help · q quit"))
        state.notice = "suggestion 7: move done; DM not delivered: the author's DMs are closed (50007)"
        let line = Self.hints(state)
        #expect(line.hasSuffix("? help · q quit"))
        if width >= 120 {
            #expect(line.hasPrefix(state.notice!), "the whole outcome: \(line)")
        } else {
            #expect(line.hasPrefix("suggestion 7: move d") && line.contains("…"), "the outcome stays, cut to fit: \(line)")
        }
    }

    @Test("at 60 columns the keys for the selection come first")
    func mostUsefulFirst() {
        let due = Fixtures.state(Size(width: 60, height: 20))
        #expect(Self.hints(due).hasPrefix("x veto · Enter approve"))
        let state = Fixtures.press([.down], on: due).0
        #expect(Self.hints(state) == "Enter approve · m f d a choose · ↑↓ select   ? help · q quit")
        let done = Fixtures.press([.down, .down], on: state).0
        #expect(Self.hints(done).hasPrefix("u undo · ↑↓ select"))
    }

    @Test("marked, the next decision's reason and DM, and new arrivals are shown before the keys")
    func statusBeforeKeys() {
        var state = Fixtures.state(Size(width: 120, height: 40))
        state.marked = [6, 7]
        state.nextDetails = DecisionDetails(reason: "Please keep job posts in #jobs", notifyAuthor: false)
        state.arrivals = [11, 12, 13]
        #expect(Self.hints(state).hasPrefix("2 marked · reason: Please keep job posts i… · DM off · 3 new (r shows) · x veto · Enter approve"))
        state.holdBackUntil = state.now.addingTimeInterval(0.2)
        #expect(Self.hints(state).hasPrefix("list moved: decision keys paused · 2 marked"))
    }

    @Test("a prompt takes the line: what is typed, the cursor, how to finish")
    func prompt() {
        var state = Fixtures.state(Size(width: 80, height: 24))
        state.prompt = Prompt(purpose: .reason, text: "spam")
        #expect(Self.hints(state).hasPrefix("reason: spam▏  Enter keeps · Esc cancels"))
        state.prompt = Prompt(purpose: .note(7), text: String(repeating: "long note ", count: 20) + "END")
        let line = Self.hints(state)
        #expect(line.hasPrefix("note: …") && line.contains("END▏"), "the end being typed stays in view: \(line)")
        #expect(DisplayWidth.of(line) == 80)
    }

    @Test("the author view has its own keys")
    func authorViewKeys() {
        var state = Fixtures.state(Size(width: 120, height: 40))
        state.authorView = AuthorViewState(authorID: 42, profile: nil)
        #expect(Self.hints(state).hasPrefix("Esc back · b ban · B ban + delete 7 days · Space mark · m f d a act on marked"))
    }
}
