import DiscordREST
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
    case decide(Int64, Decision, DecisionDetails)
    /// One decision for each of a marked set, run one after another at the rate limits' pace, with progress.
    case decideMany([Int64], Decision, DecisionDetails)
    case undo(Int64)
    /// Opens a dismissed, allowed or reverted suggestion again for a new decision.
    case reopen(Int64)
    /// Sets (empty: clears) the private note on a case.
    case note(Int64, String)
    /// Reads everything the store holds on an author, for the author view.
    case loadAuthor(Snowflake)
    /// Puts text on the terminal's clipboard (OSC 52).
    case copy(String)
    case setAuto(Bool)
    case quit
}

/// How the queue is ordered (`s` cycles through them).
public enum QueueSort: String, Sendable, CaseIterable {
    /// Pending first (oldest due first, deletes and auto countdowns ahead), then the rest newest first.
    case triage
    /// Newest first.
    case age
    /// Most severe action first (ban, timeout, delete, flag, move, allow).
    case severity
    /// Most confident first.
    case confidence
    /// By channel name, newest first within each.
    case channel
}

/// A line the moderator is typing: a reason for the next decision, or a note on a case.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// The reason the next decision carries (told to the author).
        case reason
        /// The private note on this suggestion.
        case note(Int64)
    }
    public var purpose: Purpose
    public var text: String
}

/// The author view: one author's messages in the store, with counts.
public struct AuthorViewState: Sendable, Equatable {
    public var authorID: Snowflake
    /// Nil until the store has answered.
    public var profile: AuthorProfile?
    /// The selected row of the author's messages.
    public var selectedIndex = 0
}

/// The whole console in one value. Only `update` changes it; `render` draws it.
public struct ConsoleState: Sendable {
    /// The engine's latest overview; nil until the first one arrives.
    public var overview: EngineOverview? {
        didSet {
            refreshVisibleQueue()
            waitingCount = overview?.queue.count(where: QueueOrder.needsDecision) ?? 0
        }
    }
    /// How many of the overview's suggestions wait for a decision (the
    /// queue's title), counted when the overview changes, not every frame.
    public private(set) var waitingCount = 0
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
    public var filter = "" { didSet { refreshVisibleQueue() } }
    public var editingFilter = false
    public var showingHelp = false
    /// The first help line shown, when help is taller than the terminal.
    public var helpOffset = 0
    public var confirmation: Confirmation?
    /// The last result or refusal, shown in the hint line until the next one.
    public var notice: String?
    public var quitting = false
    /// The queue's order (`s` cycles).
    public var sort: QueueSort = .triage
    /// Only items waiting for a decision (`p`).
    public var pendingOnly = false { didSet { refreshVisibleQueue() } }
    /// Suggestions marked for a bulk decision (Space, `V`).
    public var marked: Set<Int64> = []
    /// The order the queue is shown in, kept while the moderator reads:
    /// new arrivals wait in `arrivals` until `r` shows them.
    public var order: [Int64] = [] { didSet { refreshVisibleQueue() } }
    /// Suggestions that arrived since the order was last taken (shown as "N new").
    public var arrivals: Set<Int64> = []
    /// Whether the moderator has pressed a key yet: until then the list is
    /// still filling (the first poll's backfill) and arrivals take their place at once.
    public var touched = false
    /// How long keys that decide are ignored after the selection moved on its own (a decision, a refresh).
    public var holdBack: Duration = .milliseconds(300)
    /// Keys that decide are ignored until then.
    public var holdBackUntil: Date?
    /// The decisions made in this console, newest last, for `z`.
    public var history: [Int64] = []
    /// The reason (`R`) and DM choice (`M`) the next decision carries.
    public var nextDetails = DecisionDetails()
    /// A line being typed (a reason, a note).
    public var prompt: Prompt?
    /// The author view, when open (`o`).
    public var authorView: AuthorViewState?

    public init(size: Size, unicode: Bool = true, now: Date = Date()) {
        self.size = size
        self.unicode = unicode
        self.now = now
    }

    /// The queue as shown: the overview's suggestions in the kept `order`
    /// (arrivals wait until `r`), only those waiting for a decision under
    /// `pendingOnly`, and only those every filter term matches. Kept, not
    /// computed per use: it changes only with the data, the order, the filter
    /// and the pending-only switch, while every frame and key reads it.
    public private(set) var visibleQueue: [Suggestion] = []

    private mutating func refreshVisibleQueue() {
        guard let all = overview?.queue, !all.isEmpty else { visibleQueue = []; return }
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var shown = order.compactMap { byID[$0] }
        if pendingOnly { shown = shown.filter(QueueOrder.needsDecision) }
        let terms = filter.split(separator: " ").map { $0.lowercased() }
        if !terms.isEmpty { shown = shown.filter { suggestion in terms.allSatisfy { QueueFilter.matches(suggestion, term: $0) } } }
        visibleQueue = shown
    }

    /// Whether keys that decide are being held back now (the selection has only just moved on its own).
    public var heldBack: Bool { holdBackUntil.map { now < $0 } ?? false }

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
