import Engine
import Synchronization

/// The secrets of the configuration this process loaded, kept out of
/// everything it prints (stdout and stderr alike). One per process: the
/// printing helpers are free functions called from every command.
enum OutputRedaction {
    private static let current = Mutex(SecretRedactor.none)

    /// Loads the configuration as `ConfigurationLoader.load` does and from then on
    /// redacts its secrets (bot token, LLM key, token file contents) from all output.
    static func load(explicitFile: String?) throws(ConfigurationError) -> Configuration {
        let configuration = try ConfigurationLoader.load(explicitFile: explicitFile)
        use(configuration)
        return configuration
    }

    /// Redacts `configuration`'s secrets from all output from now on (after command-line adjustments).
    static func use(_ configuration: Configuration) {
        let redactor = SecretRedactor(configuration)
        current.withLock { $0 = redactor }
    }

    /// `text` without any configured secret.
    static func clean(_ text: String) -> String {
        current.withLock { $0 }.clean(text)
    }
}
