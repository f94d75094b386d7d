import Engine
import Foundation

/// Moving through the queue and the author view, keeping the order steady
/// while the moderator reads, and the hold-back after the selection moves
/// on its own.
extension ConsoleState {
    /// Rows a page scroll moves: the queue pane's height.
    var pageSize: Int { Layout(size: size).queue.height - 2 }

    /// What a decision key acts on: the author view's selected message when it is open, else the queue's selection.
    public var target: Suggestion? {
        if let view = authorView {
            guard let messages = view.profile?.messages, !messages.isEmpty else { return nil }
            return messages[min(view.selectedIndex, messages.count - 1)]
        }
        return selected
    }

    /// Every suggestion the console holds, by id: the queue and the open author view.
    var knownSuggestions: [Int64: Suggestion] {
        var known = Dictionary((overview?.queue ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for message in authorView?.profile?.messages ?? [] where known[message.id] == nil { known[message.id] = message }
        return known
    }

    mutating func scroll(by delta: Int) {
        switch focus {
        case .queue:
            let queue = visibleQueue
            guard !queue.isEmpty else { return }
            let index = queue.firstIndex { $0.id == selected?.id } ?? 0
            select(queue[min(max(index + delta, 0), queue.count - 1)].id)
        case .detail: detailOffset = min(max(detailOffset + delta, 0), DetailView.maxOffset(self))
        case .audit: auditOffset = min(max(auditOffset + delta, 0), max((overview?.audit.count ?? 1) - 1, 0))
        }
    }

    /// Selects a suggestion by the moderator's own move (no hold-back).
    mutating func select(_ id: Int64) {
        if id != selectedID { detailOffset = 0 }
        selectedID = id
        clampSelection(quietly: true)
    }

    /// `n` / `N`: the next (previous) item waiting for a decision, wrapping around.
    mutating func jumpToPending(forward: Bool) {
        let queue = visibleQueue
        let index = queue.firstIndex { $0.id == selected?.id } ?? -1
        let count = queue.count
        for step in 1...max(count, 1) {
            let candidate = ((index + (forward ? step : -step)) % count + count) % count
            guard count > 0 else { break }
            if QueueOrder.needsDecision(queue[candidate]), queue[candidate].id != selected?.id || step == count {
                select(queue[candidate].id)
                return
            }
        }
        notice = "nothing waits for a decision here"
    }

    /// After a decision: remember it for `z`, forget its marks and the
    /// one-off reason, and select the next item waiting for a decision, with
    /// the hold-back so the next key cannot act on it unseen.
    mutating func afterDecision(_ ids: [Int64]) {
        history += ids
        if history.count > 100 { history.removeFirst(history.count - 100) }
        marked.subtract(ids)
        nextDetails = DecisionDetails()
        guard authorView == nil else { return }
        let queue = visibleQueue
        let decided = Set(ids)
        let index = queue.firstIndex { $0.id == selected?.id } ?? 0
        let after = queue.dropFirst(index + 1) + queue.prefix(index)
        if let next = after.first(where: { QueueOrder.needsDecision($0) && !decided.contains($0.id) }) {
            selectedID = next.id
            detailOffset = 0
            holdBackUntil = now.addingTimeInterval(holdBack.seconds)
            clampSelection(quietly: true)
        }
    }

    /// Space: marks or unmarks the target for bulk work, then moves on.
    mutating func toggleMark() {
        guard let id = target?.id else { notice = "nothing selected"; return }
        if marked.remove(id) == nil { marked.insert(id) }
        if authorView != nil { moveInAuthorView(by: 1) } else { scroll(by: 1) }
        notice = marked.isEmpty ? "no marks" : "\(marked.count) marked: an action key applies to all of them (Esc clears)"
    }

    /// V: marks every visible item (or, when all are marked, clears the marks).
    mutating func markAllVisible() {
        let ids = Set(authorView != nil ? (authorView?.profile?.messages ?? []).map(\.id) : visibleQueue.map(\.id))
        if !ids.isEmpty, ids.isSubset(of: marked) { marked.subtract(ids) } else { marked.formUnion(ids) }
        notice = marked.isEmpty ? "marks cleared" : "\(marked.count) marked: an action key applies to all of them (Esc clears)"
    }

    /// Takes the queue's order anew (first data, `r`, a new sort), keeping the selection.
    mutating func arrange() {
        order = QueueOrder.arrange(overview?.queue ?? [], by: sort)
        arrivals = []
        clampSelection(quietly: true)
    }

    /// r: shows the arrivals in their place.
    mutating func showArrivals() {
        let count = arrivals.count
        arrange()
        notice = count == 0 ? "nothing new" : "\(count) new item(s) shown in order"
    }

    /// Notes what arrived with new data without moving the list; takes the
    /// order anew only while nobody can be reading it: before the first key
    /// (the first poll is still filling it), or when nothing is shown.
    mutating func takeArrivals() {
        let ids = (overview?.queue ?? []).map(\.id)
        if order.isEmpty || !touched || (visibleQueue.isEmpty && filter.isEmpty) {
            let first = order.isEmpty || !touched
            let previous = selectedID
            arrange()
            if first || previous == nil, let firstPending = visibleQueue.first(where: QueueOrder.needsDecision) ?? visibleQueue.first,
               firstPending.id != previous {
                selectedID = firstPending.id
                detailOffset = 0
                holdBackUntil = now.addingTimeInterval(holdBack.seconds)
                clampSelection(quietly: true)
            }
            return
        }
        let shown = Set(order)
        arrivals = Set(ids.filter { !shown.contains($0) })
    }

    mutating func cyclePane(by step: Int) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
    }

    mutating func moveInAuthorView(by delta: Int) {
        guard var view = authorView, let count = view.profile?.messages.count, count > 0 else { return }
        view.selectedIndex = min(max(view.selectedIndex + delta, 0), count - 1)
        authorView = view
    }

    /// Keeps a valid selection and the selected row inside the queue pane.
    /// When the selected item left the view (a filter, a refresh) its
    /// neighbour is selected, said in the hint line unless `quietly`, and
    /// held back: the moderator has not seen it yet.
    mutating func clampSelection(quietly: Bool = false) {
        let queue = visibleQueue
        guard !queue.isEmpty else { selectedID = nil; queueOffset = 0; return }
        if selectedID == nil || !queue.contains(where: { $0.id == selectedID }) {
            if selectedID != nil {
                if !quietly { notice = "the selected message left this view; its neighbour is selected" }
                holdBackUntil = now.addingTimeInterval(holdBack.seconds)
            }
            selectedID = queue[min(selectedIndex, queue.count - 1)].id
            detailOffset = 0
        }
        let index = queue.firstIndex { $0.id == selectedID } ?? 0
        selectedIndex = index
        let rows = max(Layout(size: size).queue.height - 2, 1)
        if index < queueOffset { queueOffset = index }
        if index >= queueOffset + rows { queueOffset = index - rows + 1 }
        // Never blank rows below the last item while earlier items are hidden (after the terminal grew).
        queueOffset = min(max(queueOffset, 0), max(queue.count - rows, 0))
        auditOffset = min(auditOffset, max((overview?.audit.count ?? 0) - 1, 0))
    }
}
