import Foundation

/// The responses for injected faults and for real rate limiting, which share
/// their 429 shape so a client cannot tell an injected one from a real one.
enum FaultResponses {
    /// A 429 as Discord sends it. A route 429 carries the bucket headers with
    /// scope `user`; a global one carries `X-RateLimit-Global: true` and scope
    /// `global`. Both carry `Retry-After` in whole seconds (rounded up) and a
    /// body with the exact `retry_after`.
    static func rateLimited(retryAfter: Double, global: Bool, bucket: BucketStatus?) -> APIResponse {
        let retryAfter = (retryAfter * 1000).rounded(.up) / 1000
        var headers: [(String, String)] = []
        if let bucket { headers += bucket.headers }
        if global { headers.append(("X-RateLimit-Global", "true")) }
        headers.append(("X-RateLimit-Scope", global ? "global" : "user"))
        headers.append(("Retry-After", String(Int(retryAfter.rounded(.up)))))
        let body: JSONValue = [
            "message": "You are being rate limited.",
            "retry_after": .double(retryAfter),
            "global": .bool(global),
        ]
        return APIResponse(status: 429, headers: headers, body: .json(body))
    }

    /// The response for a fault that replaces normal handling.
    /// `bucket` is the route's current bucket, when the path is a known route.
    static func response(for fault: Fault, bucket: BucketStatus?, now: Date) -> APIResponse {
        switch fault {
        case .status(let status, let code, let message):
            return APIResponse(status: status, body: .json(["message": .string(message), "code": .int(Int64(code))]))
        case .rateLimited(let retryAfter, let global):
            // An injected route 429 says the bucket is empty until the retry time.
            let exhausted = bucket.map {
                BucketStatus(limit: $0.limit, remaining: 0, resetAt: now.addingTimeInterval(retryAfter),
                             resetAfter: retryAfter, bucket: $0.bucket)
            }
            return rateLimited(retryAfter: retryAfter, global: global, bucket: global ? nil : exhausted)
        case .malformedJSON:
            return APIResponse(status: 200, body: .raw(Data(#"{"id": <html>upstream error</html>"#.utf8), contentType: "application/json"))
        case .dropConnection:
            return APIResponse(status: 200, body: .dropConnection(partial: Data(#"{"id": ""#.utf8)))
        case .cloudflare429:
            return APIResponse(status: 429, body: .raw(Data(cloudflarePage.utf8), contentType: "text/html; charset=UTF-8"))
        case .delay, .truncatedJSON:
            preconditionFailure("\(fault) is applied around normal handling, not instead of it")
        }
    }

    /// The normal response with its body cut in half. A response with no body
    /// (204) becomes a 200 carrying a lone `{`.
    static func truncated(_ response: APIResponse) -> APIResponse {
        var cut = response
        let data = response.bodyData
        if data.isEmpty {
            cut.status = 200
            cut.body = .raw(Data("{".utf8), contentType: "application/json")
        } else {
            cut.body = .raw(data.prefix(data.count / 2), contentType: "application/json")
        }
        return cut
    }

    /// What Cloudflare serves when it blocks an IP for too many invalid requests.
    static let cloudflarePage = """
        <!DOCTYPE html>
        <html lang="en-US">
        <head><title>Access denied | discord.com used Cloudflare to restrict access</title></head>
        <body>
        <div id="cf-wrapper">
        <h1><span class="cf-error-type">Error</span> <span class="cf-error-code">1015</span></h1>
        <h2 class="cf-subheadline">You are being rate limited</h2>
        <p>The owner of this website (discord.com) has banned you temporarily from accessing this website.</p>
        </div>
        </body>
        </html>
        """
}
