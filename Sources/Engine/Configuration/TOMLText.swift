import TOMLKit

/// The one way modconsole parses TOML (the configuration and the themes): the
/// parser underneath (toml++, through TOMLKit) asserts, and in a release build
/// reads past its buffer, on some malformed files instead of reporting an
/// error. Those inputs are caught here first, so every bad file gets a
/// problem naming the line and the fix, and the process never crashes on it.
public enum TOMLText {
    /// A syntax problem, in words a person can act on.
    public struct SyntaxProblem: Error, Equatable, Sendable {
        /// What is wrong and where: "... at line 3, column 2".
        public let message: String
        /// How to correct it.
        public let fix: String
    }

    /// The table in `text`, or the first syntax problem in it.
    public static func parse(_ text: String) -> Result<TOMLTable, SyntaxProblem> {
        if let problem = controlCharacter(in: text) ?? unnamedHeader(in: text) {
            return .failure(problem)
        }
        do {
            return .success(try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            let place = "line \(error.source.begin.line), column \(error.source.begin.column)"
            return .failure(SyntaxProblem(message: "\(error.description) at \(place)", fix: "correct the TOML syntax at \(place)"))
        } catch {
            return .failure(SyntaxProblem(message: "\(error)", fix: "correct the TOML syntax"))
        }
    }

    /// TOML forbids control characters other than tab, line feed and carriage
    /// return, and toml++ asserts on some of them.
    static func controlCharacter(in text: String) -> SyntaxProblem? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1; continue }
            let value = scalar.value
            if (value < 0x20 && scalar != "\t" && scalar != "\r") || value == 0x7F {
                return SyntaxProblem(message: "control character U+\(hex(value)) at line \(line), column \(column)",
                                     fix: "remove that character; TOML allows none")
            }
            column += 1
        }
        return nil
    }

    /// A table header (`[` or `[[` at the start of a statement) whose name does
    /// not begin with a key character, a quote or `]`: `[[` alone on a line,
    /// `[[ [x]]`. toml++ asserts on exactly these.
    ///
    /// Headers are found the way TOML finds them: outside strings (basic,
    /// literal and multi-line), comments and values (arrays and inline tables
    /// may span lines and hold `[[` at a line's start), so a valid file is
    /// never refused here.
    static func unnamedHeader(in text: String) -> SyntaxProblem? {
        let scalars = Array(text.unicodeScalars)
        var index = 0, line = 1, lineStart = 0
        var valueDepth = 0        // open arrays and inline tables of a value
        var statementStart = true // only whitespace since the line began, outside values
        func at(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }
        /// Moves past a string that opens at `index` (quote repeated thrice for multi-line).
        func skipString(_ quote: Unicode.Scalar) {
            let multiLine = at(1) == quote && at(2) == quote
            index += multiLine ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\" && quote == "\"" {
                    if at(1) == "\n" { line += 1; lineStart = index + 2 }
                    index += 2
                    continue
                }
                if scalar == "\n" {
                    guard multiLine else { return }
                    line += 1
                    lineStart = index + 1
                }
                if scalar == quote && (!multiLine || (at(1) == quote && at(2) == quote)) {
                    index += multiLine ? 3 : 1
                    return
                }
                index += 1
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n":
                line += 1
                lineStart = index + 1
                statementStart = valueDepth == 0
                index += 1
            case " ", "\t", "\r":
                index += 1
            case "#":
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
            case "\"", "'":
                statementStart = false
                skipString(scalar)
            case "[" where statementStart:
                let column = index - lineStart + 1
                index += at(1) == "[" ? 2 : 1
                while let next = at(0), next == " " || next == "\t" { index += 1 }
                if let next = at(0), isKeyStart(next) || next == "]" {
                    statementStart = false
                    continue
                }
                return SyntaxProblem(message: "a table header without a name at line \(line), column \(column)",
                                     fix: "name the table, e.g. [[channels]] or [discord], or remove the bracket")
            case "[", "{":
                valueDepth += 1
                statementStart = false
                index += 1
            case "]", "}":
                valueDepth = max(0, valueDepth - 1)
                index += 1
            default:
                statementStart = false
                index += 1
            }
        }
        return nil
    }

    /// A bare key's characters (A-Z a-z 0-9 _ -) and the two quotes.
    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "\"", "'": return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
