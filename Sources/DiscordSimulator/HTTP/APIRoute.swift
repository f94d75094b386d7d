import Foundation

/// The Discord routes the simulator serves, with the ids taken from the path.
enum APIEndpoint: Sendable, Equatable {
    case currentUser
    case createDM
    case channel(channelID: String)
    case messages(channelID: String)
    case bulkDelete(channelID: String)
    case message(channelID: String, messageID: String)
    /// The emoji is the raw path segment, still percent-encoded as sent.
    case ownReaction(channelID: String, messageID: String, rawEmoji: String)
    case guild(guildID: String)
    case guildChannels(guildID: String)
    case guildRoles(guildID: String)
    case member(guildID: String, userID: String)
    case ban(guildID: String, userID: String)
}

/// A request's route: what it addresses, the route template, and how it is rate limited.
struct APIRoute: Sendable, Equatable {
    var endpoint: APIEndpoint
    var method: String
    /// The template with placeholders, e.g. `/channels/{channel_id}/messages`.
    var template: String

    /// The top-level resource whose id splits rate-limit buckets: a channel or guild id.
    var majorID: String {
        switch endpoint {
        case .currentUser, .createDM: return ""
        case .channel(let id), .messages(let id), .bulkDelete(let id),
             .message(let id, _), .ownReaction(let id, _, _):
            return id
        case .guild(let id), .guildChannels(let id), .guildRoles(let id),
             .member(let id, _), .ban(let id, _):
            return id
        }
    }

    var routeClass: RouteClass {
        switch (method, endpoint) {
        case ("GET", .messages), ("GET", .message): return .readMessages
        case ("POST", .messages): return .createMessage
        case ("DELETE", .message): return .deleteMessage
        case (_, .bulkDelete): return .bulkDelete
        case (_, .ownReaction): return .reaction
        case (_, .createDM): return .createDM
        default: return .other
        }
    }

    /// For a message delete, the deleted message's age class at `now` (from
    /// its id's timestamp), which Discord's extra delete limits go by; nil otherwise.
    func deleteAgeClass(now: Date) -> MessageAgeClass? {
        guard method == "DELETE", case .message(_, let messageID) = endpoint, let id = Snowflake.parse(messageID) else { return nil }
        return MessageAgeClass(posted: Snowflake.date(of: id), now: now)
    }

    /// What shares a bucket: the route class, or for `.other` the method and template.
    var bucketName: String {
        routeClass == .other ? "\(method) \(template)" : routeClass.rawValue
    }

    /// Resolves a path relative to `/api/v10`, split into raw segments.
    /// Throws 404 for an unknown path and 405 for a known path with the wrong method.
    static func resolve(method: String, segments: [String]) throws(APIError) -> APIRoute {
        for template in templates {
            guard let ids = template.match(segments) else { continue }
            guard template.methods.contains(method) else { throw .methodNotAllowed }
            return APIRoute(endpoint: template.make(ids), method: method, template: template.text)
        }
        throw .notFound
    }

    private struct Template: Sendable {
        var text: String
        var methods: [String]
        var make: @Sendable ([String]) -> APIEndpoint

        /// The placeholder values if `segments` fit this template.
        func match(_ segments: [String]) -> [String]? {
            let pattern = text.split(separator: "/").map(String.init)
            guard pattern.count == segments.count else { return nil }
            var ids: [String] = []
            for (expected, actual) in zip(pattern, segments) {
                if expected.hasPrefix("{") {
                    guard !actual.isEmpty else { return nil }
                    ids.append(actual)
                } else if expected != actual {
                    return nil
                }
            }
            return ids
        }
    }

    // Literal segments come before placeholders that could swallow them
    // (`bulk-delete` before `{message_id}`).
    private static let templates: [Template] = [
        Template(text: "/users/@me", methods: ["GET"]) { _ in .currentUser },
        Template(text: "/users/@me/channels", methods: ["POST"]) { _ in .createDM },
        Template(text: "/channels/{channel_id}", methods: ["GET"]) { .channel(channelID: $0[0]) },
        Template(text: "/channels/{channel_id}/messages", methods: ["GET", "POST"]) { .messages(channelID: $0[0]) },
        Template(text: "/channels/{channel_id}/messages/bulk-delete", methods: ["POST"]) {
            .bulkDelete(channelID: $0[0])
        },
        Template(text: "/channels/{channel_id}/messages/{message_id}", methods: ["GET", "DELETE"]) {
            .message(channelID: $0[0], messageID: $0[1])
        },
        Template(text: "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", methods: ["PUT", "DELETE"]) {
            .ownReaction(channelID: $0[0], messageID: $0[1], rawEmoji: $0[2])
        },
        Template(text: "/guilds/{guild_id}", methods: ["GET"]) { .guild(guildID: $0[0]) },
        Template(text: "/guilds/{guild_id}/channels", methods: ["GET"]) { .guildChannels(guildID: $0[0]) },
        Template(text: "/guilds/{guild_id}/roles", methods: ["GET"]) { .guildRoles(guildID: $0[0]) },
        Template(text: "/guilds/{guild_id}/members/{user_id}", methods: ["GET", "PATCH"]) {
            .member(guildID: $0[0], userID: $0[1])
        },
        Template(text: "/guilds/{guild_id}/bans/{user_id}", methods: ["PUT", "DELETE"]) {
            .ban(guildID: $0[0], userID: $0[1])
        },
    ]
}
