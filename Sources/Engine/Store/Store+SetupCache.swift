import Foundation
import GRDB

/// Facts about Discord that rarely change (the bot's user, a channel's name
/// and guild, the guild's name), kept briefly so a short-lived process does
/// not ask Discord for them on every decision.
extension Store {
    /// How long a cached set-up fact is trusted.
    public static let setupCacheLifetime: TimeInterval = 600

    /// The value cached under `key` within the last `maxAge` seconds, or nil.
    public func cachedSetup(_ key: String, maxAge: TimeInterval = setupCacheLifetime, now: Date = Date()) async throws(StoreError) -> String? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT value FROM setup_cache WHERE key = ? AND at > ?",
                                             arguments: [key, now.timeIntervalSince1970 - maxAge]) else { return nil }
            return try row.decoded("value", in: "setup_cache") as String
        }
    }

    /// Caches `value` under `key` as of `now`.
    public func cacheSetup(_ key: String, _ value: String, now: Date = Date()) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO setup_cache (key, value, at) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, at = excluded.at
                """, arguments: [key, value, now.timeIntervalSince1970])
        }
    }
}
