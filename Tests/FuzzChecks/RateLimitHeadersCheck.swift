import DiscordREST
import Foundation

extension FuzzTarget {
    /// An answer's rate-limit headers and 429 body. The input is the status
    /// (429 when the first byte is odd, else 200), then `name: value` lines
    /// up to an empty line, then the body. Every wait read from it is one the
    /// rate limiter can turn into a `Duration` and a `Date`: finite, not
    /// negative, at most a year; a 200 has no retry-after.
    public static let rateLimitHeaders = FuzzTarget(name: "rate-limit-headers") { data in
        guard let first = data.first else { return nil }
        return RateLimitHeadersCheck.check(RateLimitHeadersCheck.response(status: first % 2 == 1 ? 429 : 200, data.dropFirst()))
    }
}

enum RateLimitHeadersCheck {
    static let longestWait: Double = 365 * 24 * 3600

    static func response(status: Int, _ bytes: Data) -> HTTPResponse {
        let separator = bytes.firstRange(of: Data("\n\n".utf8))
        let head = String(decoding: bytes[..<(separator?.lowerBound ?? bytes.endIndex)], as: UTF8.self)
        var headers: [String: String] = [:]
        for line in head.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPResponse(status: status, headers: headers, body: Data(bytes[(separator?.upperBound ?? bytes.endIndex)...]))
    }

    static func check(_ response: HTTPResponse) -> String? {
        let parsed = RateLimitHeaders(response)
        for (name, wait) in [("reset-after", parsed.resetAfter), ("retry-after", parsed.retryAfter)] {
            if let wait, !(wait.isFinite && 0 <= wait && wait <= longestWait) { return "\(name) \(wait) is not a wait the limiter can keep" }
        }
        if response.status != 429, parsed.retryAfter != nil { return "a \(response.status) gave a retry-after" }
        return nil
    }
}
