import DiscordREST
import Foundation

/// One message (and its cross-posted copies) with the action proposed for
/// it, moving through the states of DESIGN.md:
///
///     pending -> approved | overridden -> executing -> done | failed
///     pending -> dismissed              (a moderator chose allow)
///     pending (auto, dueAt) -> executing  (unless vetoed in the grace window)
///     done -> undoing -> reverted
///
/// Allow verdicts start as `allowed`: visible and overridable, never executed.
public struct Suggestion: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case allowed, pending, approved, overridden, executing, done, failed, dismissed, undoing, reverted

        /// A moderator may still decide (approve, override, dismiss).
        public var isOpen: Bool { [.allowed, .pending, .failed].contains(self) }
        /// Decided and waiting for an executor to claim it.
        public var isDecided: Bool { self == .approved || self == .overridden }
    }

    /// Another copy of a cross-posted message covered by the same suggestion.
    public struct Copy: Sendable, Hashable, Codable {
        public var messageID: Snowflake
        public var channelID: Snowflake
        public var channelName: String
        public init(messageID: Snowflake, channelID: Snowflake, channelName: String) {
            self.messageID = messageID
            self.channelID = channelID
            self.channelName = channelName
        }
    }

    public var id: Int64
    public var messageID: Snowflake
    public var channelID: Snowflake
    public var guildID: Snowflake?
    public var authorID: Snowflake
    public var authorName: String
    public var channelName: String
    /// What the author typed (empty for a forward or an attachment-only message).
    public var content: String
    /// The message this one forwards, if it is a forward.
    public var forwarded: Forward?
    /// Files attached to the message or to the one it forwards.
    public var attachments: [AttachmentNote]
    public var copies: [Copy]
    public var verdict: Verdict
    /// What a moderator chose instead of the verdict's action, if anything.
    public var chosenAction: ModerationAction?
    public var state: State
    /// When a pending auto action runs, unless vetoed.
    public var dueAt: Date?
    /// Who approved, overrode, dismissed, vetoed or undid it last.
    public var decidedBy: String?
    public var failure: String?
    /// The mode it was decided or scheduled in: a dry run changes nothing on
    /// Discord but the audit message, whichever engine executes it. Nil until decided.
    public var dryRun: Bool?
    /// The reason a moderator gave with the decision (told to the author instead of the verdict's).
    public var moderatorReason: String?
    /// Whether the author is told by DM (nil: the action's default).
    public var notifyAuthor: Bool?
    /// A private note moderators keep on the case; never sent to Discord.
    public var note: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, messageID: Snowflake, channelID: Snowflake, guildID: Snowflake? = nil, authorID: Snowflake,
                authorName: String, channelName: String, content: String, forwarded: Forward? = nil,
                attachments: [AttachmentNote] = [], copies: [Copy] = [], verdict: Verdict,
                chosenAction: ModerationAction? = nil, state: State, dueAt: Date? = nil, decidedBy: String? = nil,
                failure: String? = nil, dryRun: Bool? = nil, moderatorReason: String? = nil, notifyAuthor: Bool? = nil,
                note: String? = nil, createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.messageID = messageID
        self.channelID = channelID
        self.guildID = guildID
        self.authorID = authorID
        self.authorName = authorName
        self.channelName = channelName
        self.content = content
        self.forwarded = forwarded
        self.attachments = attachments
        self.copies = copies
        self.verdict = verdict
        self.chosenAction = chosenAction
        self.state = state
        self.dueAt = dueAt
        self.decidedBy = decidedBy
        self.failure = failure
        self.dryRun = dryRun
        self.moderatorReason = moderatorReason
        self.notifyAuthor = notifyAuthor
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// Everything that was judged: the author's words, the forwarded text, the file names.
    public var judged: JudgedContent { JudgedContent(own: content, forwarded: forwarded, attachments: attachments) }

    /// When the author posted the message (read from its id).
    public var postedAt: Date { messageID.createdAt }

    /// The action that runs: the moderator's choice, else the verdict's.
    public var action: ModerationAction { chosenAction ?? verdict.action }
    public var confidence: Double { verdict.confidence }
    /// Every message the action applies to: the original and its copies.
    /// The message's link in Discord (`https://discord.com/channels/guild/channel/message`);
    /// nil when the guild is unknown.
    public var jumpLink: String? {
        guard let guildID else { return nil }
        return "https://discord.com/channels/\(guildID)/\(channelID)/\(messageID)"
    }
    public var targets: [Copy] {
        [Copy(messageID: messageID, channelID: channelID, channelName: channelName)] + copies
    }
    /// What undo can do for this suggestion's action, said before it runs.
    public var undo: Undo { Undo(action) }
}

/// How far an action can be taken back (DESIGN.md "Actions on Discord").
public enum Undo: String, Sendable, Codable {
    /// Nothing happened on Discord.
    case nothingToUndo = "nothing to undo"
    /// Fully: the repost goes, the message returns to its channel (reposted with attribution).
    case full = "can be undone"
    /// Only approximately: the content is reposted by the bot with attribution; the original is gone.
    case repostOnly = "cannot be truly undone: undo reposts the content with attribution"

    public init(_ action: ModerationAction) {
        switch action {
        case .allow: self = .nothingToUndo
        case .move, .flag, .timeout, .ban: self = .full
        case .delete: self = .repostOnly
        }
    }
}

/// A reference to a Discord message, for events and audit rows.
public struct MessageRef: Sendable, Hashable, Codable {
    public var messageID: Snowflake
    public var channelID: Snowflake
}
