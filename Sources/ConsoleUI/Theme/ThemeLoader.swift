import Engine
import Foundation

/// Loads themes from TOML files, merged over a built-in theme, and checks
/// them: every problem in a file is reported at once, each naming the key,
/// the bad value and the fix.
///
/// A theme file looks like this (see themes/README.md):
/// ```toml
/// extends = "default"          # optional: the built-in to start from
/// base = { fg = "default" }    # "base" is the one top-level style
/// [status]
/// auto = { fg = "black", bg = "yellow", bold = true }
/// [action]
/// delete = { fg = "#ff5555", bold = true }
/// ```
public enum ThemeLoader {
    /// The theme `nameOrPath` names.
    ///
    /// A value containing "/" or ending in ".toml" is a file path. Anything
    /// else is a name, looked up as `<directory>/<name>.toml` in
    /// `searchDirectories` in order, then among the built-ins, so a user file
    /// called default.toml replaces the built-in default.
    public static func load(_ nameOrPath: String, searchDirectories: [String]) throws(ThemeError) -> Theme {
        if isPath(nameOrPath) { return try loadFile(at: nameOrPath) }
        for directory in searchDirectories {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(nameOrPath + ".toml").path
            if FileManager.default.fileExists(atPath: path) { return try loadFile(at: path, name: nameOrPath) }
        }
        if let theme = Theme.builtIn(nameOrPath) { return theme }
        throw unknownTheme(nameOrPath, searchDirectories: searchDirectories)
    }

    /// The theme in TOML `text`, named `name`; `file` is only used to name the
    /// file in errors.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let document = try ThemeDocument(toml: text, file: file)
        var styles = document.base.styles
        for (key, patch) in document.patches { styles[key] = patch.applied(to: document.base[key]) }
        return Theme(name: name, styles: styles)
    }

    /// The colour a theme file's string means: "default", a name ("red",
    /// "bright-red", "grey"), an xterm number "0"-"255", or "#rrggbb". Nil if
    /// the text is none of these. Numbers 0-15 are ANSI colours, so they come
    /// back as `.ansi`.
    public static func parseColor(_ text: String) -> Color? {
        try? ColorSpelling.parse(text).get()
    }

    /// True if `nameOrPath` names a file rather than a theme.
    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    }

    /// Reads and parses one file; the theme is named after the file unless
    /// `name` is given.
    static func loadFile(at path: String, name: String? = nil) throws(ThemeError) -> Theme {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ThemeError(file: path, problems: [.init(
                key: "(file)", value: nil, message: "cannot read the file: \(unreadableReason(path))",
                fix: "check the path, and that it names a readable UTF-8 text file")])
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name ?? stem, file: path)
    }

    /// Why `path` could not be read, in words (Foundation's own error says
    /// little on Linux).
    static func unreadableReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return "it is not UTF-8 text"
    }

    /// The error for a name that is neither a file in the search directories
    /// nor a built-in, listing the names that would work.
    static func unknownTheme(_ name: String, searchDirectories: [String]) -> ThemeError {
        let fileNames = searchDirectories.flatMap(themeNames(in:))
        let known = Theme.builtInNames + fileNames.filter { !Theme.builtInNames.contains($0) }
        let looked = searchDirectories.isEmpty ? "" : " (looked in \(searchDirectories.joined(separator: ", ")))"
        return ThemeError(file: nil, problems: [.init(
            key: "theme", value: "\"\(name)\"",
            message: "no theme file \(name).toml\(looked) and no built-in theme of that name",
            fix: didYouMean(name, among: known, quoted: true)
                + "use one of \(known.map { "\"\($0)\"" }.joined(separator: ", ")), or a path to a .toml file")])
    }

    /// Names of the `.toml` files in `directory`, sorted; none if it cannot be read.
    static func themeNames(in directory: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }.sorted()
    }

    /// The built-in names as a fix: `use one of "default", "light", ...`.
    static var builtInList: String {
        "use one of " + Theme.builtInNames.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}

/// Everything wrong with a theme, so a user can fix it in one go.
public struct ThemeError: Error, Sendable, CustomStringConvertible {
    /// One thing wrong, with what to do about it.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Dotted key path (`action.delete`, `status.auto.fg`), or `(syntax)`,
        /// `(file)` or `theme` for problems that belong to no key.
        public var key: String
        /// The offending value as written in the file, if there is one.
        public var value: String?
        /// What is wrong.
        public var message: String
        /// What to write instead.
        public var fix: String

        /// Makes a problem; see the properties.
        public init(key: String, value: String?, message: String, fix: String) {
            self.key = key
            self.value = value
            self.message = message
            self.fix = fix
        }

        /// `status.auto.fg = "purplish": "purplish" is not a colour. Fix: use a name such as ...`
        public var description: String {
            "\(key)\(value.map { " = \($0)" } ?? ""): \(message). Fix: \(fix)."
        }
    }

    /// The theme file the problems are in, or nil when no file was found.
    public var file: String?
    /// Every problem found, in file order by key.
    public var problems: [Problem]

    /// Makes an error; see the properties.
    public init(file: String?, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// A header naming the file, then one problem per line.
    public var description: String {
        let header = "theme" + (file.map { " file \($0)" } ?? "") + ": "
            + (problems.count == 1 ? "1 problem" : "\(problems.count) problems")
        return ([header] + problems.map { "  - \($0)" }).joined(separator: "\n")
    }
}

