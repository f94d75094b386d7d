import ConsoleUI
import Engine
import Foundation

extension FuzzTarget {
    /// A configuration file's text: it loads, or fails with a
    /// `ConfigurationError` listing at least one problem, each naming a key.
    public static let config = FuzzTarget(name: "config") { data in
        ConfigurationCheck.configuration(String(decoding: data, as: UTF8.self))
    }

    /// A theme file's text: it loads, or fails with a `ThemeError` listing at
    /// least one problem, each naming a key.
    public static let theme = FuzzTarget(name: "theme") { data in
        ConfigurationCheck.theme(String(decoding: data, as: UTF8.self))
    }
}

enum ConfigurationCheck {
    /// A path no file is at, so the file-permission checks of a token written in the text find nothing to read.
    static let file = "/nonexistent/modconsole-fuzz/config.toml"

    static func configuration(_ text: String) -> String? {
        var configuration = Configuration()
        do {
            try ConfigurationLoader.apply(text: text, file: file, to: &configuration)
            return nil
        } catch {
            if error.problems.isEmpty { return "a ConfigurationError without problems" }
            return error.problems.first { $0.key.isEmpty }.map { "a problem names no key: \($0)" }
        }
    }

    static func theme(_ text: String) -> String? {
        do {
            _ = try ThemeLoader.parse(text, name: "fuzz", file: file)
            return nil
        } catch {
            if error.problems.isEmpty { return "a ThemeError without problems" }
            return error.problems.first { $0.key.isEmpty }.map { "a problem names no key: \($0)" }
        }
    }
}
