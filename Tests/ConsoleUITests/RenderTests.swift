import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// Screens drawn into the cell buffer, at the sizes moderators use.
@Suite struct RenderTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 20)]

    @Test(arguments: sizes)
    func fullScreen(size: Size) {
        let buffer = Renderer.render(Fixtures.state(size))
        Snapshot.assert(buffer, named: "full-\(size)")
        #expect(buffer.lines.first?.contains("MANUAL") == true, "the mode is in words on the status bar")
        if size.width >= 80 { #expect(buffer.lines.first?.contains("Swift Developers") == true) }
    }

    @Test("a tick redraws the status bar and the hint line over the last frame, giving what a full render gives", arguments: sizes)
    func aTickRetimesTheLastFrame(size: Size) throws {
        // The job post has no auto countdown; the hold-back's hint runs out during the tick.
        var state = Fixtures.press([.character("j")], on: Fixtures.state(size)).0
        let drawn = state.now
        state.holdBackUntil = drawn.addingTimeInterval(1)
        let previous = Renderer.render(state)
        state = Console.update(state, .tick(drawn.addingTimeInterval(3))).0
        let retimed = try #require(Renderer.retimed(state, over: previous, drawnAt: drawn))
        #expect(retimed == Renderer.render(state))
        #expect(retimed.lines[0].contains("poll ok 15s") && previous.lines[0].contains("poll ok 12s"))
        #expect(previous.lines.last?.contains("keys paused") == true && retimed.lines.last?.contains("keys paused") == false,
                "the hold-back's hint ran out")
    }

    @Test("an auto countdown, the author view or an overlay on screen follows the clock too: those frames are rendered in full")
    func whatElseFollowsTheClockIsRenderedInFull() {
        let size = Size(width: 120, height: 40)
        let onCountdown = Fixtures.state(size)
        #expect(onCountdown.selected?.dueAt != nil)
        func retimed(_ state: ConsoleState) -> CellBuffer? {
            let later = Console.update(state, .tick(state.now.addingTimeInterval(1))).0
            return Renderer.retimed(later, over: Renderer.render(state), drawnAt: state.now)
        }
        #expect(retimed(onCountdown) == nil, "the countdown moved")
        let onJob = Fixtures.press([.character("j")], on: onCountdown).0
        #expect(retimed(onJob) != nil)
        #expect(retimed(Fixtures.press([.character("d")], on: onJob).0) == nil, "a confirmation is open")
        #expect(retimed(Fixtures.press([.character("?")], on: onJob).0) == nil, "help is open")
        #expect(retimed(Fixtures.press([.character("o")], on: onJob).0) == nil, "the author view is open")
        var resized = onJob
        resized.size = Size(width: 80, height: 24)
        #expect(Renderer.retimed(resized, over: Renderer.render(onJob), drawnAt: onJob.now) == nil, "the size changed")
    }

    @Test func atEightyByTwentyFourAllFourAreVisible() {
        let text = Renderer.render(Fixtures.state(Size(width: 80, height: 24))).lines.joined(separator: "\n")
        for title in ["Queue", "Detail", "Audit"] { #expect(text.contains(" \(title)"), "\(title) pane visible") }
        #expect(text.contains("poll ok 12s"))
    }

    @Test func narrowTerminalsShowOnePaneAsATabAndKeepTheStatusBar() {
        var state = Fixtures.state(Size(width: 60, height: 20))
        var lines = Renderer.render(state).lines
        #expect(lines[0].contains("MANUAL"))
        #expect(lines[1].contains("[Queue]"))
        state = Fixtures.press([.tab], on: state).0
        lines = Renderer.render(state).lines
        #expect(lines[1].contains("[Detail]"))
        #expect(lines.joined().contains("FREE NITRO"), "the detail pane shows the selected message (the first waiting for a decision)")
    }

    @Test func emptyStatesSayWhatIsHappening() {
        let starting = Renderer.render(Fixtures.state(Size(width: 80, height: 24), overview: nil)).lines.joined()
        #expect(starting.contains("starting the engine"))
        var empty = Fixtures.overview(queue: [], audit: [])
        empty.lastPoll = nil
        let waiting = Renderer.render(Fixtures.state(Size(width: 80, height: 24), overview: empty)).lines.joined()
        #expect(waiting.contains("waiting for the first poll"))
        #expect(waiting.contains("nothing selected") && waiting.contains("no actions yet"))
        #expect(waiting.contains("nothing pending"))
        Snapshot.assert(Renderer.render(Fixtures.state(Size(width: 80, height: 24), overview: empty)), named: "empty-80x24")
    }

    @Test func modesAreSpelledOut() {
        let auto = Renderer.render(Fixtures.state(Size(width: 120, height: 40), overview: Fixtures.overview(auto: true))).lines[0]
        #expect(auto.contains("AUTO 30 s"))
        let dry = Renderer.render(Fixtures.state(Size(width: 120, height: 40), overview: Fixtures.overview(dryRun: true))).lines[0]
        #expect(dry.contains("DRY-RUN"))
    }

    @Test func theStatusBarNamesTheModelInUse() {
        var overview = Fixtures.overview()
        overview.statuses["classifier"] = "hybrid local-46fa32a356 + gpt-5-nano"
        let wide = Renderer.render(Fixtures.state(Size(width: 200, height: 40), overview: overview)).lines[0]
        #expect(wide.contains("hybrid local-46fa32a356 + gpt-5-nano"))
        let narrow = Renderer.render(Fixtures.state(Size(width: 80, height: 24), overview: overview)).lines[0]
        #expect(narrow.contains("MANUAL") && narrow.contains("pending"), "the mode and counts stay on a narrow terminal")
        #expect(!narrow.contains("gpt-5-nano"), "the model gives way first")
    }

    @Test func rowsAreStyledByActionAllowedDimmedSelectionMarked() {
        let state = Fixtures.state(Size(width: 120, height: 40))
        let buffer = Renderer.render(state)
        func row(containing text: String) -> Int? { buffer.lines.firstIndex { $0.contains(text) } }
        let selected = try! #require(row(containing: "FREE NITRO"))
        #expect(buffer[2, selected].style == .selection, "the first item waiting for a decision is selected")
        let allowed = try! #require(row(containing: "does anyone know"))
        let x = try! #require(buffer.lines[allowed].range(of: "does anyone").map { buffer.lines[allowed].distance(from: buffer.lines[allowed].startIndex, to: $0.lowerBound) })
        #expect(buffer[x, allowed].style == .allowed)
        let job = try! #require(row(containing: "We're hiring"))
        #expect((0..<60).contains { buffer[$0, job].style == .actionMove }, "the move suggestion is drawn in the move style")
        let done = try! #require(row(containing: "the mods here"))
        #expect(!(0..<60).contains { buffer[$0, done].style == .actionFlag }, "history below the waiting items is dimmed")
    }

    @Test func theDetailPaneHighlightsEvidenceAndShowsTheCountdown() {
        var state = Fixtures.state(Size(width: 120, height: 40))
        let scamDetail = Renderer.render(state).lines.joined()
        #expect(scamDetail.contains("auto delete in 12 s, x vetoes"))
        #expect(scamDetail.contains("cannot be truly undone"))
        #expect(scamDetail.contains("rule gift-phishing"))
        state = Fixtures.press([.down], on: state).0
        let buffer = Renderer.render(state)
        let hiring = buffer.lines.enumerated().compactMap { index, line -> (Int, Int)? in
            guard let range = line.range(of: "hiring"), line.contains("We're") else { return nil }
            return (line.distance(from: line.startIndex, to: range.lowerBound), index)
        }
        let detail = try! #require(hiring.last)
        #expect(buffer[detail.0, detail.1].style == .evidence)
        #expect(buffer.lines.joined().contains("can be undone"))
    }

    @Test func helpIsMadeFromTheKeyTable() {
        var state = Fixtures.press([.character("?")], on: Fixtures.state(Size(width: 80, height: 24))).0
        let buffer = Renderer.render(state)
        Snapshot.assert(buffer, named: "help-80x24")
        // Every page of help, scrolled through as a moderator would.
        var text = buffer.lines.joined(separator: "\n")
        for _ in 0..<4 {
            state = Fixtures.press([.pageDown], on: state).0
            text += Renderer.render(state).lines.joined(separator: "\n")
        }
        for binding in KeyTable.bindings where binding.inHelp { #expect(text.contains(binding.summary), "help lists \(binding.summary)") }
    }

    @Test func helpTallerThanTheTerminalScrolls() {
        var state = Fixtures.press([.character("?")], on: Fixtures.state(Size(width: 60, height: 20))).0
        var text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("Esc closes") && !text.contains("quit (the terminal is restored)"))
        state = Fixtures.press([.pageDown, .pageDown], on: state).0
        #expect(state.showingHelp, "scrolling keeps help open")
        text = Renderer.render(state).lines.joined(separator: "\n")
        #expect(text.contains("quit (the terminal is restored)"))
        state = Fixtures.press([.escape], on: state).0
        #expect(!state.showingHelp)
    }

    @Test func theDeleteConfirmationSaysItCannotBeUndone() {
        let state = Fixtures.press([.enter], on: Fixtures.state(Size(width: 80, height: 24))).0
        let buffer = Renderer.render(state)
        Snapshot.assert(buffer, named: "confirm-delete-80x24")
        let text = buffer.lines.joined()
        #expect(text.contains("Delete the message by nitro.drops") && text.contains("cannot be truly undone") && text.contains("[y] yes"))
    }

    @Test func asciiTerminalsGetASCIIBorders() {
        let buffer = Renderer.render(Fixtures.state(Size(width: 80, height: 24), unicode: false))
        let frame = buffer.lines.dropFirst().dropLast().map { $0.prefix(1) }
        #expect(frame.allSatisfy { $0.allSatisfy(\.isASCII) })
        #expect(buffer.lines[1].hasPrefix("+="), "the focused queue's border is the heavy one")
        #expect(buffer.lines[17].hasPrefix("+-"), "the others keep the light one")
    }
}
