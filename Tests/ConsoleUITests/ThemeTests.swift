@testable import ConsoleUI
import Foundation
import Testing

/// Themes as data: the built-ins, their files under themes/, loading and
/// merging TOML, the errors a user sees, and colour depth.
@Suite struct ThemeTests {
    /// The repository's themes/ directory, found from this file's path.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    /// Parses theme text, expecting it to fail, and returns the error.
    func problems(in toml: String) -> ThemeError {
        do {
            let theme = try ThemeLoader.parse(toml, name: "test", file: "test.toml")
            Issue.record("expected an error, got \(theme)")
            return ThemeError(file: nil, problems: [])
        } catch {
            return error
        }
    }

    /// The error loading `path` gives, or nil (recorded as an issue) if it loads.
    func loadError(_ path: String) -> ThemeError? {
        do {
            let theme = try ThemeLoader.load(path, searchDirectories: [])
            Issue.record("expected an error, got \(theme)")
            return nil
        } catch {
            return error
        }
    }

    /// Writes `files` (name → contents) into a fresh temporary directory.
    func temporaryDirectory(with files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory.path
    }

    // MARK: Built-in themes

    @Test func everyBuiltInStylesEveryKey() throws {
        for name in Theme.builtInNames {
            let theme = try #require(Theme.builtIn(name), "\(name) is listed but not built in")
            #expect(theme.name == name)
            #expect(Set(theme.styles.keys) == Set(StyleKey.allCases), "\(name) misses keys")
        }
        #expect(Theme.builtIn("solarized") == nil)
    }

    @Test func missingKeysFallBackToTheDefaultTheme() throws {
        let defaults = try #require(Theme.builtIn("default"))
        let sparse = Theme(name: "sparse", styles: [.base: Style(attributes: .italic)])
        #expect(sparse[.base] == Style(attributes: .italic))
        for key in StyleKey.allCases where key != .base {
            #expect(sparse[key] == defaults[key])
        }
    }

    @Test func defaultThemeMakesTheDangerousStatesStandOut() throws {
        let theme = try #require(Theme.builtIn("default"))
        #expect(theme[.statusAuto] == Style(foreground: .ansi(0), background: .ansi(3), attributes: .bold))
        #expect(theme[.actionDelete] == Style(foreground: .ansi(1), attributes: .bold))
        #expect(theme[.evidence].attributes.isSuperset(of: [.bold, .underline]))
        #expect(theme[.selection].background != .default)
        #expect(theme[.statusBar].background != .default)
    }

    @Test func monoThemeUsesAttributesOnly() throws {
        let mono = try #require(Theme.builtIn("mono"))
        for key in StyleKey.allCases {
            #expect(mono[key].foreground == .default && mono[key].background == .default, "\(key) has a colour")
        }
        #expect(mono[.selection].attributes.contains(.reverse))
        #expect(mono[.statusAuto] != mono[.statusBar])
        #expect(mono[.actionDelete] != mono[.base])
    }

    @Test func highContrastReversesTheSelection() throws {
        let theme = try #require(Theme.builtIn("high-contrast"))
        #expect(theme[.selection].attributes.contains(.reverse))
        #expect(theme[.base] == Style(foreground: .ansi(15), background: .ansi(0)))
    }

    // MARK: Theme files

    @Test(arguments: Theme.builtInNames)
    func themeFileLoadsToItsBuiltIn(name: String) throws {
        let builtIn = try #require(Theme.builtIn(name))
        let path = "\(Self.themesDirectory)/\(name).toml"
        #expect(try ThemeLoader.load(path, searchDirectories: []) == builtIn)
        #expect(try ThemeLoader.load(name, searchDirectories: [Self.themesDirectory]) == builtIn)
    }

