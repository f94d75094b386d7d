/// Styled text wrapped to a width: `TextLayout.wrap` on the plain text,
/// with each character keeping the style it had, so a label's value, a
/// verdict with its confidence, or a header of several parts wraps under
/// itself instead of being cut at the pane's edge.
enum SegmentWrap {
    /// Joins words that must stay on one line ("12 s", "→ chosen FLAG"):
    /// a no-break space, drawn as a plain space once the lines are made.
    static let glue = "\u{A0}"

    /// `text` whose spaces do not break.
    static func glued(_ text: String) -> String { TextLayout.replacing(" ", with: "\u{A0}", in: text) }

    /// The segments (sanitised as one line) wrapped to `width` columns; at least one line when `width > 0`.
    static func wrap(_ segments: [Segment], width: Int) -> [[Segment]] {
        var scalars: [(scalar: Unicode.Scalar, style: StyleKey)] = []
        for segment in segments {
            for scalar in Sanitizer.clean(segment.text).unicodeScalars { scalars.append((scalar, segment.style)) }
        }
        let plain = String(String.UnicodeScalarView(scalars.map(\.scalar)))
        // Wrapping only drops spaces at the breaks and keeps every other
        // scalar in order, so walking both side by side restores each style.
        var index = 0
        return TextLayout.wrap(plain, width: width).map { line in
            var out: [Segment] = []
            for scalar in line.unicodeScalars {
                while index < scalars.count, scalars[index].scalar != scalar { index += 1 }
                let style = index < scalars.count ? scalars[index].style : .base
                index += 1
                let text = scalar == "\u{A0}" ? " " : String(scalar)
                if let last = out.last, last.style == style {
                    out[out.count - 1].text += text
                } else {
                    out.append(Segment(text, style))
                }
            }
            return out
        }
    }
}
