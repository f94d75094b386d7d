import DiscordSimulator
import Foundation

/// The faults the fault soak draws from: every kind the simulator can inject,
/// on the routes the engine uses. Transient faults (429s, 5xx, slow answers,
/// broken bodies, dropped connections) go anywhere. Discord's definite answers
/// (10008, 50013, 50007) go only where they leave the guild as a fault-free
/// run would: a poll that cannot read a channel this time, an audit message
/// or a DM that cannot be posted. On a delete or a repost they would be lies
/// the engine rightly believes (the message stays), not faults to survive.
enum SoakFaults {
    static let anywhere = [
        RouteMatcher(method: "GET", path: "/channels/*/messages"),
        RouteMatcher(method: "POST", path: "/channels/*/messages"),
        RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"),
        RouteMatcher(method: "PUT", path: "/channels/*/messages/*/reactions/*/@me"),
        RouteMatcher(method: "POST", path: "/users/@me/channels"),
        RouteMatcher(path: "/guilds/**"),
        RouteMatcher(path: "/**"),
    ]

    /// One fault and where it goes.
    struct Injection {
        var fault: Fault
        var route: RouteMatcher
        var label: String
    }

    /// A random fault. `slowAllowed`: whether a delay past the client's 30 s
    /// timeout may be drawn (each holds one request for 31 s, so few are).
    static func random(auditChannel: String, slowAllowed: Bool) -> Injection {
        let route = anywhere[Int.random(in: anywhere.indices)]
        switch Int.random(in: 0..<14) {
        case 0: return Injection(fault: .rateLimited(retryAfter: .random(in: 0.2...1.5), global: false), route: route, label: "429")
        case 1: return Injection(fault: .rateLimited(retryAfter: .random(in: 0.2...1.0), global: true), route: route, label: "global 429")
        case 2: return Injection(fault: .cloudflare429, route: route, label: "cloudflare 429")
        case 3: return Injection(fault: .status(500, code: 0, message: "Internal Server Error"), route: route, label: "500")
        case 4: return Injection(fault: .status(502, code: 0, message: "Bad Gateway"), route: route, label: "502")
        case 5: return Injection(fault: .status(504, code: 0, message: "Gateway Timeout"), route: route, label: "504")
        case 6 where slowAllowed: return Injection(fault: .delay(.seconds(31)), route: route, label: "delay past timeout")
        case 6, 7: return Injection(fault: .delay(.milliseconds(.random(in: 100...2_000))), route: route, label: "delay")
        case 8: return Injection(fault: .malformedJSON, route: route, label: "malformed json")
        case 9: return Injection(fault: .truncatedJSON, route: route, label: "truncated json")
        case 10: return Injection(fault: .dropConnection, route: route, label: "dropped connection")
        case 11: return Injection(fault: .status(404, code: 10008, message: "Unknown Message"),
                                  route: RouteMatcher(method: "GET", path: "/channels/*/messages"), label: "10008")
        case 12: return Injection(fault: .status(403, code: 50013, message: "Missing Permissions"),
                                  route: Bool.random() ? RouteMatcher(method: "GET", path: "/channels/*/messages")
                                      : RouteMatcher(method: "POST", path: "/channels/\(auditChannel)/messages"),
                                  label: "50013")
        default: return Injection(fault: .status(400, code: 50007, message: "Cannot send messages to this user"),
                                  route: RouteMatcher(method: "POST", path: "/users/@me/channels"), label: "50007")
        }
    }
}
