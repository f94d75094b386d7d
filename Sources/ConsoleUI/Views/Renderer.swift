import Foundation

/// Draws the whole console for a state into a fresh cell buffer. Pure: the
/// same state always gives the same cells, so screens are tested without a terminal.
public enum Renderer {
    public static func render(_ state: ConsoleState) -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return buffer }
        let layout = Layout(size: state.size)
        let glyphs = state.glyphs
        StatusBarView.draw(state, into: &buffer, rect: layout.status, glyphs: glyphs)
        if layout.tabbed {
            tabs(state, into: &buffer, rect: layout.tabs)
            pane(state.focus, state, into: &buffer, layout: layout, glyphs: glyphs)
        } else {
            for pane in Pane.allCases { self.pane(pane, state, into: &buffer, layout: layout, glyphs: glyphs) }
        }
        if let author = state.authorView {
            // Over the queue and the detail pane; the audit pane stays in view below.
            let area = Rect(x: layout.queue.x, y: layout.queue.y, width: layout.detail.maxX - layout.queue.x, height: layout.queue.height)
            AuthorView.draw(author, state, into: &buffer, rect: area, glyphs: glyphs)
        }
        HintLine.draw(state, into: &buffer, rect: layout.hints, glyphs: glyphs)
        if state.showingHelp { OverlayViews.help(into: &buffer, size: state.size, offset: state.helpOffset, glyphs: glyphs) }
        if let confirmation = state.confirmation { OverlayViews.confirmation(confirmation, into: &buffer, size: state.size, glyphs: glyphs) }
        // Whatever a view or a message still holds that is not ASCII would print as "?" here.
        if !state.unicode { buffer.foldToASCII() }
        return buffer
    }

    /// The frame for `state` when only its clock moved since `previous`
    /// was drawn (at `drawnAt`): the status bar and the hint line drawn
    /// again over it, which is all a tick changes on most screens ("poll ok
    /// 12s"), for a fraction of a full render. Nil when more of the screen
    /// follows the clock (the detail pane's account age or auto countdown
    /// changed, the author view, an overlay): render it in full then.
    public static func retimed(_ state: ConsoleState, over previous: CellBuffer, drawnAt: Date) -> CellBuffer? {
        guard previous.size == state.size, state.size.width > 0, state.size.height > 0, state.unicode,
              state.authorView == nil, !state.showingHelp, state.confirmation == nil else { return nil }
        var before = state
        before.now = drawnAt
        guard DetailView.clockText(before) == DetailView.clockText(state) else { return nil }
        let layout = Layout(size: state.size)
        var buffer = previous
        StatusBarView.draw(state, into: &buffer, rect: layout.status, glyphs: state.glyphs)
        buffer.fill(layout.hints, style: .base)
        HintLine.draw(state, into: &buffer, rect: layout.hints, glyphs: state.glyphs)
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

    /// The tab strip of narrow terminals: the focused pane in brackets (the
    /// author view, while it covers the panes).
    static func tabs(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect) {
        if state.authorView != nil {
            buffer.put([Segment("[Author]", .paneTitleFocused), Segment(" Esc goes back", .muted)], x: rect.x, y: rect.y, width: rect.width)
            return
        }
        var segments: [Segment] = []
        for pane in Pane.allCases {
            let name = pane.rawValue.capitalized
            segments.append(pane == state.focus ? Segment("[\(name)]", .paneTitleFocused) : Segment(" \(name) ", .paneTitle))
            segments.append(Segment(" ", .base))
        }
        segments.append(Segment("Tab switches", .muted))
        buffer.put(segments, x: rect.x, y: rect.y, width: rect.width)
    }
}
