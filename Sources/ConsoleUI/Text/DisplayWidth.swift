/// How many terminal columns text takes, so the cell buffer puts every
/// character where the terminal will draw it and columns never shift.
///
/// Widths are counted scalar by scalar, as ncurses (which places every cell
/// by `wcwidth`) and most terminals count them; the `Sanitizer` removes the
/// glue of emoji sequences (ZWJ, variation selectors, skin-tone modifiers)
/// first, so an emoji sequence is shown as its parts and every terminal
/// agrees on its width.
///
/// - Scalars are measured as glibc's `wcwidth` measures them in a UTF-8
///   locale (tmux counts columns with it): East Asian Wide and Fullwidth are
///   2 (Unicode 15.1 EastAsianWidth.txt), ambiguous-width is 1 (the narrow,
///   western reading), marks (Mn, Me), format characters (Cf) and Hangul
///   medial vowels and final consonants are 0. As in glibc,
///   the soft hyphen U+00AD and the prepended concatenation marks (U+0600
///   ARABIC NUMBER SIGN...) are 1, because terminals draw them; unlike glibc,
///   the circled numbers U+3248...324F (ambiguous) and the hexagrams
///   U+4DC0...4DFF (neutral in Unicode 15.1) are 1.
/// - A cluster is the sum of its scalars, so a letter with any number of
///   combining marks is 1, a spacing vowel sign (Devanagari `ा`) adds the
///   column the terminal gives it, a flag (two regional indicators) is 2,
///   and a cluster of zero-width scalars only (a lone combining mark, a lone
///   U+200B) is 0.
/// - Controls (C0, DEL, C1), which the `Sanitizer` turns into visible text
///   before they get here, and U+2028 and U+2029 are 0.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes in the terminal.
    public static func of(_ character: Character) -> Int {
        // Fast path: the bulk of what the console draws is printable ASCII.
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        return character.unicodeScalars.reduce(0) { $0 + of(scalar: $1) }
    }

    /// `text` split as a terminal lays it out: each unit is one scalar that
    /// takes columns and the zero-width scalars after it (leading zero-width
    /// scalars form a unit of width 0). Cutting text between units is what
    /// the cell buffer does, so layout and drawing always agree.
    public static func units(_ text: some StringProtocol) -> [(text: String, width: Int)] {
        var units: [(text: String, width: Int)] = []
        for scalar in text.unicodeScalars {
            let width = of(scalar: scalar)
            if width == 0, !units.isEmpty {
                units[units.count - 1].text.unicodeScalars.append(scalar)
            } else {
                units.append((String(scalar), width))
            }
        }
        return units
    }

    /// The columns a text takes: the sum over its grapheme clusters.
    public static func of(_ text: some StringProtocol) -> Int {
        // Fast path: printable ASCII is one column per byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns one scalar takes on its own, as `wcwidth` measures it.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Latin-1 and the Latin extensions hold no wide and no zero-width
        // scalar (U+00AD, the one format character, is drawn by terminals).
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        // Before the (slower) category lookup: the table holds no zero-width scalar.
        if isWide(value) { return 2 }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) {
            return 0  // Hangul medial vowels and final consonants join the preceding initial
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return 0
        case .format:  // ZWJ, ZWNJ, U+200B, word joiner, BOM, tags...
            return isPrependedConcatenationMark(value) ? 1 : 0
        case .unassigned where properties.isDefaultIgnorableCodePoint:
            return 0
        default:
            break
        }
        // Emoji newer than the table, which Unicode adds to the supplementary
        // pictograph blocks; regional indicators are one column until paired.
        if value >= 0x1F000, properties.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(value) { return 2 }
        return 1
    }

    /// Format characters that terminals draw, spanning the digits that follow
    /// them (Prepended_Concatenation_Mark, Unicode 15.1 PropList.txt).
    private static func isPrependedConcatenationMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD: return true
        default: return false
        }
    }

    /// Whether a scalar is East Asian Wide or Fullwidth, by binary search in `wideRanges`.
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= wideRanges[0].lowerBound else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East_Asian_Width W and F, from Unicode 15.1 EastAsianWidth.txt, sorted,
    /// without the seven combining marks among them (U+302A...302D, U+3099,
    /// U+309A, U+16FE4), which are 0. Neighbouring ranges are merged across
    /// unassigned gaps of up to 16 code points; unassigned code points in the
    /// CJK ideograph blocks and planes 2 and 3 are W by the file's defaults. The pictographs in 231A...2B55 and
    /// 1F004...1FAF8 are the Emoji_Presentation characters (emoji-data.txt),
    /// which Unicode makes W; the others there (🌡 1F321, 🏳 1F3F3) are 1.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x2FD5,    // CJK Radicals Supplement, Kangxi Radicals
        0x2FF0...0x3029, 0x302E...0x303E,  // Ideographic Description Characters, CJK Symbols and Punctuation
        0x3041...0x3098, 0x309B...0x3247,  // Hiragana, Katakana, Bopomofo, Hangul Compatibility Jamo, Kanbun, CJK Strokes, Enclosed CJK
        0x3250...0x4DBF,    // Enclosed CJK, CJK Compatibility, CJK Extension A (not the 3248...324F circled numbers: A)
        0x4E00...0xA4C6,    // CJK Unified Ideographs, Yi Syllables and Radicals (not the 4DC0...4DFF hexagrams: N)
        0xA960...0xA97C,    // Hangul Jamo Extended-A
        0xAC00...0xD7A3,    // Hangul Syllables
        0xF900...0xFAFF,    // CJK Compatibility Ideographs
        0xFE10...0xFE19,    // Vertical Forms
        0xFE30...0xFE6B,    // CJK Compatibility Forms, Small Form Variants
        0xFF01...0xFF60,    // Fullwidth Forms
        0xFFE0...0xFFE6,    // Fullwidth signs
        0x16FE0...0x16FE3, 0x16FF0...0x18CD5,  // Ideographic Symbols, Tangut, Tangut Components, Khitan Small Script
        0x18D00...0x18D08,  // Tangut Supplement
        0x1AFF0...0x1B132,  // Kana Extended-B, Kana Supplement, Kana Extended-A
        0x1B150...0x1B2FB,  // Small Kana Extension, Nushu
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F265,  // Enclosed Ideographic Supplement
        0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,  // Misc Symbols and Pictographs, Emoticons
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC,  // Transport and Map Symbols
        0x1F7E0...0x1F7F0,  // Geometric Shapes Extended (coloured circles and squares)
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,  // Supplemental Symbols and Pictographs
        0x1FA70...0x1FAF8,  // Symbols and Pictographs Extended-A
        0x20000...0x2FFFD,  // Plane 2: CJK Extensions B-F, I, Compatibility Supplement
        0x30000...0x3FFFD,  // Plane 3: CJK Extensions G, H
    ]
}
