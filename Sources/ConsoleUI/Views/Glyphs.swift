import Engine
import Foundation

/// The characters borders, marks and separators are drawn with: Unicode, or
/// ASCII when the terminal's locale is not UTF-8 (there a Unicode symbol
/// would print as `?`). Views take every symbol from here, never a literal.
struct Glyphs {
    /// Light borders, for panes without focus.
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    /// Heavy borders, for the pane with focus (ASCII draws its top and bottom with `=`).
    let heavyHorizontal, heavyVertical, heavyTopLeft, heavyTopRight, heavyBottomLeft, heavyBottomRight: String
    /// Around the focused pane's title: "▶ Queue ◀", a cue that needs no colour.
    let focusOpen, focusClose: String
    let ellipsis, cursor, arrows: String
    /// Separates the parts of a line: "#general · swiftlyjen".
    let dot: String
    /// "reason → chosen FLAG".
    let arrow: String
    /// More text below (the scroll cue).
    let down: String
    /// Sets forwarded text apart from the author's own words.
    let quote: String
    /// The state marks (see `mark(_:)`).
    let pending, due, decided, executing, done, failed, dismissed, undoing, reverted, none: String
    /// A row marked for a bulk decision.
    let markedForBulk: String

    static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                heavyHorizontal: "━", heavyVertical: "┃", heavyTopLeft: "┏", heavyTopRight: "┓",
                                heavyBottomLeft: "┗", heavyBottomRight: "┛", focusOpen: "▶", focusClose: "◀",
                                ellipsis: "…", cursor: "▏", arrows: "↑↓", dot: "·", arrow: "→", down: "↓", quote: "│ ",
                                pending: "•", due: "»", decided: "→", executing: "⟳", done: "✓", failed: "✗",
                                dismissed: "–", undoing: "⟲", reverted: "↶", none: " ", markedForBulk: "●")
    static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                              heavyHorizontal: "=", heavyVertical: "|", heavyTopLeft: "+", heavyTopRight: "+",
                              heavyBottomLeft: "+", heavyBottomRight: "+", focusOpen: ">", focusClose: "<",
                              ellipsis: "~", cursor: "_", arrows: "j/k", dot: "-", arrow: "->", down: "v", quote: "| ",
                              pending: "*", due: "@", decided: ">", executing: "~", done: "+", failed: "!",
                              dismissed: "-", undoing: "%", reverted: "<", none: " ", markedForBulk: "*")

    static func forTerminal(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }

    /// " · " between the parts of a line.
    var separator: String { " \(dot) " }

    /// `text` (sanitised, so it is measured as drawn) in a column of `width`
    /// cells, cut with an ellipsis so one space always separates it from the next.
    func column(_ text: String, _ width: Int) -> String {
        TextLayout.pad(TextLayout.truncate(Sanitizer.clean(text), to: width - 1, ellipsis: ellipsis), to: width)
    }

    /// The one-cell mark for a suggestion's state, different for every state
    /// (approved and overridden share one: both are decided and about to run,
    /// and the chosen action shows which):
    ///
    /// | state            | Unicode | ASCII |
    /// |------------------|---------|-------|
    /// | allowed          | (blank) | (blank) |
    /// | pending          | •       | *     |
    /// | pending, auto due| »       | @     |
    /// | approved, overridden | →   | >     |
    /// | executing        | ⟳       | ~     |
    /// | done             | ✓       | +     |
    /// | failed           | ✗       | !     |
    /// | dismissed        | –       | -     |
    /// | undoing          | ⟲       | %     |
    /// | reverted         | ↶       | <     |
    func mark(_ suggestion: Suggestion) -> String {
        switch suggestion.state {
        case .allowed: return none
        case .pending: return suggestion.dueAt != nil ? due : pending
        case .approved, .overridden: return decided
        case .executing: return executing
        case .done: return done
        case .failed: return failed
        case .dismissed: return dismissed
        case .undoing: return undoing
        case .reverted: return reverted
        }
    }

    /// ASCII for the symbols a view may still hold literally (a title, a key
    /// name, the Sanitizer's `⏎`) and for common typography in text, one cell
    /// each so nothing shifts.
    static let asciiFallbacks: [String: String] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "━": "=", "┃": "|", "┏": "+", "┓": "+", "┗": "+", "┛": "+",
        "▶": ">", "◀": "<", "…": "~", "▏": "_", "·": "-", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "•": "*", "»": "@", "⟳": "~", "✓": "+", "✗": "!", "–": "-", "—": "-", "⟲": "%", "↶": "<", "●": "*",
        "⏎": "/", "⟦": "[", "⟧": "]", "‘": "'", "’": "'", "“": "\"", "”": "\"", "\u{A0}": " ",
    ]

    /// One ASCII character for a cell's text: its fallback, else the letter
    /// without its accents, else `?` (what the terminal would print anyway,
    /// but one cell wide for certain).
    static func asciiFallback(for text: String) -> String {
        if let fallback = asciiFallbacks[text] { return fallback }
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.count == 1, let ascii = folded.first?.asciiValue, ascii >= 0x20, ascii < 0x7F { return folded }
        return "?"
    }
}

extension CellBuffer {
    /// Every cell made ASCII, for terminals whose locale is not UTF-8: symbols
    /// get their fallback, accented letters lose their accents, and a wide
    /// character becomes one cell and a space, so columns stay where they were.
    mutating func foldToASCII() {
        for y in 0..<size.height {
            for x in 0..<size.width where !self[x, y].text.allSatisfy(\.isASCII) {
                self[x, y].text = Glyphs.asciiFallback(for: self[x, y].text)
                if x + 1 < size.width, self[x + 1, y].isContinuation { self[x + 1, y].text = " " }
            }
        }
    }
}

extension ConsoleState {
    /// The glyphs this terminal can show.
    var glyphs: Glyphs { .forTerminal(unicode: unicode) }
}
