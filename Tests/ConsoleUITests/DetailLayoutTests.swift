import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// The detail pane: the decision before the message, nothing cut at any
/// width, scrolling that ends, the link, the account's age, copies and notes.
@Suite struct DetailLayoutTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 20)]

    /// The detail's lines at `width` as plain text, one string per line.
    static func lines(_ suggestion: Suggestion, width: Int) -> [String] {
        let state = ViewFixtures.detail(suggestion, size: Size(width: 120, height: 40))
        return DetailView.lines(for: suggestion, state: state, width: width).map { $0.map(\.text).joined() }
    }

    /// The lines joined with every run of spaces made one, so a value wrapped under its label reads as one text.
    static func flowing(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test("the verdict and the decision come before the message", arguments: sizes)
    func verdictFirst(size: Size) throws {
        let buffer = Renderer.render(ViewFixtures.detail(Fixtures.jobPost, size: size))
        let pane = Layout(size: size).detail.x
        let suggested = try #require(ViewFixtures.find("Suggested", in: buffer, from: pane))
        let state = try #require(ViewFixtures.find("State", in: buffer, from: pane))
        let message = try #require(ViewFixtures.find("We're hiring", in: buffer, from: pane))
        #expect(suggested.y < state.y && state.y < message.y)
    }

    @Test("a 60-line message still shows the verdict, and the pane says there is more", arguments: sizes)
    func longMessageKeepsTheVerdict(size: Size) {
        let buffer = Renderer.render(ViewFixtures.detail(ViewFixtures.longMessage(lines: 60), size: size))
        let text = ViewFixtures.text(buffer)
        #expect(text.contains("Suggested  MOVE"))
        #expect(text.contains("line 1 of a long job post"))
        #expect(!text.contains("line 60 of"))
        #expect(text.contains("more ↓"), "the bottom border says there is more below")
    }

    @Test("no labelled value is cut: each wraps under its label at every width", arguments: [28, 30, 38, 52, 58, 118])
    func nothingCut(width: Int) {
        let lines = Self.lines(ViewFixtures.decided, width: width)
        for line in lines { #expect(DisplayWidth.of(line) <= width, "\"\(line)\" is wider than \(width)") }
        let text = Self.flowing(lines)
        for value in ["DELETE 97% · other · local → chosen FLAG", "✓ done · by alice",
                      "Gift scams get a warning first; the second one is a ban, as the server rules say (moderator's)",
                      "Instead of", "Reason for delete.", "no DM to the author (moderator's choice)",
                      "Undo can be undone", "Same wording as last week's raid: watch for alts (private)",
                      "#help at 11:03:20", "#showcase at 11:03:30", "account 3 d old", "Claim your free nitro at disc0rd-gift.com"] {
            #expect(text.contains(value), "\"\(value)\" is whole at width \(width)")
        }
        let undo = Self.lines(Fixtures.scam, width: width)
        #expect(Self.flowing(undo).contains("Undo cannot be truly undone: undo reposts the content with attribution"))
    }

    @Test("the labels stand above their values on a pane too narrow for both side by side")
    func narrowPaneStacksLabels() {
        let lines = Self.lines(ViewFixtures.decided, width: 20)
        #expect(lines.contains("Reason"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(Self.flowing(lines).contains("no DM to the author (moderator's choice)"))
    }

    @Test("scrolling ends at the last line: maxOffset bounds it, and the draw clamps a larger offset")
    func boundedScrolling() throws {
        var state = ViewFixtures.detail(ViewFixtures.longMessage(lines: 60), size: Size(width: 80, height: 24))
        let inner = Layout(size: state.size).detail.inset(1)
        let count = DetailView.lineCount(for: try #require(state.selected), state: state, width: inner.width)
        #expect(DetailView.maxOffset(state) == count - inner.height)
        state.detailOffset = 10_000
        let text = ViewFixtures.text(Renderer.render(state))
        #expect(text.contains("Author's recent messages"), "the last lines are shown")
        #expect(text.contains("/\(count)") && !text.contains("more ↓"))
        state.detailOffset = DetailView.maxOffset(state)
        #expect(Renderer.render(state) == Renderer.render({ var s = state; s.detailOffset = 10_000; return s }()))
        #expect(DetailView.maxOffset(ViewFixtures.detail(Fixtures.question, size: Size(width: 120, height: 40))) == 0)
    }

    @Test("the jump link has a line of its own; cut, it says c copies it")
    func jumpLink() throws {
        let link = try #require(Fixtures.jobPost.jumpLink)
        let wide = Self.lines(Fixtures.jobPost, width: 100)
        #expect(wide.contains(link), "the whole link, alone on its line")
        let narrow = Self.lines(Fixtures.jobPost, width: 30)
        let line = try #require(narrow.first { $0.hasPrefix("https://") })
        #expect(line.hasSuffix("… c copies it") && DisplayWidth.of(line) <= 30)
        var unknownGuild = Fixtures.jobPost
        unknownGuild.guildID = nil
        #expect(!Self.lines(unknownGuild, width: 100).contains { $0.contains("https://") })
    }

    @Test("a new account's age is a warning in the header; an old one is not")
    func accountAge() throws {
        let buffer = Renderer.render(ViewFixtures.detail(ViewFixtures.decided, size: Size(width: 120, height: 40)))
        let young = try #require(ViewFixtures.find("account 3 d old", in: buffer))
        #expect(buffer[young.x, young.y].style == .statusWarning)
        let old = Renderer.render(ViewFixtures.detail(Fixtures.jobPost, size: Size(width: 120, height: 40)))
        let aged = try #require(ViewFixtures.find("account 11 y old", in: old))
        #expect(old[aged.x, aged.y].style == .muted)
    }

    @Test("a forward, its files, the copies and the link are all in the detail")
    func forwardFilesCopiesAndLink() {
        var suggestion = ViewFixtures.decided
        suggestion.forwarded = Forward(text: "FREE NITRO", channelID: 11, guildID: 1, messageID: 5)
        suggestion.attachments = [AttachmentNote(filename: "gift.exe")]
        let text = Self.flowing(Self.lines(suggestion, width: 58))
        for part in ["Forwarded not the author's words", "│ FREE NITRO", "Files gift.exe", "Copies #help", "https://discord.com/channels/1/"] {
            #expect(text.contains(part), "\(part)")
        }
    }
}
