import Foundation

/// Discord's JSON error code (`{"code": 50013, ...}`). An open set: the named
/// values are the ones modconsole acts on; any other code is kept as a number.
public struct DiscordErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let general = Self(rawValue: 0)
    public static let unknownChannel = Self(rawValue: 10003)
    public static let unknownGuild = Self(rawValue: 10004)
    public static let unknownMember = Self(rawValue: 10007)
    public static let unknownMessage = Self(rawValue: 10008)
    public static let unknownUser = Self(rawValue: 10013)
    public static let unknownEmoji = Self(rawValue: 10014)
    public static let tooManyReactions = Self(rawValue: 30010)
    public static let unauthorized = Self(rawValue: 40001)
    public static let missingAccess = Self(rawValue: 50001)
    public static let cannotMessageUser = Self(rawValue: 50007)
    public static let missingPermissions = Self(rawValue: 50013)
    public static let bulkDeleteCount = Self(rawValue: 50016)
    public static let systemMessage = Self(rawValue: 50021)
    public static let tooOldToBulkDelete = Self(rawValue: 50034)
    public static let invalidFormBody = Self(rawValue: 50035)
    public static let apiOverloaded = Self(rawValue: 130000)
    public static let blockedByAutoMod = Self(rawValue: 200000)

    public var description: String { String(rawValue) }
}

/// One problem with one field of a request body (from `errors` in a 50035 answer).
public struct FieldError: Hashable, Sendable, CustomStringConvertible {
    /// Dotted path to the field, e.g. `content` or `messages.3`.
    public var path: String
    public var code: String
    public var message: String
    public var description: String { "\(path): \(message) (\(code))" }
}

/// A failure before any HTTP answer: what went wrong, and on which host.
public enum TransportFailure: Hashable, Sendable {
    case timedOut
    case hostNotFound
    case connectionRefused
    case connectionLost
    case tls(String)
    case cancelled
    case other(code: Int, message: String)
}

/// Every way a Discord call can fail, each carrying what a person needs to act on it.
public enum DiscordError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Discord answered with an error status. `code` is Discord's JSON code
    /// (0 when the body had none), `fields` the per-field problems of a 50035.
    case api(status: Int, code: DiscordErrorCode, message: String, fields: [FieldError], route: String)
    /// No HTTP answer at all: timeout, DNS, refused, dropped, TLS.
    case transport(TransportFailure, host: String)
    /// An answer arrived but its body is not what the route returns.
    case malformedBody(route: String, detail: String)
    /// A change was answered with success (2xx) but the body is not what
    /// Discord sends for it (a proxy's page, a cut answer): whether the change
    /// happened is unknown until it is checked. Never take it as done.
    case anomalousSuccess(route: String, status: Int, detail: String)
    /// Discord rejected the token (401). The client refuses every later call.
    case invalidToken
    /// The client has seen too many 401/403/429 answers in ten minutes and
    /// holds back rather than risk Discord's IP ban.
    case invalidRequestBudgetExhausted(retryAfter: Duration)
    /// Discord asked for a wait longer than the client is willing to make.
    case rateLimited(route: String, retryAfter: Duration, global: Bool)
    /// The client refused to send a request Discord would reject (bulk delete
    /// of one message, of messages older than 14 days, ...).
    case invalidRequest(String)

    /// The HTTP status, when Discord answered.
    public var status: Int? {
        if case .api(let status, _, _, _, _) = self { return status }
        if case .invalidToken = self { return 401 }
        return nil
    }

    /// Discord's JSON error code, when Discord answered with one.
    public var code: DiscordErrorCode? {
        if case .api(_, let code, _, _, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .api(let status, let code, let message, let fields, let route):
            let detail = fields.isEmpty ? "" : " [" + fields.map(\.description).joined(separator: "; ") + "]"
            return "\(route): HTTP \(status), Discord code \(code): \(message)\(detail)"
        case .transport(let failure, let host):
            switch failure {
            case .timedOut: return "\(host): no answer before the timeout"
            case .hostNotFound: return "\(host): host not found (DNS); check DISCORD_API_BASE and the network"
            case .connectionRefused: return "\(host): connection refused; is the server running and the port right?"
            case .connectionLost: return "\(host): the connection dropped before a complete answer"
            case .tls(let message): return "\(host): TLS failed: \(message)"
            case .cancelled: return "\(host): request cancelled"
            case .other(let code, let message): return "\(host): transfer failed (curl \(code)): \(message)"
            }
        case .malformedBody(let route, let detail):
            return "\(route): the answer is not valid JSON for this route: \(detail)"
        case .anomalousSuccess(let route, let status, let detail):
            return "\(route): HTTP \(status) but the answer is not Discord's (\(detail)); whether it took effect is unverified"
        case .invalidToken:
            return "Discord rejected the bot token (401 Unauthorized); set a valid DISCORD_BOT_TOKEN. No further requests will be sent."
        case .invalidRequestBudgetExhausted(let retryAfter):
            return "too many failed requests (401/403/429) in ten minutes; holding back for \(retryAfter.seconds.formatted(.number.precision(.fractionLength(0)))) s to stay clear of Discord's IP ban"
        case .rateLimited(let route, let retryAfter, let global):
            return "\(route): rate limited\(global ? " (global)" : "") for \(retryAfter.seconds) s, longer than the client waits"
        case .invalidRequest(let why):
            return "not sent: \(why)"
        }
    }
}

extension Duration {
    /// The duration in seconds, as a Double, for arithmetic and messages.
    public var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}

extension DiscordError {
    /// Whether the failure says nothing about the request itself, so the same
    /// request may succeed later: the network, an unreadable or cut answer, a
    /// rate limit the client gave up waiting on, a 5xx.
    public var isTemporary: Bool {
        switch self {
        case .transport(let failure, _): return failure != .cancelled
        case .malformedBody, .anomalousSuccess, .rateLimited: return true
        case .api(let status, _, _, _, _): return status >= 500
        case .invalidToken, .invalidRequestBudgetExhausted, .invalidRequest: return false
        }
    }
}
