import Engine
import Foundation

/// What can happen to the console.
public enum ConsoleEvent: Sendable {
    case key(Key)
    /// Fresh data from the engine.
    case overview(EngineOverview)
    /// Time passes (countdowns, "last poll 12 s ago"); the app also sends one before each key.
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
            state.takeArrivals()
            state.clampSelection()
            // The author view follows the store too: their messages change state as decisions run.
            if let author = state.authorView?.authorID { commands = [.loadAuthor(author)] }
        case .tick(let now):
            state.now = now
        case .resize(let size):
            state.size = size
            state.clampSelection()
        case .notice(let text):
            state.notice = text
        case .author(let profile):
            if var view = state.authorView, view.authorID == profile.authorID {
                view.profile = profile
                view.selectedIndex = min(view.selectedIndex, max(profile.messages.count - 1, 0))
                state.authorView = view
            }
        case .terminate:
            state.quitting = true
            commands = [.quit]
        case .key(let key):
            state.touched = true
            commands = handle(key, &state)
        }
        return (state, commands)
    }

    static func handle(_ key: Key, _ state: inout ConsoleState) -> [ConsoleCommand] {
        if let confirmation = state.confirmation {
            switch key {
            case .character("y"), .character("Y"), .enter:
                state.confirmation = nil
                switch confirmation.command {
                case .decide(let id, _, _): state.afterDecision([id])
                case .decideMany(let ids, _, _): state.afterDecision(ids)
                default: break
                }
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
        if state.prompt != nil { return editPrompt(key, &state) }
        if state.editingFilter {
            editFilter(key, &state)
            return []
        }
        guard let binding = KeyTable.binding(for: key) else { return [] }
        if state.authorView != nil { return performInAuthorView(binding.action, &state) }
        return perform(binding.action, &state)
    }

    static func perform(_ action: KeyAction, _ state: inout ConsoleState) -> [ConsoleCommand] {
        if action.decides { return decide(action, &state) }
        if let rows = step(action, pageSize: state.pageSize) {
            state.scroll(by: rows)
            return []
        }
        switch action {
        case .nextPending: state.jumpToPending(forward: true)
        case .previousPending: state.jumpToPending(forward: false)
        case .toggleMark: state.toggleMark()
        case .markAll: state.markAllVisible()
        case .showArrivals: state.showArrivals()
        case .pendingOnly:
            state.pendingOnly.toggle()
            state.notice = state.pendingOnly ? "showing only items waiting for a decision (p shows all)" : "showing every item"
            state.clampSelection(quietly: true)
        case .cycleSort:
            let all = QueueSort.allCases
            state.sort = all[((all.firstIndex(of: state.sort) ?? 0) + 1) % all.count]
            state.arrange()
            state.notice = "sorted by \(state.sort.rawValue)"
        case .reason:
            state.prompt = Prompt(purpose: .reason, text: state.nextDetails.reason ?? "")
        case .toggleDM:
            state.nextDetails.notifyAuthor = switch state.nextDetails.notifyAuthor {
            case nil: false
            case false?: true
            case true?: nil
            }
            state.notice = switch state.nextDetails.notifyAuthor {
            case nil: "next decision: the author gets the action's usual DM"
            case false?: "next decision: no DM to the author"
            case true?: "next decision: the author is told by DM"
            }
        case .note:
            guard let suggestion = state.target else { state.notice = "nothing selected"; return [] }
            state.prompt = Prompt(purpose: .note(suggestion.id), text: suggestion.note ?? "")
        case .copyLink:
            guard let suggestion = state.target else { state.notice = "nothing selected"; return [] }
            guard let link = suggestion.jumpLink else { state.notice = "no link: the message's server is unknown"; return [] }
            return [.copy(link)]
        case .authorView:
            guard let suggestion = state.selected else { state.notice = "nothing selected"; return [] }
            state.authorView = AuthorViewState(authorID: suggestion.authorID)
            return [.loadAuthor(suggestion.authorID)]
        case .toggleAuto:
            state.confirmation = autoConfirmation(state)
        case .filter:
            state.editingFilter = true
        case .clearFilter:
            if !state.marked.isEmpty {
                state.notice = "\(state.marked.count) mark(s) cleared"
                state.marked = []
            } else {
                state.filter = ""
                state.notice = nil
                state.clampSelection(quietly: true)
            }
        case .nextPane: state.cyclePane(by: 1)
        case .previousPane: state.cyclePane(by: -1)
        case .help:
            state.showingHelp = true
            state.helpOffset = 0
        case .quit:
            state.quitting = true
            return [.quit]
        default: break
        }
        return []
    }

    /// How many rows a movement key moves (j/k, PgDn/PgUp, g/G to the
    /// ends), nil for a key that does not move. The queue and the author view
    /// both move by it, so the keys mean the same in each.
    static func step(_ action: KeyAction, pageSize: Int) -> Int? {
        let page = max(pageSize, 1)
        switch action {
        case .moveDown: return 1
        case .moveUp: return -1
        case .pageDown: return page
        case .pageUp: return -page
        case .top: return -(Int.max / 4)
        case .bottom: return Int.max / 4
        default: return nil
        }
    }

    /// The confirmation for A: what auto mode will do, before it does it.
    static func autoConfirmation(_ state: ConsoleState) -> Confirmation {
        let settings = state.overview?.auto ?? AutoSettings()
        if settings.enabled {
            return Confirmation(title: "Turn auto mode OFF?",
                                lines: ["Pending auto actions are cancelled; nothing runs without a keypress."], command: .setAuto(false))
        }
        var rules = settings
        rules.enabled = true
        let takes = (state.overview?.queue ?? []).filter { $0.state == .pending && $0.dueAt == nil && rules.accepts($0.verdict) }.count
        let actions = ModerationAction.allCases.filter { settings.actions.contains($0) && ModerationAction.classifiable.contains($0) }
        return Confirmation(
            title: "Turn auto mode ON?",
            lines: ["Runs suggestions of \(actions.map(\.rawValue).joined(separator: ", ")) at \(Clock.percent(settings.minConfidence)) confidence or more,",
                    "\(Int(settings.grace.seconds)) s after they are shown, unless someone vetoes them (x).",
                    "It will take \(takes) of the items pending now.",
                    "Disagreements between classifiers, timeouts and bans never run on their own."],
            command: .setAuto(true))
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

    /// Typing a reason or a note: Enter keeps it, Esc cancels.
    static func editPrompt(_ key: Key, _ state: inout ConsoleState) -> [ConsoleCommand] {
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .character(let c):
            prompt.text.append(c)
            state.prompt = prompt
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
            state.prompt = prompt
        case .escape, .interrupt:
            state.prompt = nil
            state.notice = "cancelled"
        case .enter:
            state.prompt = nil
            let text = prompt.text.trimmingCharacters(in: .whitespaces)
            switch prompt.purpose {
            case .reason:
                state.nextDetails.reason = text.isEmpty ? nil : text
                state.notice = text.isEmpty ? "next decision: the suggested reason" : "next decision carries your reason"
            case .note(let id):
                return [.note(id, text)]
            }
        default: break
        }
        return []
    }
}
