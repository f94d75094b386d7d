import DiscordREST
import Foundation

extension TOMLValue {
    /// Parses a configuration file's text; the error names the line and column.
    static func parse(toml text: String, file: String) throws(ConfigurationError) -> [String: TOMLValue] {
        switch TOMLText.parse(text) {
        case .success(let table):
            return table
        case .failure(let problem):
            throw ConfigurationError(file: file, problems: [.init(key: "(syntax)", value: nil, message: problem.message, fix: problem.fix)])
        }
    }
}

/// Reads typed values out of one table, remembering which keys were read so
/// the rest can be reported as unknown, and collecting every problem rather
/// than stopping at the first.
struct ConfigReader {
    let path: String
    let table: [String: TOMLValue]
    private(set) var read: Set<String> = []
    var problems: [ConfigurationError.Problem] = []

    init(path: String, table: [String: TOMLValue]) {
        self.path = path
        self.table = table
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    mutating func node(_ key: String) -> TOMLValue? {
        read.insert(key)
        return table[key]
    }

    mutating func wrongType(_ key: String, _ node: TOMLValue, expected: String, example: String) {
        problems.append(.init(key: keyPath(key), value: node.display,
                              message: "expected \(expected), found \(node.typeName)",
                              fix: "write it as \(keyPath(key).split(separator: ".").last ?? "") = \(example)"))
    }

    mutating func string(_ key: String, example: String = "\"...\"") -> String? {
        guard let node = node(key) else { return nil }
        if case .string(let value) = node { return value }
        wrongType(key, node, expected: "a string", example: example)
        return nil
    }

    mutating func int(_ key: String, example: String = "30") -> Int? {
        guard let node = node(key) else { return nil }
        if case .integer(let value) = node { return value }
        wrongType(key, node, expected: "an integer", example: example)
        return nil
    }

    /// No key takes a number beyond this (seconds, confidences): larger ones,
    /// and inf or nan, are refused here rather than trapping where they become durations.
    static let largestNumber = 1e9

    mutating func double(_ key: String, example: String = "0.9") -> Double? {
        guard let node = node(key) else { return nil }
        if case .float(let value) = node {
            guard value.isFinite, abs(value) <= Self.largestNumber else {
                problems.append(.init(key: keyPath(key), value: "\(value)", message: "not a usable number",
                                      fix: "give a finite number, e.g. \(key) = \(example)"))
                return nil
            }
            return value
        }
        if case .integer(let value) = node { return Double(value) }
        wrongType(key, node, expected: "a number", example: example)
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        if case .boolean(let value) = node { return value }
        wrongType(key, node, expected: "true or false", example: "true")
        return nil
    }

    /// A Discord id, written as a string (TOML integers are signed 64-bit and
    /// most ids fit, so an integer is accepted too).
    mutating func snowflake(_ key: String) -> Snowflake? {
        guard let node = node(key) else { return nil }
        switch node {
        case .string(let text):
            if let id = Snowflake(text) { return id }
        case .integer(let value) where value > 0:
            return Snowflake(UInt64(value))
        default:
            break
        }
        problems.append(.init(key: keyPath(key), value: node.display, message: "not a Discord id",
                              fix: "use the channel's numeric id in quotes, e.g. \(key) = \"123456789012345678\" (Developer Mode, right-click, Copy ID)"))
        return nil
    }

    mutating func table(_ key: String) -> ConfigReader? {
        guard let node = node(key) else { return nil }
        if case .table(let value) = node { return ConfigReader(path: keyPath(key), table: value) }
        wrongType(key, node, expected: "a table", example: "{ ... } or a [\(keyPath(key))] section")
        return nil
    }

    mutating func tables(_ key: String) -> [ConfigReader]? {
        guard let node = node(key) else { return nil }
        if case .array(let items) = node {
            var readers: [ConfigReader] = []
            for (index, item) in items.enumerated() {
                guard case .table(let table) = item else {
                    wrongType(key, item, expected: "a table in the array", example: "[[\(keyPath(key))]] sections")
                    continue
                }
                readers.append(ConfigReader(path: "\(keyPath(key))[\(index)]", table: table))
            }
            return readers
        }
        wrongType(key, node, expected: "an array of tables", example: "[[\(keyPath(key))]] sections")
        return nil
    }

    /// Takes over a child reader's problems and unknown keys.
    mutating func absorb(_ child: ConfigReader) {
        problems += child.problems + child.unknownKeyProblems
    }

    /// One problem per key present but never read.
    var unknownKeyProblems: [ConfigurationError.Problem] {
        table.keys.filter { !read.contains($0) }.sorted().map { key in
            let known = read.sorted()
            let guess = known.min { editDistance($0, key) < editDistance($1, key) }
            let hint = guess.map { editDistance($0, key) <= 3 ? "did you mean \(keyPath($0))? " : "" } ?? ""
            return .init(key: keyPath(key), value: nil, message: "unknown key",
                         fix: "\(hint)remove it or check the spelling; known keys here: \(known.joined(separator: ", "))")
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on misspelt keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var previous = row[0]
        row[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let current = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
            previous = current
        }
    }
    return row[b.count]
}
