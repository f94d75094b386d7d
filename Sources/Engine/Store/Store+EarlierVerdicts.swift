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

    /// The verdicts given to `author`'s messages posted since `since` whose
    /// own words match one of `ownTextKeys` (`CrossPost.sameTextKey` of the
    /// message's content), newest first, among their latest 50 (as many as the
    /// cross-post search looks at). Run once per author in a poll's new
    /// messages: the candidates are found from the content column alone (an
    /// index range search, suggestion_author_standing: the author, message ids
    /// in the window, since an id holds its creation time), and only they are
    /// decoded, so an author's older history is never read.
    public func earlierVerdicts(author: Snowflake, since: Date, ownTextKeys: Set<String>) async throws(StoreError) -> [EarlierVerdict] {
        try await read { db in
            let candidates = try Row.fetchAll(db, sql: """
                SELECT s.id, s.content FROM suggestion s JOIN message m ON m.id = s.message_id
                WHERE s.author_id = ? AND s.message_id >= ? AND m.created_at >= ? ORDER BY s.id DESC LIMIT 50
                """, arguments: [author.sql, Snowflake(date: since).sql, since.timeIntervalSince1970]).compactMap { row throws(StoreError) -> Int64? in
                let content: String = try row.decoded("content", in: "suggestion")
                return ownTextKeys.contains(CrossPost.sameTextKey(content)) ? try row.decoded("id", in: "suggestion") : nil
            }
            guard !candidates.isEmpty else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT s.*, m.created_at AS posted_at FROM suggestion s JOIN message m ON m.id = s.message_id
                WHERE s.id IN (\(candidates.map { _ in "?" }.joined(separator: ", "))) ORDER BY s.id DESC
                """, arguments: StatementArguments(candidates)).map { row throws(StoreError) in
                let suggestion = try Suggestion(row: row)
                return EarlierVerdict(suggestionID: suggestion.id, channelID: suggestion.channelID, channelName: suggestion.channelName,
                                      text: suggestion.judged.classifierText, verdict: suggestion.verdict,
                                      postedAt: try row.decodedDate("posted_at", in: "message"))
            }
        }
    }
}