/// What one file sets for one style. Fields it leaves out come from the
/// theme it extends, so `delete = { fg = "red" }` keeps the base's bold.
struct StylePatch: Equatable {
    var foreground: Color?
    var background: Color?
    /// Attributes the file turns on.
    var added: TextAttributes = []
    /// Attributes the file turns off (`bold = false`).
    var removed: TextAttributes = []

    /// `style` with this patch's fields written over it.
    func applied(to style: Style) -> Style {
        Style(foreground: foreground ?? style.foreground,
              background: background ?? style.background,
              attributes: style.attributes.union(added).subtracting(removed))
    }
}

/// A theme file read and checked, before it is merged over its base.
struct ThemeDocument {
    /// The built-in theme the file extends.
    var base = Theme.standard
    /// The styles the file sets, field by field.
    var patches: [StyleKey: StylePatch] = [:]
    private var problems: [ThemeError.Problem] = []

    /// The fields a style table may have.
    static let attributeFields: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]
    static let styleFields = ["fg", "bg"] + attributeFields.map(\.name)

    /// The tables style keys are grouped in: "action" for "action.delete".
    static let groups = Set(StyleKey.allCases.compactMap { key in
        key.rawValue.firstIndex(of: ".").map { String(key.rawValue[..<$0]) }
    }).sorted()

    /// Parses and checks `text`, throwing every problem found.
    init(toml text: String, file: String) throws(ThemeError) {
        let table = try Self.parseTOML(text, file: file)
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            readTopLevel(key, value)
        }
        if !problems.isEmpty { throw ThemeError(file: file, problems: problems) }
    }

    /// The TOML table in `text`, or the syntax error with its line and column.
    private static func parseTOML(_ text: String, file: String) throws(ThemeError) -> [String: TOMLValue] {
        switch TOMLText.parse(text) {
        case .success(let table):
            return table
        case .failure(let problem):
            throw ThemeError(file: file, problems: [.init(key: "(syntax)", value: nil, message: problem.message, fix: problem.fix)])
        }
    }

    /// `extends`, a group table such as `[action]`, or the `base` style.
    private mutating func readTopLevel(_ key: String, _ value: TOMLValue) {
        if key == "extends" {
            readExtends(value)
        } else if Self.groups.contains(key) {
            readGroup(key, value)
        } else if let styleKey = StyleKey(rawValue: key) {
            readStyle(styleKey, value)
        } else {
            let known = ["extends", "base"] + Self.groups
            problems.append(.init(key: key, value: nil, message: "unknown key",
                                  fix: didYouMean(key, among: known)
                                      + "remove it; the top level holds \(known.joined(separator: ", "))"))
        }
    }

    private mutating func readExtends(_ value: TOMLValue) {
        guard let name = value.string else {
            wrongType("extends", value, expected: "a string", example: "extends = \"default\"")
            return
        }
        guard let theme = Theme.builtIn(name) else {
            problems.append(.init(key: "extends", value: value.display, message: "not a built-in theme",
                                  fix: didYouMean(name, among: Theme.builtInNames, quoted: true)
                                      + ThemeLoader.builtInList + " (a theme file cannot extend a file)"))
            return
        }
        base = theme
    }

    /// A table such as `[action]`, whose keys are the second half of style keys.
    private mutating func readGroup(_ group: String, _ value: TOMLValue) {
        guard let table = value.table else {
            wrongType(group, value, expected: "a table", example: "a [\(group)] section")
            return
        }
        for name in table.keys.sorted() {
            guard let styleValue = table[name] else { continue }
            let path = "\(group).\(name)"
            if let key = StyleKey(rawValue: path) {
                readStyle(key, styleValue)
            } else {
                let siblings = StyleKey.allCases.map(\.rawValue).filter { $0.hasPrefix(group + ".") }
                let names = siblings.map { String($0.dropFirst(group.count + 1)) }
                problems.append(.init(key: path, value: nil, message: "unknown style key",
                                      fix: didYouMean(path, among: StyleKey.allCases.map(\.rawValue))
                                          + "remove it; the styles in [\(group)] are \(names.joined(separator: ", "))"))
            }
        }
    }

    /// One style's inline table: `{ fg = "red", bold = true }`.
    private mutating func readStyle(_ key: StyleKey, _ value: TOMLValue) {
        let name = key.rawValue.split(separator: ".").last.map(String.init) ?? key.rawValue
        guard let table = value.table else {
            wrongType(key.rawValue, value, expected: "a style table", example: "\(name) = { fg = \"red\", bold = true }")
            return
        }
        var patch = StylePatch()
        for field in table.keys.sorted() {
            guard let fieldValue = table[field] else { continue }
            readField(field, fieldValue, path: "\(key.rawValue).\(field)", into: &patch)
        }
        patches[key] = patch
    }

    private mutating func readField(_ field: String, _ value: TOMLValue, path: String,
                                    into patch: inout StylePatch) {
        if field == "fg" {
            patch.foreground = readColor(value, path: path)
        } else if field == "bg" {
            patch.background = readColor(value, path: path)
        } else if let attribute = Self.attributeFields.first(where: { $0.name == field })?.attribute {
            guard let isOn = value.boolean else {
                wrongType(path, value, expected: "true or false", example: "\(field) = true")
                return
            }
            if isOn { patch.added.insert(attribute) } else { patch.removed.insert(attribute) }
        } else {
            problems.append(.init(key: path, value: nil, message: "unknown style field",
                                  fix: didYouMean(field, among: Self.styleFields)
                                      + "remove it; a style's fields are \(Self.styleFields.joined(separator: ", "))"))
        }
    }

    /// A colour written as a string or as an xterm number.
    private mutating func readColor(_ value: TOMLValue, path: String) -> Color? {
        let spelled: Result<Color, ColorSpelling.Problem>
        if let text = value.string {
            spelled = ColorSpelling.parse(text)
        } else if let number = value.integer {
            spelled = ColorSpelling.color(number: number)
        } else {
            wrongType(path, value, expected: "a colour", example: "\(path.split(separator: ".").last ?? "fg") = \"red\"")
            return nil
        }
        switch spelled {
        case .success(let color):
            return color
        case .failure(let problem):
            problems.append(.init(key: path, value: value.display, message: problem.message, fix: problem.fix))
            return nil
        }
    }

    private mutating func wrongType(_ path: String, _ value: TOMLValue, expected: String, example: String) {
        problems.append(.init(key: path, value: value.display,
                              message: "expected \(expected), found \(value.typeName)",
                              fix: "write it as \(example)"))
    }
}

