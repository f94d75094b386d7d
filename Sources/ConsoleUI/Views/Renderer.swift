/// Draws the whole console for a state into a fresh cell buffer. Pure: the
/// same state always gives the same cells, so screens are tested without a terminal.
public enum Renderer {
    public static func render(_ state: ConsoleState) -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return buffer }
        let layout = Layout(size: state.size)
        let glyphs = Glyphs.forTerminal(unicode: state.unicode)
        StatusBarView.draw(state, into: &buffer, rect: layout.status)
        if layout.tabbed {
            tabs(state, into: &buffer, rect: layout.tabs)
            pane(state.focus, state, into: &buffer, layout: layout, glyphs: glyphs)
        } else {
            for pane in Pane.allCases { self.pane(pane, state, into: &buffer, layout: layout, glyphs: glyphs) }
        }
        hints(state, into: &buffer, rect: layout.hints, glyphs: glyphs)
        if state.showingHelp { OverlayViews.help(into: &buffer, size: state.size, offset: state.helpOffset, glyphs: glyphs) }
        if let confirmation = state.confirmation { OverlayViews.confirmation(confirmation, into: &buffer, size: state.size, glyphs: glyphs) }
        return buffer
    }

    static func pane(_ pane: Pane, _ state: ConsoleState, into buffer: inout CellBuffer, layout: Layout, glyphs: Glyphs) {
        let rect = layout.rect(of: pane)
        switch pane {
        case .queue: QueueView.draw(state, into: &buffer, rect: rect, glyphs: glyphs)
        case .detail: DetailView.draw(state, into: &buffer, rect: rect, glyphs: glyphs)
        case .audit: AuditView.draw(state, into: &buffer, rect: rect, glyphs: glyphs)
        }
    }

    /// The tab strip of narrow terminals: the focused pane in brackets.
    static func tabs(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect) {
        var segments: [Segment] = []
        for pane in Pane.allCases {
            let name = pane.rawValue.capitalized
            segments.append(pane == state.focus ? Segment("[\(name)]", .paneTitleFocused) : Segment(" \(name) ", .paneTitle))
            segments.append(Segment(" ", .base))
        }
        segments.append(Segment("Tab switches", .muted))
        buffer.put(segments, x: rect.x, y: rect.y, width: rect.width)
    }

    /// The bottom line: the filter being typed, the last notice, or the main keys.
    static func hints(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        guard rect.height > 0 else { return }
        if state.editingFilter {
            buffer.put([Segment("filter: ", .filter), Segment(state.filter + glyphs.cursor, .base),
                        Segment("  Enter keeps · Esc clears", .muted)], x: rect.x, y: rect.y, width: rect.width)
        } else if let notice = state.notice {
            buffer.put(notice, x: rect.x, y: rect.y, style: .base, limit: rect.width)
        } else {
            buffer.put(glyphs.arrows + " select  Enter approve  m f d a choose  u undo  x veto  A auto  / filter  Tab pane  ? help  q quit",
                       x: rect.x, y: rect.y, style: .muted, limit: rect.width)
        }
    }
}
