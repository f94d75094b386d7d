/// Fitting text into a number of terminal columns: truncating, padding and
/// wrapping by display width (`DisplayWidth`), so wide glyphs, emoji and
/// combining marks never push a column out of place.
///
/// Text is cut only between display units (`DisplayWidth.units`: a scalar
/// that takes columns with its marks), exactly where the cell buffer would
/// put it in separate cells, so nothing drawn is ever wider than measured.
/// No function loops on any input or width.
public enum TextLayout {
    /// `text` cut to at most `width` columns.
    ///
    /// `width <= 0` gives "": there is no column to draw in, and a caller
    /// that measured nothing must not be handed zero-width marks or line
    /// breaks to place. Otherwise a text that fits is returned unchanged, and
    /// a longer one is the longest prefix of whole characters that leaves room
    /// for `ellipsis`, followed by it, so the reader sees that something was
    /// cut; when even the ellipsis does not fit, it is as many characters as
    /// fit, without ellipsis.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        // No scalar takes more columns than it has UTF-8 bytes.
        if text.utf8.count <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let marker = ellipsisWidth <= width ? ellipsis : ""
        let budget = marker.isEmpty ? width : width - ellipsisWidth  // columns for the text before the marker
        // One pass, ending as soon as the text is known not to fit (a
        // message may be thousands of characters; a column shows a few).
        // The prefix is whole units (DisplayWidth.units): a zero-width
        // scalar stays with the one before it.
        var prefix = String.UnicodeScalarView()
        var used = 0
        var cut = false
        for scalar in text.unicodeScalars {
            let scalarWidth = DisplayWidth.of(scalar: scalar)
            used += scalarWidth
            if used > width { return String(prefix) + marker }
            guard !cut else { continue }
            if scalarWidth > 0, used > budget { cut = true } else { prefix.append(scalar) }
        }
        return text
    }

    /// `text` in exactly `width` columns: truncated (with "…") when longer,
    /// filled with spaces when shorter; "" when `width <= 0`.
    ///
    /// Truncating then padding is what table columns need, so this is the one
    /// function for it (there is no separate `fit`): padding alone could not
    /// promise the width.
    public static func pad(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, to: width)
        return fitted + String(repeating: " ", count: width - DisplayWidth.of(fitted))
    }

    /// `text` with every `scalar` replaced by `replacement`, scalar by
    /// scalar (so CR LF keeps its CR), and returned as it is when it holds
    /// none: Foundation's `replacingOccurrences` costs a bridge to NSString
    /// on every call, and views call this for every row of every frame.
    static func replacing(_ scalar: Unicode.Scalar, with replacement: Unicode.Scalar, in text: String) -> String {
        guard text.unicodeScalars.contains(scalar) else { return text }
        var out = String.UnicodeScalarView()
        for each in text.unicodeScalars { out.append(each == scalar ? replacement : each) }
        return String(out)
    }

    /// `text` broken into lines of at most `width` columns.
    ///
    /// - Every line break in `text` ("\n", "\r\n", U+2028... anything
    ///   `Character.isNewline`) ends a line; an empty line stays an empty line,
    ///   and an empty text is one empty line.
    /// - Lines break at spaces when they can: the spaces at a break and at the
    ///   end of a line are dropped, the other spaces (indentation included) kept.
    /// - A word longer than a line is broken between characters, and a wide
    ///   glyph that does not fit at the end of a line starts the next.
    /// - When `width` is 1, a two-column glyph cannot fit any line: it gets a
    ///   line of its own (with the zero-width characters after it), one column
    ///   too wide, rather than being lost; the cell buffer leaves out what does
    ///   not fit. No other line exceeds `width`.
    /// - `width <= 0` gives no lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .flatMap { wrapParagraph($0, width: width) }
    }

    /// One paragraph (text without line breaks) wrapped to `width > 0` columns: at least one line.
    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            // The next run of spaces and the word after it.
            let wordStart = paragraph[index...].firstIndex { $0 != " " } ?? paragraph.endIndex
            let wordEnd = paragraph[wordStart...].firstIndex(of: " ") ?? paragraph.endIndex
            let spaces = paragraph[index..<wordStart]
            let word = paragraph[wordStart..<wordEnd]
            index = wordEnd
            if word.isEmpty { break }  // spaces ending the paragraph

            let wordWidth = DisplayWidth.of(word)
            if lineWidth + spaces.count + wordWidth <= width {
                line += spaces
                line += word
                lineWidth += spaces.count + wordWidth
                continue
            }
            // The word starts a new line, without the spaces before it, and is
            // broken between characters if it is still too long.
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            for unit in DisplayWidth.units(word) {
                if unit.width > 0, lineWidth + unit.width > width, !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line += unit.text
                lineWidth += unit.width
            }
        }
        lines.append(line)
        return lines
    }
}
