/// Something going wrong on the way to or from "Discord", injected with
/// `DiscordSimulator.inject(_:route:count:)` to prove a client copes.
///
/// Faults take precedence over everything else, authentication included: a
/// request that draws a fault gets the fault. Whether the request's effect
/// still happens differs by kind and is stated on each case.
public enum Fault: Sendable, Equatable {
    /// An error response with a Discord error body `{"code", "message"}`, e.g.
    /// `.status(502, code: 0, message: "Bad Gateway")` or
    /// `.status(503, code: 130000, message: "API resource is currently overloaded.")`.
    /// The request has no effect.
    case status(Int, code: Int, message: String)
    /// A 429 with the same headers and body a real overrun gets (with
    /// `X-RateLimit-Global` and scope `global` when `global`). No effect.
    /// Like a real one, it empties the route's bucket (every route's, when
    /// `global`) for `retryAfter` seconds: a request sent before then gets a
    /// real 429, so a client that does not wait is seen doing so.
    case rateLimited(retryAfter: Double, global: Bool)
    /// Waits, then handles the request normally (effect included).
    case delay(Duration)
    /// A 200 whose body is not JSON at all. No effect.
    case malformedJSON
    /// The normal response, effect included, with its JSON body cut in half:
    /// the change happened but the client cannot read the answer.
    case truncatedJSON
    /// The connection closes before a complete response. No effect.
    case dropConnection
    /// A 429 from Cloudflare in front of the API: an HTML page, no JSON and no
    /// rate-limit headers. No effect.
    case cloudflare429
}

/// Which requests a fault applies to: an optional method and a path glob
/// relative to `/api/v10`, where `*` matches exactly one segment and `**` any
/// number (including none).
///
/// `RouteMatcher(method: "DELETE", path: "/channels/*/messages/*")` matches
/// every single-message delete; `RouteMatcher(path: "/**")` matches everything.
/// Paths are matched as sent, percent-encoding included, without the query.
public struct RouteMatcher: Sendable, Equatable {
    public var method: String?
    public var path: String

    public init(method: String? = nil, path: String) {
        self.method = method?.uppercased()
        self.path = path
    }

    /// Whether a request with this method and `/api/v10`-relative path matches.
    public func matches(method: String, path requestPath: String) -> Bool {
        if let expected = self.method, expected != method.uppercased() { return false }
        return Self.glob(Self.segments(of: path)[...], Self.segments(of: requestPath)[...])
    }

    private static func segments(of path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    private static func glob(_ pattern: ArraySlice<String>, _ segments: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return segments.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            return (segments.startIndex...segments.endIndex).contains { glob(rest, segments[$0...]) }
        }
        guard let segment = segments.first, head == "*" || head == segment else { return false }
        return glob(pattern.dropFirst(), segments.dropFirst())
    }
}

/// Faults waiting for matching requests, consumed in the order they were injected.
struct FaultQueue: Sendable {
    private struct Entry: Sendable {
        var fault: Fault
        var matcher: RouteMatcher
        var remaining: Int
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ fault: Fault, matching matcher: RouteMatcher, count: Int) {
        guard count > 0 else { return }
        entries.append(Entry(fault: fault, matcher: matcher, remaining: count))
    }

    /// The first pending fault that matches, used up by one.
    mutating func take(method: String, path: String) -> Fault? {
        guard let index = entries.firstIndex(where: { $0.matcher.matches(method: method, path: path) }) else {
            return nil
        }
        let fault = entries[index].fault
        entries[index].remaining -= 1
        if entries[index].remaining == 0 { entries.remove(at: index) }
        return fault
    }

    mutating func removeAll() {
        entries.removeAll()
    }
}
