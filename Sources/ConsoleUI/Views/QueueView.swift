import Engine
import Foundation

/// The live queue: time, channel, author, snippet, action, confidence;
/// coloured by action, allowed messages dimmed but present.
enum QueueView {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        let queue = state.visibleQueue
        buffer.box(rect, title: title(state, glyphs: glyphs), focused: state.focus == .queue, glyphs: glyphs)
        guard !queue.isEmpty else {
            let message: String
            if state.overview == nil { message = "starting the engine…" }
            else if !state.filter.isEmpty { message = "nothing matches the filter (Esc clears it)" }
            else if state.overview?.lastPoll == nil { message = "waiting for the first poll" }
            else { message = "nothing classified yet" }
            buffer.emptyState(message, in: rect)
            return
        }
        let inner = rect.inset(1)
        let columns = Columns(width: inner.width)
        let selectedID = state.selected?.id  // once: `selected` filters the whole queue
        for (row, suggestion) in queue.dropFirst(state.queueOffset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            // Only what waits for a moderator (or is running now) stands out; the rest is history, dimmed.
            let dim = !QueueOrder.needsDecision(suggestion) && !suggestion.state.isDecided && suggestion.state != .executing && suggestion.state != .undoing
            // Dismissed and reverted keep styles of their own; other history is dimmed (its mark tells done from allowed).
            let own = StyleKey.row(suggestion.state)
            let text: StyleKey = own != .base ? own : (dim ? .allowed : .base)
            var segments: [Segment] = []
            if columns.time > 0 { segments.append(Segment(glyphs.column(state.clock.timeOfDay(suggestion.postedAt), columns.time), .muted)) }
            if columns.channel > 0 {
                // A cross-post cluster is one row: its first channel and how many more.
                let copies = suggestion.copies.isEmpty ? "" : " +\(suggestion.copies.count)"
                segments.append(Segment(glyphs.column("#" + suggestion.channelName + copies, columns.channel), .muted))
            }
            segments.append(Segment(state.marked.contains(suggestion.id) ? glyphs.markedForBulk : " ", .evidence))
            segments.append(Segment(glyphs.column(suggestion.authorName, columns.author - 1), text))
            let snippet = ForwardAndFilesView.snippet(suggestion)
            segments.append(Segment(glyphs.column(snippet, columns.snippet), text))
            let action = suggestion.action.rawValue + glyphs.mark(suggestion)
            segments.append(Segment(glyphs.column(action, 8), dim ? text : StyleKey.action(suggestion.action)))
            segments.append(Segment(TextLayout.pad(Clock.percent(suggestion.confidence), to: 4), .muted))
            buffer.put(segments, x: inner.x, y: y, width: inner.width)
            if suggestion.id == selectedID { buffer.restyle(x: inner.x, y: y, width: inner.width, style: .selection) }
        }
    }

    /// "Queue /filter · 3 pending · 2 new (r) · 4 marked · by severity": what the
    /// moderator needs to know about the list, most important first.
    static func title(_ state: ConsoleState, glyphs: Glyphs) -> String {
        let pending = state.waitingCount
        var parts = ["Queue" + (state.filter.isEmpty ? "" : " /\(state.filter)") + (state.pendingOnly ? " (pending only)" : "")]
        parts.append(pending == 0 ? "nothing pending" : "\(pending) pending")
        if !state.arrivals.isEmpty { parts.append("\(state.arrivals.count) new (r)") }
        if !state.marked.isEmpty { parts.append("\(state.marked.count) marked") }
        if state.sort != .triage { parts.append("by \(state.sort.rawValue)") }
        return parts.joined(separator: " \(glyphs.dot) ")
    }

    /// Column widths (each including its trailing space) for a pane width;
    /// channel, then time, give way first (the detail pane shows both).
    struct Columns {
        var time = 0, channel = 0, author = 9, snippet = 0
        init(width: Int) {
            let fixed = 8 + 4  // action with its state mark, confidence
            if width >= 40 { time = 6 }
            if width >= 36 { author = 11 }
            if width >= 60 { channel = 12; author = 14 }
            snippet = max(width - fixed - time - channel - author, 5)
        }
    }
}
