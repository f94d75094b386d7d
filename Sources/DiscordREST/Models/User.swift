import Foundation

/// A Discord user as it appears in messages, members and `/users/@me`.
public struct User: Codable, Hashable, Sendable {
    public var id: Snowflake
    public var username: String
    /// The display name the user chose; nil when they kept their username.
    public var globalName: String?
    /// Absent in the JSON means false.
    public var bot: Bool
    /// Discord's own system user (for official announcements).
    public var system: Bool

    public init(id: Snowflake, username: String, globalName: String? = nil, bot: Bool = false, system: Bool = false) {
        self.id = id
        self.username = username
        self.globalName = globalName
        self.bot = bot
        self.system = system
    }

    /// What a moderator recognises: the global name when set, else the username.
    public var displayName: String { globalName ?? username }

    enum CodingKeys: String, CodingKey {
        case id, username, bot, system
        case globalName = "global_name"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Snowflake.self, forKey: .id)
        username = try c.decode(String.self, forKey: .username)
        globalName = try c.decodeIfPresent(String.self, forKey: .globalName)
        bot = try c.decodeIfPresent(Bool.self, forKey: .bot) ?? false
        system = try c.decodeIfPresent(Bool.self, forKey: .system) ?? false
    }
}
