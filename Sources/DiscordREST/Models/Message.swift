import Foundation

/// A message as `GET /channels/{c}/messages` returns it. Unknown fields are
/// ignored and optional ones may be absent, so new Discord fields never break
/// decoding.
public struct Message: Decodable, Hashable, Sendable {
    public var id: Snowflake
    public var channelID: Snowflake
    public var guildID: Snowflake?
    public var author: User
    /// Empty for other users' messages when the bot lacks the Message Content intent.
    public var content: String
    public var timestamp: Date
    public var editedTimestamp: Date?
    public var mentions: [User]
    public var mentionRoles: [Snowflake]
    public var mentionEveryone: Bool
    public var attachments: [Attachment]
    public var embeds: [Embed]
    public var type: MessageType
    /// Set when a webhook, not a user, sent the message.
    public var webhookID: Snowflake?
    public var messageReference: MessageReference?
    /// For a forward (`messageReference?.isForward`): a copy of the forwarded
    /// message. Discord sends exactly one; the forward's own `content` is empty.
    public var messageSnapshots: [MessageSnapshot]
    public var flags: Int
    /// The emoji the bot itself reacted with (`me` in `reactions`): a Unicode
    /// emoji, or `name:id` for a custom one, as `addReaction` takes them.
    public var ownReactions: [String]

    /// True for what a person typed: a default message or a reply, from a
    /// user that is neither a bot, Discord's system user nor a webhook.
    public var isWrittenByPerson: Bool {
        type.isUserContent && webhookID == nil && !author.bot && !author.system
    }

    enum CodingKeys: String, CodingKey {
        case id, author, content, timestamp, mentions, attachments, embeds, type, flags
        case channelID = "channel_id", guildID = "guild_id", editedTimestamp = "edited_timestamp"
        case mentionRoles = "mention_roles", mentionEveryone = "mention_everyone"
        case webhookID = "webhook_id", messageReference = "message_reference"
        case messageSnapshots = "message_snapshots"
        case reactions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        channelID = try c.decode(Snowflake.self, forKey: .channelID)
        guildID = try c.decodeIfPresent(Snowflake.self, forKey: .guildID)
        author = try c.decode(User.self, forKey: .author)
        content = try c.decodeIfPresent(String.self, forKey: .content) ?? ""
        timestamp = try c.decode(DiscordTimestamp.self, forKey: .timestamp).date
        editedTimestamp = try c.decodeIfPresent(DiscordTimestamp.self, forKey: .editedTimestamp)?.date
        mentions = try c.decodeIfPresent([User].self, forKey: .mentions) ?? []
        mentionRoles = try c.decodeIfPresent([Snowflake].self, forKey: .mentionRoles) ?? []
        mentionEveryone = try c.decodeIfPresent(Bool.self, forKey: .mentionEveryone) ?? false
        attachments = try c.decodeIfPresent(Lossy<Attachment>.self, forKey: .attachments)?.elements ?? []
        embeds = try c.decodeIfPresent([Embed].self, forKey: .embeds) ?? []
        type = MessageType(rawValue: try c.decodeIfPresent(Int.self, forKey: .type) ?? 0)
        webhookID = try c.decodeIfPresent(Snowflake.self, forKey: .webhookID)
        messageReference = try? c.decodeIfPresent(MessageReference.self, forKey: .messageReference)
        messageSnapshots = (try? c.decodeIfPresent(Lossy<MessageSnapshot>.self, forKey: .messageSnapshots))?.elements ?? []
        flags = try c.decodeIfPresent(Int.self, forKey: .flags) ?? 0
        let reactions = (try? c.decodeIfPresent(Lossy<Reaction>.self, forKey: .reactions))?.elements ?? []
        ownReactions = reactions.filter(\.me).map(\.emoji.spelled)
    }

    /// One entry of `reactions`: which emoji, and whether the bot is among those who reacted.
    struct Reaction: Decodable {
        struct Emoji: Decodable {
            var id: Snowflake?
            var name: String?
            var spelled: String { id.map { "\(name ?? ""):\($0)" } ?? name ?? "" }
        }
        var emoji: Emoji
        var me: Bool
    }
}

/// Discord's message type. Only a few matter to moderation, so it is an open
/// set of named values rather than an exhaustive enum.
public struct MessageType: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let `default` = MessageType(rawValue: 0)
    public static let reply = MessageType(rawValue: 19)

    /// Types 0 and 19 are what people write; everything else is a system notice.
    public var isUserContent: Bool { self == .default || self == .reply }
    /// Types 1-5 and 21 cannot be deleted (Discord answers 50021).
    public var isDeletable: Bool { !((1...5).contains(rawValue) || rawValue == 21) }
}

/// The parts of an embed a moderator might need to read.
public struct Embed: Codable, Hashable, Sendable {
    public var title: String?
    public var description: String?
    public var url: String?
}

/// ISO 8601 with or without fractional seconds, as Discord sends timestamps.
struct DiscordTimestamp: Decodable {
    let date: Date

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text.prefix(40))")
        }
        self.date = date
    }

    static func parse(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }

    /// The form Discord accepts in request bodies (`communication_disabled_until`).
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
