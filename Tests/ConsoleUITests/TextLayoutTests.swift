@testable import ConsoleUI
import Foundation
import Testing

/// Truncating, padding and wrapping keep within their columns, cut only
/// between display units, and terminate on any input.
@Suite struct TextLayoutTests {
    static let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"

    // MARK: truncate

    @Test("times of day are local: across a daylight-saving change, and before 1970")
    func timeOfDayIsLocal() throws {
        let berlin = Clock(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let utc = Clock(timeZone: try #require(TimeZone(identifier: "UTC")))
        let lastWinterSecond = Date(timeIntervalSince1970: 1_774_745_999)  // 2026-03-29 00:59:59 UTC
        #expect(berlin.timeOfDay(lastWinterSecond, seconds: true) == "01:59:59")
        #expect(berlin.timeOfDay(lastWinterSecond.addingTimeInterval(1), seconds: true) == "03:00:00")
        #expect(utc.timeOfDay(Date(timeIntervalSince1970: -0.5), seconds: true) == "23:59:59")
        #expect(utc.timeOfDay(Date(timeIntervalSince1970: 45_296.9)) == "12:34")
    }

    @Test func truncateLeavesFittingTextAlone() {
        #expect(TextLayout.truncate("hello", to: 5) == "hello")
        #expect(TextLayout.truncate("hello", to: 80) == "hello")
        #expect(TextLayout.truncate("日本語", to: 6) == "日本語")
        #expect(TextLayout.truncate("", to: 3) == "")
    }

    @Test func truncateCutsWholeCharactersAndMarksTheCut() {
        #expect(TextLayout.truncate("hello world", to: 8) == "hello w…")
        #expect(TextLayout.truncate("日本語テキスト", to: 7) == "日本語…")
        #expect(TextLayout.truncate("日本語テキスト", to: 6) == "日本…", "a wide glyph that would overflow is left out")
        #expect(TextLayout.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(TextLayout.truncate(Self.family + "abc", to: 3) == "👨\u{200D}…", "cut between the parts of a sequence")
        #expect(TextLayout.truncate(Self.family + "abc", to: 2) == "…")
        #expect(TextLayout.truncate("🇩🇪🇫🇷", to: 3) == "🇩🇪…")
    }

    @Test func truncateToNothing() {
        #expect(TextLayout.truncate("hello", to: 0) == "")
        #expect(TextLayout.truncate("hello", to: -5) == "")
        #expect(TextLayout.truncate("hello", to: 1) == "…")
        #expect(TextLayout.truncate("日本", to: 1) == "…")
    }

    @Test func truncateWithAnEllipsisThatDoesNotFit() {
        #expect(TextLayout.truncate("hello", to: 4, ellipsis: "...") == "h...")
        #expect(TextLayout.truncate("hello", to: 2, ellipsis: "...") == "he", "as many characters as fit, no ellipsis")
        #expect(TextLayout.truncate("hello", to: 3, ellipsis: "") == "hel")
        #expect(TextLayout.truncate("日本", to: 1, ellipsis: "...") == "")
    }

    @Test func truncatingHostileTextToEveryWidthStaysWithinItAndCutsBetweenUnits() {
        let text = ClusterMix.mixed(count: 4_000)
        let units = DisplayWidth.units(text)
        for width in 0...120 {
            let result = TextLayout.truncate(text, to: width)
            #expect(DisplayWidth.of(result) <= width, "width \(width)")
            guard width > 0 else { #expect(result.isEmpty); continue }
            #expect(result.hasSuffix("…"), "width \(width)")
            let kept = DisplayWidth.units(String(result.unicodeScalars.dropLast()))
            #expect(kept.map(\.text) == units.prefix(kept.count).map(\.text), "a prefix of whole units, width \(width)")
            let keptWidth = kept.reduce(0) { $0 + $1.width }
            #expect(keptWidth + units[kept.count].width + 1 > width, "the longest prefix that fits, width \(width)")
        }
    }

    // MARK: pad

    @Test func padFillsOrCutsToExactlyTheWidth() {
        #expect(TextLayout.pad("abc", to: 5) == "abc  ")
        #expect(TextLayout.pad("abc", to: 3) == "abc")
        #expect(TextLayout.pad("abcdef", to: 4) == "abc…")
        #expect(TextLayout.pad("日本語", to: 4) == "日… ", "a wide glyph that does not fit is replaced by a space")
        #expect(TextLayout.pad("😀", to: 3) == "😀 ")
        #expect(TextLayout.pad("e\u{301}", to: 2) == "e\u{301} ")
        #expect(TextLayout.pad("abc", to: 0) == "")
        #expect(TextLayout.pad("abc", to: -1) == "")
        for width in 0...40 {
            for piece in ClusterMix.pieces + [ClusterMix.mixed(count: 200)] {
                #expect(DisplayWidth.of(TextLayout.pad(piece, to: width)) == width, "\(piece) to \(width)")
            }
        }
    }

    // MARK: wrap

    @Test func wrapBreaksAtSpaces() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("the quick brown fox", width: 8) == ["the", "quick", "brown", "fox"])
        #expect(TextLayout.wrap("short", width: 80) == ["short"])
        #expect(TextLayout.wrap("a  b", width: 10) == ["a  b"], "spaces inside a line stay")
        #expect(TextLayout.wrap("one   two", width: 4) == ["one", "two"], "spaces at a break go")
        #expect(TextLayout.wrap("trailing   ", width: 20) == ["trailing"])
        #expect(TextLayout.wrap("  indented text", width: 10) == ["  indented", "text"])
    }

    @Test func wrapHardBreaksLongWords() {
        #expect(TextLayout.wrap("supercalifragilistic", width: 5) == ["super", "calif", "ragil", "istic"])
        #expect(TextLayout.wrap("see https://example.com/a/long/path", width: 10)
                == ["see", "https://ex", "ample.com/", "a/long/pat", "h"])
        #expect(TextLayout.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func wrapMovesAWideGlyphThatDoesNotFitToTheNextLine() {
        #expect(TextLayout.wrap("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
        #expect(TextLayout.wrap("a日", width: 2) == ["a", "日"])
        #expect(TextLayout.wrap(Self.family, width: 5) == ["👨\u{200D}👩\u{200D}", "👧\u{200D}👦"], "a sequence breaks between its parts")
        #expect(TextLayout.wrap("🇩🇪🇫🇷🇯🇵", width: 4) == ["🇩🇪🇫🇷", "🇯🇵"])
    }

