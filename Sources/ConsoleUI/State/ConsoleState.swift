import Engine
import Foundation

/// The console's panes.
public enum Pane: String, Sendable, CaseIterable {
    case queue, detail, audit
}

/// A question the console asks before something that cannot be undone.
public struct Confirmation: Sendable, Equatable {
    public var title: String
    public var lines: [String]
    /// What runs on `y` or Enter.
    public var command: ConsoleCommand
}

/// What the console asks the engine to do; the app runs these off the UI thread.
public enum ConsoleCommand: Sendable, Equatable {
    case decide(Int64, Decision)
    case undo(Int64)
    case setAuto(Bool)
    case quit
}

/// The whole console in one value. Only `update` changes it; `render` draws it.
public struct ConsoleState: Sendable {
    /// The engine's latest overview; nil until the first one arrives.
    public var overview: EngineOverview?
    public var size: Size
    /// Whether the terminal can show UTF-8 (else borders and marks are ASCII).
    public var unicode: Bool
    public var now: Date
    /// Times are shown in this zone (the system's; tests fix it).
    public var timeZone = TimeZone.current
    public var focus: Pane = .queue
    /// The selected suggestion, by id, so a refresh never moves the selection.
    public var selectedID: Int64?
    /// Where the selection was in the visible queue, to select a neighbour when it disappears.
    public var selectedIndex = 0
    /// The first queue row shown.
    public var queueOffset = 0
    public var detailOffset = 0
    public var auditOffset = 0
    /// The filter being typed (`editingFilter`) or applied.
    public var filter = ""
    public var editingFilter = false
    public var showingHelp = false
    /// The first help line shown, when help is taller than the terminal.
    public var helpOffset = 0
    public var confirmation: Confirmation?
    /// The last result or refusal, shown in the hint line until the next one.
    public var notice: String?
    public var quitting = false

    public init(size: Size, unicode: Bool = true, now: Date = Date()) {
        self.size = size
        self.unicode = unicode
        self.now = now
    }

    /// The queue as shown: the overview's suggestions that pass the filter, newest first.
    public var visibleQueue: [Suggestion] {
        let all = overview?.queue ?? []
        let terms = filter.split(separator: " ").map { $0.lowercased() }
        guard !terms.isEmpty else { return all }
        return all.filter { suggestion in terms.allSatisfy { QueueFilter.matches(suggestion, term: $0) } }
    }

    var clock: Clock { Clock(timeZone: timeZone) }

    /// The selected suggestion, if it is still visible.
    public var selected: Suggestion? {
        let queue = visibleQueue
        return queue.first { $0.id == selectedID } ?? queue.first
    }
}

/// The filter language: plain words match the text or author; `@name`,
/// `#channel`, an action (`move`, `flag` ...) or a state (`pending`, `done` ...)
/// match those fields. Every term must match.
public enum QueueFilter {
    public static func matches(_ suggestion: Suggestion, term: String) -> Bool {
        if term.hasPrefix("@") { return suggestion.authorName.lowercased().contains(term.dropFirst()) }
        if term.hasPrefix("#") { return suggestion.channelName.lowercased().contains(term.dropFirst()) }
        if ModerationAction(rawValue: term) != nil { return suggestion.action.rawValue == term }
        if Suggestion.State(rawValue: term) != nil { return suggestion.state.rawValue == term }
        return suggestion.judged.classifierText.lowercased().contains(term) || suggestion.authorName.lowercased().contains(term)
    }
}
