import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

@Suite("Forwards and files in the console")
struct ForwardDetailTests {
    static func state(forwarded: Forward?, attachments: [AttachmentNote], size: Size = Size(width: 120, height: 40)) -> ConsoleState {
        var suggestion = Fixtures.suggestion(9, .delete, .pending, author: "airdrop_admin_", content: "", minutesAgo: 0)
        suggestion.forwarded = forwarded
        suggestion.attachments = attachments
        suggestion.verdict.evidence = [Evidence(kind: .token, text: "nitro", weight: 1.2)]
        var state = Fixtures.state(size, overview: Fixtures.overview(queue: [suggestion, Fixtures.jobPost, Fixtures.flagged]))
        state.selectedID = 9
        return state
    }

    /// The detail pane's lines for the selected suggestion, wide enough not to wrap, one per line.
    static func detail(_ state: ConsoleState) -> String {
        guard let selected = state.selected else { return "" }
        return DetailView.lines(for: selected, state: state, width: 200).map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    @Test("the detail pane says the judged text was forwarded and from where, sets it apart and highlights its evidence")
    func forwardNote() throws {
        let fromHelp = Self.state(forwarded: Forward(text: "FREE NITRO at disc0rd-gift.com", channelID: 11, guildID: 1, messageID: 5),
                                  attachments: [])
        let buffer = Renderer.render(fromHelp)
        let screen = buffer.lines.joined()
        #expect(Self.detail(fromHelp).contains("Forwarded  not the author's words; from #help in this server"))
        let row = try #require(buffer.lines.lastIndex { $0.contains("│ FREE NITRO") })
        let x = try #require(buffer.lines[row].range(of: "NITRO").map { buffer.lines[row].distance(from: buffer.lines[row].startIndex, to: $0.lowerBound) })
        #expect(buffer[x, row].style == .evidence)
        #expect(screen.contains("[forwarded] FREE"), "the queue row marks it as forwarded, not the author's words")

        let elsewhere = Self.state(forwarded: Forward(text: "hi", channelID: 34, guildID: 12), attachments: [])
        #expect(Self.detail(elsewhere).contains("not the author's words; from another server (guild 12, channel 34)"))
    }

    @Test("the detail pane lists attachment names, sanitised: a file name cannot drive the terminal")
    func fileNames() {
        let files = [AttachmentNote(filename: "nitro-gift.exe", description: "your \u{1B}[2Jgift"),
                     AttachmentNote(filename: "evil\u{202E}gpj.scr", forwarded: true)]
        let state = Self.state(forwarded: nil, attachments: files)
        let buffer = Renderer.render(state)
        #expect(Self.detail(state).contains("Files      nitro-gift.exe (\"your ^[[2Jgift\") · evil<RLO>gpj.scr [forwarded]"))
        #expect(buffer.lines.joined().contains("[file] nitro-gift"), "an attachment-only message shows its file in the queue")
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                #expect(!buffer[x, y].text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
            }
        }
    }
}
