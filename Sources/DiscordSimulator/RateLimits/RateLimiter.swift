import Foundation

/// Where a bucket stands after (or without) counting a request, and the
/// `X-RateLimit-*` headers that say so.
struct BucketStatus: Sendable, Equatable {
    var limit: Int
    var remaining: Int
    var resetAt: Date
    var resetAfter: Double
    /// The opaque bucket hash sent as `X-RateLimit-Bucket`.
    var bucket: String

    var headers: [(String, String)] {
        [
            ("X-RateLimit-Limit", String(limit)),
            ("X-RateLimit-Remaining", String(remaining)),
            ("X-RateLimit-Reset", DiscordTime.seconds(resetAt.timeIntervalSince1970)),
            ("X-RateLimit-Reset-After", DiscordTime.seconds(resetAfter)),
            ("X-RateLimit-Bucket", bucket),
        ]
    }
}

/// What the limiter decided about one request.
enum RateLimitDecision: Sendable, Equatable {
    /// Counted against the bucket; the response carries these headers.
    case admitted(BucketStatus)
    /// The route's bucket, or a delete's age class (`DeleteAgeLimits`), is exhausted for `retryAfter` more seconds.
    case limited(BucketStatus, retryAfter: Double)
    /// The bot's global per-second limit is exhausted.
    case globallyLimited(retryAfter: Double)
}

/// Real rate-limit buckets: a fixed window per route class (or route template)
/// and major id, for deletes also one per message age class and channel
/// (`DeleteAgeLimits`), plus a global window (one second unless lengthened
/// for a test) across every API request.
///
/// A window opens with the first request after the previous one ended, as
/// Discord's do, so `Reset-After` counts down from that request.
struct RateLimiter: Sendable {
    private struct Window: Sendable {
        var start: Date
        var count: Int
    }

    private struct BucketKey: Hashable, Sendable {
        var bucket: String
        var majorID: String
    }

    let table: RateLimitTable
    /// Extra limits on deletes by message age, per channel.
    let deleteAgeLimits: DeleteAgeLimits
    let globalPerSecond: Int
    /// The global window's length in seconds.
    let globalWindowLength: Double
    private var windows: [BucketKey: Window] = [:]
    private var globalWindow: Window?
    /// Until when an injected 429 keeps a bucket empty.
    private var holds: [BucketKey: Date] = [:]
    /// Until when an injected global 429 keeps every route empty.
    private var globalHold: Date?

    init(table: RateLimitTable, globalPerSecond: Int, globalWindow: Duration = .seconds(1), deleteAgeLimits: DeleteAgeLimits = .none) {
        self.table = table
        self.deleteAgeLimits = deleteAgeLimits
        self.globalPerSecond = globalPerSecond
        self.globalWindowLength = globalWindow.seconds
    }

    /// Counts a request against the global window and its route's bucket, and
    /// a message delete also against its age class's limit in the channel.
    mutating func admit(_ route: APIRoute, now: Date) -> RateLimitDecision {
        if let hold = globalHold, hold > now {
            return .globallyLimited(retryAfter: Self.remaining(until: hold, now: now))
        }
        if globalPerSecond > 0 {
            var global = current(globalWindow, window: globalWindowLength, now: now)
            if global.count >= globalPerSecond {
                globalWindow = global
                return .globallyLimited(retryAfter: Self.remaining(of: global, window: globalWindowLength, now: now))
            }
            global.count += 1
            globalWindow = global
        }

        let rate = table[route.routeClass]
        let key = BucketKey(bucket: route.bucketName, majorID: route.majorID)
        var window = current(windows[key], window: rate.window.seconds, now: now)
        if let hold = holds[key], hold > now {
            let status = BucketStatus(limit: rate.limit, remaining: 0, resetAt: hold,
                                      resetAfter: Self.remaining(until: hold, now: now), bucket: Self.bucketHash(route.bucketName))
            return .limited(status, retryAfter: status.resetAfter)
        }
        if window.count >= rate.limit {
            windows[key] = window
            let status = status(of: window, rate: rate, route: route, now: now)
            return .limited(status, retryAfter: status.resetAfter)
        }
        if let ageClass = route.deleteAgeClass(now: now), let ageRate = deleteAgeLimits[ageClass] {
            // The channel's bucket as it stands (the refused delete is not counted), and the wait for the age class.
            let ageKey = BucketKey(bucket: route.bucketName + "/" + ageClass.rawValue, majorID: route.majorID)
            var ageWindow = current(windows[ageKey], window: ageRate.window.seconds, now: now)
            if ageWindow.count >= ageRate.limit {
                windows[ageKey] = ageWindow
                windows[key] = window
                return .limited(status(of: window, rate: rate, route: route, now: now),
                                retryAfter: Self.remaining(of: ageWindow, window: ageRate.window.seconds, now: now))
            }
            ageWindow.count += 1
            windows[ageKey] = ageWindow
        }
        window.count += 1
        windows[key] = window
        return .admitted(status(of: window, rate: rate, route: route, now: now))
    }

    /// After an injected 429: the route's bucket (every route, when `global`)
    /// stays empty for `seconds`, so a request sent before then gets a real
    /// 429, as Discord would answer a client that did not wait.
    mutating func hold(_ route: APIRoute?, global: Bool, for seconds: Double, now: Date) {
        let until = now.addingTimeInterval(seconds)
        if global {
            globalHold = max(globalHold ?? until, until)
        } else if let route {
            let key = BucketKey(bucket: route.bucketName, majorID: route.majorID)
            holds[key] = max(holds[key] ?? until, until)
        }
    }

    /// The bucket's state without counting a request, for the headers of an injected 429.
    func peek(_ route: APIRoute, now: Date) -> BucketStatus {
        let rate = table[route.routeClass]
        let window = current(windows[BucketKey(bucket: route.bucketName, majorID: route.majorID)],
                             window: rate.window.seconds, now: now)
        return status(of: window, rate: rate, route: route, now: now)
    }

    /// The stable opaque hash Discord-style clients key their buckets by.
    static func bucketHash(_ name: String) -> String {
        func fnv1a(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in "modconsole-sim/\(name)".utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01B3
            }
            return hash
        }
        let high = fnv1a(0xCBF2_9CE4_8422_2325)
        let low = fnv1a(0x8422_2325_CBF2_9CE4)
        return String(format: "%016llx%016llx", high, low)
    }

    private func current(_ window: Window?, window length: Double, now: Date) -> Window {
        guard let window, now.timeIntervalSince(window.start) < length else { return Window(start: now, count: 0) }
        return window
    }

    private func status(of window: Window, rate: RateLimit, route: APIRoute, now: Date) -> BucketStatus {
        let length = rate.window.seconds
        return BucketStatus(
            limit: rate.limit,
            remaining: max(rate.limit - window.count, 0),
            resetAt: window.start.addingTimeInterval(length),
            resetAfter: Self.remaining(of: window, window: length, now: now),
            bucket: Self.bucketHash(route.bucketName)
        )
    }

    /// Seconds left in a window, rounded up to the millisecond so a client that
    /// sleeps exactly this long lands in the next window.
    private static func remaining(of window: Window, window length: Double, now: Date) -> Double {
        remaining(until: window.start.addingTimeInterval(length), now: now)
    }

    private static func remaining(until end: Date, now: Date) -> Double {
        let left = end.timeIntervalSince(now)
        return max((left * 1000).rounded(.up) / 1000, 0.001)
    }
}

extension Duration {
    /// The duration in (fractional) seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
