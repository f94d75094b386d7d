import DiscordREST
import Foundation
import GRDB

/// A moderator's final word on one message, as a labelled example: what a
/// human decided, which is worth learning from where it differs from the
/// suggestion (`modconsole labels export`, `train --include-store`).
public struct ModeratorLabel: Sendable, Hashable {
    /// The decision that produced the label.
    public enum Source: String, Sendable, Codable, CaseIterable {
        /// The suggested action was run as proposed.
        case approve
        /// Another action was chosen (`queue set`).
        case override
        /// The message was left alone.
        case dismiss
        /// A pending auto action was stopped: the moderator did not want it run.
        case veto
        /// An executed action was taken back: the moderator changed their mind, so the message stands.
        case undo
    }

    public var messageID: Snowflake
    /// The message in the corpus format with the moderator's action. A
    /// timeout or ban counts as delete, the classifiable action of the same
    /// risk; a veto, a dismiss and an undo count as allow. `line` is the
    /// label's row id in the store.
    public var example: LabelledMessage
    /// What the classifier had proposed.
    public var suggestedAction: ModerationAction
    public var source: Source
    public var moderator: String
    public var at: Date
}

extension Store {
    /// The moderators' final labels: for each message, only its latest
    /// decision (a later override, dismiss or undo replaces an earlier
    /// approve; a reopen withdraws them all until the next decision), in the
    /// order those decisions were made. Decisions are
    /// ordered by row id, the order their transactions committed, so clocks
    /// that differ between processes sharing the store do not matter.
    public func moderatorLabels() async throws(StoreError) -> [ModeratorLabel] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM label WHERE id IN (SELECT MAX(id) FROM label WHERE withdrawn_at IS NULL GROUP BY message_id) ORDER BY id
                """).map { row throws(StoreError) in try ModeratorLabel(row: row) }
        }
    }

    /// Records a moderator's decision on a suggestion as a label, inside the
    /// transaction that makes the decision.
    static func appendLabel(_ db: Database, for suggestion: Suggestion, action: ModerationAction, source: ModeratorLabel.Source,
                            moderator: String, now: Date) throws {
        let intent = action == suggestion.verdict.action ? suggestion.verdict.intent : intent(for: action, given: suggestion.verdict.intent)
        try db.execute(sql: """
            INSERT INTO label (message_id, content, author, channel_name, intent, action, suggested_action, source, moderator, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [suggestion.messageID.sql, suggestion.judged.classifierText, suggestion.authorName, suggestion.channelName,
                             intent.rawValue, action.rawValue, suggestion.verdict.action.rawValue, source.rawValue, moderator,
                             now.timeIntervalSince1970])
    }

    /// Withdraws every standing label of a message (its decision was reopened):
    /// kept for the record, no longer exported or learnt from.
    static func withdrawLabels(of messageID: Snowflake, _ db: Database, now: Date) throws {
        try db.execute(sql: withdrawLabelsStatement, arguments: [now.timeIntervalSince1970, messageID.sql])
    }

    /// An index search (label_message), however many labels the store holds.
    static let withdrawLabelsStatement = "UPDATE label SET withdrawn_at = ? WHERE message_id = ? AND withdrawn_at IS NULL"

    /// A moderator's action implies an intent when it contradicts the verdict's:
    /// moving means it was about jobs; allowing a job post keeps its intent.
    static func intent(for action: ModerationAction, given intent: Intent) -> Intent {
        action == .move && intent == .other ? .postJob : intent
    }
}

extension ModeratorLabel {
    /// A label as stored; a column that cannot be read is a `StoreError` naming it.
    init(row: Row) throws(StoreError) {
        let table = "label"
        let id: Int64 = try row.decoded("id", in: table)
        let action: ModerationAction = try row.decoded("action", in: table)
        messageID = Snowflake(sql: try row.decoded("message_id", in: table))
        example = LabelledMessage(message: try row.decoded("content", in: table), author: try row.decoded("author", in: table),
                                  channelName: try row.decoded("channel_name", in: table), intent: try row.decoded("intent", in: table),
                                  action: ModerationAction.classifiable.contains(action) ? action : .delete, line: Int(id))
        suggestedAction = try row.decoded("suggested_action", in: table)
        source = try row.decoded("source", in: table)
        moderator = try row.decoded("moderator", in: table)
        at = try row.decodedDate("at", in: table)
    }
}
