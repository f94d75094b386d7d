@testable import ConsoleUI
import Engine
import Testing

/// Display widths match what xterm, tmux and VTE do in a UTF-8 locale, one
/// grapheme cluster at a time, so the cell buffer never shifts a column.
@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("hello, world!") == 13)
        #expect(DisplayWidth.of(Character("~")) == 1)
        #expect(DisplayWidth.of(Character(" ")) == 1)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("abc"[...].dropFirst()) == 2, "substrings are measured too")
    }

    @Test func controlsTakeNoColumns() {
        for control in ["\u{0}", "\u{1B}", "\n", "\r\n", "\u{7F}", "\u{85}", "\u{9B}", "\u{2028}", "\u{2029}"] {
            #expect(DisplayWidth.of(Character(control)) == 0, "U+\(control.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(DisplayWidth.of("a\u{1B}b") == 2)
    }

    @Test func combiningMarksJoinTheirBase() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("Cafe\u{301} cre\u{300}me") == 10)
        #expect(DisplayWidth.of("café") == 4, "precomposed é")
        let zalgo = "a" + String(repeating: "\u{301}\u{316}\u{35C}\u{489}", count: 10)
        #expect(zalgo.count == 1 && zalgo.unicodeScalars.count == 41)
        #expect(DisplayWidth.of(zalgo) == 1)
        #expect(DisplayWidth.of(Character(zalgo)) == 1)
    }

    @Test func zeroWidthScalarsAloneTakeNoColumns() {
        #expect(DisplayWidth.of(Character("\u{301}")) == 0, "a lone combining mark")
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0, "a lone zero-width space")
        #expect(DisplayWidth.of(Character("\u{FEFF}")) == 0)
        #expect(DisplayWidth.of(Character("\u{2060}")) == 0, "word joiner")
        #expect(DisplayWidth.of(Character("\u{E0001}")) == 0, "language tag")
        #expect(DisplayWidth.of(Character("\u{E0080}")) == 0, "unassigned default-ignorable")
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("a\u{200C}b\u{200D}c") == 3, "ZWNJ and ZWJ between letters")
        #expect(DisplayWidth.of(Character("a\u{FE0F}")) == 1, "a variation selector on a letter")
    }

    @Test func formatCharactersTerminalsDrawTakeAColumn() {
        #expect(DisplayWidth.of(Character("\u{AD}")) == 1, "soft hyphen")
        #expect(DisplayWidth.of("\u{600}\u{661}\u{662}") == 3, "ARABIC NUMBER SIGN spans the digits after it")
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of(Character("界")) == 2)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("ひらがな カタカナ") == 17)
        #expect(DisplayWidth.of("中文, English") == 13)
        #expect(DisplayWidth.of(Character("\u{3000}")) == 2, "ideographic space")
        #expect(DisplayWidth.of(Character("㐀")) == 2, "extension A")
        #expect(DisplayWidth.of(Character("\u{20000}")) == 2, "extension B, plane 2")
        #expect(DisplayWidth.of(Character("\u{2A6E0}")) == 2, "unassigned in plane 2 defaults to wide")
        #expect(DisplayWidth.of(Character("\u{30000}")) == 2, "plane 3")
        #expect(DisplayWidth.of(Character("ꀀ")) == 2, "Yi")
        #expect(DisplayWidth.of(Character("\u{302A}")) == 0, "an ideographic tone mark is a combining mark")
    }

    @Test func hangulSyllablesAndJamo() {
        #expect(DisplayWidth.of("한국어") == 6)
        let decomposed = "\u{1112}\u{1161}\u{11AB}"  // 한 as initial, medial, final jamo
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 2)
        #expect(DisplayWidth.of(Character("\u{1161}")) == 0, "a lone medial vowel")
        #expect(DisplayWidth.of(Character("\u{11FF}")) == 0, "a lone final consonant")
        #expect(DisplayWidth.of(Character("\u{D7B0}")) == 0, "Jamo Extended-B medial")
        #expect(DisplayWidth.of(Character("\u{A960}")) == 2, "Jamo Extended-A initial")
        #expect(DisplayWidth.of(Character("\u{3164}")) == 2, "HANGUL FILLER is blank but wide")
        #expect(DisplayWidth.of(Character("\u{FFA0}")) == 1, "HALFWIDTH HANGUL FILLER")
    }

    @Test func fullwidthAndHalfwidthForms() {
        #expect(DisplayWidth.of(Character("Ａ")) == 2)
        #expect(DisplayWidth.of("ＡＢＣ１２３") == 12)
        #expect(DisplayWidth.of(Character("￥")) == 2)
        #expect(DisplayWidth.of(Character("ｱ")) == 1, "halfwidth katakana")
    }

    @Test func ambiguousWidthIsNarrow() {
        for character in ["±", "§", "α", "Ж", "①", "■", "→", "…", "\u{E000}"] {
            #expect(DisplayWidth.of(Character(character)) == 1, "\(character)")
        }
    }

    @Test func emojiAreMeasuredScalarByScalarAsNcursesDoes() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 1, "❤️: VS16 takes no column of its own (the Sanitizer drops it)")
        #expect(DisplayWidth.of(Character("\u{2764}")) == 1, "❤ alone is text presentation")
        #expect(DisplayWidth.of(Character("\u{1F321}")) == 1, "🌡 alone is text presentation")
        #expect(DisplayWidth.of(Character("👍🏽")) == 4, "a modifier sequence is its parts (the Sanitizer drops the modifier)")
        #expect(DisplayWidth.of(Character("\u{1F3FD}")) == 2, "a lone skin tone swatch")
        #expect(DisplayWidth.of(Character("1\u{FE0F}\u{20E3}")) == 1, "keycap 1️⃣: the enclosing keycap is a mark")
        #expect(DisplayWidth.of(Character("\u{1FAE8}")) == 2, "🫨, an emoji of Unicode 15")
    }

    @Test func zwjSequencesAreTheirParts() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(family.count == 1)
        #expect(DisplayWidth.of(family) == 8)
        #expect(DisplayWidth.units(family).map(\.width) == [2, 2, 2, 2], "the joiners ride with the emoji before them")
        #expect(DisplayWidth.of(Sanitizer.clean(family)) == 8, "and the Sanitizer removes them, so no terminal joins them")
        #expect(DisplayWidth.of("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}") == 3, "🏳️‍🌈 is 🏳 (1) and 🌈 (2)")
    }

    @Test func flagsAreRegionalIndicatorPairs() {
        #expect(DisplayWidth.of(Character("🇩🇪")) == 2)
        #expect(DisplayWidth.of("🇩🇪🇫🇷🇯🇵") == 6)
        #expect(DisplayWidth.of(Character("\u{1F1E9}")) == 1, "a lone regional indicator")
        #expect(DisplayWidth.of("🇩🇪\u{1F1E9}") == 3)
    }

    @Test func rightToLeftScriptsAreOneColumnPerLetter() {
        #expect(DisplayWidth.of("مرحبا") == 5)
        #expect(DisplayWidth.of("שלום") == 4)
        #expect(DisplayWidth.of("שָׁלוֹם") == 4, "Hebrew points are combining marks")
        #expect(DisplayWidth.of("مَرْحَبًا") == 5, "Arabic harakat are combining marks")
    }

    @Test func indicAndThaiMeasureLikeTerminals() {
        // न म स्ते: the virama and the vowel sign े are marks, स्ते is one cluster of two consonants.
        #expect(Array("नमस्ते").count == 3)
        #expect(DisplayWidth.of("नमस्ते") == 4)
        #expect(DisplayWidth.of(Character("का")) == 2, "ा is a spacing vowel sign, drawn in its own column")
        #expect(DisplayWidth.of(Character("कि")) == 2)
        #expect(DisplayWidth.of(Character("स्त्री")) == 4, "a conjunct is as wide as its spacing letters")
        #expect(DisplayWidth.units("स्त्री").map(\.width) == [1, 1, 1, 1])
        #expect(DisplayWidth.of("สวัสดีครับ") == 7, "Thai vowel and tone marks above and below are combining")
        #expect(DisplayWidth.of("ไม่") == 2)
        #expect(DisplayWidth.of("น้ำ") == 2, "SARA AM takes a column")
    }

    @Test func everyScalarHasAWidthOfZeroOneOrTwo() {
        var outOfRange: [UInt32] = []
        var wide = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let width = DisplayWidth.of(Character(scalar))
            if !(0...2).contains(width) { outOfRange.append(value) }
            if width == 2 { wide += 1 }
        }
        #expect(outOfRange.isEmpty)
        #expect(wide > 180_000, "the CJK ideographs and planes 2 and 3 are wide")
    }

    @Test func textWidthIsTheSumOfItsCharacters() {
        let text = ClusterMix.mixed(count: 4_000)
        #expect(text.count == 4_000)
        let sum = text.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(DisplayWidth.of(text) == sum)
        #expect(sum > 4_000, "the mix holds wide characters")
    }
}

