/// The bottom line. While a line is typed (a reason, a note, the filter) it
/// is that line. Otherwise `? help` and `q quit` stay on the right at every
/// width, and the left holds, most important first: a notice that decision
/// keys are held back, the last action's outcome (kept until the next one,
/// cut to fit if it must be), the marked count, what the next decision
/// carries (reason, DM), the new arrivals, then the keys most useful for
/// what has focus. A part that does not fit is left out whole, with every
/// part after it.
enum HintLine {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        guard rect.height > 0 else { return }
        if let prompt = state.prompt {
            let label: String
            switch prompt.purpose {
            case .reason: label = "reason: "
            case .note: label = "note: "
            }
            typing(label, prompt.text, ending: "Enter keeps" + glyphs.separator + "Esc cancels", into: &buffer, rect: rect, glyphs: glyphs)
            return
        }
        if state.editingFilter {
            typing("filter: ", state.filter, ending: "Enter keeps" + glyphs.separator + "Esc clears", into: &buffer, rect: rect, glyphs: glyphs)
            return
        }
        let right = "? help" + glyphs.separator + "q quit"
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 2
        var left: [Segment] = []
        var used = 0
        func add(_ segment: Segment) -> Bool {
            let separator = left.isEmpty ? "" : glyphs.separator
            let width = DisplayWidth.of(separator + segment.text)
            guard used + width <= room else { return false }
            if !separator.isEmpty { left.append(Segment(separator, .muted)) }
            left.append(segment)
            used += width
            return true
        }
        for segment in required(state) {
            if !add(segment) {
                // The outcome of the last action is never dropped: it is cut to what fits.
                let cut = TextLayout.truncate(segment.text, to: room - used - (left.isEmpty ? 0 : DisplayWidth.of(glyphs.separator)),
                                              ellipsis: glyphs.ellipsis)
                if !cut.isEmpty { _ = add(Segment(cut, segment.style)) }
            }
        }
        for segment in optional(state, glyphs: glyphs) where !add(segment) { break }
        buffer.put(left, x: rect.x, y: rect.y, width: max(room, 0))
        buffer.put(right, x: rect.maxX - rightWidth, y: rect.y, style: .helpKey)
    }

    /// What must be seen: decision keys held back, the last action's outcome.
    static func required(_ state: ConsoleState) -> [Segment] {
        var segments: [Segment] = []
        if let until = state.holdBackUntil, until > state.now { segments.append(Segment("list moved: decision keys paused", .statusWarning)) }
        if let notice = state.notice { segments.append(Segment(Sanitizer.clean(notice), .base)) }
        return segments
    }

    /// Marked, next decision's reason and DM, new arrivals, then keys, most useful first.
    static func optional(_ state: ConsoleState, glyphs: Glyphs) -> [Segment] {
        var segments: [Segment] = []
        if !state.marked.isEmpty { segments.append(Segment("\(state.marked.count) marked", .detailLabel)) }
        var next: [String] = []
        if let reason = state.nextDetails.reason, !reason.isEmpty {
            next.append("reason: " + TextLayout.truncate(Sanitizer.clean(reason), to: 24, ellipsis: glyphs.ellipsis))
        }
        if let notify = state.nextDetails.notifyAuthor { next.append(notify ? "DM on" : "DM off") }
        if !next.isEmpty { segments.append(Segment(next.joined(separator: glyphs.separator), .base)) }
        if !state.arrivals.isEmpty { segments.append(Segment("\(state.arrivals.count) new (r shows)", .detailLabel)) }
        return segments + keys(state, glyphs: glyphs).map { Segment($0, .muted) }
    }

    /// The keys for what has focus, the ones that act on the selection first.
    static func keys(_ state: ConsoleState, glyphs: Glyphs) -> [String] {
        if state.authorView != nil {
            return ["Esc back", "b ban", "B ban + delete 7 days", "Space mark", "m f d a act on marked", glyphs.arrows + " select"]
        }
        var decide: [String] = []
        if let selected = state.selected {
            if selected.state == .pending, selected.dueAt != nil { decide.append("x veto") }
            if selected.state.isOpen { decide += ["Enter approve", "m f d a choose"] }
            if selected.state == .done, selected.undo != .nothingToUndo { decide.append("u undo") }
        }
        switch state.focus {
        case .queue:
            return decide + [glyphs.arrows + " select", "Space mark", "o author", "R reason", "/ filter", "Tab pane", "A auto"]
        case .detail:
            return [glyphs.arrows + " scroll"] + (state.selected?.jumpLink != nil ? ["c copy link"] : []) + decide + ["o author", "Tab pane"]
        case .audit:
            return [glyphs.arrows + " scroll", "Tab pane"]
        }
    }

    /// A line being typed: its label, the end of the text with the cursor,
    /// and how to finish (left out when the text needs the room).
    static func typing(_ label: String, _ text: String, ending: String, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        let clean = Sanitizer.clean(text)
        let fixed = DisplayWidth.of(label + glyphs.cursor)
        let endingWidth = DisplayWidth.of(ending) + 2
        let showEnding = rect.width - fixed - DisplayWidth.of(clean) >= endingWidth || rect.width - fixed - endingWidth >= 20
        let room = rect.width - fixed - (showEnding ? endingWidth : 0)
        var segments = [Segment(label, .filter), Segment(tail(clean, width: room, ellipsis: glyphs.ellipsis) + glyphs.cursor, .base)]
        if showEnding { segments.append(Segment("  " + ending, .muted)) }
        buffer.put(segments, x: rect.x, y: rect.y, width: rect.width)
    }

    /// The last `width` columns of `text`, after an ellipsis when it had to be cut: the cursor's end stays visible.
    static func tail(_ text: String, width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept: [String] = []
        var used = DisplayWidth.of(ellipsis)
        for unit in DisplayWidth.units(text).reversed() {
            guard used + unit.width <= width else { break }
            kept.append(unit.text)
            used += unit.width
        }
        return ellipsis + kept.reversed().joined()
    }
}
