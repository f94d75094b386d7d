import Foundation

/// A guild channel (or a DM channel, which has no guild and no name).
public struct Channel: Codable, Hashable, Sendable {
    public var id: Snowflake
    /// 0 text, 1 DM, 2 voice, 4 category, 5 announcement, 11/12 threads, 15 forum ...
    public var type: Int
    public var guildID: Snowflake?
    public var name: String?
    public var parentID: Snowflake?
    public var position: Int?
    public var permissionOverwrites: [PermissionOverwrite]

    enum CodingKeys: String, CodingKey {
        case id, type, name, position
        case guildID = "guild_id", parentID = "parent_id", permissionOverwrites = "permission_overwrites"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        type = try c.decodeIfPresent(Int.self, forKey: .type) ?? 0
        guildID = try c.decodeIfPresent(Snowflake.self, forKey: .guildID)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        parentID = try c.decodeIfPresent(Snowflake.self, forKey: .parentID)
        position = try c.decodeIfPresent(Int.self, forKey: .position)
        permissionOverwrites = try c.decodeIfPresent([PermissionOverwrite].self, forKey: .permissionOverwrites) ?? []
    }
}

/// A channel's allow/deny override for one role (type 0) or one member (type 1).
public struct PermissionOverwrite: Codable, Hashable, Sendable {
    public enum Kind: Int, Codable, Sendable { case role = 0, member = 1 }
    public var id: Snowflake
    public var type: Kind
    public var allow: Permissions
    public var deny: Permissions

    public init(id: Snowflake, type: Kind, allow: Permissions = [], deny: Permissions = []) {
        self.id = id
        self.type = type
        self.allow = allow
        self.deny = deny
    }
}

public struct Role: Codable, Hashable, Sendable {
    public var id: Snowflake
    public var name: String
    public var permissions: Permissions
    public var position: Int

    public init(id: Snowflake, name: String, permissions: Permissions, position: Int = 0) {
        self.id = id
        self.name = name
        self.permissions = permissions
        self.position = position
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        permissions = try c.decodeIfPresent(Permissions.self, forKey: .permissions) ?? []
        position = try c.decodeIfPresent(Int.self, forKey: .position) ?? 0
    }
}

public struct Guild: Codable, Hashable, Sendable {
    public var id: Snowflake
    public var name: String
    public var ownerID: Snowflake?
    public var roles: [Role]

    enum CodingKeys: String, CodingKey {
        case id, name, roles
        case ownerID = "owner_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        ownerID = try c.decodeIfPresent(Snowflake.self, forKey: .ownerID)
        roles = try c.decodeIfPresent([Role].self, forKey: .roles) ?? []
    }
}

/// A user's membership in a guild: which roles they hold, and any timeout.
public struct Member: Codable, Hashable, Sendable {
    public var user: User?
    public var roles: [Snowflake]
    public var nick: String?
    public var communicationDisabledUntil: Date?

    enum CodingKeys: String, CodingKey {
        case user, roles, nick
        case communicationDisabledUntil = "communication_disabled_until"
    }

    public init(user: User?, roles: [Snowflake], nick: String? = nil, communicationDisabledUntil: Date? = nil) {
        self.user = user
        self.roles = roles
        self.nick = nick
        self.communicationDisabledUntil = communicationDisabledUntil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        user = try c.decodeIfPresent(User.self, forKey: .user)
        roles = try c.decodeIfPresent([Snowflake].self, forKey: .roles) ?? []
        nick = try c.decodeIfPresent(String.self, forKey: .nick)
        communicationDisabledUntil = try c.decodeIfPresent(DiscordTimestamp.self, forKey: .communicationDisabledUntil)?.date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(user, forKey: .user)
        try c.encode(roles, forKey: .roles)
        try c.encodeIfPresent(nick, forKey: .nick)
        try c.encodeIfPresent(communicationDisabledUntil.map(DiscordTimestamp.format), forKey: .communicationDisabledUntil)
    }
}
