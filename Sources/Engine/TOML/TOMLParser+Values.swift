/// Values: strings, numbers, booleans, dates and times, arrays and inline tables.
extension TOMLParser {
    /// The value starting here. Whatever follows it is for the caller to check.
    mutating func value(depth: Int) throws(TOMLFailure) -> TOMLValue {
        switch current {
        case let quote? where quote == "\"" || quote == "'":
            let tripled = scalar(at: 1) == quote && scalar(at: 2) == quote
            return .string(tripled ? try multiLineString(quote: quote) : try singleLineString(quote: quote))
        case "t" where lookingAt("true"):
            position += 4
            return .boolean(true)
        case "f" where lookingAt("false"):
            position += 5
            return .boolean(false)
        case "[":
            return try array(depth: depth + 1)
        case "{":
            return try inlineTable(depth: depth + 1)
        default:
            let start = position
            if let dateTime = try dateTime() { return dateTime }
            if let number = try number() { return number }
            for special in ["inf", "nan", "+inf", "-inf", "+nan", "-nan"] where lookingAt(special) {
                position += special.unicodeScalars.count
                return .float(special.hasSuffix("inf") ? (special.hasPrefix("-") ? -.infinity : .infinity) : .nan)
            }
            throw failure("expected a value, found \(Self.name(current))", at: start,
                          fix: "give a value: \"text\", a number, true/false, [an, array] or { inline = \"table\" }")
        }
    }

    private func nestingCheck(_ depth: Int) throws(TOMLFailure) {
        guard depth <= Self.maximumDepth else {
            throw failure("values nested more than \(Self.maximumDepth) deep", fix: "nest fewer arrays and tables")
        }
    }

    // MARK: Arrays and inline tables

    /// Whitespace, line ends and comments, which may sit anywhere between an array's values.
    private mutating func skipArraySpace() {
        while true {
            skipWhitespace()
            if current == "\n" {
                position += 1
            } else if current == "#" {
                skipComment()
            } else {
                return
            }
        }
    }

    private mutating func array(depth: Int) throws(TOMLFailure) -> TOMLValue {
        try nestingCheck(depth)
        let start = position
        position += 1
        var items: [TOMLValue] = []
        skipArraySpace()
        while current != "]" {
            items.append(try value(depth: depth))
            skipArraySpace()
            if current == "]" { break }
            guard current == "," else {
                throw failure("expected , or ] in the array, found \(Self.name(current))",
                              fix: current == nil ? "close the array opened at \(place(of: start)) with ]"
                                                  : "separate the values with commas: [1, 2, 3]")
            }
            position += 1
            skipArraySpace()
        }
        position += 1
        return .array(items)
    }

    /// `{ key = value, ... }` on one line, without a trailing comma (TOML 1.0).
    private mutating func inlineTable(depth: Int) throws(TOMLFailure) -> TOMLValue {
        try nestingCheck(depth)
        position += 1
        var tree = TOMLTableTree()
        skipWhitespace()
        if current == "}" {
            position += 1
            return .table([:])
        }
        while true {
            let start = position
            let key = try self.key()
            guard depth + key.count <= Self.maximumDepth else {
                throw failure("tables nested more than \(Self.maximumDepth) deep", at: start, fix: "use fewer dotted parts")
            }
            let value = try valueAfterEquals(depth: depth + key.count)
            try tree.assign(value, to: key, at: start)
            skipWhitespace()
            if current == "}" { break }
            guard current == "," else {
                throw failure("expected , or } in the inline table, found \(Self.name(current))",
                              fix: "keep an inline table on one line: { a = 1, b = 2 }; use a [table] for more")
            }
            position += 1
            skipWhitespace()
        }
        position += 1
        return tree.root.value
    }

    // MARK: Strings

    /// `"..."` or `'...'` on one line; only `"` strings have escapes.
    mutating func singleLineString(quote: Unicode.Scalar) throws(TOMLFailure) -> String {
        let start = position
        position += 1
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current, scalar != "\n" else {
                throw failure("a string not closed on its line", at: start,
                              fix: "close it with \(quote) before the line ends, or use \(quote)\(quote)\(quote) for text over several lines")
            }
            position += 1
            if scalar == quote { return String(text) }
            if scalar == "\\" && quote == "\"" {
                try escape(into: &text, multiLine: false)
            } else {
                text.append(scalar)
            }
        }
    }

    /// `"""..."""` or `'''...'''`, over lines: a line end right after the opening
    /// quotes is dropped, and in `"""` strings a backslash at a line's end joins
    /// it to the next line's text.
    mutating func multiLineString(quote: Unicode.Scalar) throws(TOMLFailure) -> String {
        let start = position
        let delimiter = String(repeating: String(quote), count: 3)
        position += 3
        if current == "\n" { position += 1 }
        var text = String.UnicodeScalarView()
        while !lookingAt(delimiter) {
            guard let scalar = current else {
                throw failure("a \(delimiter) string not closed", at: start, fix: "close it with \(delimiter)")
            }
            position += 1
            if scalar == "\\" && quote == "\"" {
                try escape(into: &text, multiLine: true)
            } else {
                text.append(scalar)
            }
        }
        position += 3
        // Up to two quotes right after the closing triple belong to the string (`""""` ends in `"`).
        for _ in 0..<2 where current == quote {
            text.append(quote)
            position += 1
        }
        return String(text)
    }

    /// What `\b`, `\t`, `\n`, `\f`, `\r`, `\"` and `\\` stand for.
    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "b": "\u{08}", "t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r", "\"": "\"", "\\": "\\",
    ]

    /// The escape after a backslash (already consumed).
    private mutating func escape(into text: inout String.UnicodeScalarView, multiLine: Bool) throws(TOMLFailure) {
        let start = position - 1
        guard let code = current else {
            throw failure("a backslash at the end of the file", at: start, fix: "write a backslash as \\\\")
        }
        if multiLine, code == " " || code == "\t" || code == "\n" {
            skipWhitespace()
            guard current == "\n" || current == nil else {
                throw failure("a backslash followed by spaces but not the end of the line", at: start,
                              fix: "write a backslash as \\\\, or end the line right after it")
            }
            while let next = current, next == " " || next == "\t" || next == "\n" { position += 1 }
            return
        }
        position += 1
        if let replacement = Self.simpleEscapes[code] {
            text.append(replacement)
            return
        }
        guard code == "u" || code == "U" else {
            throw failure("an unknown escape \\\(code)", at: start,
                          fix: "use \\\\ for a backslash; the escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX")
        }
        let length = code == "u" ? 4 : 8
        var value: UInt32 = 0
        var count = 0
        while count < length, let digit = current, let digitValue = Self.digitValue(digit) {
            value = value << 4 | digitValue
            position += 1
            count += 1
        }
        guard count == length, let scalar = Unicode.Scalar(value) else {
            throw failure("\\\(code) needs \(length) hex digits naming a Unicode character", at: start,
                          fix: "write it as \\\(code)\(String(repeating: "0", count: length - 4))00E9 (é), for example")
        }
        text.append(scalar)
    }
}
