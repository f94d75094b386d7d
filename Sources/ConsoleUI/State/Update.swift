import Engine
import Foundation

/// What can happen to the console.
public enum ConsoleEvent: Sendable {
    case key(Key)
    /// Fresh data from the engine.
    case overview(EngineOverview)
    /// Time passes (countdowns, "last poll 12 s ago").
    case tick(Date)
    case resize(Size)
    /// The result of a command, for the hint line.
    case notice(String)
    /// What the store holds on an author (answer to `loadAuthor`).
    case author(AuthorProfile)
    /// A termination signal (SIGINT, SIGTERM, SIGHUP when the SSH link drops): quit whatever is open.
    case terminate
}

/// The console's logic: the only place the state changes. Pure, so every
/// key and every engine event can be tested without a terminal.
public enum Console {
    public static func update(_ state: ConsoleState, _ event: ConsoleEvent) -> (ConsoleState, [ConsoleCommand]) {
        var state = state
        var commands: [ConsoleCommand] = []
        switch event {
        case .overview(let overview):
            state.overview = overview
            state.clampSelection()
        case .tick(let now):
            state.now = now
        case .resize(let size):
            state.size = size
            state.clampSelection()
        case .notice(let text):
            state.notice = text
        case .author(let profile):
            if state.authorView?.authorID == profile.authorID { state.authorView?.profile = profile }
        case .terminate:
            state.quitting = true
            commands = [.quit]
        case .key(let key):
            commands = handle(key, &state)
        }
        return (state, commands)
    }

    static func handle(_ key: Key, _ state: inout ConsoleState) -> [ConsoleCommand] {
        if let confirmation = state.confirmation {
            switch key {
            case .character("y"), .character("Y"), .enter:
                state.confirmation = nil
                return [confirmation.command]
            case .character("n"), .character("N"), .escape, .interrupt:
                state.confirmation = nil
                state.notice = "cancelled"
            default: break
            }
            return []
        }
        if state.showingHelp {
            switch key {
            case .down, .character("j"): state.helpOffset += 1
            case .up, .character("k"): state.helpOffset = max(state.helpOffset - 1, 0)
            case .pageDown, .character(" "): state.helpOffset += max(state.size.height - 4, 1)
            case .pageUp: state.helpOffset = max(state.helpOffset - max(state.size.height - 4, 1), 0)
            case .interrupt:
                state.quitting = true
                return [.quit]
            default:
                state.showingHelp = false
            }
            return []
        }
        if state.editingFilter {
            editFilter(key, &state)
            return []
        }
        guard let binding = KeyTable.binding(for: key) else { return [] }
        return perform(binding.action, &state)
    }

    static func editFilter(_ key: Key, _ state: inout ConsoleState) {
        switch key {
        case .character(let c): state.filter.append(c)
        case .backspace: if !state.filter.isEmpty { state.filter.removeLast() }
        case .enter, .tab: state.editingFilter = false
        case .escape, .interrupt:
            state.filter = ""
            state.editingFilter = false
        default: break
        }
        state.queueOffset = 0
        state.selectedIndex = 0
        state.selectedID = state.visibleQueue.first?.id
    }

    static func perform(_ action: KeyAction, _ state: inout ConsoleState) -> [ConsoleCommand] {
        switch action {
        case .moveDown: state.scroll(by: 1)
        case .moveUp: state.scroll(by: -1)
        case .pageDown: state.scroll(by: max(state.pageSize, 1))
        case .pageUp: state.scroll(by: -max(state.pageSize, 1))
        case .top: state.scroll(by: -(Int.max / 4))
        case .bottom: state.scroll(by: Int.max / 4)
        case .approve:
            guard let suggestion = openSelection(&state, verb: "approve") else { return [] }
            let decision: Decision = suggestion.action == .allow ? .dismiss : .approve
            return ask(state: &state, suggestion, action: suggestion.action, decision: decision)
        case .choose(let choice):
            guard let suggestion = openSelection(&state, verb: choice.rawValue) else { return [] }
            let action = ModerationAction(rawValue: choice.rawValue)!
            let decision: Decision = action == .allow ? .dismiss : (action == suggestion.action ? .approve : .override(action))
            return ask(state: &state, suggestion, action: action, decision: decision)
        case .undo:
            guard let suggestion = state.selected else { state.notice = "nothing selected"; return [] }
            guard suggestion.state == .done, suggestion.undo != .nothingToUndo else {
                state.notice = "only a done action that changed Discord can be undone (this one is \(suggestion.state.rawValue))"
                return []
            }
            state.confirmation = Confirmation(
                title: "Undo \(suggestion.action.rawValue)?",
                lines: [undoDescription(suggestion), "This changes Discord and cannot itself be undone."],
                command: .undo(suggestion.id))
        case .veto:
            guard let suggestion = state.selected, suggestion.state == .pending, suggestion.dueAt != nil else {
                state.notice = "no pending auto action to veto here"
                return []
            }
            return [.decide(suggestion.id, .veto, .none)]
        case .toggleAuto:
            let on = state.overview?.auto.enabled ?? false
            let grace = Int(state.overview?.auto.grace.seconds ?? 30)
            state.confirmation = Confirmation(
                title: on ? "Turn auto mode OFF?" : "Turn auto mode ON?",
                lines: on ? ["Pending auto actions are cancelled; nothing runs without a keypress."]
                          : ["Confident suggestions will run after \(grace) s unless someone vetoes them (x).",
                             "Disagreements between classifiers, timeouts and bans never run on their own."],
                command: .setAuto(!on))
        case .filter:
            state.editingFilter = true
        case .clearFilter:
            state.filter = ""
            state.notice = nil
        case .nextPane: state.cyclePane(by: 1)
        case .previousPane: state.cyclePane(by: -1)
        case .help:
            state.showingHelp = true
            state.helpOffset = 0
        case .quit:
            state.quitting = true
            return [.quit]
        }
        return []
    }

