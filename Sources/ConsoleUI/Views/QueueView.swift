import Engine
import Foundation

/// The live queue: time, channel, author, snippet, action, confidence;
/// coloured by action, allowed messages dimmed but present.
enum QueueView {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        let queue = state.visibleQueue
        let pending = state.overview?.queue.filter { $0.state == .pending || $0.state.isDecided }.count ?? 0
        var title = "Queue"
        if !state.filter.isEmpty { title += " /\(state.filter)" }
        title += pending == 0 ? " · nothing pending" : " · \(pending) pending"
        buffer.box(rect, title: title, focused: state.focus == .queue, glyphs: glyphs)
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
            let dim = suggestion.state == .allowed || suggestion.state == .dismissed
            let text: StyleKey = dim ? .allowed : .base
            var segments: [Segment] = []
            if columns.time > 0 { segments.append(Segment(glyphs.column(state.clock.timeOfDay(suggestion.postedAt), columns.time), .muted)) }
            if columns.channel > 0 { segments.append(Segment(glyphs.column("#" + suggestion.channelName, columns.channel), .muted)) }
            segments.append(Segment(glyphs.column(suggestion.authorName, columns.author), text))
            let snippet = ForwardAndFilesView.snippet(suggestion)
            segments.append(Segment(glyphs.column(snippet, columns.snippet), text))
            let action = suggestion.action.rawValue + glyphs.mark(suggestion)
            segments.append(Segment(glyphs.column(action, 8), dim ? .allowed : StyleKey.action(suggestion.action)))
            segments.append(Segment(TextLayout.pad(Clock.percent(suggestion.confidence), to: 4), .muted))
            buffer.put(segments, x: inner.x, y: y, width: inner.width)
            if suggestion.id == selectedID { buffer.restyle(x: inner.x, y: y, width: inner.width, style: .selection) }
        }
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
