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
            return try Row.fetchAll(db, sql: "SELECT * FROM suggestion WHERE id IN (\(placeholders))", arguments: StatementArguments(ids))
                .map { row throws(StoreError) in try Suggestion(row: row) }
        }
    }

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
        do { return try pool.read(body) } catch { throw Self.wrap(error) }
    }
}

extension Store.QueueScope {
    /// The states `open` shows, as `Store.queue(.open)` selects them.
    public static let openStates: Set<Suggestion.State> = [.pending, .approved, .overridden, .executing, .failed]
}
