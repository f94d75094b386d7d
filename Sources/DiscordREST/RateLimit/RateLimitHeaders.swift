import Foundation

/// What Discord's rate-limit headers and 429 body say about one answer.
package struct RateLimitHeaders: Sendable {
    package var limit: Int?
    package var remaining: Int?
    /// Seconds until the bucket refills (relative, so immune to clock skew).
    package var resetAfter: Double?
    package var bucket: String?
    package var isGlobal: Bool
    /// user, global or shared; a `shared` 429 does not count against the invalid-request cap.
    package var scope: String?
    /// For a 429: how long to wait, from the JSON body, else from Retry-After.
    package var retryAfter: Double?
    /// A 429 without a JSON body comes from Cloudflare, not from the API.
    package var isCloudflare: Bool

    /// The longest wait a header may ask for: Cloudflare's bans last about an hour; a day covers any honest answer.
    static let longestWait: Double = 86_400

    /// A wait in seconds as a header gives it: finite, not negative, at most `longestWait`; nil when it is not a number.
    static func wait(_ text: String) -> Double? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), !value.isNaN else { return nil }
        return min(max(value, 0), longestWait)
    }

    package init(_ response: HTTPResponse) {
        limit = response.header("x-ratelimit-limit").flatMap { Int($0) }
        remaining = response.header("x-ratelimit-remaining").flatMap { Int($0) }
        resetAfter = response.header("x-ratelimit-reset-after").flatMap(Self.wait)
        bucket = response.header("x-ratelimit-bucket")
        scope = response.header("x-ratelimit-scope")
        var global = response.header("x-ratelimit-global")?.lowercased() == "true"
        var retry: Double? = nil
        var cloudflare = false
        if response.status == 429 {
            struct Body: Decodable { var retry_after: Double?; var global: Bool? }
            if let body = try? JSONDecoder().decode(Body.self, from: response.body) {
                retry = body.retry_after.flatMap { Self.wait(String($0)) }
                global = global || (body.global ?? false)
            } else {
                cloudflare = true
            }
            retry = retry ?? response.header("retry-after").flatMap(Self.wait)
        }
        isGlobal = global
        retryAfter = retry
        isCloudflare = cloudflare
    }
}

/// A wait the client is making because of a rate limit, for whoever displays status.
public struct RateLimitEvent: Sendable, Hashable {
    public enum Cause: String, Sendable {
        /// The bucket's Remaining reached 0; waiting for Reset-After.
        case bucketExhausted
        /// Discord answered 429 for this route.
        case tooManyRequests
        /// A global 429 (or Cloudflare) paused every request.
        case globalPause
        /// The client's own pace for the global 50 requests per second.
        case globalPace
    }
    public var route: String
    public var wait: Duration
    public var cause: Cause
}
