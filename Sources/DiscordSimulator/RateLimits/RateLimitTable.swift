/// The groups of routes that share a rate-limit bucket (per channel or guild id).
public enum RouteClass: String, Sendable, CaseIterable {
    /// `GET /channels/{c}/messages` and `GET /channels/{c}/messages/{m}`.
    case readMessages
    /// `POST /channels/{c}/messages`.
    case createMessage
    /// `DELETE /channels/{c}/messages/{m}`.
    case deleteMessage
    /// `POST /channels/{c}/messages/bulk-delete`.
    case bulkDelete
    /// `PUT` and `DELETE /channels/{c}/messages/{m}/reactions/{emoji}/@me`.
    case reaction
    /// `POST /users/@me/channels` (one bucket for the bot, no major id).
    case createDM
    /// Everything else; each method and route template gets its own bucket.
    case other
}

/// How many requests a bucket admits per window.
public struct RateLimit: Sendable, Equatable {
    public var limit: Int
    public var window: Duration

    /// `RateLimit(5, per: .seconds(1))`: five requests each second.
    public init(_ limit: Int, per window: Duration) {
        precondition(limit > 0, "a rate limit must admit at least one request")
        precondition(window > .zero, "a rate-limit window must be positive")
        self.limit = limit
        self.window = window
    }
}

/// The per-route-class limits the simulator enforces, one fixed window per
/// bucket and major id (channel or guild).
///
/// Discord's real limits are unpublished and change; clients must read the
/// headers rather than hard-code them. These values are realistic enough to
/// exercise a client's limiter and loose enough for a normal client to work.
/// Tests override single classes, e.g. `table.deleteMessage = RateLimit(5, per: .milliseconds(300))`.
public struct RateLimitTable: Sendable, Equatable {
    public var readMessages: RateLimit
    public var createMessage: RateLimit
    public var deleteMessage: RateLimit
    public var bulkDelete: RateLimit
    public var reaction: RateLimit
    public var createDM: RateLimit
    public var other: RateLimit

    public init(
        readMessages: RateLimit,
        createMessage: RateLimit,
        deleteMessage: RateLimit,
        bulkDelete: RateLimit,
        reaction: RateLimit,
        createDM: RateLimit,
        other: RateLimit
    ) {
        self.readMessages = readMessages
        self.createMessage = createMessage
        self.deleteMessage = deleteMessage
        self.bulkDelete = bulkDelete
        self.reaction = reaction
        self.createDM = createDM
        self.other = other
    }

    /// Discord-like limits, per channel for channel routes and per guild for guild routes:
    ///
    /// | class          | limit            |
    /// |----------------|------------------|
    /// | readMessages   | 20 per 1 s       |
    /// | createMessage  | 5 per 5 s        |
    /// | deleteMessage  | 5 per 1 s        |
    /// | bulkDelete     | 2 per 1 s        |
    /// | reaction       | 1 per 0.25 s     |
    /// | createDM       | 10 per 10 s      |
    /// | other          | 10 per 1 s       |
    public static let discordLike = RateLimitTable(
        readMessages: RateLimit(20, per: .seconds(1)),
        createMessage: RateLimit(5, per: .seconds(5)),
        deleteMessage: RateLimit(5, per: .seconds(1)),
        bulkDelete: RateLimit(2, per: .seconds(1)),
        reaction: RateLimit(1, per: .milliseconds(250)),
        createDM: RateLimit(10, per: .seconds(10)),
        other: RateLimit(10, per: .seconds(1))
    )

    /// The same limit for every class.
    public static func uniform(limit: Int, per window: Duration) -> RateLimitTable {
        let rate = RateLimit(limit, per: window)
        return RateLimitTable(
            readMessages: rate, createMessage: rate, deleteMessage: rate, bulkDelete: rate,
            reaction: rate, createDM: rate, other: rate
        )
    }

    /// The limit for one class.
    public subscript(routeClass: RouteClass) -> RateLimit {
        get {
            switch routeClass {
            case .readMessages: readMessages
            case .createMessage: createMessage
            case .deleteMessage: deleteMessage
            case .bulkDelete: bulkDelete
            case .reaction: reaction
            case .createDM: createDM
            case .other: other
            }
        }
        set {
            switch routeClass {
            case .readMessages: readMessages = newValue
            case .createMessage: createMessage = newValue
            case .deleteMessage: deleteMessage = newValue
            case .bulkDelete: bulkDelete = newValue
            case .reaction: reaction = newValue
            case .createDM: createDM = newValue
            case .other: other = newValue
            }
        }
    }

    /// A copy with one class changed: `.discordLike.with(.deleteMessage, RateLimit(5, per: .seconds(1)))`.
    public func with(_ routeClass: RouteClass, _ limit: RateLimit) -> RateLimitTable {
        var table = self
        table[routeClass] = limit
        return table
    }
}
