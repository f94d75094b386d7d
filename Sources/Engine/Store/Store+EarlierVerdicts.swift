import DiscordREST
import Foundation
import GRDB

extension Store {
    /// The verdict one of an author's messages was given, with where and what
    /// it judged: what a later copy of the same text may reuse.
    public struct EarlierVerdict: Sendable {
        public var suggestionID: Int64
        public var channelID: Snowflake
        public var channelName: String
        /// The judged text as the classifier read it (`JudgedContent.classifierText`).
        public var text: String
        public var verdict: Verdict
        /// When the judged message was posted.
        public var postedAt: Date
    }

    /// The verdicts given to `author`'s messages posted since `since`, newest
    /// first, at most 50 (as many as the cross-post search looks at). An index
    /// search (suggestion_author), run once per author in a poll's new messages.
    public func earlierVerdicts(author: Snowflake, since: Date) async throws(StoreError) -> [EarlierVerdict] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*, m.created_at AS posted_at FROM suggestion s JOIN message m ON m.id = s.message_id
                WHERE s.author_id = ? AND m.created_at >= ? ORDER BY s.id DESC LIMIT 50
                """, arguments: [author.sql, since.timeIntervalSince1970]).map { row throws(StoreError) in
                let suggestion = try Suggestion(row: row)
                return EarlierVerdict(suggestionID: suggestion.id, channelID: suggestion.channelID, channelName: suggestion.channelName,
                                      text: suggestion.judged.classifierText, verdict: suggestion.verdict,
                                      postedAt: try row.decodedDate("posted_at", in: "message"))
            }
        }
    }
}
