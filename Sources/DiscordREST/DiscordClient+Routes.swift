import Foundation

/// Who may be pinged by a message the bot sends.
public struct AllowedMentions: Codable, Hashable, Sendable {
    /// "users", "roles", "everyone": the mention kinds parsed from the content.
    public var parse: [String]
    public var users: [Snowflake]?
    public var repliedUser: Bool?

    /// Nobody is pinged, whatever the content says. What reposts must use.
    public static let none = AllowedMentions(parse: [])

    public init(parse: [String], users: [Snowflake]? = nil, repliedUser: Bool? = nil) {
        self.parse = parse
        self.users = users
        self.repliedUser = repliedUser
    }

    enum CodingKeys: String, CodingKey {
        case parse, users
        case repliedUser = "replied_user"
    }
}

/// The body of `POST /channels/{c}/messages`.
public struct NewMessage: Encodable, Sendable {
    public var content: String
    public var allowedMentions: AllowedMentions?
    public var messageReference: MessageReference?
    /// An idempotency key, sent with `enforce_nonce: true`: Discord answers a
    /// repeated create with the same nonce (within a few minutes) with the
    /// first message instead of posting again, so a retried post cannot duplicate.
    public var nonce: String?

    /// Discord's limit on `content`.
    public static let contentLimit = 2000
    /// Discord's limit on a string `nonce`.
    public static let nonceLimit = 25

    public init(content: String, allowedMentions: AllowedMentions? = AllowedMentions.none, messageReference: MessageReference? = nil,
                nonce: String? = nil) {
        self.content = content
        self.allowedMentions = allowedMentions
        self.messageReference = messageReference
        self.nonce = nonce
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(allowedMentions, forKey: .allowedMentions)
        try container.encodeIfPresent(messageReference, forKey: .messageReference)
        if let nonce {
            try container.encode(nonce, forKey: .nonce)
            try container.encode(true, forKey: .enforceNonce)
        }
    }

    enum CodingKeys: String, CodingKey {
        case content, nonce
        case allowedMentions = "allowed_mentions"
        case messageReference = "message_reference"
        case enforceNonce = "enforce_nonce"
    }
}

/// Where to read messages from, relative to an id.
public enum MessageAnchor: Sendable {
    /// The newest messages.
    case latest
    case after(Snowflake)
    case before(Snowflake)
    case around(Snowflake)
}

extension DiscordClient {
    /// The longest timeout Discord accepts.
    public static let maxTimeout: TimeInterval = 28 * 86_400
    /// Bulk delete refuses messages older than this.
    public static let bulkDeleteMaxAge: TimeInterval = 14 * 86_400

    // MARK: Reading

    /// `GET /users/@me`: the bot itself. The cheapest way to check a token.
    public func currentUser() async throws(DiscordError) -> User {
        let route = Route.currentUser()
        return try decode(User.self, from: try await send(route), route: route)
    }

    public func channel(_ id: Snowflake) async throws(DiscordError) -> Channel {
        let route = Route.channel(id)
        return try decode(Channel.self, from: try await send(route), route: route)
    }

    /// `GET /guilds/{g}`, which includes the guild's roles.
    public func guild(_ id: Snowflake) async throws(DiscordError) -> Guild {
        let route = Route.guild(id)
        return try decode(Guild.self, from: try await send(route), route: route)
    }

    public func guildChannels(_ guild: Snowflake) async throws(DiscordError) -> [Channel] {
        let route = Route.guildChannels(guild)
        return try decode([Channel].self, from: try await send(route), route: route)
    }

    public func roles(_ guild: Snowflake) async throws(DiscordError) -> [Role] {
        let route = Route.guildRoles(guild)
        return try decode([Role].self, from: try await send(route), route: route)
    }

    public func member(_ guild: Snowflake, user: Snowflake) async throws(DiscordError) -> Member {
        let route = Route.member(guild, user)
        return try decode(Member.self, from: try await send(route), route: route)
    }

    /// One page of a channel's messages, newest first as Discord returns them
    /// (also with `.after`). `limit` is clamped to Discord's 1...100.
    public func messages(in channel: Snowflake, _ anchor: MessageAnchor = .latest, limit: Int = 50)
        async throws(DiscordError) -> [Message]
    {
        var query = [("limit", String(min(max(limit, 1), 100)))]
        switch anchor {
        case .latest: break
        case .after(let id): query.append(("after", id.description))
        case .before(let id): query.append(("before", id.description))
        case .around(let id): query.append(("around", id.description))
        }
        let route = Route.messages(channel)
        return try decode([Message].self, from: try await send(route, query: query), route: route)
    }

    /// Every message after `cursor`, oldest first, however many there are:
    /// pages forward 100 at a time from the newest id seen, so a burst between
    /// two polls is never cut short. `maxMessages` bounds a first run.
    public func messages(in channel: Snowflake, after cursor: Snowflake, maxMessages: Int = .max)
        async throws(DiscordError) -> [Message]
    {
        var collected: [Message] = []
        var anchor = cursor
        while collected.count < maxMessages {
            let page = try await messages(in: channel, .after(anchor), limit: 100)
            guard let newest = page.map(\.id).max() else { break }
            collected += page.sorted { $0.id < $1.id }
            anchor = newest
            if page.count < 100 { break }
        }
        return Array(collected.prefix(maxMessages))
    }

    public func message(in channel: Snowflake, id: Snowflake) async throws(DiscordError) -> Message {
        let route = Route.message(channel, id)
        return try decode(Message.self, from: try await send(route), route: route)
    }

