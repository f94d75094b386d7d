import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// What shows without colour or without UTF-8: the focus cue, a mark for
/// every state, and ASCII for every symbol.
@Suite struct LooksTests {
    @Test("the focused pane is framed and heavy in characters, so NO_COLOR and mono show it")
    func focusCueInCharacters() throws {
        let state = Fixtures.state(Size(width: 80, height: 24))
        var lines = Renderer.render(state).lines
        #expect(lines[1].hasPrefix("┏━ ▶ Queue · 2 pending ◀ ━"))
        #expect(lines[1].contains("┌─ Detail ─"))
        lines = Renderer.render(Fixtures.press([.tab], on: state).0).lines
        #expect(lines[1].hasPrefix("┌─ Queue · 2 pending ─") && lines[1].contains("┏━ ▶ Detail ◀ ━"))
        let ascii = Renderer.render(Fixtures.state(Size(width: 80, height: 24), unicode: false)).lines
        #expect(ascii[1].hasPrefix("+= > Queue - 2 pending < ===") && ascii[1].contains("+- Detail -"))
    }

    @Test("under the mono theme at mono depth (NO_COLOR) the focused title is also reversed, the others are not")
    func focusCueUnderMono() throws {
        let buffer = Renderer.render(Fixtures.state(Size(width: 80, height: 24)))
        let theme = ColorDepth.mono.resolve(try #require(Theme.builtIn("mono")))
        let focused = try #require(ViewFixtures.find("Queue", in: buffer))
        let other = try #require(ViewFixtures.find("Detail", in: buffer))
        #expect(buffer[focused.x - 2, focused.y].text == "▶" && buffer[other.x - 2, other.y].text == "─")
        #expect(theme[buffer[focused.x, focused.y].style].attributes.contains(.reverse))
        #expect(!theme[buffer[other.x, other.y].style].attributes.contains(.reverse))
    }

    @Test("every state has a mark of its own, in Unicode and in ASCII")
    func marks() {
        for glyphs in [Glyphs.unicode, Glyphs.ascii] {
            let marks = ViewFixtures.everyState.map { glyphs.mark($0) }
            // Approved and overridden share one: both are decided and about to run.
            #expect(Set(marks).count == marks.count - 1, "\(marks)")
            #expect(marks.allSatisfy { DisplayWidth.of($0) == 1 })
        }
        let done = ViewFixtures.everyState.first { $0.state == .done }!
        let reverted = ViewFixtures.everyState.first { $0.state == .reverted }!
        #expect(Glyphs.unicode.mark(done) == "✓" && Glyphs.unicode.mark(reverted) == "↶")
        #expect(Glyphs.ascii.mark(done) == "+" && Glyphs.ascii.mark(reverted) == "<")
        #expect(Glyphs.unicode.markedForBulk == "●" && Glyphs.ascii.markedForBulk == "*")
    }

    @Test("reverted and dismissed rows are styled unlike done and allowed ones: in every built-in theme, and without colour in mono and default")
    func rowStyles() throws {
        let keys = [StyleKey.row(.done), .row(.allowed), .row(.reverted), .row(.dismissed)]
        #expect(Set(keys).count == 4)
        for name in Theme.builtInNames {
            let theme = try #require(Theme.builtIn(name))
            #expect(Set(keys.map { theme[$0] }).count == 4, "\(name)")
        }
        for name in ["mono", "default"] {
            let theme = ColorDepth.mono.resolve(try #require(Theme.builtIn(name)))
            #expect(Set(keys.map { theme[$0] }).count == 4, "\(name) without colour")
        }
    }

    @Test("with no UTF-8 every cell of every view is ASCII", arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 20)])
    func everyViewIsASCII(size: Size) {
        var detail = ViewFixtures.decided
        detail.forwarded = Forward(text: "FREE NITRO → claim ⟦here⟧ “now”…", channelID: 11, guildID: 1, messageID: 5)
        detail.attachments = [AttachmentNote(filename: "café-日本.exe", forwarded: true)]
        var overview = StatusBarTests.troubled()
        overview.queue = [detail] + ViewFixtures.everyState
        var base = Fixtures.state(size, overview: overview, unicode: false)
        base.selectedID = detail.id
        var states: [ConsoleState] = []
        for pane in Pane.allCases {
            var state = base
            state.focus = pane
            states.append(state)
        }
        var scrolled = base
        scrolled.focus = .detail
        scrolled.detailOffset = DetailView.maxOffset(scrolled) / 2
        states.append(scrolled)
        var author = base
        author.authorView = AuthorViewState(authorID: ViewFixtures.profile.authorID, profile: ViewFixtures.profile)
        author.marked = [20]
        states.append(author)
        var loading = base
        loading.authorView = AuthorViewState(authorID: 1, profile: nil)
        states.append(loading)
        var prompt = base
        prompt.prompt = Prompt(purpose: .reason, text: "no")
        states.append(prompt)
        states.append(Fixtures.press([.character("?")], on: base).0)
        states.append(Fixtures.press([.character("A")], on: base).0)
        states.append(Fixtures.state(size, overview: nil, unicode: false))
        for state in states {
            let buffer = Renderer.render(state)
            for (y, line) in buffer.lines.enumerated() {
                #expect(line.allSatisfy { $0.isASCII }, "row \(y): \(line)")
            }
        }
    }
}
