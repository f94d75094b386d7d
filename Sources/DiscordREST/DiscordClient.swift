import Foundation
import Logging
import Synchronization

/// A bot token. Its description is redacted so it cannot leak into logs or
/// error messages by accident; only the Authorization header sees the value.
public struct BotToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let value: String

    /// Accepts the token with or without a leading "Bot ".
    public init(_ token: String) {
        let trimmed = token.trimmingCharacters(in: .whitespacesAndNewlines)
        value = trimmed.hasPrefix("Bot ") ? String(trimmed.dropFirst(4)) : trimmed
    }

    public var isEmpty: Bool { value.isEmpty }
    /// The secret itself, for an Authorization header and nothing else.
    public var secret: String { value }
    public var description: String { "Bot <redacted>" }
    public var debugDescription: String { description }
}

/// Discord's REST API v10 over libcurl, with rate limiting and retries done
/// the way a mature client does them. Knows nothing of moderation.
///
/// Every method throws only `DiscordError`. After a 401 the client stops for
/// good: the token is wrong, and every further call fails at once with
/// `.invalidToken` instead of spending Discord's invalid-request budget.
public final class DiscordClient: Sendable {
    public struct Configuration: Sendable {
        public var token: BotToken
        /// e.g. https://discord.com/api/v10, or the simulator's base.
        public var apiBase: String
        /// Sent as `DiscordBot (<url>, <version>)`, as Discord requires.
        public var userAgent: String
        /// Retries of 500/502/504 answers, with doubling back-off.
        public var serverErrorRetries: Int
        public var serverErrorBackoff: Duration
        /// Longest 429 wait the client makes before giving up with `.rateLimited`.
        public var maxRateLimitWait: Duration
        /// The client's own pace; Discord allows 50 requests per second per bot.
        public var globalRequestsPerSecond: Int
        /// 401/403/429 answers tolerated in ten minutes (Discord bans the IP at 10,000).
        public var invalidRequestBudget: Int
        /// Told about every rate-limit wait, for status displays.
        public var onRateLimit: @Sendable (RateLimitEvent) -> Void

        public init(
            token: BotToken,
            apiBase: String = "https://discord.com/api/v10",
            userAgent: String = "DiscordBot (\(ModconsoleInfo.projectURL), \(ModconsoleInfo.version))",
            serverErrorRetries: Int = 3,
            serverErrorBackoff: Duration = .milliseconds(500),
            maxRateLimitWait: Duration = .seconds(120),
            globalRequestsPerSecond: Int = 50,
            invalidRequestBudget: Int = 1_000,
            onRateLimit: @escaping @Sendable (RateLimitEvent) -> Void = { _ in }
        ) {
            self.token = token
            self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
            self.userAgent = userAgent
            self.serverErrorRetries = serverErrorRetries
            self.serverErrorBackoff = serverErrorBackoff
            self.maxRateLimitWait = maxRateLimitWait
            self.globalRequestsPerSecond = globalRequestsPerSecond
            self.invalidRequestBudget = invalidRequestBudget
            self.onRateLimit = onRateLimit
        }
    }

    public let configuration: Configuration
    private let transport: any HTTPTransport
    private let limiter: RateLimiter
    private let tokenRejected = Atomic<Bool>(false)
    private let logger = Logger(label: "modconsole.discord")

    /// `rateLimits` keeps what the client learns about rate limits across
    /// processes (see `RateLimitPersistence`); without it, each client starts blank.
    public init(configuration: Configuration, transport: any HTTPTransport = CurlTransport(),
                rateLimits: (any RateLimitPersistence)? = nil) {
        self.configuration = configuration
        self.transport = transport
        self.limiter = RateLimiter(
            settings: .init(globalPerSecond: configuration.globalRequestsPerSecond,
                            invalidRequestBudget: configuration.invalidRequestBudget,
                            invalidRequestWindow: .seconds(600)),
            persistence: rateLimits,
            onWait: configuration.onRateLimit)
    }

    /// True once Discord has rejected the token; no request is sent after that.
    public var isStopped: Bool { tokenRejected.load(ordering: .relaxed) }

    // MARK: - The request loop

    /// Sends `route` and returns the successful answer, waiting out rate limits
    /// and retrying 500/502/504 with growing back-off.
    func send(_ route: Route, query: [(String, String)] = [], body: Data? = nil, auditReason: String? = nil)
        async throws(DiscordError) -> HTTPResponse
    {
        let request = makeRequest(route, query: query, body: body, auditReason: auditReason)
        var serverErrors = 0
        while true {
            guard !isStopped else { throw .invalidToken }
            let bucket = try await limiter.acquire(route)
            let started = ContinuousClock.now
            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch {
                await limiter.abandon(bucket)
                logger.debug("\(route): \(error.failure) (\(error.host))")
                throw .transport(error.failure, host: error.host)
            }
            let retryAfter = await limiter.complete(bucket, route: route, response: response)
            logger.debug("\(route) -> \(response.status) in \(ContinuousClock.now - started)")

            switch response.status {
            case 200..<300:
                return response
            case 401:
                tokenRejected.store(true, ordering: .relaxed)
                throw .invalidToken
            case 429:
                let wait = retryAfter ?? .seconds(1)
                guard wait <= configuration.maxRateLimitWait else {
                    throw .rateLimited(route: route.description, retryAfter: wait,
                                       global: RateLimitHeaders(response).isGlobal)
                }
                continue  // the limiter now holds the bucket (or everything) until the wait is over
            case 500, 502, 504:
                // (A `where` here would bind to 504 alone: Swift attaches it to the last pattern.)
                guard serverErrors < configuration.serverErrorRetries else { throw Self.apiError(response, route: route) }
                let backoff = configuration.serverErrorBackoff * (1 << serverErrors)
                serverErrors += 1
                logger.notice("\(route) -> \(response.status); retry \(serverErrors) in \(backoff)")
                do { try await Task.sleep(for: backoff) } catch { throw .transport(.cancelled, host: host) }
            default:
                throw Self.apiError(response, route: route)
            }
        }
    }

