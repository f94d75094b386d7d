import DiscordREST
import Foundation
import GRDB

extension Store {
    /// Everything the store holds on one author: their suggestions newest
    /// first (at most `limit`; a cross-post and its copies are one), and over
    /// all of them the total, when the first was posted, and counts by the
    /// action that stands for each:
    /// - decided or executed: the action chosen or run (dismissed counts as allow);
    /// - reverted: allow, since the message was put back;
    /// - open and undecided: the suggested action.
    /// An author the store has never seen gets an empty profile named by their id.
    public func authorProfile(_ authorID: Snowflake, limit: Int = 200) async throws(StoreError) -> AuthorProfile {
        try await read { db in
            let messages = try Self.fetchSuggestions(db, sql: Self.authorSuggestionsQuery, arguments: [authorID.sql, max(limit, 0)])
            var counts: [ModerationAction: Int] = [:]
            var total = 0
            for row in try Row.fetchAll(db, sql: Self.authorCountsQuery, arguments: [authorID.sql]) {
                let n: Int = try row.decoded("n", in: "suggestion")
                counts[try row.decoded("standing", in: "suggestion", as: ModerationAction.self), default: 0] += n
                total += n
            }
            let firstSeen = try Double.fetchOne(db, sql: Self.authorFirstSeenQuery, arguments: [authorID.sql])
                .map(Date.init(timeIntervalSince1970:))
            return AuthorProfile(authorID: authorID, name: messages.first?.authorName ?? authorID.description, messages: messages,
                                 countsByAction: counts, total: total, firstSeen: firstSeen)
        }
    }

    // The author view's queries: index searches (suggestion_author_standing,
    // message_author), the counts read from the index alone, however many
    // messages the author wrote.
    static let authorSuggestionsQuery = "SELECT * FROM suggestion WHERE author_id = ? ORDER BY message_id DESC LIMIT ?"
    static let authorCountsQuery = """
        SELECT CASE WHEN state = 'reverted' THEN 'allow' ELSE COALESCE(chosen_action, suggested_action) END AS standing,
               COUNT(*) AS n
        FROM suggestion WHERE author_id = ? GROUP BY standing
        """
    static let authorFirstSeenQuery = "SELECT MIN(created_at) FROM message WHERE author_id = ?"
}
