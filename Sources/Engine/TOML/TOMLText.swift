/// The one way modconsole parses TOML (the configuration and the themes): a
/// TOML 1.0 parser written here, in Swift, so that no file can crash the
/// program. (toml++, which TOMLKit wraps, asserts on malformed files, and in a
/// build without assertions reads past its buffer instead; fuzzing found four
/// such shapes one after another, so it was replaced rather than guarded.)
///
/// Every bad file gets one problem naming the line, the column and the fix.
/// What counts as valid is what Python's `tomllib` accepts:
/// `Tests/EngineTests/Fixtures/toml-conformance.json` holds the shared TOML
/// test suites classified by it, and `TOMLConformanceTests` runs them all.
/// A differential run of 140,000 generated documents against tomllib found
/// only these deliberate differences:
/// - integers must fit in 64 bits, as TOML says;
/// - arrays, inline tables and key parts nest at most `maximumDepth` deep;
/// - keys compare as Swift compares text, so two spellings of the same text
///   (`é` precomposed or as `e` and a combining accent) are one key;
/// - the year 0000 is a date, as RFC 3339 says (Python's dates start at 1).
public enum TOMLText {
    /// A syntax problem, in words a person can act on.
    public struct SyntaxProblem: Error, Equatable, Sendable {
        /// What is wrong and where: "... at line 3, column 2".
        public let message: String
        /// How to correct it.
        public let fix: String
    }

    /// The top-level table in `text`, or the first problem in it.
    public static func parse(_ text: String) -> Result<[String: TOMLValue], SyntaxProblem> {
        var parser = TOMLParser(text)
        do throws(TOMLFailure) {
            if let problem = parser.controlCharacter() { throw problem }
            return .success(try parser.document())
        } catch {
            return .failure(parser.describe(error))
        }
    }
}

/// Why parsing stopped, at which scalar of the (CRLF-normalised) text.
struct TOMLFailure: Error {
    let offset: Int
    let message: String
    /// How to correct it; nil for the generic "correct the syntax at ...".
    let fix: String?
}

