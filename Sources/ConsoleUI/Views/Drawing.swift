import Engine
import Foundation

/// The characters borders and marks are drawn with: Unicode, or ASCII when
/// the terminal's locale is not UTF-8.
struct Glyphs {
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    let ellipsis, cursor, arrows: String
    let pending, due, done, failed, none: String

    static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                ellipsis: "…", cursor: "▏", arrows: "↑↓",
                                pending: "•", due: "»", done: "✓", failed: "✗", none: " ")
    static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                              ellipsis: "~", cursor: "_", arrows: "j/k",
                              pending: "*", due: "@", done: "+", failed: "x", none: " ")

    static func forTerminal(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }

    /// `text` (sanitised, so it is measured as drawn) in a column of `width`
    /// cells, cut with an ellipsis so one space always separates it from the next.
    func column(_ text: String, _ width: Int) -> String {
        TextLayout.pad(TextLayout.truncate(Sanitizer.clean(text), to: width - 1, ellipsis: ellipsis), to: width)
    }

    /// The mark for a suggestion's state in the queue.
    func mark(_ suggestion: Suggestion) -> String {
        switch suggestion.state {
        case .pending: return suggestion.dueAt != nil ? due : pending
        case .approved, .overridden, .executing, .undoing: return due
        case .done, .reverted: return done
        case .failed: return failed
        case .allowed, .dismissed: return none
        }
    }
}

/// A piece of a line with one style.
struct Segment {
    var text: String
    var style: StyleKey
    init(_ text: String, _ style: StyleKey) {
        self.text = text
        self.style = style
    }
}

extension CellBuffer {
    /// Draws a box around `rect` with a title on its top border.
    mutating func box(_ rect: Rect, title: String, focused: Bool, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = StyleKey.paneBorder
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            put(glyphs.horizontal, x: x, y: rect.y, style: border)
            put(glyphs.horizontal, x: x, y: rect.maxY - 1, style: border)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(glyphs.vertical, x: rect.x, y: y, style: border)
            put(glyphs.vertical, x: rect.maxX - 1, y: y, style: border)
        }
        put(glyphs.topLeft, x: rect.x, y: rect.y, style: border)
        put(glyphs.topRight, x: rect.maxX - 1, y: rect.y, style: border)
        put(glyphs.bottomLeft, x: rect.x, y: rect.maxY - 1, style: border)
        put(glyphs.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: border)
        let label = " " + TextLayout.truncate(title, to: max(rect.width - 6, 0), ellipsis: glyphs.ellipsis) + " "
        put(label, x: rect.x + 2, y: rect.y, style: focused ? .paneTitleFocused : .paneTitle, limit: rect.width - 4)
    }

    /// Writes segments one after another from `x`, within `width` columns; returns the columns used.
    @discardableResult
    mutating func put(_ segments: [Segment], x: Int, y: Int, width: Int) -> Int {
        var used = 0
        for segment in segments where used < width {
            used += put(segment.text, x: x + used, y: y, style: segment.style, limit: width - used)
        }
        return used
    }

    /// A message that fills an empty pane, centred.
    mutating func emptyState(_ text: String, in rect: Rect) {
        let inner = rect.inset(1)
        guard inner.height > 0, inner.width > 0 else { return }
        let line = TextLayout.truncate(text, to: inner.width)
        let x = inner.x + max((inner.width - DisplayWidth.of(line)) / 2, 0)
        put(line, x: x, y: inner.y + inner.height / 2, style: .muted, limit: inner.width)
    }
}

extension StyleKey {
    /// The style an action is drawn in.
    static func action(_ action: ModerationAction) -> StyleKey {
        switch action {
        case .allow: return .actionAllow
        case .move: return .actionMove
        case .flag: return .actionFlag
        case .delete: return .actionDelete
        case .timeout: return .actionTimeout
        case .ban: return .actionBan
        }
    }
}

/// Times as the panes show them: wall-clock time of day in the console's
/// time zone, and short ages.
struct Clock {
    var timeZone: TimeZone

    func timeOfDay(_ date: Date, seconds: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute, .second], from: date)
        let hm = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        return seconds ? hm + String(format: ":%02d", c.second ?? 0) : hm
    }

    /// "12 s", "4 min", "3 h".
    static func age(_ interval: TimeInterval) -> String {
        let s = max(Int(interval.rounded()), 0)
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        return "\(s / 3600) h"
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
