import Engine
import Foundation

/// The selected suggestion in full: the whole message wrapped with the
/// evidence words highlighted (with what it forwards and the files it
/// carries, see `ForwardAndFilesView`), the suggested action, reason, reasoning,
/// whether it can be undone, the auto countdown, and the author's history.
enum DetailView {
    static func draw(_ state: ConsoleState, into buffer: inout CellBuffer, rect: Rect, glyphs: Glyphs) {
        buffer.box(rect, title: "Detail", focused: state.focus == .detail, glyphs: glyphs)
        guard let suggestion = state.selected else {
            buffer.emptyState(state.overview == nil ? "starting the engine…" : "nothing selected", in: rect)
            return
        }
        let inner = rect.inset(1)
        guard inner.width > 4 else { return }
        let lines = self.lines(for: suggestion, state: state, width: inner.width)
        let offset = min(state.detailOffset, max(lines.count - inner.height, 0))
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }

    static func lines(for suggestion: Suggestion, state: ConsoleState, width: Int) -> [[Segment]] {
        var lines: [[Segment]] = []
        let header = Sanitizer.clean("#\(suggestion.channelName) · \(suggestion.authorName) · \(state.clock.timeOfDay(suggestion.postedAt, seconds: true)) · id \(suggestion.id)")
        lines.append([Segment(header, .muted)])
        let tokens = suggestion.verdict.evidence.filter { $0.kind == .token }.map { $0.text.lowercased() }
        let ownWords = !suggestion.content.isEmpty || (suggestion.forwarded == nil && suggestion.attachments.isEmpty)
        for line in ownWords ? TextLayout.wrap(Sanitizer.clean(suggestion.content, mode: .multiLine), width: width) : [] {
            lines.append(highlight(line, tokens: tokens))
        }
        lines += ForwardAndFilesView.lines(for: suggestion, state: state, tokens: tokens, width: width)
        lines.append([])
        let verdict = suggestion.verdict
        var action = [Segment(verdict.action.rawValue.uppercased(), StyleKey.action(verdict.action)),
                      Segment(" \(Clock.percent(verdict.confidence)) · \(verdict.intent.rawValue) · \(verdict.classifier)", .muted)]
        if let chosen = suggestion.chosenAction, chosen != verdict.action {
            action += [Segment(" → chosen ", .muted), Segment(chosen.rawValue.uppercased(), StyleKey.action(chosen))]
        }
        lines.append(labelled("Suggested", action))
        var stateLine = [Segment(suggestion.state.rawValue, .base)]
        if let due = suggestion.dueAt, suggestion.state == .pending {
            let left = max(due.timeIntervalSince(state.now), 0)
            stateLine.append(Segment(" · auto \(suggestion.action.rawValue) in \(Clock.age(left)), x vetoes", .countdown))
        }
        if let who = suggestion.decidedBy { stateLine.append(Segment(" · by \(who)", .muted)) }
        lines.append(labelled("State", stateLine))
        if let failure = suggestion.failure { lines += wrapped("Failed", failure, style: .resultFailed, width: width) }
        if let other = verdict.disagreement {
            lines += wrapped("Disagrees", "\(other.classifier) says \(other.action.rawValue) (\(Clock.percent(other.confidence))): \(other.reason)",
                             style: .statusWarning, width: width)
        }
        lines += wrapped("Reason", verdict.reason, style: .base, width: width)
        lines += wrapped("Reasoning", verdict.reasoning, style: .muted, width: width)
        let evidence = verdict.evidence.map { $0.kind == .rule ? "rule \($0.text) (+\($0.weight))" : "\"\($0.text)\" \($0.weight)" }
        if !evidence.isEmpty { lines += wrapped("Evidence", evidence.joined(separator: " · "), style: .evidence, width: width) }
        lines.append(labelled("Undo", [Segment(suggestion.undo.rawValue, suggestion.undo == .repostOnly ? .statusWarning : .base)]))
        if !suggestion.copies.isEmpty {
            lines += wrapped("Copies", suggestion.copies.map { "#\($0.channelName)" }.joined(separator: ", "), style: .base, width: width)
        }
        let history = (state.overview?.queue ?? []).filter { $0.authorID == suggestion.authorID && $0.id != suggestion.id }.prefix(5)
        lines.append([])
        lines.append([Segment("Author's recent messages" + (history.isEmpty ? ": none other" : ""), .detailLabel)])
        for past in history {
            lines.append([Segment(state.clock.timeOfDay(past.postedAt) + " ", .muted), Segment(TextLayout.pad(past.action.rawValue, to: 7), StyleKey.action(past.action)),
                          Segment(TextLayout.pad(past.state.rawValue, to: 10), .muted),
                          Segment(ForwardAndFilesView.snippet(past), .base)])
        }
        return lines
    }

    static func labelled(_ label: String, _ value: [Segment]) -> [Segment] {
        [Segment(TextLayout.pad(label, to: 11), .detailLabel)] + value
    }

    /// A labelled value wrapped under its label.
    static func wrapped(_ label: String, _ text: String, style: StyleKey, width: Int) -> [[Segment]] {
        let body = TextLayout.wrap(Sanitizer.clean(text), width: max(width - 11, 10))
        return body.enumerated().map { index, line in
            [Segment(TextLayout.pad(index == 0 ? label : "", to: 11), .detailLabel), Segment(line, style)]
        }
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
