import DiscordREST
import Foundation

/// What a watched channel is for; the classifier's policy depends on it.
public enum ChannelRole: String, Sendable, CaseIterable, Codable {
    case general, help, jobs, other
}

/// One channel the engine polls.
public struct WatchedChannel: Sendable, Hashable {
    public var id: Snowflake
    /// Nil: decided from the channel's name and the jobs channel once known.
    public var role: ChannelRole?
    /// Extra instructions for the classifier about this channel.
    public var guidance: String?

    public init(id: Snowflake, role: ChannelRole? = nil, guidance: String? = nil) {
        self.id = id
        self.role = role
        self.guidance = guidance
    }
}

/// modconsole's configuration: a TOML file overridden by environment
/// variables, where the environment alone is complete (the original bot's
/// variables work unchanged).
public struct Configuration: Sendable {
    /// Where the bot token came from, for messages (never the token itself).
    public enum TokenSource: Sendable, Hashable, CustomStringConvertible {
        case environment
        case file(String)
        case configKey(String)
        public var description: String {
            switch self {
            case .environment: return "DISCORD_BOT_TOKEN"
            case .file(let path): return "token file \(path)"
            case .configKey(let file): return "discord.token in \(file)"
            }
        }
    }

    public var token: BotToken?
    public var tokenSource: TokenSource?
    public var apiBase: String = "https://discord.com/api/v10"
    public var channels: [WatchedChannel] = []
    public var jobsChannel: Snowflake?
    public var auditChannel: Snowflake?
    public var classifier = ClassifierSettings()
    public var engine = EngineSettings()
    public var ui = UISettings()
    /// The file read, if any (for messages).
    public var file: String?

    public init() {}

    /// A client for this configuration's API base and token; `rateLimits`
    /// shares what it learns about rate limits with other processes.
    public func makeClient(onRateLimit: @escaping @Sendable (RateLimitEvent) -> Void = { _ in },
                           rateLimits: (any RateLimitPersistence)? = nil) -> DiscordClient? {
        guard let token else { return nil }
        return DiscordClient(configuration: .init(token: token, apiBase: apiBase, onRateLimit: onRateLimit), rateLimits: rateLimits)
    }
}

/// How the console looks (`[ui]`); the console resolves the names.
public struct UISettings: Sendable {
    /// A built-in theme name, a file in themes/, or a path (`ui.theme`); `--theme` overrides it.
    public var theme: String?
    /// How long keys that decide are ignored after the console moves the
    /// selection on its own (after a decision, when an item leaves the view),
    /// so the next item is seen before anything can act on it (`ui.hold_back_ms`).
    public var holdBack: Duration = .milliseconds(300)
    public init() {}
}
