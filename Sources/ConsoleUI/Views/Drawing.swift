import Engine
import Foundation

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
    /// Draws a box around `rect` with a title on its top border and an
    /// optional footer (a scroll position) on the right of its bottom border.
    ///
    /// The focused box says so without colour, so NO_COLOR and monochrome
    /// terminals show it too: its title is framed ("▶ Queue ◀") and its border
    /// is heavy (ASCII: `=` top and bottom).
    mutating func box(_ rect: Rect, title: String, focused: Bool, glyphs: Glyphs, footer: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = StyleKey.paneBorder
        let (h, v) = focused ? (glyphs.heavyHorizontal, glyphs.heavyVertical) : (glyphs.horizontal, glyphs.vertical)
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            put(h, x: x, y: rect.y, style: border)
            put(h, x: x, y: rect.maxY - 1, style: border)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(v, x: rect.x, y: y, style: border)
            put(v, x: rect.maxX - 1, y: y, style: border)
        }
        put(focused ? glyphs.heavyTopLeft : glyphs.topLeft, x: rect.x, y: rect.y, style: border)
        put(focused ? glyphs.heavyTopRight : glyphs.topRight, x: rect.maxX - 1, y: rect.y, style: border)
        put(focused ? glyphs.heavyBottomLeft : glyphs.bottomLeft, x: rect.x, y: rect.maxY - 1, style: border)
        put(focused ? glyphs.heavyBottomRight : glyphs.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: border)
        let frame = focused ? DisplayWidth.of(glyphs.focusOpen + glyphs.focusClose) + 2 : 0
        var label = TextLayout.truncate(Sanitizer.clean(title), to: max(rect.width - 6 - frame, 0), ellipsis: glyphs.ellipsis)
        if focused { label = glyphs.focusOpen + " " + label + " " + glyphs.focusClose }
        put(" " + label + " ", x: rect.x + 2, y: rect.y, style: focused ? .paneTitleFocused : .paneTitle, limit: rect.width - 4)
        if let footer, rect.width > DisplayWidth.of(footer) + 6 {
            let text = " " + footer + " "
            put(text, x: rect.maxX - 2 - DisplayWidth.of(text), y: rect.maxY - 1, style: .muted)
        }
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

    /// How a row's text looks for its suggestion's state: the classifier's
    /// allows dimmed, a moderator's dismissals and undone actions each in a
    /// style of their own, so none reads as a standing decision.
    static func row(_ state: Suggestion.State) -> StyleKey {
        switch state {
        case .allowed: return .allowed
        case .dismissed: return .dismissed
        case .reverted: return .reverted
        default: return .base
        }
    }
}

/// Times as the panes show them: wall-clock time of day in the console's
/// time zone, and short ages.
struct Clock {
    var timeZone: TimeZone

    /// "11:05" or "11:05:40" in `timeZone`: the local second of the day,
    /// by arithmetic (every row of every frame shows one; a calendar per
    /// call cost more than the rest of the row).
    func timeOfDay(_ date: Date, seconds: Bool = false) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let second = (local % 86_400 + 86_400) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let hm = two(second / 3600) + ":" + two(second / 60 % 60)
        return seconds ? hm + ":" + two(second % 60) : hm
    }

    /// "12 s", "4 min", "3 h".
    static func age(_ interval: TimeInterval) -> String {
        let s = max(Int(interval.rounded()), 0)
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        return "\(s / 3600) h"
    }

    /// "12s", "4m", "3h": for the status bar, where every column counts.
    static func shortAge(_ interval: TimeInterval) -> String {
        let s = max(Int(interval.rounded()), 0)
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        return "\(s / 3600)h"
    }

    /// "5 h", "3 d", "4 mo", "2 y": how old an account or a first sighting is.
    static func longAge(_ interval: TimeInterval) -> String {
        let days = max(interval, 0) / 86_400
        if days < 1 { return age(interval) }
        if days < 60 { return "\(Int(days)) d" }
        if days < 730 { return "\(Int(days / 30.44)) mo" }
        return "\(Int(days / 365.25)) y"
    }

    /// "2026-11-17 10:05": a time that may be days old.
    func dayAndTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d ", c.year ?? 0, c.month ?? 0, c.day ?? 0) + timeOfDay(date)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