    private var host: String { CurlTransport.hostDescription(configuration.apiBase) }

    private func makeRequest(_ route: Route, query: [(String, String)], body: Data?, auditReason: String?) -> HTTPRequest {
        var url = configuration.apiBase + route.path
        if !query.isEmpty {
            url += "?" + query.map { "\($0.0)=\(DiscordEncoding.query($0.1))" }.joined(separator: "&")
        }
        var headers: [(name: String, value: String)] = [
            ("Authorization", "Bot \(configuration.token.value)"),
            ("User-Agent", configuration.userAgent),
        ]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        if let reason = auditReason.flatMap(DiscordEncoding.auditLogReason) {
            headers.append(("X-Audit-Log-Reason", reason))
        }
        return HTTPRequest(method: route.method, url: url, headers: headers, body: body)
    }

    /// Turns an error answer into `.api`, reading Discord's `{code, message, errors}`.
    package static func apiError(_ response: HTTPResponse, route: Route) -> DiscordError {
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        let code = (json?["code"] as? Int) ?? 0
        let message = (json?["message"] as? String) ?? "no JSON error body"
        let fields = (json?["errors"]).map { FieldError.flatten($0, path: []) } ?? []
        return .api(status: response.status, code: DiscordErrorCode(rawValue: code), message: message,
                    fields: fields, route: route.description)
    }

    // MARK: - JSON

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    func decode<T: Decodable>(_ type: T.Type, from response: HTTPResponse, route: Route) throws(DiscordError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: LoneSurrogates.replaced(in: response.body))
        } catch let error as DecodingError {
            throw .malformedBody(route: route.description, detail: error.summary)
        } catch {
            throw .malformedBody(route: route.description, detail: "\(error)")
        }
    }

    /// The answer to a change: `T` as Discord sends it, or `.anomalousSuccess`
    /// when a 2xx carries something else, so the caller checks the effect
    /// instead of taking it as done.
    func decodeEffect<T: Decodable>(_ type: T.Type, from response: HTTPResponse, route: Route) throws(DiscordError) -> T {
        do {
            return try decode(T.self, from: response, route: route)
        } catch {
            throw .anomalousSuccess(route: route.description, status: response.status, detail: Self.bodySummary(response.body))
        }
    }

    /// Sends a change Discord answers with 204 and no body. An empty or JSON
    /// body is accepted; anything else (an HTML page from a proxy) is `.anomalousSuccess`.
    func sendEffect(_ route: Route, body: Data? = nil, auditReason: String? = nil) async throws(DiscordError) {
        let response = try await send(route, body: body, auditReason: auditReason)
        let text = response.body.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard !text.isEmpty else { return }
        guard (try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])) != nil else {
            throw .anomalousSuccess(route: route.description, status: response.status, detail: Self.bodySummary(response.body))
        }
    }

    /// What an unexpected body looks like, for an error message: its size and first bytes, made printable.
    static func bodySummary(_ body: Data) -> String {
        let start = String(decoding: body.prefix(40), as: UTF8.self).unicodeScalars
            .map { CharacterSet.controlCharacters.contains($0) ? " " : String($0) }.joined()
        return body.isEmpty ? "an empty body" : "\(body.count) bytes starting \"\(start)\""
    }

    func encode(_ value: some Encodable) -> Data {
        // Encoding our own plain request structs cannot fail.
        (try? Self.encoder.encode(value)) ?? Data("{}".utf8)
    }
}

extension FieldError {
    /// Walks Discord's nested `errors` object down to each `_errors` list.
    static func flatten(_ node: Any, path: [String]) -> [FieldError] {
        guard let object = node as? [String: Any] else { return [] }
        var found: [FieldError] = []
        for key in object.keys.sorted() {
            if key == "_errors", let list = object[key] as? [[String: Any]] {
                for entry in list {
                    found.append(FieldError(path: path.joined(separator: "."),
                                            code: entry["code"] as? String ?? "",
                                            message: entry["message"] as? String ?? ""))
                }
            } else if let child = object[key] {
                found += flatten(child, path: path + [key])
            }
        }
        return found
    }
}

extension DecodingError {
    /// "at messages[3].author: key 'id' not found" rather than Foundation's dump.
    var summary: String {
        func path(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        switch self {
        case .keyNotFound(let key, let context): return "at \(path(context)): key '\(key.stringValue)' not found"
        case .typeMismatch(let type, let context): return "at \(path(context)): expected \(type)"
        case .valueNotFound(let type, let context): return "at \(path(context)): expected \(type), found null"
        case .dataCorrupted(let context): return "at \(path(context)): \(context.debugDescription)"
        @unknown default: return "\(self)"
        }
    }
}

/// The name and version modconsole announces in its User-Agent.
public enum ModconsoleInfo {
    public static let version = "0.1.0"
    public static let projectURL = "https://github.com/modconsole/modconsole"
}
