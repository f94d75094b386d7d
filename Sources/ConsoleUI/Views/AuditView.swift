import Engine
import Foundation

/// What ran: time, moderator, action, target, result.
enum AuditView {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        buffer.box(rect, title: "Audit", focused: state.focus == .audit, glyphs: glyphs)
        let entries = state.overview?.audit ?? []
        guard !entries.isEmpty else {
            buffer.emptyState(state.overview == nil ? "starting the engine" + glyphs.ellipsis : "no actions yet", in: rect)
            return
        }
        let inner = rect.inset(1)
        // Moderator, action, channel: narrower on a narrow terminal, so the result keeps room.
        let widths = inner.width >= 90 ? [13, 15, 14] : [9, 10, 11]
        let channels = Dictionary((state.overview?.queue ?? []).map { ($0.channelID, $0.channelName) }) { first, _ in first }
        for (row, entry) in entries.dropFirst(state.auditOffset).prefix(inner.height).enumerated() {
            let failed = entry.result.hasPrefix("failed")
            let target = entry.channelID.map { "#" + (channels[$0] ?? $0.description) } ?? "-"
            let result = TextLayout.truncate(Sanitizer.clean(entry.result), to: max(inner.width - 9 - widths.reduce(0, +), 0),
                                             ellipsis: glyphs.ellipsis)
            let segments = [
                Segment(state.clock.timeOfDay(entry.at, seconds: true) + " ", .muted),
                Segment(glyphs.column(entry.moderator, widths[0]), .base),
                Segment(glyphs.column(entry.action + (entry.dryRun ? " (dry)" : ""), widths[1]), .base),
                Segment(glyphs.column(target, widths[2]), .muted),
                Segment(result, failed ? .resultFailed : .resultOK),
            ]
            buffer.put(segments, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }
}
