import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// What message authors write must never reach the terminal as a control
/// sequence, never reorder the screen, and never shift a column.
@Suite struct HostileTextTests {
    static let hostile: [(String, String)] = [
        ("escapes", "hi \u{1B}[31mred\u{1B}[0m \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}[2J\u{1B}[H cleared? \u{9B}31m"),
        ("bidi", "invoice \u{202E}fdp.exe\u{202C} and \u{2066}isolated\u{2069} \u{200F}"),
        ("zalgo", "z" + String(repeating: "\u{0336}\u{0301}\u{0317}", count: 20) + "algo"),
        ("emoji", "family 👨‍👩‍👧‍👦 flag 🇩🇪 rainbow 🏳️‍🌈 skin 👍🏽 keycap 1️⃣ heart ❤️"),
        ("cjk", "求职：五年 Swift 经验，寻找远程工作 日本語のメッセージ 한국어"),
        ("controls", "tab\there\r\nnew line\u{0}nul\u{7F}del\u{8}back"),
        ("long", String(repeating: "spam 🎁 FREE NITRO 求职 ", count: 200)),
    ]

    static func state(with text: String, size: Size) -> ConsoleState {
        var hostile = Fixtures.suggestion(9, .delete, .pending, author: "\u{1B}[1mevil\u{202E}name", content: text, minutesAgo: 0)
        hostile.verdict.evidence = [Evidence(kind: .token, text: "free", weight: 1)]
        var state = Fixtures.state(size, overview: Fixtures.overview(queue: [hostile, Fixtures.jobPost]))
        state.selectedID = 9
        return state
    }

    @Test(arguments: HostileTextTests.hostile.map(\.0))
    func noControlCharacterReachesACell(name: String) {
        let text = Self.hostile.first { $0.0 == name }!.1
        for size in RenderTests.sizes {
            let buffer = Renderer.render(Self.state(with: text, size: size))
            for y in 0..<size.height {
                for x in 0..<size.width {
                    for scalar in buffer[x, y].text.unicodeScalars {
                        #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "control U+\(String(scalar.value, radix: 16)) at \(x),\(y)")
                        #expect(Sanitizer.bidiNames[scalar.value] == nil, "bidi control at \(x),\(y)")
                    }
                }
            }
        }
    }

    @Test(arguments: HostileTextTests.hostile.map(\.0))
    func everyRowIsExactlyTheScreenWide(name: String) {
        let text = Self.hostile.first { $0.0 == name }!.1
        for size in RenderTests.sizes {
            let buffer = Renderer.render(Self.state(with: text, size: size))
            for (y, line) in buffer.lines.enumerated() {
                #expect(DisplayWidth.of(line) == size.width, "row \(y) of \(name) at \(size) is \(DisplayWidth.of(line)) columns")
            }
        }
    }

    @Test func escapesAreShownVisibly() {
        let buffer = Renderer.render(Self.state(with: Self.hostile[0].1, size: Size(width: 120, height: 40)))
        let text = buffer.lines.joined()
        #expect(text.contains("^[[31mred"), "ESC is drawn as ^[")
        let bidi = Renderer.render(Self.state(with: Self.hostile[1].1, size: Size(width: 120, height: 40))).lines.joined()
        #expect(bidi.contains("<RLO>") && bidi.contains("<LRI>"), "bidi controls are named, not obeyed")
    }

    @Test func aFourThousandCharacterMessageIsWrappedAndCut() {
        let long = String(repeating: "abcdefghij", count: 400)
        let buffer = Renderer.render(Self.state(with: long, size: Size(width: 80, height: 24)))
        let queueRow = try! #require(buffer.lines.first { $0.contains("abcdefghij") })
        #expect(queueRow.contains("…"), "the queue snippet is cut with an ellipsis")
        #expect(DisplayWidth.of(queueRow) == 80)
    }

    @Test func jsonForATerminalEscapesWhatATerminalWouldObey() throws {
        // DEL reached `queue list --json` raw (JSONEncoder leaves it as it is).
        let text = "csi \u{9B}31m bidi \u{202E}x line\u{2028}sep del\u{7F}"
        let json = String(decoding: try JSONEncoder().encode(["message": text]), as: UTF8.self)
        let safe = Sanitizer.jsonSafe(json)
        #expect(!safe.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x2028 })
        let back = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
        #expect(back["message"] == text, "the escapes parse back to the same text")
    }
}
