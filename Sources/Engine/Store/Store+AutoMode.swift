import Foundation
import GRDB

/// Auto mode is one switch shared by every engine and console on a store:
/// kept in the store, so a console never shows MANUAL while a headless
/// engine acts on its own, and changed only on purpose (`modconsole auto`,
/// `run --auto` / `--manual`, the console's A key), each saying so.
extension Store {
    /// Whether auto mode is on, and since when (nil: never set, which is off).
    public struct AutoMode: Sendable, Hashable {
        public var enabled: Bool
        public var since: Date?
    }

    /// The switch as stored. Each engine asks every half second: one row, read on the caller's thread.
    public func autoMode() async throws(StoreError) -> AutoMode {
        let row = try quickRead { db in try Row.fetchOne(db.cachedStatement(sql: "SELECT value, at FROM status WHERE key = 'auto'")) }
        guard let row else { return AutoMode(enabled: false, since: nil) }
        return AutoMode(enabled: try row.decoded("value", in: "status", as: String.self) == "on", since: try row.decodedDate("at", in: "status"))
    }

    /// Turns auto mode on or off for every engine on the store. Off also
    /// cancels every pending auto action, so nothing runs on its own after it.
    public func setAutoMode(_ enabled: Bool, now: Date = Date()) async throws(StoreError) {
        try await setStatus("auto", enabled ? "on" : "off", at: now)
        if !enabled { try await unscheduleAll(now: now) }
        try await record(EngineEvent(.suggestionChanged, at: now, detail: enabled ? "auto mode on" : "auto mode off"))
    }

    /// Sets when a pending suggestion runs in auto mode, unless vetoed. It
    /// only takes while auto mode is on, checked in the same transaction, so
    /// once `auto off` has cancelled the pending actions no engine schedules
    /// another, whatever it read a moment before. Returns whether it took.
    @discardableResult
    public func schedule(_ id: Int64, dueAt: Date, dryRun: Bool = false, now: Date = Date()) async throws(StoreError) -> Bool {
        try await write { db in
            try db.execute(sql: """
                UPDATE suggestion SET due_at = ?, dry_run = ?, updated_at = ?
                WHERE id = ? AND state = 'pending' AND decided_by IS NULL
                    AND EXISTS (SELECT 1 FROM status WHERE key = 'auto' AND value = 'on')
                """, arguments: [dueAt.timeIntervalSince1970, dryRun, now.timeIntervalSince1970, id])
            guard db.changesCount == 1, let suggestion = try Self.fetchSuggestion(db, id: id) else { return false }
            try db.append(EngineEvent(.suggestionChanged, at: now, suggestion: suggestion,
                                      detail: "auto action due at \(ISO8601DateFormatter().string(from: dueAt))"))
            return true
        }
    }

    /// The ids of pending suggestions no one has decided or scheduled, for auto
    /// mode to consider. Ids only: the engine asks every half second, and
    /// decodes only those it has not already declined (a million-message store
    /// kept 2,717 such rows, 109 ms to decode each round).
    public func unscheduledIDs() async throws(StoreError) -> [Int64] {
        try await read { db in
            try Row.fetchAll(db.cachedStatement(sql: Self.unscheduledQuery)).map { row throws(StoreError) in
                try row.decoded("id", in: "suggestion")
            }
        }
    }

    /// Run every half second in auto mode: an index search (suggestion_state), however large the store.
    static let unscheduledQuery = "SELECT id FROM suggestion WHERE state = 'pending' AND due_at IS NULL AND decided_by IS NULL ORDER BY id"

    /// Cancels every scheduled auto action (auto mode turned off).
    public func unscheduleAll(now: Date = Date()) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "UPDATE suggestion SET due_at = NULL, updated_at = ? WHERE state = 'pending' AND due_at IS NOT NULL",
                           arguments: [now.timeIntervalSince1970])
        }
    }
}
