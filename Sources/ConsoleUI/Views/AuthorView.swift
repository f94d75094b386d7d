import Engine
import Foundation

/// One author's record, drawn over the queue and the detail pane (`o`): who
/// they are (name, account age, first seen here, how many messages and how
/// each was handled), then every stored message of theirs, newest first,
/// with the selected row highlighted and rows marked for a bulk decision.
enum AuthorView {
    static func draw(_ view: AuthorViewState, _ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        buffer.fill(rect, style: .base)
        let name = view.profile?.name ?? state.overview?.queue.first { $0.authorID == view.authorID }?.authorName ?? "author \(view.authorID)"
        let inner = rect.inset(1)
        guard let profile = view.profile, inner.width > 4 else {
            buffer.box(rect, title: "Author" + glyphs.separator + name, focused: true, glyphs: glyphs)
            buffer.emptyState("loading" + glyphs.ellipsis, in: rect)
            return
        }
        let header = self.header(profile, state: state, glyphs: glyphs, width: inner.width)
        let rows = max(inner.height - header.count, 1)
        let selected = min(max(view.selectedIndex, 0), max(profile.messages.count - 1, 0))
        // The selected row stays in view: the list scrolls only as far as it must.
        let offset = max(selected - rows + 1, 0)
        let footer = profile.messages.count > rows ? "\(selected + 1)/\(profile.messages.count)" : nil
        buffer.box(rect, title: "Author" + glyphs.separator + name, focused: true, glyphs: glyphs, footer: footer)
        for (row, line) in header.prefix(inner.height).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + row, width: inner.width)
        }
        guard profile.messages.count > 0 else {
            buffer.put("no messages stored", x: inner.x, y: inner.y + header.count, style: .muted, limit: inner.width)
            return
        }
        let columns = Columns(width: inner.width)
        for (row, index) in (offset..<profile.messages.count).prefix(rows).enumerated() {
            let message = profile.messages[index]
            let y = inner.y + header.count + row
            buffer.put(self.row(message, marked: state.marked.contains(message.id), columns: columns, state: state, glyphs: glyphs),
                       x: inner.x, y: y, width: inner.width)
            if index == selected { buffer.restyle(x: inner.x, y: y, width: inner.width, style: .selection) }
        }
    }

    /// Name, account age, first seen, totals; then the count of each action; then a blank line.
    static func header(_ profile: AuthorProfile, state: ConsoleState, glyphs: Glyphs, width: Int) -> [[Segment]] {
        let accountAge = state.now.timeIntervalSince(profile.accountCreated)
        var identity = [Segment(profile.name, .detailLabel),
                        Segment("account \(Clock.longAge(accountAge)) old", accountAge < 7 * 86_400 ? .statusWarning : .muted)]
        if let first = profile.firstSeen {
            identity.append(Segment("first seen \(Clock.longAge(state.now.timeIntervalSince(first))) ago", .muted))
        }
        let shown = profile.messages.count < profile.total ? " (newest \(profile.messages.count) shown)" : ""
        identity.append(Segment("\(profile.total) message\(profile.total == 1 ? "" : "s")" + shown, .base))
        let counts = ModerationAction.allCases.compactMap { action in
            profile.countsByAction[action].map { Segment("\(action.rawValue) \($0)", StyleKey.action(action)) }
        }
        var lines = SegmentWrap.wrap(DetailView.joined(identity, glyphs: glyphs), width: width)
        if !counts.isEmpty { lines += SegmentWrap.wrap(DetailView.joined(counts, glyphs: glyphs), width: width) }
        lines.append([])
        return lines
    }

    /// Bulk mark, date and time, channel, action with its state mark, snippet.
    static func row(_ message: Suggestion, marked: Bool, columns: Columns, state: ConsoleState, glyphs: Glyphs) -> [Segment] {
        let text = StyleKey.row(message.state)
        var segments = [Segment((marked ? glyphs.markedForBulk : " ") + " ", .base),
                        Segment(glyphs.column(columns.time > 6 ? state.clock.dayAndTime(message.postedAt) : state.clock.timeOfDay(message.postedAt),
                                              columns.time), .muted)]
        if columns.channel > 0 { segments.append(Segment(glyphs.column("#" + message.channelName, columns.channel), .muted)) }
        segments.append(Segment(glyphs.column(message.action.rawValue + glyphs.mark(message), 9),
                                message.state == .allowed ? text : StyleKey.action(message.action)))
        segments.append(Segment(TextLayout.truncate(Sanitizer.clean(ForwardAndFilesView.snippet(message)), to: columns.snippet,
                                                    ellipsis: glyphs.ellipsis), text))
        return segments
    }

    /// Column widths (each with its trailing space); the channel gives way first.
    struct Columns {
        /// Date and time, or only the time on a narrow pane.
        var time = 17, channel = 0, snippet = 0
        init(width: Int) {
            if width < 40 { time = 6 }
            if width >= 60 { channel = 13 }
            snippet = max(width - 2 - time - channel - 9, 0)
        }
    }
}
