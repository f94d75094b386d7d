import Engine
import Foundation

/// The keys that decide: approve, choose, undo and reopen, veto, `z`, and
/// bulk work on marked items. Every path refuses while held back or when the
/// queue does not have focus, so a key never decides on something unseen.
extension Console {
    static func decide(_ action: KeyAction, _ state: inout ConsoleState) -> [ConsoleCommand] {
        guard state.focus == .queue || state.authorView != nil else {
            state.notice = "decisions act on the queue: Tab to it first (focus is on \(state.focus.rawValue))"
            return []
        }
        if state.heldBack {
            state.notice = "held back: the selection just moved; read it, then press again"
            return []
        }
        if !state.marked.isEmpty, let chosen = bulkAction(action) { return decideMarked(chosen.action, details: chosen.details, &state) }
        switch action {
        case .approve:
            guard let suggestion = openTarget(&state, verb: "approve") else { return [] }
            return ask(&state, suggestion, action: suggestion.action,
                       decision: suggestion.action == .allow ? .dismiss : .approve, details: state.nextDetails)
        case .choose(let choice):
            guard let suggestion = openTarget(&state, verb: choice.rawValue) else { return [] }
            let action = choice.action
            return ask(&state, suggestion, action: action, decision: decision(action, on: suggestion), details: state.nextDetails)
        case .banDeletingRecent:
            guard let suggestion = openTarget(&state, verb: "ban") else { return [] }
            var details = state.nextDetails
            details.deleteMessageSeconds = DecisionDetails.banDeletingRecent.deleteMessageSeconds
            return ask(&state, suggestion, action: .ban, decision: decision(.ban, on: suggestion), details: details)
        case .undo:
            guard let suggestion = state.target else { state.notice = "nothing selected"; return [] }
            return takeBack(suggestion, &state)
        case .undoLast:
            return undoLast(&state)
        case .veto:
            guard let suggestion = state.target, suggestion.state == .pending, suggestion.dueAt != nil else {
                state.notice = "no pending auto action to veto here"
                return []
            }
            return [.decide(suggestion.id, .veto, .none)]
        default:
            return []
        }
    }

    /// The decision a chosen action makes: allow dismisses, the suggested action approves, another overrides.
    static func decision(_ action: ModerationAction, on suggestion: Suggestion) -> Decision {
        action == .allow ? .dismiss : (action == suggestion.action ? .approve : .override(action))
    }

    /// The target if a moderator may still decide on it, else a notice saying why not.
    static func openTarget(_ state: inout ConsoleState, verb: String) -> Suggestion? {
        guard let suggestion = state.target else { state.notice = "nothing selected"; return nil }
        guard suggestion.state.isOpen else {
            let hint = suggestion.state == .dismissed ? " (u reopens it)" : suggestion.state == .done ? " (u undoes it)" : ""
            state.notice = "suggestion \(suggestion.id) is \(suggestion.state.rawValue): nothing to \(verb)\(hint)"
            return nil
        }
        return suggestion
    }

    /// Runs a decision at once when it can be undone, else asks first.
    static func ask(_ state: inout ConsoleState, _ suggestion: Suggestion, action: ModerationAction, decision: Decision,
                    details: DecisionDetails) -> [ConsoleCommand] {
        let command = ConsoleCommand.decide(suggestion.id, decision, details)
        let who = "\(suggestion.authorName) in #\(suggestion.channelName)"
        var lines: [String]
        switch action {
        case .delete: lines = ["Delete the message by \(who)?", "It \(Undo.repostOnly.rawValue)."]
        case .timeout: lines = ["Time out \(who) (moderator-only escalation)?", "Undo lifts the timeout."]
        case .ban:
            lines = ["Ban \(who) from the server (moderator-only escalation)?",
                     details.deleteMessageSeconds == nil ? "Their message is deleted with the ban."
                                                         : "Their messages from the last 7 days are deleted with the ban.",
                     "It \(Undo.liftBanAndRepost.rawValue)."]
        default:
            state.afterDecision([suggestion.id])
            return [command]
        }
        if let reason = details.reason { lines.append("Reason told to the author: \(reason)") }
        if details.notifyAuthor == false { lines.append("No DM to the author.") }
        state.confirmation = Confirmation(title: action.rawValue.capitalized + "?", lines: lines, command: command)
        return []
    }

