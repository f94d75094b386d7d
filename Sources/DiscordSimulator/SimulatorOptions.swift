/// How to start a `DiscordSimulator`.
public struct SimulatorOptions: Sendable {
    /// The loopback port to listen on; 0 picks any free port (read it back from `DiscordSimulator.port`).
    public var port: UInt16
    /// Requests must send `Authorization: Bot <botToken>`, else 401.
    public var botToken: String
    /// Decides the guild's ids, its backlog and the scripted traffic.
    public var seed: UInt64
    /// Whether the bot has the Message Content privileged intent. Without it,
    /// content, embeds and attachments of messages the bot reads arrive empty,
    /// except its own messages, DMs and messages that mention it.
    public var messageContentIntent: Bool
    /// Per-route-class bucket limits.
    public var rateLimits: RateLimitTable
    /// Extra per-channel limits on deleting messages by their age, on top of
    /// the channel's delete bucket (`DeleteAgeLimits`).
    public var deleteAgeLimits: DeleteAgeLimits
    /// Requests per second (per `globalLimitWindow`) across all routes before a
    /// global 429; 0 turns the global limit off.
    public var globalLimitPerSecond: Int
    /// The global limit's window: one second, as on Discord, so that
    /// `globalLimitPerSecond` is per second. Tests lengthen it so that no
    /// window can end between their requests, however slow the machine.
    public var globalLimitWindow: Duration
    /// Scripted messages per public channel already present at start, spread
    /// over the minutes before it. #mod-log starts empty.
    public var backlogPerChannel: Int

    public init(
        port: UInt16 = 0,
        botToken: String = "sim-bot-token.modconsole",
        seed: UInt64 = 1,
        messageContentIntent: Bool = true,
        rateLimits: RateLimitTable = .discordLike,
        globalLimitPerSecond: Int = 50,
        backlogPerChannel: Int = 8,
        globalLimitWindow: Duration = .seconds(1),
        deleteAgeLimits: DeleteAgeLimits = .discordLike
    ) {
        self.port = port
        self.botToken = botToken
        self.seed = seed
        self.messageContentIntent = messageContentIntent
        self.rateLimits = rateLimits
        self.deleteAgeLimits = deleteAgeLimits
        self.globalLimitPerSecond = globalLimitPerSecond
        self.globalLimitWindow = globalLimitWindow
        self.backlogPerChannel = backlogPerChannel
    }
}
