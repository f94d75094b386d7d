import Foundation

/// What a message points at: the message it replies to (type 0, DEFAULT) or
/// the message it forwards (type 1, FORWARD).
public struct MessageReference: Codable, Hashable, Sendable {
    /// Discord's reference type; absent means DEFAULT (a reply).
    public var type: Int?
    public var messageID: Snowflake?
    public var channelID: Snowflake?
    public var guildID: Snowflake?

    /// Reference type 1: the message carries a copy of another in `messageSnapshots`.
    public static let forwardType = 1

    public init(messageID: Snowflake?, channelID: Snowflake? = nil, guildID: Snowflake? = nil, type: Int? = nil) {
        self.type = type
        self.messageID = messageID
        self.channelID = channelID
        self.guildID = guildID
    }

    /// True when the message forwards the referenced one rather than replying to it.
    public var isForward: Bool { type == Self.forwardType }

    enum CodingKeys: String, CodingKey {
        case type
        case messageID = "message_id", channelID = "channel_id", guildID = "guild_id"
    }
}
