import Foundation

/// One Discord endpoint with its parameters filled in.
///
/// The `template` (with `{channel}`-style placeholders) and the `major`
/// parameter are what Discord limits on: /channels/1/messages and
/// /channels/2/messages are separate buckets, /channels/1/messages/5 and
/// /channels/1/messages/6 the same one. Deletes of messages of every age share
/// their channel's bucket: its headers count them all, so a client keeping new
/// and old deletes apart overran it. Discord also limits deletes by the
/// message's age (under 10 s, older, older than 14 days), unlisted and shown
/// only by 429s: a delete carries its age class, and such a 429 holds that
/// class in the channel on its own (`ageHoldKey`).
public struct Route: Sendable, Hashable, CustomStringConvertible {
    public let method: String
    public let template: String
    public let path: String
    let major: String
    /// Set for routes known to share one bucket whatever the method.
    let sharedKey: String?
    /// For a message delete: the message, whose age decides its age class.
    let deletedMessage: Snowflake?

    init(_ method: String, _ template: String, _ path: String, major: String = "", sharedKey: String? = nil,
         deletedMessage: Snowflake? = nil) {
        self.method = method
        self.template = template
        self.path = path
        self.major = major
        self.sharedKey = sharedKey
        self.deletedMessage = deletedMessage
    }

    /// For a message delete, the age class Discord's extra delete limits go
    /// by: "new" under 10 s, "recent" up to 14 days, "old" beyond; nil for
    /// every other route.
    func ageClass(now: Date = Date()) -> String? {
        guard let deletedMessage else { return nil }
        let age = now.timeIntervalSince(deletedMessage.createdAt)
        return age < 10 ? "new" : (age < 14 * 86_400 ? "recent" : "old")
    }

    /// The key of the hold a 429 puts on this delete's age class in its
    /// channel, apart from the channel's bucket; nil for every other route.
    func ageHoldKey(now: Date = Date()) -> String? {
        ageClass(now: now).map { routeKey + majorSuffix + "/" + $0 }
    }

    /// Until Discord names the bucket (X-RateLimit-Bucket), requests are grouped by this.
    var routeKey: String { sharedKey ?? "\(method) \(template)" }

    /// The suffix that keeps buckets of different channels and guilds apart.
    var majorSuffix: String { ":" + major }

    public var description: String { "\(method) \(path)" }
}

extension Route {
    package static func currentUser() -> Route { Route("GET", "/users/@me", "/users/@me") }
    static func channel(_ c: Snowflake) -> Route { Route("GET", "/channels/{channel}", "/channels/\(c)", major: "channel:\(c)") }
    static func guild(_ g: Snowflake) -> Route { Route("GET", "/guilds/{guild}", "/guilds/\(g)", major: "guild:\(g)") }
    static func guildChannels(_ g: Snowflake) -> Route {
        Route("GET", "/guilds/{guild}/channels", "/guilds/\(g)/channels", major: "guild:\(g)")
    }
    static func guildRoles(_ g: Snowflake) -> Route {
        Route("GET", "/guilds/{guild}/roles", "/guilds/\(g)/roles", major: "guild:\(g)")
    }
    static func member(_ g: Snowflake, _ u: Snowflake) -> Route {
        Route("GET", "/guilds/{guild}/members/{user}", "/guilds/\(g)/members/\(u)", major: "guild:\(g)")
    }
    static func messages(_ c: Snowflake) -> Route {
        Route("GET", "/channels/{channel}/messages", "/channels/\(c)/messages", major: "channel:\(c)")
    }
    static func message(_ c: Snowflake, _ m: Snowflake) -> Route {
        Route("GET", "/channels/{channel}/messages/{message}", "/channels/\(c)/messages/\(m)", major: "channel:\(c)")
    }
    static func createMessage(_ c: Snowflake) -> Route {
        Route("POST", "/channels/{channel}/messages", "/channels/\(c)/messages", major: "channel:\(c)")
    }
    static func deleteMessage(_ c: Snowflake, _ m: Snowflake) -> Route {
        Route("DELETE", "/channels/{channel}/messages/{message}", "/channels/\(c)/messages/\(m)", major: "channel:\(c)",
              deletedMessage: m)
    }
    static func bulkDelete(_ c: Snowflake) -> Route {
        Route("POST", "/channels/{channel}/messages/bulk-delete", "/channels/\(c)/messages/bulk-delete", major: "channel:\(c)")
    }
    /// Adding and removing reactions share one bucket per channel (the
    /// well-known one reaction per 250 ms), so both methods start out in it.
    static func ownReaction(_ method: String, _ c: Snowflake, _ m: Snowflake, emoji: String) -> Route {
        Route(method, "/channels/{channel}/messages/{message}/reactions/{emoji}/@me",
              "/channels/\(c)/messages/\(m)/reactions/\(DiscordEncoding.emoji(emoji))/@me", major: "channel:\(c)",
              sharedKey: "reactions /channels/{channel}/messages/{message}/reactions")
    }
    static func createDM() -> Route { Route("POST", "/users/@me/channels", "/users/@me/channels") }
    static func modifyMember(_ g: Snowflake, _ u: Snowflake) -> Route {
        Route("PATCH", "/guilds/{guild}/members/{user}", "/guilds/\(g)/members/\(u)", major: "guild:\(g)")
    }
    static func ban(_ method: String, _ g: Snowflake, _ u: Snowflake) -> Route {
        Route(method, "/guilds/{guild}/bans/{user}", "/guilds/\(g)/bans/\(u)", major: "guild:\(g)")
    }
}

/// The encodings Discord expects in paths and headers.
public enum DiscordEncoding {
    /// RFC 3986 unreserved characters: the only ones left as they are.
    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A reaction emoji for a path segment: its UTF-8 bytes percent-encoded
    /// (`👍` -> `%F0%9F%91%8D`, custom `name:123` -> `name%3A123`). Discord
    /// answers 10014 Unknown Emoji to an emoji sent unencoded.
    public static func emoji(_ emoji: String) -> String {
        emoji.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// Discord's limit on an audit-log reason, in characters.
    public static let auditLogReasonLimit = 512

    /// The X-Audit-Log-Reason value: the reason cut to 512 characters (whole
    /// grapheme clusters, at most 512 Unicode scalars), then URL-encoded as
    /// UTF-8. Nil for a reason that is empty after trimming (the header must
    /// hold 1...512 characters, so it is left out).
    public static func auditLogReason(_ reason: String) -> String? {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        var cut = ""
        var scalars = 0
        for character in trimmed {
            let count = character.unicodeScalars.count
            guard scalars + count <= auditLogReasonLimit else { break }
            cut.append(character)
            scalars += count
        }
        return cut.addingPercentEncoding(withAllowedCharacters: unreserved)
    }

    /// A query string value.
    static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
