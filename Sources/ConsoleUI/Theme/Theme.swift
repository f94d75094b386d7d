/// A set of styles, one per `StyleKey`: what every part of the console looks like.
///
/// Themes are data: views ask for a semantic key and the theme answers with a
/// style, so one theme changes the whole console. The built-in themes are
/// defined in Swift, so the binary works with no files; a TOML file (see
/// `ThemeLoader`) changes any of them field by field.
public struct Theme: Sendable, Equatable {
    /// The theme's name: a built-in name, or a theme file's name without `.toml`.
    public var name: String

    /// The styles this theme sets. A key missing here is not an error: it
    /// looks as in the built-in default theme (see the subscript).
    public var styles: [StyleKey: Style]

    /// Makes a theme from the styles it sets; keys left out fall back to the
    /// built-in default theme.
    public init(name: String, styles: [StyleKey: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `key`. Never missing: a key the theme leaves out looks as
    /// in the built-in default theme, so views need no fallback of their own.
    public subscript(key: StyleKey) -> Style {
        styles[key] ?? BuiltInPalette.dark(key)
    }

    /// The names `builtIn(_:)` knows, in the order a menu or an error message
    /// should list them.
    public static let builtInNames = ["default", "light", "high-contrast", "mono"]

    /// The built-in theme called `name`, with a style for every key, or nil if
    /// no built-in has that name.
    public static func builtIn(_ name: String) -> Theme? {
        BuiltInPalette.named(name).map { Theme(name: name, palette: $0) }
    }

    /// The built-in default theme, for code that needs one without a lookup.
    static let standard = Theme(name: "default", palette: BuiltInPalette.dark)

    /// A complete theme: every key styled by `palette`.
    private init(name: String, palette: (StyleKey) -> Style) {
        self.init(name: name, styles: Dictionary(uniqueKeysWithValues: StyleKey.allCases.map { ($0, palette($0)) }))
    }
}

/// The four built-in themes. Each is one exhaustive `switch` over `StyleKey`,
/// so the compiler proves every key has a style in every built-in theme.
/// `themes/*.toml` spell the same values out for people to copy; a test keeps
/// the two equal.
private enum BuiltInPalette {
    /// The palette for a built-in theme name, or nil.
    static func named(_ name: String) -> ((StyleKey) -> Style)? {
        switch name {
        case "default": return dark
        case "light": return light
        case "high-contrast": return highContrast
        case "mono": return mono
        default: return nil
        }
    }

    // The 16 ANSI colours: their exact shades are the terminal's own choice,
    // which is why the dark and high-contrast themes stick to them.
    static let black = Color.ansi(0)
    static let red = Color.ansi(1)
    static let green = Color.ansi(2)
    static let yellow = Color.ansi(3)
    static let blue = Color.ansi(4)
    static let magenta = Color.ansi(5)
    static let cyan = Color.ansi(6)
    static let white = Color.ansi(7)
    static let grey = Color.ansi(8)
    static let brightRed = Color.ansi(9)
    static let brightGreen = Color.ansi(10)
    static let brightYellow = Color.ansi(11)
    static let brightBlue = Color.ansi(12)
    static let brightMagenta = Color.ansi(13)
    static let brightCyan = Color.ansi(14)
    static let brightWhite = Color.ansi(15)

    // Darker xterm-256 shades for light backgrounds, where ANSI yellow, cyan
    // and green are hard to read. On 16-colour terminals they degrade to the
    // nearest ANSI colour of the same hue.
    static let deepBlue = Color.indexed(25)       // #005faf
    static let deepTeal = Color.indexed(30)       // #008787
    static let deepGreen = Color.indexed(28)      // #008700
    static let ochre = Color.indexed(130)         // #af5f00
    static let deepRed = Color.indexed(160)       // #d70000
    static let plum = Color.indexed(127)          // #af00af
    static let gold = Color.indexed(220)          // #ffd700
    static let paleBlue = Color.indexed(153)      // #afd7ff
    static let lightGrey = Color.indexed(252)     // #d0d0d0
    static let midGrey = Color.indexed(248)       // #a8a8a8
    static let darkGrey = Color.indexed(242)      // #6c6c6c

    /// Shorthand for the tables below: `style(fg: black, bg: yellow, .bold)`.
    static func style(fg: Color = .default, bg: Color = .default, _ attributes: TextAttributes = []) -> Style {
        Style(foreground: fg, background: bg, attributes: attributes)
    }

    /// "default": for dark terminals, on the terminal's own background.
    static func dark(_ key: StyleKey) -> Style {
        switch key {
        case .base: return style()
        case .statusBar: return style(fg: black, bg: white)
        case .statusManual: return style(fg: black, bg: green, .bold)
        case .statusAuto: return style(fg: black, bg: yellow, .bold)
        case .statusDryRun: return style(fg: black, bg: magenta, .bold)
        case .statusWarning: return style(fg: brightWhite, bg: red, .bold)
        case .paneBorder: return style(fg: grey)
        case .paneTitle: return style(.bold)
        case .paneTitleFocused: return style(fg: brightCyan, .bold)
        case .selection: return style(fg: brightWhite, bg: blue)
        case .allowed: return style(.dim)
        case .dismissed: return style([.dim, .italic])
        case .reverted: return style(fg: brightBlue, .italic)
        case .actionAllow: return style(fg: green)
        case .actionMove: return style(fg: cyan)
        case .actionFlag: return style(fg: yellow)
        case .actionDelete: return style(fg: red, .bold)
        case .actionTimeout: return style(fg: magenta, .bold)
        case .actionBan: return style(fg: brightWhite, bg: red, .bold)
        case .muted: return style(fg: grey)
        case .detailLabel: return style(.bold)
        case .evidence: return style(fg: yellow, [.bold, .underline])
        case .countdown: return style(fg: brightYellow, .bold)
        case .resultOK: return style(fg: green)
        case .resultFailed: return style(fg: red, .bold)
        case .dialog: return style()
        case .dialogTitle: return style(.bold)
        case .dialogDanger: return style(fg: red, .bold)
        case .help: return style()
        case .helpKey: return style(fg: cyan, .bold)
        case .filter: return style(fg: cyan, .bold)
        }
    }

    /// "light": for light terminals; darker foregrounds, pale highlights.
    static func light(_ key: StyleKey) -> Style {
        switch key {
        case .base: return style()
        case .statusBar: return style(fg: black, bg: lightGrey)
        case .statusManual: return style(fg: brightWhite, bg: deepGreen, .bold)
        case .statusAuto: return style(fg: black, bg: gold, .bold)
        case .statusDryRun: return style(fg: brightWhite, bg: plum, .bold)
        case .statusWarning: return style(fg: brightWhite, bg: deepRed, .bold)
        case .paneBorder: return style(fg: midGrey)
        case .paneTitle: return style(.bold)
        case .paneTitleFocused: return style(fg: deepBlue, .bold)
        case .selection: return style(fg: black, bg: paleBlue)
        case .allowed: return style(fg: darkGrey)
        case .dismissed: return style(fg: darkGrey, .italic)
        case .reverted: return style(fg: deepBlue, .italic)
        case .actionAllow: return style(fg: deepGreen)
        case .actionMove: return style(fg: deepTeal)
        case .actionFlag: return style(fg: ochre)
        case .actionDelete: return style(fg: deepRed, .bold)
        case .actionTimeout: return style(fg: plum, .bold)
        case .actionBan: return style(fg: brightWhite, bg: deepRed, .bold)
        case .muted: return style(fg: darkGrey)
        case .detailLabel: return style(.bold)
        case .evidence: return style(fg: ochre, [.bold, .underline])
        case .countdown: return style(fg: deepRed, .bold)
        case .resultOK: return style(fg: deepGreen)
        case .resultFailed: return style(fg: deepRed, .bold)
        case .dialog: return style()
        case .dialogTitle: return style(fg: deepBlue, .bold)
        case .dialogDanger: return style(fg: deepRed, .bold)
        case .help: return style()
        case .helpKey: return style(fg: deepBlue, .bold)
        case .filter: return style(fg: deepBlue, .bold)
        }
    }

    /// "high-contrast": bright white on black everywhere (painted explicitly,
    /// so it looks the same on any terminal), bold accents, reverse selection.
    static func highContrast(_ key: StyleKey) -> Style {
        switch key {
        case .base: return style(fg: brightWhite, bg: black)
        case .statusBar: return style(fg: black, bg: brightWhite, .bold)
        case .statusManual: return style(fg: black, bg: brightGreen, .bold)
        case .statusAuto: return style(fg: black, bg: brightYellow, .bold)
        case .statusDryRun: return style(fg: black, bg: brightMagenta, .bold)
        case .statusWarning: return style(fg: black, bg: brightRed, .bold)
        case .paneBorder: return style(fg: brightWhite, bg: black)
        case .paneTitle: return style(fg: brightWhite, bg: black, .bold)
        case .paneTitleFocused: return style(fg: brightCyan, bg: black, [.bold, .underline])
        case .selection: return style(fg: brightWhite, bg: black, [.bold, .reverse])
        case .allowed: return style(fg: white, bg: black)
        case .dismissed: return style(fg: white, bg: black, .italic)
        case .reverted: return style(fg: brightWhite, bg: black, [.italic, .underline])
        case .actionAllow: return style(fg: brightGreen, bg: black, .bold)
        case .actionMove: return style(fg: brightCyan, bg: black, .bold)
        case .actionFlag: return style(fg: brightYellow, bg: black, .bold)
        case .actionDelete: return style(fg: brightRed, bg: black, .bold)
        case .actionTimeout: return style(fg: brightMagenta, bg: black, .bold)
        case .actionBan: return style(fg: black, bg: brightRed, .bold)
        case .muted: return style(fg: white, bg: black)
        case .detailLabel: return style(fg: brightWhite, bg: black, .bold)
        case .evidence: return style(fg: brightYellow, bg: black, [.bold, .underline])
        case .countdown: return style(fg: brightYellow, bg: black, .bold)
        case .resultOK: return style(fg: brightGreen, bg: black, .bold)
        case .resultFailed: return style(fg: brightRed, bg: black, .bold)
        case .dialog: return style(fg: brightWhite, bg: black)
        case .dialogTitle: return style(fg: brightWhite, bg: black, [.bold, .underline])
        case .dialogDanger: return style(fg: brightRed, bg: black, .bold)
        case .help: return style(fg: brightWhite, bg: black)
        case .helpKey: return style(fg: brightCyan, bg: black, .bold)
        case .filter: return style(fg: brightYellow, bg: black, .bold)
        }
    }

    /// "mono": attributes only, for NO_COLOR users and monochrome terminals.
    /// The status bar is reversed; badges that must stand out in it (auto,
    /// warning) switch back to normal video, which is the loudest change
    /// available without colour.
    static func mono(_ key: StyleKey) -> Style {
        switch key {
        case .base: return style()
        case .statusBar: return style(.reverse)
        case .statusManual: return style([.reverse, .bold])
        case .statusAuto: return style([.bold, .underline])
        case .statusDryRun: return style([.reverse, .underline])
        case .statusWarning: return style(.bold)
        case .paneBorder: return style(.dim)
        case .paneTitle: return style(.bold)
        case .paneTitleFocused: return style([.bold, .reverse])
        case .selection: return style(.reverse)
        case .allowed: return style(.dim)
        case .dismissed: return style([.dim, .italic])
        case .reverted: return style(.italic)
        case .actionAllow: return style()
        case .actionMove: return style(.underline)
        case .actionFlag: return style(.bold)
        case .actionDelete: return style([.bold, .underline])
        case .actionTimeout: return style([.bold, .underline])
        case .actionBan: return style([.bold, .reverse])
        case .muted: return style(.dim)
        case .detailLabel: return style(.bold)
        case .evidence: return style([.bold, .underline])
        case .countdown: return style(.bold)
        case .resultOK: return style()
        case .resultFailed: return style([.bold, .underline])
        case .dialog: return style()
        case .dialogTitle: return style(.bold)
        case .dialogDanger: return style([.bold, .reverse])
        case .help: return style()
        case .helpKey: return style(.bold)
        case .filter: return style(.bold)
        }
    }
}