    /// Each file spells out every style in full, so a copy shows all of the
    /// theme: read over plain styles instead of its built-in, it still gives
    /// the built-in.
    @Test(arguments: Theme.builtInNames)
    func themeFileSpellsOutEveryStyle(name: String) throws {
        let builtIn = try #require(Theme.builtIn(name))
        let path = "\(Self.themesDirectory)/\(name).toml"
        let document = try ThemeDocument(toml: try String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(document.base == builtIn, "\(name).toml extends its own built-in")
        #expect(Set(document.patches.keys) == Set(StyleKey.allCases))
        for (key, patch) in document.patches {
            #expect(patch.applied(to: .plain) == builtIn[key], "\(name).toml, \(key.rawValue)")
        }
    }

    @Test func aNamedFileInASearchDirectoryWinsOverTheBuiltIn() throws {
        let first = try temporaryDirectory(with: ["light.toml": "[action]\ndelete = { fg = 196 }\n"])
        let second = try temporaryDirectory(with: ["light.toml": "[action]\ndelete = { fg = 21 }\n"])
        let theme = try ThemeLoader.load("light", searchDirectories: ["/nonexistent", first, second])
        #expect(theme.name == "light")
        #expect(theme[.actionDelete].foreground == .indexed(196))
        #expect(try ThemeLoader.load("mono", searchDirectories: [first]) == Theme.builtIn("mono"))
    }

    // MARK: Merging

    @Test func aPartialThemeMergesFieldByField() throws {
        let base = try #require(Theme.builtIn("high-contrast"))
        let theme = try ThemeLoader.parse("""
            extends = "high-contrast"
            [action]
            delete = { fg = "#ff5555" }
            flag = { bold = false, underline = true }
            [status]
            auto = { bg = "default" }
            """, name: "mine", file: "mine.toml")
        #expect(theme.name == "mine")
        #expect(theme[.actionDelete] == Style(foreground: .rgb(255, 85, 85), background: .ansi(0), attributes: .bold))
        #expect(theme[.actionFlag] == Style(foreground: .ansi(11), background: .ansi(0), attributes: .underline))
        #expect(theme[.statusAuto] == Style(foreground: .ansi(0), background: .default, attributes: .bold))
        for key in StyleKey.allCases where ![.actionDelete, .actionFlag, .statusAuto].contains(key) {
            #expect(theme[key] == base[key])
        }
    }

    @Test func withoutExtendsAThemeStartsFromDefault() throws {
        let theme = try ThemeLoader.parse("base = { fg = 250 }\n[queue.selected]\nreverse = true\n",
                                          name: "t", file: "t.toml")
        let defaults = try #require(Theme.builtIn("default"))
        #expect(theme[.base] == Style(foreground: .indexed(250)))
        #expect(theme[.selection] == Style(foreground: .ansi(15), background: .ansi(4), attributes: .reverse))
        #expect(theme[.actionMove] == defaults[.actionMove])
    }

    // MARK: Errors

    @Test func aMisspeltStyleKeyIsNamedWithASuggestion() throws {
        let error = problems(in: "[action]\ndlete = { fg = \"red\" }\n")
        #expect(error.problems.map(\.key) == ["action.dlete"])
        #expect(error.description.contains("action.dlete: unknown style key. Fix: did you mean action.delete?"))
        #expect(error.description.contains("the styles in [action] are allow, move, flag, delete, timeout, ban"))
    }

    @Test func anUnknownTopLevelKeyIsNamedWithASuggestion() throws {
        let error = problems(in: "[acton]\ndelete = { fg = \"red\" }\n")
        #expect(error.problems.first?.description
            == "acton: unknown key. Fix: did you mean action? Otherwise remove it; the top level holds extends, base, "
               + "action, audit, detail, dialog, filter, help, pane, queue, status, text.")
    }

    @Test func anUnknownStyleFieldIsNamed() throws {
        let error = problems(in: "[action]\ndelete = { colour = \"red\" }\n")
        #expect(error.problems.first?.key == "action.delete.colour")
        #expect(error.description.contains("unknown style field. Fix: remove it; a style's fields are fg, bg, bold, dim, reverse, underline, italic"))
        let misspelt = problems(in: "[action]\ndelete = { blod = true }\n")
        #expect(misspelt.description.contains("action.delete.blod: unknown style field. Fix: did you mean bold?"))
    }

