/// The one gate every text a message author wrote passes before it reaches
/// a terminal: no byte of it can act as a control sequence.
///
/// - C0 controls and DEL are shown in caret notation (`ESC` becomes `^[`);
///   in multi-line text, line feeds stay line breaks and tabs become spaces.
/// - C1 controls (U+0080...U+009F, which some terminals obey as CSI, OSC...)
///   are shown as `<9b>`.
/// - Bidi embeddings, overrides and isolates, and the directional marks, are
///   shown as `<RLO>`, `<LRI>`, ... so they cannot reorder what follows.
/// - U+2028 and U+2029 (line and paragraph separators) break lines like LF.
/// - The glue of emoji sequences (ZWJ U+200D, variation selectors U+FE0E and
///   U+FE0F, skin-tone modifiers U+1F3FB...1F3FF) is removed: terminals
///   disagree on how wide a joined sequence is, so it is shown as its parts,
///   whose widths every terminal and ncurses agree on.
/// - Lone surrogates cannot occur in a Swift String; everything else passes.
public enum Sanitizer {
    public enum Mode: Sendable {
        /// One line: line breaks are shown as `⏎`.
        case singleLine
        /// Line feeds are kept (CR LF and lone CR become LF).
        case multiLine
    }

    public static func clean(_ text: String, mode: Mode = .singleLine) -> String {
        // Most text has nothing to clean: returned as it is, without rebuilding it (every frame cleans every row).
        guard text.unicodeScalars.contains(where: mayNeedCleaning) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if mode == .multiLine { if !previousCR { out.append(scalar) } } else { out.append(contentsOf: "⏎".unicodeScalars) }
            case 0x0D, 0x2028, 0x2029:
                // CR, and the Unicode line and paragraph separators, break lines like LF.
                out.append(contentsOf: (mode == .multiLine ? "\n" : "⏎").unicodeScalars)
            case 0x09:
                out.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            case 0x80...0x9F:
                out.append(contentsOf: "<\(String(scalar.value, radix: 16))>".unicodeScalars)
            case 0x200D, 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF:
                continue
            default:
                if let name = bidiNames[scalar.value] {
                    out.append(contentsOf: "<\(name)>".unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Whether `clean` might change this scalar: a cheap test of ranges that
    /// cover every case it handles (and a few neighbours it leaves alone).
    static func mayNeedCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200D...0x202E, 0x2066...0x2069, 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF: return true
        default: return false
        }
    }

    /// Invisible direction controls, by the abbreviation moderators can look up.
    static let bidiNames: [UInt32: String] = [
        0x200E: "LRM", 0x200F: "RLM", 0x061C: "ALM",
        0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
        0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
    ]

    /// JSON for a terminal: the characters JSON leaves raw but a terminal
    /// may obey (DEL, C1 controls such as U+009B CSI, bidi controls, U+2028
    /// and U+2029) written as `\uXXXX` escapes, which parse back to the same text.
    public static func jsonSafe(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let value = scalar.value
            if (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || bidiNames[value] != nil {
                out.append(contentsOf: String(format: "\\u%04x", value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
