/// A colour as a theme names it. `.default` is the terminal's own colour.
public enum Color: Sendable, Hashable {
    case `default`
    /// One of the 16 ANSI colours: 0-7 normal, 8-15 bright.
    case ansi(UInt8)
    /// One of the 256 xterm colours.
    case indexed(UInt8)
    /// A 24-bit colour, shown as the nearest of the colours the terminal has.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that survive NO_COLOR and monochrome terminals.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How one kind of text looks: foreground, background, attributes.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
}

/// The semantic names themes give styles to (`status.auto = { fg = "black", bg = "yellow", bold = true }`).
/// Views ask for a key, never for a colour, so a theme changes everything at once.
public enum StyleKey: String, CaseIterable, Sendable, Hashable {
    /// Ordinary text in the panes.
    case base = "base"
    case statusBar = "status.bar"
    case statusManual = "status.manual"
    case statusAuto = "status.auto"
    case statusDryRun = "status.dry_run"
    case statusWarning = "status.warning"
    case paneBorder = "pane.border"
    case paneTitle = "pane.title"
    case paneTitleFocused = "pane.title_focused"
    case selection = "queue.selected"
    /// Allowed messages: dimmed but present.
    case allowed = "queue.allowed"
    /// Suggestions a moderator dismissed (chose allow): set apart from the classifier's own allows.
    case dismissed = "queue.dismissed"
    /// Actions that were undone: set apart from the ones that stand.
    case reverted = "queue.reverted"
    case actionAllow = "action.allow"
    case actionMove = "action.move"
    case actionFlag = "action.flag"
    case actionDelete = "action.delete"
    case actionTimeout = "action.timeout"
    case actionBan = "action.ban"
    /// Secondary text: times, channel names, hints.
    case muted = "text.muted"
    case detailLabel = "detail.label"
    /// Words of the message that drove the verdict.
    case evidence = "detail.evidence"
    case countdown = "detail.countdown"
    case resultOK = "audit.ok"
    case resultFailed = "audit.failed"
    case dialog = "dialog.body"
    case dialogTitle = "dialog.title"
    case dialogDanger = "dialog.danger"
    case help = "help.body"
    case helpKey = "help.key"
    case filter = "filter.prompt"
}
