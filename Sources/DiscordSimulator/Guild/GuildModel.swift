import Foundation

// The simulated guild's records. They hold what Discord would store, not what it
// sends: JSON shapes are made from them in `DiscordJSON`, and the public view
// for tests in `GuildSnapshot`.

/// A Discord account: a person, the bot, or another bot.
struct SimUser: Sendable {
    var id: String
    var username: String
    var globalName: String?
    var isBot: Bool = false
    /// The user only accepts DMs from friends, so the bot's DMs fail with 50007.
    var dmsClosed: Bool = false
}

/// A guild role. The @everyone role's id is the guild's id.
struct SimRole: Sendable {
    var id: String
    var name: String
    var permissions: UInt64
    var position: Int
    var color: Int = 0
    var hoist: Bool = false
    var managed: Bool = false
    var mentionable: Bool = false
    /// For a bot's managed role, the bot's user id (sent as `tags.bot_id`).
    var botID: String?
}

/// A channel permission overwrite for a role or a member.
struct PermissionOverwrite: Sendable, Equatable {
    enum Kind: Int, Sendable {
        case role = 0
        case member = 1
    }

    var id: String
    var kind: Kind
    var allow: UInt64
    var deny: UInt64
}

/// The channel types the simulated guild uses.
enum ChannelKind: Int, Sendable {
    case guildText = 0
    case directMessage = 1
    case guildCategory = 4
}

/// A guild channel, category or DM channel.
struct SimChannel: Sendable {
    var id: String
    var kind: ChannelKind
    var name: String?
    var position: Int = 0
    var parentID: String?
    var topic: String?
    var overwrites: [PermissionOverwrite] = []
    /// The other party of a DM channel.
    var recipientID: String?

    var isGuildChannel: Bool { kind != .directMessage }
}

/// A user's membership in the guild.
struct SimMember: Sendable {
    var userID: String
    var roleIDs: [String]
    var nick: String?
    var joinedAt: Date
    var communicationDisabledUntil: Date?
}

/// A custom guild emoji, usable in reactions as `name:id`.
struct SimEmoji: Sendable {
    var id: String
    var name: String
}

/// The guild itself.
struct SimGuild: Sendable {
    var id: String
    var name: String
    var ownerID: String
    var systemChannelID: String?
    var emojis: [SimEmoji]
    /// The incoming webhook that relays repository activity into the guild.
    var webhookID: String
    var webhookName: String
}

/// A stored message.
struct SimMessage: Sendable {
    var snowflake: UInt64
    var channelID: String
    /// The user id, or the webhook id for a webhook message (as Discord does).
    var authorID: String
    var content: String
    var timestamp: Date
    var type: Int = 0
    var flags: Int = 0
    var webhookID: String?
    /// The name a webhook posted under.
    var webhookName: String?
    /// Users named in the content whose mention was allowed to ping.
    var mentionIDs: [String] = []
    var mentionRoleIDs: [String] = []
    var mentionEveryone: Bool = false
    var attachments: [JSONValue] = []
    var embeds: [JSONValue] = []
    /// The message this one replies to, for type 19.
    var referencedMessageID: String?
    /// For a forward: the copy of the forwarded message it carries.
    var forwarded: SimForward?
    /// Emoji the bot has reacted with, in the order it added them.
    var botReactions: [String] = []
    /// What the scripted traffic meant this message to be; nil for driven messages.
    var scriptedKind: ScriptedKind?

    var id: String { String(snowflake) }

    /// Join, pin and other system messages (types 1-5 and 21) cannot be deleted.
    var isUndeletableSystemMessage: Bool { (1...5).contains(type) || type == 21 }
}
