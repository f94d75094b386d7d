import Engine
import Foundation

/// What ran: time, moderator, action, target, result.
enum AuditView {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        buffer.box(rect, title: "Audit", focused: state.focus == .audit, glyphs: glyphs)
        let entries = state.overview?.audit ?? []
        guard !entries.isEmpty else {
            buffer.emptyState(state.overview == nil ? "starting the engine…" : "no actions yet", in: rect)
            return
        }
        let inner = rect.inset(1)
        let channels = Dictionary((state.overview?.queue ?? []).map { ($0.channelID, $0.channelName) }) { first, _ in first }
        for (row, entry) in entries.dropFirst(state.auditOffset).prefix(inner.height).enumerated() {
            let failed = entry.result.hasPrefix("failed")
            let target = entry.channelID.map { "#" + (channels[$0] ?? $0.description) } ?? "-"
            let segments = [
                Segment(state.clock.timeOfDay(entry.at, seconds: true) + " ", .muted),
                Segment(glyphs.column(entry.moderator, 13), .base),
                Segment(glyphs.column(entry.action + (entry.dryRun ? " (dry)" : ""), 15), .base),
                Segment(glyphs.column(target, 14), .muted),
                Segment(entry.result, failed ? .resultFailed : .resultOK),
            ]
            buffer.put(segments, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }
}