    // MARK: Writing

    /// `POST /channels/{c}/messages`. Mentions default to pinging nobody.
    @discardableResult
    public func createMessage(in channel: Snowflake, _ message: NewMessage) async throws(DiscordError) -> Message {
        let length = message.content.unicodeScalars.count
        guard (1...NewMessage.contentLimit).contains(length) else {
            throw .invalidRequest("message content must be 1 to \(NewMessage.contentLimit) characters, got \(length)")
        }
        if let nonce = message.nonce, !(1...NewMessage.nonceLimit).contains(nonce.count) {
            throw .invalidRequest("a message nonce must be 1 to \(NewMessage.nonceLimit) characters, got \(nonce.count)")
        }
        let route = Route.createMessage(channel)
        return try decodeEffect(Message.self, from: try await send(route, body: encode(message)), route: route)
    }

    /// `DELETE /channels/{c}/messages/{m}`. The route carries the message's age
    /// class, since Discord limits deletes of new and old messages apart.
    public func deleteMessage(in channel: Snowflake, id: Snowflake, reason: String? = nil) async throws(DiscordError) {
        try await sendEffect(.deleteMessage(channel, id), auditReason: reason)
    }

    /// `POST /channels/{c}/messages/bulk-delete`. Checked before sending, as
    /// Discord would refuse it: 2...100 distinct ids, none older than 14 days.
    public func bulkDelete(in channel: Snowflake, ids: [Snowflake], reason: String? = nil, now: Date = Date())
        async throws(DiscordError)
    {
        guard (2...100).contains(ids.count) else {
            throw .invalidRequest("bulk delete takes 2 to 100 messages, got \(ids.count)")
        }
        guard Set(ids).count == ids.count else { throw .invalidRequest("bulk delete ids must be distinct") }
        // A minute of margin so a message does not cross the line in flight.
        if let old = ids.first(where: { now.timeIntervalSince($0.createdAt) > Self.bulkDeleteMaxAge - 60 }) {
            throw .invalidRequest("message \(old) is older than 14 days; Discord refuses to bulk-delete it (delete it alone)")
        }
        struct Body: Encodable { var messages: [Snowflake] }
        try await sendEffect(.bulkDelete(channel), body: encode(Body(messages: ids)), auditReason: reason)
    }

    /// `PUT .../reactions/{emoji}/@me`: `emoji` is a Unicode emoji or `name:id`.
    public func addReaction(in channel: Snowflake, message: Snowflake, emoji: String) async throws(DiscordError) {
        try await sendEffect(.ownReaction("PUT", channel, message, emoji: emoji))
    }

    /// `DELETE .../reactions/{emoji}/@me`.
    public func removeOwnReaction(in channel: Snowflake, message: Snowflake, emoji: String) async throws(DiscordError) {
        try await sendEffect(.ownReaction("DELETE", channel, message, emoji: emoji))
    }

    /// `POST /users/@me/channels`: opens (or finds) the DM channel with a user.
    public func createDM(with user: Snowflake) async throws(DiscordError) -> Channel {
        struct Body: Encodable { var recipient_id: Snowflake }
        let route = Route.createDM()
        return try decode(Channel.self, from: try await send(route, body: encode(Body(recipient_id: user))), route: route)
    }

    /// Times a member out until `until` (at most 28 days ahead), or lifts the
    /// timeout with nil. Needs Moderate Members.
    public func timeoutMember(_ user: Snowflake, in guild: Snowflake, until: Date?, reason: String? = nil, now: Date = Date())
        async throws(DiscordError)
    {
        if let until, until.timeIntervalSince(now) > Self.maxTimeout {
            throw .invalidRequest("a timeout may last at most 28 days")
        }
        struct Body: Encodable {
            var until: Date?
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                if let until { try c.encode(DiscordTimestamp.format(until), forKey: .until) } else { try c.encodeNil(forKey: .until) }
            }
            enum CodingKeys: String, CodingKey { case until = "communication_disabled_until" }
        }
        try await sendEffect(.modifyMember(guild, user), body: encode(Body(until: until)), auditReason: reason)
    }

    /// Bans a user, deleting up to `deleteMessageSeconds` (0...604800) of their recent messages.
    public func ban(_ user: Snowflake, in guild: Snowflake, deleteMessageSeconds: Int = 0, reason: String? = nil)
        async throws(DiscordError)
    {
        guard (0...604_800).contains(deleteMessageSeconds) else {
            throw .invalidRequest("delete_message_seconds must be 0 to 604800, got \(deleteMessageSeconds)")
        }
        struct Body: Encodable { var delete_message_seconds: Int }
        try await sendEffect(.ban("PUT", guild, user), body: encode(Body(delete_message_seconds: deleteMessageSeconds)),
                             auditReason: reason)
    }

    public func unban(_ user: Snowflake, in guild: Snowflake, reason: String? = nil) async throws(DiscordError) {
        try await sendEffect(.ban("DELETE", guild, user), auditReason: reason)
    }

    /// The bot's effective permissions in a channel, from the guild's roles,
    /// the bot's member roles and the channel's overwrites.
    public func botPermissions(in channel: Channel, botID: Snowflake) async throws(DiscordError) -> Permissions {
        guard let guildID = channel.guildID else { return [] }
        let guild = try await guild(guildID)
        let member = try await member(guildID, user: botID)
        return Permissions.effective(guildID: guildID, roles: guild.roles, memberID: botID, memberRoles: member.roles,
                                     ownerID: guild.ownerID, overwrites: channel.permissionOverwrites)
    }
}