/// A recursive-descent TOML 1.0 parser over the text's Unicode scalars.
///
/// Grammar and ordering follow the TOML ABNF as `tomllib` reads it: values are
/// recognised by their first characters (strings, booleans, arrays, inline
/// tables, then date-times, then numbers, then inf/nan), and the context that
/// asked for a value checks what follows it. Table definitions go through
/// `TOMLTableTree`, which holds the rules on defining a table twice.
struct TOMLParser {
    /// The text, with each CRLF read as LF (a lone CR stays, and is refused).
    let scalars: [Unicode.Scalar]
    var position = 0
    /// Arrays, inline tables and key parts nest at most this deep, so hostile
    /// input cannot exhaust the stack while parsing or when the value is freed.
    static let maximumDepth = 100

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n", scalars.last == "\r" { scalars.removeLast() }
            scalars.append(scalar)
        }
        self.scalars = scalars
    }

    // MARK: Reading

    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    func scalar(at offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    /// Whether the text at the current position starts with `literal` (ASCII).
    func lookingAt(_ literal: String) -> Bool {
        var offset = 0
        for scalar in literal.unicodeScalars {
            guard self.scalar(at: offset) == scalar else { return false }
            offset += 1
        }
        return true
    }

    mutating func skipWhitespace() {
        while let scalar = current, scalar == " " || scalar == "\t" { position += 1 }
    }

    /// Skips a comment if one starts here (control characters were refused up front).
    mutating func skipComment() {
        guard current == "#" else { return }
        while let scalar = current, scalar != "\n" { position += 1 }
    }

    func failure(_ message: String, at offset: Int? = nil, fix: String? = nil) -> TOMLFailure {
        TOMLFailure(offset: offset ?? position, message: message, fix: fix)
    }

    /// How a scalar is named in a message: printable ones quoted, others by code.
    static func name(_ scalar: Unicode.Scalar?) -> String {
        guard let scalar else { return "the end of the file" }
        if scalar == "\n" { return "the end of the line" }
        if scalar.properties.isWhitespace || !scalar.properties.isGraphemeBase && !scalar.isASCII {
            return "U+\(hex(scalar.value))"
        }
        return "'\(scalar)'"
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: Errors

    /// TOML allows no control character but tab and line ends, anywhere: not
    /// in strings (they must be escaped), not in comments.
    func controlCharacter() -> TOMLFailure? {
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            guard (value < 0x20 && scalar != "\t" && scalar != "\n") || value == 0x7F else { continue }
            let fix = scalar == "\r"
                ? "end lines with LF or CRLF; a carriage return alone is not a line end"
                : "remove that character, or write it as an escape such as \\u\(Self.hex(value)) inside a \"string\""
            return TOMLFailure(offset: offset, message: "control character U+\(Self.hex(value))", fix: fix)
        }
        return nil
    }

    /// The failure as a problem naming its line and column.
    func describe(_ failure: TOMLFailure) -> TOMLText.SyntaxProblem {
        let place = place(of: failure.offset)
        return .init(message: "\(failure.message) at \(place)", fix: failure.fix ?? "correct the TOML syntax at \(place)")
    }

    /// "line 3, column 9" for a scalar offset (columns count characters from 1).
    func place(of offset: Int) -> String {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, scalars.count) where scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        return "line \(line), column \(offset - lineStart + 1)"
    }

    // MARK: Statements

    /// The whole document: key/value pairs, table headers, comments and blank lines.
    mutating func document() throws(TOMLFailure) -> [String: TOMLValue] {
        var tree = TOMLTableTree()
        while true {
            skipWhitespace()
            guard let scalar = current else { break }
            if scalar == "\n" {
                position += 1
                continue
            }
            if Self.isBareKey(scalar) || scalar == "\"" || scalar == "'" {
                let start = position
                let key = try self.key()
                let value = try valueAfterEquals(depth: tree.sectionDepth + key.count)
                try tree.assign(value, to: key, at: start)
            } else if scalar == "[" {
                try header(into: &tree)
            } else if scalar != "#" {
                throw failure("expected a key, a [table] or a comment, found \(Self.name(scalar))",
                              fix: "start the line with a key (name = value), a [table] header or # for a comment")
            }
            skipWhitespace()
            skipComment()
            guard let end = current else { break }
            guard end == "\n" else {
                throw failure("expected the end of the line, found \(Self.name(end))",
                              fix: "put one key = value or [table] per line; start a comment with #")
            }
            position += 1
        }
        return tree.root.entries
    }

    /// `[name]` or `[[name]]`, with the current position at the first bracket.
    mutating func header(into tree: inout TOMLTableTree) throws(TOMLFailure) {
        let start = position
        let isArray = scalar(at: 1) == "["
        position += isArray ? 2 : 1
        skipWhitespace()
        guard let first = current, Self.isBareKey(first) || first == "\"" || first == "'" else {
            throw failure("a table header without a name", at: start,
                          fix: "name the table, e.g. [[channels]] or [discord], or remove the bracket")
        }
        let key = try self.key()
        guard key.count <= Self.maximumDepth else {
            throw failure("tables nested more than \(Self.maximumDepth) deep", at: start, fix: "use fewer dotted parts in the name")
        }
        let close = isArray ? "]]" : "]"
        guard lookingAt(close) else {
            throw failure("expected \(close) to close the table header, found \(Self.name(current))",
                          fix: "write the header as \(isArray ? "[[name]]" : "[name]") on a line of its own")
        }
        position += close.unicodeScalars.count
        if isArray {
            try tree.appendTable(to: key, at: start)
        } else {
            try tree.defineTable(key, at: start)
        }
    }

    // MARK: Keys

    static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    /// A key: bare or quoted parts joined by dots, with whitespace allowed around the dots.
    mutating func key() throws(TOMLFailure) -> [String] {
        var parts = [try keyPart()]
        skipWhitespace()
        while current == "." {
            position += 1
            skipWhitespace()
            parts.append(try keyPart())
            skipWhitespace()
            guard parts.count <= Self.maximumDepth else {
                throw failure("a key with more than \(Self.maximumDepth) parts", fix: "use fewer dotted parts")
            }
        }
        return parts
    }

    mutating func keyPart() throws(TOMLFailure) -> String {
        switch current {
        case let quote? where quote == "\"" || quote == "'":
            return try singleLineString(quote: quote)
        case let scalar? where Self.isBareKey(scalar):
            let start = position
            while let next = current, Self.isBareKey(next) { position += 1 }
            return String(String.UnicodeScalarView(scalars[start..<position]))
        default:
            throw failure("expected a key, found \(Self.name(current))",
                          fix: "keys are letters, digits, _ and -, or a \"quoted string\"")
        }
    }

    /// `= value`, after a key; the value is at `depth` levels of nesting.
    mutating func valueAfterEquals(depth: Int) throws(TOMLFailure) -> TOMLValue {
        guard current == "=" else {
            throw failure("expected = after the key, found \(Self.name(current))", fix: "write it as key = value")
        }
        position += 1
        skipWhitespace()
        return try value(depth: depth)
    }
}