    /// The selection if a moderator may still decide on it, else a notice saying why not.
    static func openSelection(_ state: inout ConsoleState, verb: String) -> Suggestion? {
        guard let suggestion = state.selected else { state.notice = "nothing selected"; return nil }
        guard suggestion.state.isOpen else {
            state.notice = "suggestion \(suggestion.id) is \(suggestion.state.rawValue): nothing to \(verb)"
            return nil
        }
        return suggestion
    }

    /// Runs a decision at once when it can be undone, else asks first.
    static func ask(state: inout ConsoleState, _ suggestion: Suggestion, action: ModerationAction, decision: Decision) -> [ConsoleCommand] {
        let who = "\(suggestion.authorName) in #\(suggestion.channelName)"
        let lines: [String]
        switch action {
        case .delete: lines = ["Delete the message by \(who)?", "It \(Undo.repostOnly.rawValue)."]
        case .timeout: lines = ["Time out \(who) (moderator-only escalation)?", "Undo lifts the timeout."]
        case .ban: lines = ["Ban \(who) from the server (moderator-only escalation)?", "Undo lifts the ban; the member must be invited again."]
        default: return [.decide(suggestion.id, decision, .none)]
        }
        state.confirmation = Confirmation(title: action.rawValue.capitalized + "?", lines: lines, command: .decide(suggestion.id, decision, .none))
        return []
    }

    static func undoDescription(_ suggestion: Suggestion) -> String {
        switch suggestion.action {
        case .move: return "The repost in the jobs channel is deleted and the message is reposted in #\(suggestion.channelName) with attribution."
        case .flag: return "The warning reaction is removed."
        case .delete: return "The content is reposted in #\(suggestion.channelName) by the bot, with attribution (the original is gone)."
        case .timeout: return "The timeout is lifted."
        case .ban: return "The ban is lifted."
        case .allow: return "Nothing happened on Discord."
        }
    }
}

extension ConsoleState {
    /// Rows a page scroll moves: the queue pane's height.
    var pageSize: Int { Layout(size: size).queue.height - 3 }

    mutating func scroll(by delta: Int) {
        switch focus {
        case .queue:
            let queue = visibleQueue
            guard !queue.isEmpty else { return }
            let index = queue.firstIndex { $0.id == selected?.id } ?? 0
            let target = min(max(index + delta, 0), queue.count - 1)
            selectedID = queue[target].id
            detailOffset = 0
            clampSelection()
        case .detail: detailOffset = max(detailOffset + delta, 0)
        case .audit: auditOffset = min(max(auditOffset + delta, 0), max((overview?.audit.count ?? 1) - 1, 0))
        }
    }

    mutating func cyclePane(by step: Int) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus)!
        focus = panes[(index + step + panes.count) % panes.count]
    }

    /// Keeps a valid selection and the selected row inside the queue pane.
    mutating func clampSelection() {
        let queue = visibleQueue
        guard !queue.isEmpty else { selectedID = nil; queueOffset = 0; return }
        if selectedID == nil || !queue.contains(where: { $0.id == selectedID }) {
            // The selected message left the view (a filter, a refresh): select its neighbour, never the
            // top of the list, so the next key acts near where the moderator was looking.
            if selectedID != nil { notice = "the selected message left this view; its neighbour is selected" }
            selectedID = queue[min(selectedIndex, queue.count - 1)].id
        }
        let index = queue.firstIndex { $0.id == selectedID } ?? 0
        selectedIndex = index
        let rows = max(Layout(size: size).queue.height - 3, 1)
        if index < queueOffset { queueOffset = index }
        if index >= queueOffset + rows { queueOffset = index - rows + 1 }
        queueOffset = min(max(queueOffset, 0), max(queue.count - 1, 0))
        auditOffset = min(auditOffset, max((overview?.audit.count ?? 0) - 1, 0))
    }
}