    /// `u`: undo a done action (asks first), or reopen a dismissed or reverted one.
    static func takeBack(_ suggestion: Suggestion, _ state: inout ConsoleState) -> [ConsoleCommand] {
        switch suggestion.state {
        case .done where suggestion.undo != .nothingToUndo:
            state.confirmation = Confirmation(
                title: "Undo \(suggestion.action.rawValue)?",
                lines: [undoDescription(suggestion), "The item is then open for a new decision."],
                command: .undo(suggestion.id))
            return []
        case .dismissed, .reverted:
            state.notice = "reopening suggestion \(suggestion.id)…"
            return [.reopen(suggestion.id)]
        case .allowed, .pending, .failed:
            state.notice = "suggestion \(suggestion.id) is already open: choose an action (Enter m f d a)"
            return []
        default:
            state.notice = "suggestion \(suggestion.id) is \(suggestion.state.rawValue): nothing to undo yet"
            return []
        }
    }

    /// `z`: takes back the last decision made in this console.
    static func undoLast(_ state: inout ConsoleState) -> [ConsoleCommand] {
        guard let id = state.history.last else { state.notice = "no decision made in this console yet"; return [] }
        guard let suggestion = state.overview?.queue.first(where: { $0.id == id }) else {
            state.history.removeLast()
            state.notice = "suggestion \(id) is no longer in view"
            return []
        }
        if [.approved, .overridden, .executing, .undoing].contains(suggestion.state) {
            state.notice = "suggestion \(id) is still running; z again once it is done"
            return []
        }
        state.history.removeLast()
        state.select(id)
        return takeBack(suggestion, &state)
    }

    /// The action a key applies to every marked item, if it is one that can.
    static func bulkAction(_ action: KeyAction) -> (action: ModerationAction?, details: DecisionDetails?)? {
        switch action {
        case .approve: return (nil, nil)
        case .choose(let choice): return (choice.action, nil)
        case .banDeletingRecent: return (.ban, .banDeletingRecent)
        default: return nil
        }
    }

    /// One confirmation for all marked items still open; nil action approves each one's suggestion.
    static func decideMarked(_ action: ModerationAction?, details extra: DecisionDetails?, _ state: inout ConsoleState) -> [ConsoleCommand] {
        let known = state.knownSuggestions
        let marked = state.marked.sorted().compactMap { known[$0] }
        let open = marked.filter { $0.state.isOpen }
        guard !open.isEmpty else {
            state.notice = "none of the \(state.marked.count) marked items is open any more (Esc clears the marks)"
            return []
        }
        var details = state.nextDetails
        details.deleteMessageSeconds = extra?.deleteMessageSeconds
        let decision: Decision = action.map { $0 == .allow ? .dismiss : .override($0) } ?? .approve
        let verb = action?.rawValue ?? "approve the suggestion for"
        var lines = open.prefix(4).map { "\($0.authorName): \(ForwardAndFilesView.snippet($0))" }
        if open.count > 4 { lines.append("…and \(open.count - 4) more") }
        lines.append("Reason told to the authors: " + (details.reason ?? "each suggestion's own"))
        if open.count < marked.count { lines.append("\(marked.count - open.count) marked item(s) are no longer open and are left alone.") }
        lines.append("They run one after another at Discord's pace; progress shows below.")
        state.confirmation = Confirmation(title: "\(verb.capitalized) \(open.count) marked item(s)?", lines: lines,
                                          command: .decideMany(open.map(\.id), decision, details))
        return []
    }

    static func undoDescription(_ suggestion: Suggestion) -> String {
        switch suggestion.action {
        case .move: return "The repost in the jobs channel is deleted and the message is reposted in #\(suggestion.channelName) with attribution."
        case .flag: return "The warning reaction is removed."
        case .delete: return "The content is reposted in #\(suggestion.channelName) by the bot, with attribution (the original is gone)."
        case .timeout: return "The timeout is lifted."
        case .ban: return "The ban is lifted and the message reposted with attribution; the author must rejoin."
        case .allow: return "Nothing happened on Discord."
        }
    }
}

extension ModerationChoice {
    /// The moderation action this key chooses.
    var action: ModerationAction {
        switch self {
        case .move: return .move
        case .flag: return .flag
        case .delete: return .delete
        case .allow: return .allow
        case .timeout: return .timeout
        case .ban: return .ban
        }
    }
}

/// The author view's keys: moving through their messages, marking, deciding
/// on the selected one (or the marked set), and Esc or `o` back to the queue.
extension Console {
    static func performInAuthorView(_ action: KeyAction, _ state: inout ConsoleState) -> [ConsoleCommand] {
        if action.decides { return decide(action, &state) }
        if let rows = step(action, pageSize: state.pageSize) {
            state.moveInAuthorView(by: rows)
            return []
        }
        switch action {
        case .clearFilter, .authorView:
            state.authorView = nil
            state.clampSelection(quietly: true)
        case .toggleMark, .markAll, .reason, .toggleDM, .note, .copyLink, .toggleAuto, .help, .quit:
            return perform(action, &state)
        default:
            state.notice = "Esc returns to the queue first"
        }
        return []
    }
}