    @Test func wrongTypesAreNamedWithTheValueAndAnExample() throws {
        let bool = problems(in: "[action]\ndelete = { bold = \"yes\" }\n")
        #expect(bool.problems.first?.description
            == "action.delete.bold = \"yes\": expected true or false, found a string. Fix: write it as bold = true.")
        let style = problems(in: "[action]\ndelete = \"red\"\n")
        #expect(style.problems.first?.description
            == "action.delete = \"red\": expected a style table, found a string. "
               + "Fix: write it as delete = { fg = \"red\", bold = true }.")
        let group = problems(in: "status = 3\n")
        #expect(group.problems.first?.description
            == "status = 3: expected a table, found an integer. Fix: write it as a [status] section.")
        let colour = problems(in: "[status]\nauto = { fg = true }\n")
        #expect(colour.problems.first?.description
            == "status.auto.fg = true: expected a colour, found true/false. Fix: write it as fg = \"red\".")
    }

    @Test func anUnknownColourNameSaysHowToWriteOne() throws {
        let error = problems(in: "[status]\nauto = { fg = \"purplish\" }\n")
        #expect(error.problems.first?.description
            == "status.auto.fg = \"purplish\": \"purplish\" is not a colour. "
               + "Fix: use a name such as \"magenta\", a number 0-255, or \"#rrggbb\".")
        let misspelt = problems(in: "[status]\nauto = { bg = \"magneta\" }\n")
        #expect(misspelt.description.contains("status.auto.bg = \"magneta\": \"magneta\" is not a colour. "
                                              + "Fix: did you mean \"magenta\"? Otherwise use a name"))
    }

    @Test func outOfRangeNumbersAndMalformedHexAreReported() throws {
        let number = problems(in: "[action]\nban = { bg = 300 }\n")
        #expect(number.problems.first?.description
            == "action.ban.bg = 300: 300 is out of range. "
               + "Fix: use an xterm colour number 0-255, a name such as \"magenta\", or \"#rrggbb\".")
        let negative = problems(in: "[action]\nban = { bg = -1 }\n")
        #expect(negative.description.contains("action.ban.bg = -1: -1 is out of range"))
        let hex = problems(in: "[action]\nban = { fg = \"#ff55\" }\n")
        #expect(hex.problems.first?.description
            == "action.ban.fg = \"#ff55\": \"#ff55\" is not a hex colour. "
               + "Fix: write \"#\" and six hex digits, two each for red, green and blue, e.g. \"#ff5555\".")
    }

    @Test func anUnknownExtendsIsReported() throws {
        let error = problems(in: "extends = \"hight-contrast\"\n")
        #expect(error.problems.first?.description
            == "extends = \"hight-contrast\": not a built-in theme. Fix: did you mean \"high-contrast\"? "
               + "Otherwise use one of \"default\", \"light\", \"high-contrast\", \"mono\" (a theme file cannot extend a file).")
        let wrongType = problems(in: "extends = 3\n")
        #expect(wrongType.description.contains("extends = 3: expected a string, found an integer. Fix: write it as extends = \"default\"."))
    }

    @Test func aSyntaxErrorGivesTheLine() throws {
        let error = problems(in: "extends = \"default\"\n[status\nauto = {}\n")
        #expect(error.problems.count == 1)
        #expect(error.problems.first?.key == "(syntax)")
        #expect(error.description.contains("line 2"))
        #expect(error.description.contains("expected ] to close the table header, found the end of the line at line 2, column 8"))
        #expect(error.description.contains("Fix: write the header as [name] on a line of its own"))
    }

    @Test func anUnreadableFileIsReported() throws {
        let missing = try #require(loadError("/nonexistent/dir/mine.toml"))
        #expect(missing.file == "/nonexistent/dir/mine.toml")
        #expect(missing.description == """
            theme file /nonexistent/dir/mine.toml: 1 problem
              - (file): cannot read the file: no such file. Fix: check the path, and that it names a readable UTF-8 text file.
            """)
        let directory = try temporaryDirectory(with: [:])
        try Data([0x23, 0xe9, 0xff, 0x0a]).write(to: URL(fileURLWithPath: directory + "/latin1.toml"))
        #expect(loadError(directory + "/latin1.toml")?.problems.first?.message == "cannot read the file: it is not UTF-8 text")
        #expect(loadError(directory + "/")?.problems.first?.message == "cannot read the file: it is a directory")
    }

    @Test func anUnknownNameListsTheThemesThatExist() throws {
        let directory = try temporaryDirectory(with: ["solar.toml": "", "notes.txt": ""])
        do {
            _ = try ThemeLoader.load("solr", searchDirectories: [directory])
            Issue.record("expected an error")
        } catch {
            #expect(error.file == nil)
            let problem = try #require(error.problems.first)
            #expect(problem.key == "theme" && problem.value == "\"solr\"")
            #expect(problem.message == "no theme file solr.toml (looked in \(directory)) and no built-in theme of that name")
            #expect(problem.fix == "did you mean \"solar\"? Otherwise use one of \"default\", \"light\", "
                    + "\"high-contrast\", \"mono\", \"solar\", or a path to a .toml file")
        }
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let error = problems(in: """
            extends = "nope"
            [status]
            auto = { fg = "purplish", bg = 999 }
            [action]
            dlete = { fg = "red" }
            move = { bold = 1 }
            """)
        #expect(error.problems.map(\.key) == ["action.dlete", "action.move.bold", "extends", "status.auto.bg", "status.auto.fg"])
        #expect(error.description.hasPrefix("theme file test.toml: 5 problems\n  - action.dlete: unknown style key."))
        #expect(error.description.split(separator: "\n").count == 6)
    }

    // MARK: Colours

    @Test func colourSpellings() {
        #expect(ThemeLoader.parseColor("default") == .default)
        #expect(ThemeLoader.parseColor("red") == .ansi(1))
        #expect(ThemeLoader.parseColor("white") == .ansi(7))
        #expect(ThemeLoader.parseColor("bright-red") == .ansi(9))
        #expect(ThemeLoader.parseColor("Bright-Cyan") == .ansi(14))
        #expect(ThemeLoader.parseColor("bright-white") == .ansi(15))
        #expect(ThemeLoader.parseColor("grey") == .ansi(8))
        #expect(ThemeLoader.parseColor("gray") == .ansi(8))
        #expect(ThemeLoader.parseColor("7") == .ansi(7), "0-15 are the ANSI colours")
        #expect(ThemeLoader.parseColor("208") == .indexed(208))
        #expect(ThemeLoader.parseColor("#ff8000") == .rgb(255, 128, 0))
        #expect(ThemeLoader.parseColor(" #FF8000 ") == .rgb(255, 128, 0))
        for bad in ["purplish", "bright-grey", "brightred", "256", "-1", "#ff80", "#ff80001", "#gg0000", "", "#"] {
            #expect(ThemeLoader.parseColor(bad) == nil, "\(bad)")
        }
    }

    @Test func colourNumbersInTOML() throws {
        let theme = try ThemeLoader.parse("[action]\nmove = { fg = 9, bg = 17 }\n", name: "t", file: "t.toml")
        #expect(theme[.actionMove] == Style(foreground: .ansi(9), background: .indexed(17)))
    }

    // MARK: Colour depth

    struct DepthCase: CustomTestStringConvertible {
        var environment: [String: String]
        var terminfo: Int
        var expected: ColorDepth
        var testDescription: String { "\(environment) terminfo \(terminfo)" }
    }

    static let depthCases: [DepthCase] = [
        .init(environment: ["NO_COLOR": "1", "TERM": "xterm-256color"], terminfo: 256, expected: .mono),
        .init(environment: ["NO_COLOR": "", "TERM": "xterm-256color"], terminfo: 256, expected: .full256),
        .init(environment: ["TERM": "dumb"], terminfo: 256, expected: .mono),
        .init(environment: ["TERM": "dumb"], terminfo: -1, expected: .mono),
        .init(environment: ["TERM": "xterm-256color"], terminfo: 256, expected: .full256),
        .init(environment: ["TERM": "xterm"], terminfo: 8, expected: .eight),
        .init(environment: ["TERM": "xterm-16color"], terminfo: 16, expected: .sixteen),
        .init(environment: ["TERM": "xterm-88color"], terminfo: 88, expected: .sixteen),
        .init(environment: ["TERM": "vt100"], terminfo: 0, expected: .mono),
        .init(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"], terminfo: 256, expected: .full256),
        .init(environment: ["TERM": "xterm-direct", "COLORTERM": "24bit"], terminfo: 16_777_216, expected: .full256),
        // The environment never raises what terminfo declares.
        .init(environment: ["TERM": "xterm", "COLORTERM": "truecolor"], terminfo: 8, expected: .eight),
        .init(environment: ["TERM": "screen", "TMUX": "/tmp/tmux-0/default,1,0"], terminfo: 256, expected: .sixteen),
        .init(environment: ["TERM": "screen", "TMUX": "/tmp/tmux-0/default,1,0"], terminfo: 8, expected: .eight),
        .init(environment: ["TERM": "tmux", "TMUX": "/tmp/tmux-0/default,1,0"], terminfo: 256, expected: .sixteen),
        .init(environment: ["TERM": "tmux-256color", "TMUX": "/tmp/tmux-0/default,1,0"], terminfo: 256, expected: .full256),
        .init(environment: ["TERM": "screen"], terminfo: 256, expected: .full256),
    ]

    @Test(arguments: depthCases)
    func depthDetection(_ depthCase: DepthCase) {
        #expect(ColorDepth.detect(environment: depthCase.environment, terminfoColors: depthCase.terminfo)
                == depthCase.expected)
    }

    @Test func depthsAreOrderedByColourCount() {
        #expect(ColorDepth.mono < .eight && ColorDepth.eight < .sixteen && ColorDepth.sixteen < .full256)
    }

    // MARK: Degradation

    @Test func rgbBecomesTheNearestXtermColourAt256() {
        let expected: [(Color, UInt8)] = [
            (.rgb(255, 0, 0), 196), (.rgb(0, 0, 0), 16), (.rgb(255, 255, 255), 231),
            (.rgb(0x5f, 0x87, 0xaf), 67), (.rgb(255, 135, 0), 208), (.rgb(255, 85, 85), 203),
            (.rgb(128, 128, 128), 244), (.rgb(0x1c, 0x1c, 0x1c), 234), (.rgb(0x30, 0x30, 0x31), 236),
        ]
        for (color, index) in expected {
            #expect(ColorDepth.full256.resolve(color) == .indexed(index), "\(color)")
        }
        #expect(ColorDepth.full256.resolve(.ansi(9)) == .ansi(9))
        #expect(ColorDepth.full256.resolve(.indexed(130)) == .indexed(130))
        #expect(ColorDepth.full256.resolve(.default) == .default)
    }

    /// Pure red is bright red (9) at 16 colours: the reference shade of red
    /// (1) is #800000.
    @Test func coloursBecomeTheNearestANSIColourAt16() {
        #expect(ColorDepth.sixteen.resolve(.rgb(255, 0, 0)) == .ansi(9))
        #expect(ColorDepth.sixteen.resolve(.rgb(0x80, 0, 0)) == .ansi(1))
        #expect(ColorDepth.sixteen.resolve(.indexed(196)) == .ansi(9))
        #expect(ColorDepth.sixteen.resolve(.indexed(244)) == .ansi(8))
        #expect(ColorDepth.sixteen.resolve(.indexed(220)) == .ansi(11))
        #expect(ColorDepth.sixteen.resolve(.indexed(4)) == .ansi(4))
        #expect(ColorDepth.sixteen.resolve(.ansi(12)) == .ansi(12))
        #expect(ColorDepth.sixteen.resolve(.default) == .default)
    }

    @Test func brightColoursFoldToNormalAt8() {
        #expect(ColorDepth.eight.resolve(.ansi(9)) == .ansi(1))
        #expect(ColorDepth.eight.resolve(.ansi(15)) == .ansi(7))
        #expect(ColorDepth.eight.resolve(.ansi(8)) == .ansi(7), "grey becomes white, not black")
        #expect(ColorDepth.eight.resolve(.ansi(3)) == .ansi(3))
        #expect(ColorDepth.eight.resolve(.rgb(255, 0, 0)) == .ansi(1))
        #expect(ColorDepth.eight.resolve(.rgb(0x55, 0x55, 0xff)) == .ansi(4), "light blue stays blue")
        #expect(ColorDepth.eight.resolve(.indexed(220)) == .ansi(3))
        #expect(ColorDepth.eight.resolve(.default) == .default)
    }

    @Test func everyThemeFitsEveryDepth() throws {
        for name in Theme.builtInNames {
            let theme = try #require(Theme.builtIn(name))
            for (depth, limit) in [(ColorDepth.eight, 8), (.sixteen, 16)] {
                for key in StyleKey.allCases {
                    let style = depth.resolve(theme[key])
                    for color in [style.foreground, style.background] {
                        switch color {
                        case .default: break
                        case .ansi(let index): #expect(Int(index) < limit, "\(name) \(key) at \(depth)")
                        default: Issue.record("\(name) \(key) at \(depth): \(color)")
                        }
                    }
                }
            }
        }
    }

    @Test func monoDropsColoursAndReversesBackgrounds() throws {
        let theme = try #require(Theme.builtIn("default"))
        #expect(ColorDepth.mono.resolve(.rgb(1, 2, 3)) == .default)
        #expect(ColorDepth.mono.resolve(.ansi(1)) == .default)
        #expect(ColorDepth.mono.resolve(theme[.selection]) == Style(attributes: .reverse),
                "a background-only style stays visible as reverse video")
        #expect(ColorDepth.mono.resolve(theme[.statusAuto]) == Style(attributes: [.bold, .reverse]))
        #expect(ColorDepth.mono.resolve(theme[.actionDelete]) == Style(attributes: .bold),
                "foreground colours are dropped, attributes kept")
        #expect(ColorDepth.mono.resolve(theme[.actionMove]) == .plain)
        #expect(ColorDepth.sixteen.resolve(theme[.evidence]) == theme[.evidence])
    }

    @Test func monoResolvesAThemeAgainstItsOwnBackground() throws {
        let theme = ColorDepth.mono.resolve(try #require(Theme.builtIn("high-contrast")))
        #expect(theme[.base] == .plain, "the black canvas is not a highlight")
        #expect(theme[.paneBorder] == .plain)
        #expect(theme[.selection] == Style(attributes: [.bold, .reverse]))
        #expect(theme[.statusBar] == Style(attributes: [.bold, .reverse]))
        let defaults = ColorDepth.mono.resolve(try #require(Theme.builtIn("default")))
        #expect(defaults[.selection] == Style(attributes: .reverse))
    }
}