    @Test func wrapGivesAWideGlyphItsOwnLineWhenWidthIsOne() {
        #expect(TextLayout.wrap("日本", width: 1) == ["日", "本"])
        #expect(TextLayout.wrap("a😀b", width: 1) == ["a", "😀", "b"])
        #expect(TextLayout.wrap("日\u{200B}a", width: 1) == ["日\u{200B}", "a"], "zero-width characters stay with it")
    }

    @Test func wrapKeepsLineBreaks() {
        #expect(TextLayout.wrap("a\nb", width: 5) == ["a", "b"])
        #expect(TextLayout.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextLayout.wrap("a\n", width: 5) == ["a", ""])
        #expect(TextLayout.wrap("a\r\nb", width: 5) == ["a", "b"])
        #expect(TextLayout.wrap("first line\nsecond", width: 5) == ["first", "line", "secon", "d"])
        #expect(TextLayout.wrap("", width: 5) == [""])
        #expect(TextLayout.wrap("   ", width: 5) == [""])
    }

    @Test func wrapToNoWidthGivesNoLines() {
        #expect(TextLayout.wrap("hello", width: 0) == [])
        #expect(TextLayout.wrap("hello", width: -3) == [])
    }

    @Test func wrappingHostileTextStaysWithinTheWidthAndKeepsAllContent() {
        let inputs = ClusterMix.pieces + [
            ClusterMix.mixed(count: 4_000),
            ClusterMix.pieces.joined(),
            ClusterMix.pieces.joined(separator: " "),
            ClusterMix.pieces.joined(separator: "\n"),
            String(repeating: "界", count: 200),
            String(repeating: Self.family, count: 50),
            String(repeating: " ", count: 50),
            String(repeating: "\n", count: 5),
            String(repeating: "\u{301}", count: 20),
            String(repeating: "\u{200B}a", count: 30),
            "\u{301}leading mark, " + String(repeating: "🇩🇪", count: 7) + "\u{1F1E9}",
        ]
        for text in inputs {
            for width in 1...40 {
                let lines = TextLayout.wrap(text, width: width)
                for line in lines {
                    let lineWidth = DisplayWidth.of(line)
                    // Width 1 gives a two-column glyph (and any zero-width characters after it) a line of its own.
                    let lonelyWideGlyph = width == 1 && lineWidth == 2 && line.filter { DisplayWidth.of($0) > 0 }.count == 1
                    #expect(lineWidth <= width || lonelyWideGlyph, "\(line) at width \(width)")
                }
                #expect(Self.content(of: lines.joined()) == Self.content(of: text), "content of \(text) at width \(width)")
                #expect(lines.count >= text.filter(\.isNewline).count + 1)
            }
        }
    }

    /// The scalars of `text` without spaces and line breaks: what wrapping must keep, in order.
    static func content(of text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != " " && !Character($0).isNewline }
    }
}
