import Foundation

/// Everything wrong with a configuration, each problem naming the key, the
/// value found, and how to fix it. Thrown whole, so a person fixes all of it
/// in one pass.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Dotted key (`discord.jobs_channel`) or environment variable name.
        public var key: String
        public var value: String?
        public var message: String
        public var fix: String

        public var description: String {
            "\(key)\(value.map { " = \($0)" } ?? ""): \(message). Fix: \(fix)."
        }
    }

    /// The file the problems are in, or nil for the environment.
    public var file: String?
    public var problems: [Problem]

    public var description: String {
        let header = "configuration" + (file.map { " (\($0))" } ?? "") + ": "
            + (problems.count == 1 ? "1 problem" : "\(problems.count) problems")
        return ([header] + problems.map { "  - \($0)" }).joined(separator: "\n")
    }
}
