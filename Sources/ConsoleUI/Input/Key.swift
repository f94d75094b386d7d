/// A key press, as the console understands it (the terminal maps its codes to these).
public enum Key: Sendable, Hashable, CustomStringConvertible {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    /// Ctrl-C in raw mode.
    case interrupt

    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .interrupt: return "Ctrl-C"
        }
    }
}

/// What a key asks the console to do.
public enum KeyAction: Sendable, Hashable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case nextPending, previousPending
    case approve
    case choose(ModerationChoice)
    /// Ban and delete the author's messages from the last 7 days.
    case banDeletingRecent
    case undo, undoLast, veto, toggleAuto
    case toggleMark, markAll
    case reason, toggleDM, note, copyLink, authorView
    case showArrivals, pendingOnly, cycleSort
    case filter, clearFilter
    case nextPane, previousPane
    case help, quit

    /// Whether the key decides on a suggestion: such keys act only on the focused queue, and not while held back.
    public var decides: Bool {
        switch self {
        case .approve, .choose, .banDeletingRecent, .undo, .undoLast, .veto: return true
        default: return false
        }
    }
}

/// The actions a moderator can choose with a key.
public enum ModerationChoice: String, Sendable, Hashable, CaseIterable {
    case move, flag, delete, allow, timeout, ban
}

/// One binding of the key table: the keys, what they do, and how help shows them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: KeyAction
    public var summary: String
    /// Changes Discord or the mode in a way that cannot be undone: asks for confirmation.
    public var dangerous: Bool
    public var inHelp: Bool

    /// How help names the keys: "j ↓".
    public var label: String { keys.map(\.description).joined(separator: " ") }
}

/// The one key table: dispatch and the `?` help are both made from it, so
/// they cannot drift apart.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, summary: "next item", dangerous: false, inHelp: true),
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, summary: "previous item", dangerous: false, inHelp: true),
        KeyBinding(keys: [.pageDown], action: .pageDown, summary: "page down", dangerous: false, inHelp: true),
        KeyBinding(keys: [.pageUp], action: .pageUp, summary: "page up", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("g"), .home], action: .top, summary: "first item", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("G"), .end], action: .bottom, summary: "last item", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("n")], action: .nextPending, summary: "next item waiting for a decision", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("N")], action: .previousPending, summary: "previous item waiting for a decision", dangerous: false, inHelp: true),
        KeyBinding(keys: [.enter, .character("y")], action: .approve, summary: "approve the suggested action", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("m")], action: .choose(.move), summary: "move to the jobs channel instead", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("f")], action: .choose(.flag), summary: "flag for review instead", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("d")], action: .choose(.delete), summary: "delete instead", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("a")], action: .choose(.allow), summary: "allow (dismiss; u reopens)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("t")], action: .choose(.timeout), summary: "time the author out (moderator only)", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("b")], action: .choose(.ban), summary: "ban the author, deleting this message (moderator only)", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("B")], action: .banDeletingRecent, summary: "ban and delete their messages of the last 7 days", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("u")], action: .undo, summary: "undo a done action, or reopen a dismissed one", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("z")], action: .undoLast, summary: "undo the last decision made in this console", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("x")], action: .veto, summary: "veto a pending auto action", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character(" ")], action: .toggleMark, summary: "mark for a bulk decision (then an action key)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("V")], action: .markAll, summary: "mark every visible item (again: clear)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("R")], action: .reason, summary: "reason for the next decision (told to the author)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("M")], action: .toggleDM, summary: "next decision: DM the author or not", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("i")], action: .note, summary: "private note on the case", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("c")], action: .copyLink, summary: "copy the message's link (OSC 52)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("o")], action: .authorView, summary: "the author: all their messages (Esc returns)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("r")], action: .showArrivals, summary: "show new arrivals in their place", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("p")], action: .pendingOnly, summary: "only items waiting for a decision (again: all)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("s")], action: .cycleSort, summary: "sort: triage, age, severity, confidence, channel", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("A")], action: .toggleAuto, summary: "turn auto mode on or off", dangerous: true, inHelp: true),
        KeyBinding(keys: [.character("/")], action: .filter, summary: "filter: text, @author, #channel, action or state", dangerous: false, inHelp: true),
        KeyBinding(keys: [.escape], action: .clearFilter, summary: "clear marks, then the filter; close help, dialogs, author view", dangerous: false, inHelp: true),
        KeyBinding(keys: [.tab], action: .nextPane, summary: "next pane (decisions act on the queue)", dangerous: false, inHelp: true),
        KeyBinding(keys: [.backTab], action: .previousPane, summary: "previous pane", dangerous: false, inHelp: false),
        KeyBinding(keys: [.character("?")], action: .help, summary: "this help", dangerous: false, inHelp: true),
        KeyBinding(keys: [.character("q"), .interrupt], action: .quit, summary: "quit (the terminal is restored)", dangerous: false, inHelp: true),
    ]

    /// The binding for a key, if any.
    public static func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
    }
}
