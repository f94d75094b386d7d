import Foundation
import GRDB

/// Narrow reads for keeping a view up to date (only the rows an event names,
/// only the audit entries after the newest one already held) and for the
/// engine's idle loop. Each is an index lookup, whatever the size of the store.
extension Store {
    /// The suggestions with these ids (those that exist), in no particular order.
    public func suggestions(_ ids: [Int64]) async throws(StoreError) -> [Suggestion] {
        guard !ids.isEmpty else { return [] }
        return try await read { db in
            let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
            return try Self.fetchSuggestions(db, sql: "SELECT * FROM suggestion WHERE id IN (\(placeholders))", arguments: StatementArguments(ids))
        }
    }

    /// When a suggestion row last changed, without decoding it.
    public struct RowVersion: Sendable, Hashable {
        public var id: Int64
        public var updatedAt: Date
    }

    /// The versions of the rows a queue of `Store.queue(.open, limit: openLimit)`
    /// plus `Store.queue(.all, limit: limit)` holds, newest first: a view
    /// re-reads only the rows whose version differs from its own copy.
    public func queueVersions(limit: Int, openLimit: Int) async throws(StoreError) -> (open: [RowVersion], recent: [RowVersion]) {
        try await read { db in
            let versions = { (sql: String, limit: Int) throws -> [RowVersion] in
                try Row.fetchAll(db, sql: sql, arguments: [limit]).map { row throws(StoreError) in
                    RowVersion(id: try row.decoded("id", in: "suggestion"), updatedAt: try row.decodedDate("updated_at", in: "suggestion"))
                }
            }
            return (try versions(Self.openVersionsQuery, openLimit),
                    try versions("SELECT id, updated_at FROM suggestion ORDER BY id DESC LIMIT ?", limit))
        }
    }

    /// Read from the index alone (suggestion_state holds updated_at): the
    /// open rows are scattered through a large store, one page each.
    static let openVersionsQuery = "SELECT id, updated_at FROM suggestion WHERE \(QueueScope.openCondition) ORDER BY id DESC LIMIT ?"

    /// Audit entries newer than entry `id`, newest first, at most `limit`.
    public func audit(after id: Int64, limit: Int) async throws(StoreError) -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE id > ? ORDER BY id DESC LIMIT ?", arguments: [id, limit])
                .map { row throws(StoreError) in try AuditEntry(row: row) }
        }
    }
}

extension Store {
    /// A read of a few rows by index, on the caller's thread. `read` hands
    /// its work to a reader's queue and back, two thread switches that cost
    /// more than such a query; the engine makes these every half second.
    func quickRead<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw wrap(error) }
    }
}

extension Store.QueueScope {
    /// The states `open` shows, as `Store.queue(.open)` selects them.
    public static let openStates: Set<Suggestion.State> = [.pending, .approved, .overridden, .executing, .failed]
    /// `openStates` as an SQL condition.
    static let openCondition = "state IN (" + openStates.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ") + ")"
}