/// How colours are written in theme files.
enum ColorSpelling {
    /// A colour that could not be understood, with what to write instead.
    struct Problem: Error {
        var message: String
        var fix: String
    }

    /// The eight ANSI colour names, in palette order (red is 1).
    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Every spelling that names a colour, for did-you-mean hints.
    static let allNames = ["default", "grey", "gray"] + names + names.map { "bright-" + $0 }

    static let usage = "use a name such as \"magenta\", a number 0-255, or \"#rrggbb\""

    /// Parses a colour string (case and surrounding spaces ignored).
    static func parse(_ text: String) -> Result<Color, Problem> {
        let spelling = text.trimmingCharacters(in: .whitespaces).lowercased()
        if spelling.hasPrefix("#") { return hex(spelling, original: text) }
        if let number = Int(spelling) { return color(number: number) }
        if let color = named(spelling) { return .success(color) }
        return .failure(Problem(message: "\"\(text)\" is not a colour",
                                fix: didYouMean(spelling, among: allNames, quoted: true) + usage))
    }

    /// An xterm colour number; 0-15 are the ANSI colours.
    static func color(number: Int) -> Result<Color, Problem> {
        guard let index = UInt8(exactly: number) else {
            return .failure(Problem(message: "\(number) is out of range",
                                    fix: "use an xterm colour number 0-255, a name such as \"magenta\", or \"#rrggbb\""))
        }
        return .success(index < 16 ? .ansi(index) : .indexed(index))
    }

    /// "default", "grey"/"gray", a name, or "bright-" and a name.
    static func named(_ spelling: String) -> Color? {
        if spelling == "default" { return .default }
        if spelling == "grey" || spelling == "gray" { return .ansi(8) }
        let isBright = spelling.hasPrefix("bright-")
        let name = isBright ? String(spelling.dropFirst("bright-".count)) : spelling
        guard let index = names.firstIndex(of: name) else { return nil }
        return .ansi(UInt8(index + (isBright ? 8 : 0)))
    }

    /// "#rrggbb": exactly six hex digits.
    static func hex(_ spelling: String, original: String) -> Result<Color, Problem> {
        let digits = spelling.dropFirst()
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = Int(digits, radix: 16) else {
            return .failure(Problem(message: "\"\(original)\" is not a hex colour",
                                    fix: "write \"#\" and six hex digits, two each for red, green and blue, e.g. \"#ff5555\""))
        }
        return .success(.rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)))
    }
}

/// "did you mean X? Otherwise " when one of `candidates` is a likely
/// misspelling of `word`, else "": the start of a fix.
private func didYouMean(_ word: String, among candidates: [String], quoted: Bool = false) -> String {
    let distances = candidates.map { ($0, editDistance($0, word)) }
    guard let best = distances.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return "" }
    return "did you mean " + (quoted ? "\"\(best.0)\"" : best.0) + "? Otherwise "
}

/// Levenshtein distance between two strings.
private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for (i, charA) in a.enumerated() {
        var diagonal = row[0]
        row[0] = i + 1
        for (j, charB) in b.enumerated() {
            let above = row[j + 1]
            row[j + 1] = min(above + 1, row[j] + 1, diagonal + (charA == charB ? 0 : 1))
            diagonal = above
        }
    }
    return row[b.count]
}
