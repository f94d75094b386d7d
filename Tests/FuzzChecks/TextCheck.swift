import ConsoleUI
import Foundation

extension FuzzTarget {
    /// A message author's text on its way to the terminal (the first byte is
    /// the width to lay it out in, 0...63): cleaned, it holds no C0, DEL, C1
    /// or bidi control (multi-line text keeps its line feeds); its measured
    /// width is the sum of the cells the layout cuts it into; truncating fits
    /// the width, padding fills it exactly, and wrapping keeps every
    /// non-space scalar, each line within the width.
    public static let text = FuzzTarget(name: "text") { data in
        guard let first = data.first else { return nil }
        let raw = String(decoding: data.dropFirst(), as: UTF8.self)
        return TextCheck.check(raw, width: Int(first % 64))
    }
}

enum TextCheck {
    static let bidiControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                            0x2066, 0x2067, 0x2068, 0x2069]

    static func check(_ raw: String, width: Int) -> String? {
        for mode in [Sanitizer.Mode.singleLine, .multiLine] {
            let cleaned = Sanitizer.clean(raw, mode: mode)
            if let control = cleaned.unicodeScalars.first(where: { isControl($0, lineFeedAllowed: mode == .multiLine) }) {
                return "clean(\(mode)) kept U+\(String(control.value, radix: 16, uppercase: true)) in \(cleaned.debugDescription)"
            }
            let measured = DisplayWidth.of(cleaned)
            let cells = DisplayWidth.units(cleaned).reduce(0) { $0 + $1.width }
            if measured != cells { return "\(cleaned.debugDescription) measures \(measured) columns but its cells take \(cells)" }
            if let violation = layout(cleaned, width: width) { return violation }
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar, lineFeedAllowed: Bool) -> Bool {
        let value = scalar.value
        if value == 0x0A { return !lineFeedAllowed }
        return value < 0x20 || (0x7F...0x9F).contains(value) || bidiControls.contains(value)
    }

    static func layout(_ text: String, width: Int) -> String? {
        let truncated = TextLayout.truncate(text, to: width)
        if DisplayWidth.of(truncated) > max(width, 0) { return "truncate(\(text.debugDescription), \(width)) is wider: \(truncated.debugDescription)" }
        if width > 0, DisplayWidth.of(text) <= width, truncated != text { return "truncate changed \(text.debugDescription), which fits \(width)" }
        let padded = TextLayout.pad(text, to: width)
        if DisplayWidth.of(padded) != max(width, 0) { return "pad(\(text.debugDescription), \(width)) is \(DisplayWidth.of(padded)) wide" }
        guard width > 0 else { return nil }
        let lines = TextLayout.wrap(text, width: width)
        for line in lines where DisplayWidth.of(line) > width {
            // Only a lone two-column glyph (and its zero-width marks) may exceed a one-column width.
            let wide = DisplayWidth.units(line).filter { $0.width > 0 }
            if !(width == 1 && wide.count == 1) { return "wrap(\(text.debugDescription), \(width)) made the wider line \(line.debugDescription)" }
        }
        let kept = lines.joined().unicodeScalars.filter { $0 != " " }
        let written = text.unicodeScalars.filter { $0 != " " && $0 != "\n" }
        if !kept.elementsEqual(written) { return "wrap(\(text.debugDescription), \(width)) lost text: \(lines)" }
        return nil
    }
}
