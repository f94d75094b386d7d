import DiscordREST
import Foundation

/// One message (and its cross-posted copies) with the action proposed for
/// it, moving through the states of DESIGN.md:
///
///     pending -> approved | overridden -> executing -> done | failed
///     pending -> dismissed              (a moderator chose allow)
///     pending (auto, dueAt) -> executing  (unless vetoed in the grace window)
///     done -> undoing -> reverted       (open again: a new decision may follow)
///     dismissed | reverted -> pending | allowed   (reopen)
///
/// Allow verdicts start as `allowed`: visible and overridable, never executed.
public struct Suggestion: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case allowed, pending, approved, overridden, executing, done, failed, dismissed, undoing, reverted

        /// A moderator may still decide (approve, override, dismiss). A
        /// reverted action is open: the moderator took it back to choose again.
        public var isOpen: Bool { [.allowed, .pending, .failed, .reverted].contains(self) }
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
    /// For a ban: how far back Discord deletes the author's messages (nil: only the judged message and its copies).
    public var deleteMessageSeconds: Int?
    /// A private note moderators keep on the case; never sent to Discord.
    public var note: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, messageID: Snowflake, channelID: Snowflake, guildID: Snowflake? = nil, authorID: Snowflake,
                authorName: String, channelName: String, content: String, forwarded: Forward? = nil,
                attachments: [AttachmentNote] = [], copies: [Copy] = [], verdict: Verdict,
                chosenAction: ModerationAction? = nil, state: State, dueAt: Date? = nil, decidedBy: String? = nil,
                failure: String? = nil, dryRun: Bool? = nil, moderatorReason: String? = nil, notifyAuthor: Bool? = nil,
                deleteMessageSeconds: Int? = nil, note: String? = nil, createdAt: Date, updatedAt: Date? = nil) {
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
        self.deleteMessageSeconds = deleteMessageSeconds
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
    /// The reason the author is told: the moderator's, else the verdict's.
    public var reason: String { moderatorReason ?? verdict.reason }
    /// The message's link in Discord (`https://discord.com/channels/guild/channel/message`);
    /// nil when the guild is unknown.
    public var jumpLink: String? {
        guard let guildID else { return nil }
        return "https://discord.com/channels/\(guildID)/\(channelID)/\(messageID)"
    }
    /// Every message the action applies to: the original and its copies.
    public var targets: [Copy] {
        [Copy(messageID: messageID, channelID: channelID, channelName: channelName)] + copies
    }
    /// What undo can do for this suggestion: said before the action runs, and
    /// after an undo that it has been taken back already.
    public var undo: Undo { state == .reverted ? .alreadyUndone : Undo(action) }

    /// The state a decision leads to, before any executor runs: approved or
    /// overridden when something will run on Discord, dismissed when nothing
    /// will, pending after a veto. The store and the engine both follow this
    /// one rule, so every front end decides alike.
    public func state(after decision: Decision) -> State {
        switch decision {
        case .approve: return action == .allow ? .dismissed : .approved
        case .override(let chosen): return chosen == .allow ? .dismissed : .overridden
        case .dismiss: return .dismissed
        case .veto: return .pending
        }
    }
}

extension Suggestion {
    /// What the latest decision, undo or reopen came to, read from the
    /// suggestion as it now stands: what front ends report, and what
    /// `modconsole queue` picks its exit status from.
    public enum Outcome: Sendable, Hashable, CustomStringConvertible {
        /// The action ran on Discord (or as a dry run).
        case executed
        /// Nothing runs on Discord: the message stays.
        case dismissed
        /// The action was taken back; the suggestion is open for a new decision.
        case reverted
        /// Open and waiting for a decision (new, vetoed or reopened).
        case open
        /// Decided, and waiting for or in the hands of an executor (perhaps another engine's).
        case inProgress
        /// The action, or its undo, stopped; says why.
        case failed(String)

        /// Whether what was asked took effect.
        public var succeeded: Bool {
            switch self {
            case .executed, .dismissed, .reverted, .open: return true
            case .inProgress, .failed: return false
            }
        }

        public var description: String {
            switch self {
            case .executed: return "executed"
            case .dismissed: return "dismissed: nothing runs on Discord"
            case .reverted: return "reverted: open for a new decision"
            case .open: return "open for a decision"
            case .inProgress: return "still running in another engine; `modconsole queue list` shows how it ends"
            case .failed(let why): return "failed: \(why)"
            }
        }
    }

    /// The outcome: a recorded failure (of the action or of its undo) wins over the state.
    public var outcome: Outcome {
        if let failure { return .failed(failure) }
        switch state {
        case .done: return .executed
        case .dismissed: return .dismissed
        case .reverted: return .reverted
        case .allowed, .pending: return .open
        case .approved, .overridden, .executing, .undoing: return .inProgress
        case .failed: return .failed("no reason recorded")
        }
    }
}

/// How far an action can be taken back (DESIGN.md "Actions on Discord").
public enum Undo: String, Sendable, Codable {
    /// Nothing happened on Discord.
    case nothingToUndo = "nothing to undo"
    /// Fully: the repost goes, the message returns to its channel (reposted with attribution).
    case full = "can be undone"
    /// Only approximately: the content is reposted by the bot with attribution; the original is gone.
    case repostOnly = "cannot be truly undone: undo reposts the content with attribution"
    /// Only approximately: the ban is lifted and the judged message reposted with attribution, but the
    /// author must rejoin and messages Discord deleted with the ban do not come back.
    case liftBanAndRepost = "cannot be truly undone: undo lifts the ban and reposts the message with attribution; the author must rejoin"
    /// Taken back already; the suggestion is open for a new decision.
    case alreadyUndone = "already undone: open for a new decision"

    public init(_ action: ModerationAction) {
        switch action {
        case .allow: self = .nothingToUndo
        case .move, .flag, .timeout: self = .full
        case .delete: self = .repostOnly
        case .ban: self = .liftBanAndRepost
        }
    }
}

/// A reference to a Discord message, for events and audit rows.
public struct MessageRef: Sendable, Hashable, Codable {
    public var messageID: Snowflake
    public var channelID: Snowflake
}
