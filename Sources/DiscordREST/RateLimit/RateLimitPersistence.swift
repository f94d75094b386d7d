import Foundation

/// What one process learnt about Discord's rate limits, in wall-clock time so
/// another process can pick it up: which bucket each route is in, how much
/// each bucket has left until when, and until when every request must wait.
public struct RateLimitState: Sendable, Equatable {
    /// How much one bucket ("hash:major", or "METHOD template:major" before
    /// Discord named it) has left, until `resetAt`.
    public struct Bucket: Sendable, Equatable {
        public var remaining: Int
        public var resetAt: Date
        public init(remaining: Int, resetAt: Date) {
            self.remaining = remaining
            self.resetAt = resetAt
        }
    }

    /// Route key ("METHOD template") to the bucket hash Discord named for it.
    public var routes: [String: String]
    /// Bucket id to what it has left.
    public var buckets: [String: Bucket]
    /// Until when a global 429 pauses every request.
    public var globalResumeAt: Date?

    public init(routes: [String: String] = [:], buckets: [String: Bucket] = [:], globalResumeAt: Date? = nil) {
        self.routes = routes
        self.buckets = buckets
        self.globalResumeAt = globalResumeAt
    }

    /// True when there is nothing to say.
    public var isEmpty: Bool { routes.isEmpty && buckets.isEmpty && globalResumeAt == nil }
}

/// Where a client keeps what it learnt about rate limits so that the next
/// process starts knowing it: a short-lived command (`queue approve`) that
/// forgot the last one emptied a bucket would run straight into a 429.
///
/// `load` is called once, before the client's first request; `save` with
/// what changed since the last save (writes are coalesced: while one save
/// runs, further changes wait and go in the next).
public protocol RateLimitPersistence: Sendable {
    /// What earlier processes learnt (expired entries may be included; the client ignores them).
    func load() async -> RateLimitState
    /// Merges `changes` into what is kept.
    func save(_ changes: RateLimitState) async
}