/// Text that has broken column layouts before: every kind of cluster the
/// width rules distinguish, mixed deterministically.
enum ClusterMix {
    static let pieces: [String] = [
        "a", "Z", " ", "  ", "e\u{301}", "a" + String(repeating: "\u{301}\u{316}", count: 20),
        "界", "日本語", "한", "\u{1112}\u{1161}\u{11AB}", "Ａ", "ｱ",
        "😀", "\u{2764}\u{FE0F}", "\u{2764}", "👍🏽", "👨\u{200D}👩\u{200D}👧\u{200D}👦",
        "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", "🇩🇪", "\u{1F1E9}", "1\u{FE0F}\u{20E3}",
        "\u{200B}", "\u{301}", "\u{AD}", "مرحبا", "שָׁלוֹם", "नमस्ते", "स्त्री", "สวัสดี", "น้ำ",
        "^[", "<RLO>", "⏎", "…", "\u{3164}", "𠀀", "ℌ", "·",
    ]

    /// `count` characters taken from `pieces` in a fixed pseudo-random order.
    static func mixed(count: Int) -> String {
        var generator = SplitMix64(seed: 0x5EED)  // deterministic, so a failure reproduces
        var text = ""
        while text.count < count {
            text += pieces[Int(generator.next() % UInt64(pieces.count))]
        }
        return String(text.prefix(count))
    }
}
