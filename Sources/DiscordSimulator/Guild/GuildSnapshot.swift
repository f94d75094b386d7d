import Foundation

/// The simulated guild's state at one moment, for tests to check what a
/// client's requests actually did on "Discord".
///
/// Messages are listed oldest first per channel id (DM channels included).
/// Everything a moderation client can change is here: which messages it
/// deleted and how, the DMs it sent, the timeouts and bans it set, and the
/// `X-Audit-Log-Reason` every successful mutation carried.
public struct GuildSnapshot: Sendable {
    /// A live message.
    public struct Message: Sendable, Equatable {
        public var id: String
        public var channelID: String
        /// The author's user id, or the webhook id for a webhook message.
        public var authorID: String
        public var content: String
        public var timestamp: Date
        public var type: Int
        public var webhookID: String?
        /// Emoji the bot reacted with (the decoded emoji, or `name:id` for custom ones).
        public var botReactions: [String]
        /// Users the message pinged (for the bot's messages, after `allowed_mentions`).
        public var mentionedUserIDs: [String]
        public var mentionEveryone: Bool
        /// What the scripted traffic meant this message to be; nil for driven messages.
        public var scriptedKind: ScriptedKind?
        /// For a forward: the forwarded message's text (this message's own content is empty).
        public var forwardedContent: String?
        /// File names of the message's own attachments.
        public var attachmentNames: [String]
    }

    /// How a message left the guild.
    public enum Deletion: String, Sendable {
        /// `DELETE /channels/{c}/messages/{m}`.
        case single
        /// `POST /channels/{c}/messages/bulk-delete`.
        case bulk
        /// Removed with its author's ban (`delete_message_seconds`).
        case ban
        /// Removed by the author (or a test) through the simulator, not the API.
        case author
    }

    /// A message that was deleted, with what it said.
    public struct DeletedMessage: Sendable, Equatable {
        public var messageID: String
        public var channelID: String
        public var authorID: String
        public var content: String
        public var deletion: Deletion
        public var auditLogReason: String?
        public var at: Date
    }

    /// A DM the bot sent.
    public struct DirectMessage: Sendable, Equatable {
        public var userID: String
        public var channelID: String
        public var messageID: String
        public var content: String
        public var at: Date
    }

    /// A ban in force.
    public struct Ban: Sendable, Equatable {
        /// The `X-Audit-Log-Reason` of the ban request, which Discord keeps as the ban reason.
        public var reason: String?
        public var deleteMessageSeconds: Int
        public var at: Date
    }

    /// The kinds of change the API can make.
    public enum MutationKind: String, Sendable {
        case createMessage, deleteMessage, bulkDelete, addReaction, removeReaction
        case createDM, timeout, removeTimeout, ban, unban
    }

    /// One successful change made through the API, with its audit-log reason.
    public struct Mutation: Sendable, Equatable {
        public var kind: MutationKind
        public var method: String
        /// The request path relative to `/api/v10`, as sent.
        public var path: String
        /// The message, user or channel the change was about.
        public var targetID: String
        /// The decoded `X-Audit-Log-Reason` header, nil if the request had none.
        public var auditLogReason: String?
        public var at: Date
    }

    public var guildID: String
    /// Live messages by channel id, oldest first.
    public var messagesByChannel: [String: [Message]]
    public var deletedMessages: [DeletedMessage]
    public var directMessages: [DirectMessage]
    /// Active timeouts: user id to the end of the timeout.
    public var timeouts: [String: Date]
    /// Bans by user id.
    public var bans: [String: Ban]
    /// Every successful mutation, in the order they happened.
    public var mutations: [Mutation]

    /// Live messages in a channel, oldest first.
    public func messages(in channelID: String) -> [Message] {
        messagesByChannel[channelID] ?? []
    }

    /// A live message by id, in any channel.
    public func message(id: String) -> Message? {
        messagesByChannel.values.lazy.compactMap { $0.first { $0.id == id } }.first
    }

    /// Whether a message with this id has been deleted.
    public func isDeleted(_ messageID: String) -> Bool {
        deletedMessages.contains { $0.messageID == messageID }
    }

    /// The audit-log reasons of all mutations of one kind, in order.
    public func auditLogReasons(for kind: MutationKind) -> [String?] {
        mutations.filter { $0.kind == kind }.map(\.auditLogReason)
    }
}

/// The moderation record the guild keeps alongside its live state.
struct ModerationHistory: Sendable {
    var deletedMessages: [GuildSnapshot.DeletedMessage] = []
    var directMessages: [GuildSnapshot.DirectMessage] = []
    var bans: [String: GuildSnapshot.Ban] = [:]
    var mutations: [GuildSnapshot.Mutation] = []
}

extension GuildState {
    /// The public view of the current state.
    func snapshot(now: Date = Date()) -> GuildSnapshot {
        GuildSnapshot(
            guildID: guild.id,
            messagesByChannel: messagesByChannel.mapValues { $0.map(Self.snapshotMessage) },
            deletedMessages: history.deletedMessages,
            directMessages: history.directMessages,
            timeouts: members.reduce(into: [:]) { timeouts, entry in
                if let until = entry.value.communicationDisabledUntil, until > now { timeouts[entry.key] = until }
            },
            bans: history.bans,
            mutations: history.mutations
        )
    }

    private static func snapshotMessage(_ message: SimMessage) -> GuildSnapshot.Message {
        GuildSnapshot.Message(
            id: message.id,
            channelID: message.channelID,
            authorID: message.authorID,
            content: message.content,
            timestamp: message.timestamp,
            type: message.type,
            webhookID: message.webhookID,
            botReactions: message.botReactions,
            mentionedUserIDs: message.mentionIDs,
            mentionEveryone: message.mentionEveryone,
            scriptedKind: message.scriptedKind,
            forwardedContent: message.forwarded?.content,
            attachmentNames: message.attachments.compactMap { $0["filename"]?.stringValue }
        )
    }
}
