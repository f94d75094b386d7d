import Engine
import Foundation

/// The selected suggestion in full, in the order a moderator decides:
/// who and where (with the account's age), the verdict and the decision
/// (suggested and chosen action, state with the auto countdown and who
/// decided, the reason the author is told, the DM, what undo can do), then
/// the message itself (wrapped, evidence highlighted, with what it forwards
/// and the files it carries, see `ForwardAndFilesView`) and its jump link,
/// then the reasoning, evidence, disagreement, copies, the private note and
/// the author's recent messages.
///
/// Labelled values wrap under their label at every width; nothing is cut
/// but a jump link too long for the pane (`c` copies it whole).
enum DetailView {
    /// Columns the labels take ("Suggested" and a space, padded).
    static let labelWidth = 11

    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        let focused = state.focus == .detail
        let inner = rect.inset(1)
        guard let suggestion = state.selected else {
            buffer.box(rect, title: "Detail", focused: focused, glyphs: glyphs)
            buffer.emptyState(state.overview == nil ? "starting the engine" + glyphs.ellipsis : "nothing selected", in: rect)
            return
        }
        guard inner.width > 4 else { return buffer.box(rect, title: "Detail", focused: focused, glyphs: glyphs) }
        let lines = self.lines(for: suggestion, state: state, width: inner.width)
        let offset = min(max(state.detailOffset, 0), max(lines.count - inner.height, 0))
        var footer: String?
        if lines.count > inner.height {
            let last = min(offset + inner.height, lines.count)
            footer = "\(offset + 1)-\(last)/\(lines.count)" + (last < lines.count ? " more " + glyphs.down : "")
        }
        buffer.box(rect, title: "Detail", focused: focused, glyphs: glyphs, footer: footer)
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }

    /// How many lines the detail of `suggestion` takes at `width` columns
    /// (the pane's inside: `Layout(size:).detail.inset(1).width`).
    static func lineCount(for suggestion: Suggestion, state: ConsoleState, width: Int) -> Int {
        lines(for: suggestion, state: state, width: width).count
    }

    /// The largest `detailOffset` that still fills the pane, for the selected
    /// suggestion at the state's size: scrolling stops there (0 when it all fits).
    static func maxOffset(_ state: ConsoleState) -> Int {
        guard let suggestion = state.selected else { return 0 }
        let inner = Layout(size: state.size).detail.inset(1)
        guard inner.width > 4 else { return 0 }
        return max(lineCount(for: suggestion, state: state, width: inner.width) - inner.height, 0)
    }

    static func lines(for suggestion: Suggestion, state: ConsoleState, width: Int) -> [[Segment]] {
        let glyphs = state.glyphs
        var lines = SegmentWrap.wrap(header(suggestion, state: state, glyphs: glyphs), width: width)
        lines += decision(suggestion, state: state, glyphs: glyphs, width: width)
        lines.append([])
        lines += message(suggestion, state: state, width: width)
        if let link = suggestion.jumpLink { lines.append(linkLine(link, width: width, glyphs: glyphs)) }
        lines.append([])
        lines += findings(suggestion, glyphs: glyphs, width: width)
        lines += copiesAndNote(suggestion, state: state, width: width)
        lines.append([])
        lines += history(of: suggestion, state: state, glyphs: glyphs, width: width)
        return lines
    }

    /// What the pane shows that follows the clock: the author's account age
    /// and an auto action's countdown. A tick that changes neither leaves
    /// the pane as it was (`Renderer.retimed`).
    static func clockText(_ state: ConsoleState) -> [String] {
        guard let suggestion = state.selected else { return [] }
        var text = [accountAge(suggestion, now: state.now)]
        if let due = suggestion.dueAt, suggestion.state == .pending { text.append(countdown(to: due, now: state.now)) }
        return text
    }

    static func accountAge(_ suggestion: Suggestion, now: Date) -> String {
        Clock.longAge(now.timeIntervalSince(suggestion.authorID.createdAt))
    }

    static func countdown(to due: Date, now: Date) -> String { Clock.age(max(due.timeIntervalSince(now), 0)) }

    /// "#general · swiftlyjen · account 3 d old · 11:05:40 · id 7", breaking only between parts.
    static func header(_ suggestion: Suggestion, state: ConsoleState, glyphs: Glyphs) -> [Segment] {
        let age = state.now.timeIntervalSince(suggestion.authorID.createdAt)
        let parts = [
            Segment("#" + suggestion.channelName, .muted),
            Segment(suggestion.authorName, .base),
            // A days-old account posting a job or a gift link is the classic spammer.
            Segment("account \(accountAge(suggestion, now: state.now)) old", age < 7 * 86_400 ? .statusWarning : .muted),
            Segment(state.clock.timeOfDay(suggestion.postedAt, seconds: true), .muted),
            Segment("id \(suggestion.id)", .muted),
        ]
        return joined(parts, glyphs: glyphs)
    }

    /// Parts that each stay on one line, separated by " · ".
    static func joined(_ parts: [Segment], glyphs: Glyphs) -> [Segment] {
        var out: [Segment] = []
        for part in parts {
            if !out.isEmpty { out.append(Segment(glyphs.separator, .muted)) }
            out.append(Segment(SegmentWrap.glued(Sanitizer.clean(part.text)), part.style))
        }
        return out
    }

    /// Suggested, State, Failed, Reason (the moderator's, marked, with the verdict's it replaces), DM, Undo.
    static func decision(_ suggestion: Suggestion, state: ConsoleState, glyphs: Glyphs, width: Int) -> [[Segment]] {
        let verdict = suggestion.verdict
        let glue = SegmentWrap.glued
        var action = [Segment(verdict.action.rawValue.uppercased(), StyleKey.action(verdict.action)),
                      Segment(" " + glue(Clock.percent(verdict.confidence)) + glyphs.separator + verdict.intent.rawValue
                              + glyphs.separator + verdict.classifier, .muted)]
        if let chosen = suggestion.chosenAction, chosen != verdict.action {
            action += [Segment(" " + glue(glyphs.arrow + " chosen "), .muted), Segment(chosen.rawValue.uppercased(), StyleKey.action(chosen))]
        }
        var lines = labelled("Suggested", action, width: width)

        let mark = glyphs.mark(suggestion)
        var stateLine = [Segment((mark == glyphs.none ? "" : mark + " ") + suggestion.state.rawValue, style(of: suggestion.state))]
        if let due = suggestion.dueAt, suggestion.state == .pending {
            stateLine.append(Segment(glyphs.separator + glue("auto \(suggestion.action.rawValue) in \(countdown(to: due, now: state.now)),") + " "
                                     + glue("x vetoes"), .countdown))
        }
        if suggestion.dryRun == true { stateLine.append(Segment(glyphs.separator + glue("dry run"), .muted)) }
        if let who = suggestion.decidedBy { stateLine.append(Segment(glyphs.separator + glue("by " + who), .muted)) }
        lines += labelled("State", stateLine, width: width)
        if let failure = suggestion.failure { lines += wrapped("Failed", failure, style: .resultFailed, width: width) }

        if let reason = suggestion.moderatorReason, !reason.isEmpty {
            lines += labelled("Reason", [Segment(reason, .base), Segment(" (moderator's)", .muted)], width: width)
            lines += wrapped("Instead of", verdict.reason, style: .muted, width: width)
        } else {
            lines += wrapped("Reason", verdict.reason, style: .base, width: width)
        }
        if let notify = suggestion.notifyAuthor {
            lines += labelled("DM", [Segment(notify ? "the author is told by DM" : "no DM to the author", .base),
                                     Segment(" (moderator's choice)", .muted)], width: width)
        }
        lines += wrapped("Undo", suggestion.undo.rawValue, style: suggestion.undo == .repostOnly ? .statusWarning : .base, width: width)
        return lines
    }

    /// The style a state's name is drawn in.
    static func style(of state: Suggestion.State) -> StyleKey {
        switch state {
        case .done: return .resultOK
        case .failed: return .resultFailed
        default: return StyleKey.row(state)
        }
    }

    /// The author's words (or a note that there are none), then the forward and the files.
    static func message(_ suggestion: Suggestion, state: ConsoleState, width: Int) -> [[Segment]] {
        let tokens = suggestion.verdict.evidence.filter { $0.kind == .token }.map { $0.text.lowercased() }
        let ownWords = !suggestion.content.isEmpty || (suggestion.forwarded == nil && suggestion.attachments.isEmpty)
        var lines = ownWords ? TextLayout.wrap(Sanitizer.clean(suggestion.content, mode: .multiLine), width: width).map { highlight($0, tokens: tokens) } : []
        lines += ForwardAndFilesView.lines(for: suggestion, state: state, tokens: tokens, width: width)
        return lines
    }

    /// The jump link on a line of its own, never broken, so a terminal can
    /// open it; one too long for the pane shows what fits and says `c` copies it.
    static func linkLine(_ link: String, width: Int, glyphs: Glyphs) -> [Segment] {
        if DisplayWidth.of(link) <= width { return [Segment(link, .muted)] }
        let hint = " c copies it"
        let room = width - DisplayWidth.of(hint)
        guard room >= 10 else { return [Segment(TextLayout.truncate(link, to: width, ellipsis: glyphs.ellipsis), .muted)] }
        return [Segment(TextLayout.truncate(link, to: room, ellipsis: glyphs.ellipsis), .muted), Segment(hint, .detailLabel)]
    }

    /// Reasoning, Evidence, Disagrees.
    static func findings(_ suggestion: Suggestion, glyphs: Glyphs, width: Int) -> [[Segment]] {
        let verdict = suggestion.verdict
        var lines = wrapped("Reasoning", verdict.reasoning, style: .muted, width: width)
        let evidence = verdict.evidence.map { SegmentWrap.glued($0.kind == .rule ? "rule \($0.text) (+\($0.weight))" : "\"\($0.text)\" \($0.weight)") }
        if !evidence.isEmpty { lines += wrapped("Evidence", evidence.joined(separator: glyphs.separator), style: .evidence, width: width) }
        if let other = verdict.disagreement {
            lines += wrapped("Disagrees", "\(other.classifier) says \(other.action.rawValue) (\(Clock.percent(other.confidence))): \(other.reason)",
                             style: .statusWarning, width: width)
        }
        return lines
    }

    /// Each cross-posted copy (channel and time), and the private note.
    static func copiesAndNote(_ suggestion: Suggestion, state: ConsoleState, width: Int) -> [[Segment]] {
        var lines: [[Segment]] = []
        for (index, copy) in suggestion.copies.enumerated() {
            let text = "#\(copy.channelName) at \(state.clock.timeOfDay(copy.messageID.createdAt, seconds: true))"
            lines += wrapped(index == 0 ? "Copies" : "", text, style: .base, width: width)
        }
        if let note = suggestion.note, !note.isEmpty {
            lines += labelled("Note", [Segment(note, .base), Segment(" (private)", .muted)], width: width)
        }
        return lines
    }

    /// The author's other messages in the queue, newest first: time, action and state mark, snippet.
    static func history(of suggestion: Suggestion, state: ConsoleState, glyphs: Glyphs, width: Int) -> [[Segment]] {
        let history = (state.overview?.queue ?? []).filter { $0.authorID == suggestion.authorID && $0.id != suggestion.id }.prefix(5)
        var lines = SegmentWrap.wrap([Segment("Author's recent messages" + (history.isEmpty ? ": none other" : ""), .detailLabel)], width: width)
        for past in history {
            let snippet = TextLayout.truncate(Sanitizer.clean(ForwardAndFilesView.snippet(past)), to: max(width - 15, 0), ellipsis: glyphs.ellipsis)
            lines.append([Segment(state.clock.timeOfDay(past.postedAt) + " ", .muted),
                          Segment(glyphs.column(past.action.rawValue + glyphs.mark(past), 9),
                                  past.state == .allowed ? .allowed : StyleKey.action(past.action)),
                          Segment(snippet, StyleKey.row(past.state))])
        }
        return lines
    }

    /// A labelled value wrapped under its label; on a pane too narrow for
    /// both side by side, the label stands above its value.
    static func labelled(_ label: String, _ value: [Segment], width: Int) -> [[Segment]] {
        let besideWidth = width - labelWidth
        guard besideWidth >= 12 else {
            let title = label.isEmpty ? [] : [[Segment(label, .detailLabel)]]
            return title + SegmentWrap.wrap(value, width: max(width - 2, 1)).map { [Segment("  ", .base)] + $0 }
        }
        return SegmentWrap.wrap(value, width: besideWidth).enumerated().map { index, line in
            [Segment(TextLayout.pad(index == 0 ? label : "", to: labelWidth), .detailLabel)] + line
        }
    }

    /// A labelled text in one style, wrapped under its label.
    static func wrapped(_ label: String, _ text: String, style: StyleKey, width: Int) -> [[Segment]] {
        labelled(label, [Segment(text, style)], width: width)
    }

    /// The line split into plain and evidence segments: each evidence word
    /// (normalised, as the classifier saw it) is highlighted wherever it occurs, ignoring case.
    static func highlight(_ line: String, tokens: [String]) -> [Segment] {
        let characters = Array(line)
        // Lowercased one Character at a time, so indices match the line's.
        let lower = characters.map { character -> Character in
            let lowered = character.lowercased()
            return lowered.count == 1 ? Character(lowered) : character
        }
        var marked = [Bool](repeating: false, count: characters.count)
        for token in tokens where !token.isEmpty {
            let needle = Array(token)
            guard needle.count <= lower.count else { continue }
            for start in 0...(lower.count - needle.count) where Array(lower[start..<(start + needle.count)]) == needle {
                for i in start..<(start + needle.count) { marked[i] = true }
            }
        }
        var segments: [Segment] = []
        var index = 0
        while index < characters.count {
            let flag = marked[index]
            var end = index
            while end < characters.count, marked[end] == flag { end += 1 }
            segments.append(Segment(String(characters[index..<end]), flag ? .evidence : .base))
            index = end
        }
        return segments
    }
}
