import DiscordREST
import Foundation
import GRDB

/// What Discord's rate-limit headers taught any process on this store, so a
/// new process (a `queue approve`) starts knowing which buckets are empty
/// until when, instead of learning it from a 429.
extension Store {
    /// The row that holds a global pause among the buckets.
    static let globalBucket = "*global*"

    /// Every route's bucket and every bucket and global pause not yet over at `now`.
    public func rateLimitState(now: Date = Date()) async throws(StoreError) -> RateLimitState {
        try await read { db in
            var state = RateLimitState()
            for row in try Row.fetchAll(db, sql: "SELECT route_key, bucket FROM rate_limit_route") {
                state.routes[try row.decoded("route_key", in: "rate_limit_route")] = try row.decoded("bucket", in: "rate_limit_route")
            }
            let rows = try Row.fetchAll(db, sql: "SELECT id, remaining, reset_at FROM rate_limit_bucket WHERE reset_at > ?",
                                        arguments: [now.timeIntervalSince1970])
            for row in rows {
                let id: String = try row.decoded("id", in: "rate_limit_bucket")
                let resetAt = Date(timeIntervalSince1970: try row.decoded("reset_at", in: "rate_limit_bucket"))
                if id == Self.globalBucket {
                    state.globalResumeAt = resetAt
                } else {
                    state.buckets[id] = .init(remaining: try row.decoded("remaining", in: "rate_limit_bucket"), resetAt: resetAt)
                }
            }
            return state
        }
    }

    /// Merges what one process learnt (newer answers replace older ones) and
    /// drops buckets that reset over a minute ago.
    public func saveRateLimits(_ changes: RateLimitState, now: Date = Date()) async throws(StoreError) {
        try await write { db in
            for (route, bucket) in changes.routes {
                try db.execute(sql: """
                    INSERT INTO rate_limit_route (route_key, bucket) VALUES (?, ?)
                    ON CONFLICT(route_key) DO UPDATE SET bucket = excluded.bucket
                    """, arguments: [route, bucket])
            }
            var rows = changes.buckets.map { ($0.key, $0.value.remaining, $0.value.resetAt) }
            if let resume = changes.globalResumeAt { rows.append((Self.globalBucket, 0, resume)) }
            for (id, remaining, resetAt) in rows {
                try db.execute(sql: """
                    INSERT INTO rate_limit_bucket (id, remaining, reset_at) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET remaining = excluded.remaining, reset_at = excluded.reset_at
                    """, arguments: [id, remaining, resetAt.timeIntervalSince1970])
            }
            try db.execute(sql: "DELETE FROM rate_limit_bucket WHERE reset_at < ?", arguments: [now.timeIntervalSince1970 - 60])
        }
    }
}

/// The store as the Discord client's rate-limit memory. Failures are
/// swallowed: the memory saves 429s, and a request must not fail for want of it.
public struct StoreRateLimits: RateLimitPersistence {
    public let store: Store

    public init(_ store: Store) { self.store = store }

    public func load() async -> RateLimitState {
        (try? await store.rateLimitState()) ?? RateLimitState()
    }

    public func save(_ changes: RateLimitState) async {
        try? await store.saveRateLimits(changes)
    }
}
