import DiscordREST
import Foundation

/// What a moderator adds to a decision beyond the action: the reason the
/// author is told (instead of the classifier's), whether to tell them by DM,
/// and for a ban how much of their recent history Discord deletes with it.
/// Every front end (console, `queue`, bulk work) passes the same value.
public struct DecisionDetails: Sendable, Hashable {
    /// Replaces the verdict's user-facing reason in the DM, the audit entry and the audit log reason.
    public var reason: String?
    /// Whether the author is sent a DM (nil: the action's default: move and delete do, flag does not).
    public var notifyAuthor: Bool?
    /// For a ban: delete the author's messages from this many seconds back
    /// (0...604800, Discord's `delete_message_seconds`); nil deletes only the judged message and its copies.
    public var deleteMessageSeconds: Int?

    public init(reason: String? = nil, notifyAuthor: Bool? = nil, deleteMessageSeconds: Int? = nil) {
        self.reason = reason
        self.notifyAuthor = notifyAuthor
        self.deleteMessageSeconds = deleteMessageSeconds
    }

    /// No additions: the verdict's reason and the action's defaults.
    public static let none = DecisionDetails()

    /// "Ban and delete their recent messages": the most Discord allows (7 days).
    public static let banDeletingRecent = DecisionDetails(deleteMessageSeconds: 604_800)
}

/// Everything the store knows about one author, for the console's author
/// view: each of their messages (newest first), how they were handled, when
/// they were first seen here and how old their account is.
public struct AuthorProfile: Sendable, Hashable {
    public var authorID: Snowflake
    /// The newest display name seen.
    public var name: String
    /// Every stored message by the author, newest first (at most `limit` of them).
    public var messages: [Suggestion]
    /// How many of their messages ended in each action (the action that ran or was chosen, allow included).
    public var countsByAction: [ModerationAction: Int]
    /// How many messages the store holds for them in all (may exceed `messages.count`).
    public var total: Int
    /// Their first message the store saw.
    public var firstSeen: Date?

    public init(authorID: Snowflake, name: String, messages: [Suggestion], countsByAction: [ModerationAction: Int], total: Int, firstSeen: Date?) {
        self.authorID = authorID
        self.name = name
        self.messages = messages
        self.countsByAction = countsByAction
        self.total = total
        self.firstSeen = firstSeen
    }

    /// When the Discord account was created (read from the user id).
    public var accountCreated: Date { authorID.createdAt }
}
