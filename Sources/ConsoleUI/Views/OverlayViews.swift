/// Help, made from the key table, and the confirmation dialog; both drawn
/// over the panes in a centred box.
enum OverlayViews {
    /// The key table, scrolled by `offset` when it is taller than the terminal.
    static func help(into buffer: inout CellBuffer, size: Size, offset: Int, glyphs: Glyphs) {
        let bindings = KeyTable.bindings.filter(\.inHelp)
        let keyWidth = bindings.map { DisplayWidth.of($0.label) }.max() ?? 4
        var lines: [[Segment]] = bindings.map {
            [Segment(TextLayout.pad($0.label, to: keyWidth + 2), .helpKey),
             Segment($0.summary + ($0.dangerous ? " (asks first)" : ""), .help)]
        }
        lines += [[], [Segment("Approve asks first too when the action cannot be undone.", .help)], [],
                  [Segment("Marks after the action:", .helpKey)]]
        let marks = [(glyphs.pending, "pending"), (glyphs.due, "auto countdown"), (glyphs.decided, "decided"),
                     (glyphs.executing, "running"), (glyphs.done, "done"), (glyphs.failed, "failed"),
                     (glyphs.dismissed, "dismissed"), (glyphs.undoing, "undoing"), (glyphs.reverted, "reverted (open again)"),
                     (glyphs.markedForBulk, "marked for a bulk decision (before the author)")]
        lines += marks.map { [Segment(TextLayout.pad($0.0, to: keyWidth + 2), .helpKey), Segment($0.1, .help)] }
        let room = max(size.height - 3, 1)
        let scrollable = lines.count > room
        let start = scrollable ? min(offset, lines.count - room) : 0
        let title = scrollable ? "Keys · \(glyphs.arrows) scroll · Esc closes" : "Keys · any key closes"
        overlay(title: title, lines: Array(lines.dropFirst(start)), style: .help, into: &buffer, size: size, glyphs: glyphs)
    }

    static func confirmation(_ confirmation: Confirmation, into buffer: inout CellBuffer, size: Size, glyphs: Glyphs) {
        var lines = confirmation.lines.map { [Segment($0, .dialog)] }
        lines.append([])
        lines.append([Segment("[y] yes   [n] no", .dialogDanger)])
        overlay(title: confirmation.title, lines: lines, style: .dialog, into: &buffer, size: size, glyphs: glyphs)
    }

    /// A box in the middle of the screen holding `lines`, wrapped to fit.
    static func overlay(title: String, lines rawLines: [[Segment]], style: StyleKey, into buffer: inout CellBuffer, size: Size, glyphs: Glyphs) {
        // Measured as drawn: sanitised first (an author's name can hold escapes, which show wider).
        let lines = rawLines.map { $0.map { Segment(Sanitizer.clean($0.text), $0.style) } }
        let title = Sanitizer.clean(title)
        let maxWidth = max(min(size.width - 4, 76), 10)
        let natural = lines.map { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 0
        let innerWidth = min(max(natural, DisplayWidth.of(title) + 4), maxWidth - 4)
        var rows: [[Segment]] = []
        for line in lines {
            let width = line.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if width <= innerWidth || line.count != 1 { rows.append(line) } else {
                rows += TextLayout.wrap(line[0].text, width: innerWidth).map { [Segment($0, line[0].style)] }
            }
        }
        // Below the status bar, over everything else.
        let height = min(rows.count + 2, max(size.height - 1, 3))
        let rect = Rect(x: max((size.width - innerWidth - 4) / 2, 0), y: max(1 + (size.height - 1 - height) / 2, 0),
                        width: innerWidth + 4, height: height)
        buffer.fill(rect, style: style)
        buffer.box(rect, title: title, focused: true, glyphs: glyphs)
        for (index, row) in rows.prefix(height - 2).enumerated() {
            buffer.put(row, x: rect.x + 2, y: rect.y + 1 + index, width: innerWidth)
        }
    }
}
