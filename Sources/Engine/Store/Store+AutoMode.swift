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
}
