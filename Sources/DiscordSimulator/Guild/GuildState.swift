import Foundation

/// Everything the simulated guild knows, changed only under the simulator's lock.
///
/// Messages are kept per channel in ascending id order (ids are made from
/// creation times, so that is also time order), which is what makes
/// `before`/`after`/`around` paging a matter of slicing.
struct GuildState: Sendable {
    var guild: SimGuild
    var botUserID: String
    var botRoleID: String
    var users: [String: SimUser] = [:]
    /// Usernames in roster order, for stable listings.
    var userOrder: [String] = []
    var roles: [SimRole] = []
    var channels: [String: SimChannel] = [:]
    /// Guild channel ids in position order.
    var channelOrder: [String] = []
    var members: [String: SimMember] = [:]
    var messagesByChannel: [String: [SimMessage]] = [:]
    var dmChannelByUser: [String: String] = [:]
    var snowflakes = SnowflakeGenerator()
    var history = ModerationHistory()
    /// Whether the bot has the Message Content privileged intent (see `DiscordJSON.message`).
    var messageContentIntent = true
    /// Creates made with `enforce_nonce`, by nonce: the message and when, so a
    /// repeat within `nonceWindow` returns it instead of posting again.
    var enforcedNonces: [String: (channelID: String, messageID: UInt64, at: Date)] = [:]

    init(guild: SimGuild, botUserID: String, botRoleID: String) {
        self.guild = guild
        self.botUserID = botUserID
        self.botRoleID = botRoleID
    }

    // MARK: Lookups

    func user(named username: String) -> SimUser? {
        users.values.first { $0.username == username }
    }

    func textChannel(named name: String) -> SimChannel? {
        channelOrder.lazy.compactMap { channels[$0] }.first { $0.kind == .guildText && $0.name == name }
    }

    func role(id: String) -> SimRole? {
        roles.first { $0.id == id }
    }

    var everyoneRole: SimRole { role(id: guild.id)! }

    /// The index of a live message in its channel, by binary search on the id.
    func messageIndex(_ snowflake: UInt64, in channelID: String) -> Int? {
        guard let messages = messagesByChannel[channelID] else { return nil }
        let index = insertionIndex(for: snowflake, in: messages)
        return index < messages.count && messages[index].snowflake == snowflake ? index : nil
    }

    func message(_ snowflake: UInt64, in channelID: String) -> SimMessage? {
        messageIndex(snowflake, in: channelID).map { messagesByChannel[channelID]![$0] }
    }

    /// Where a message with this id belongs in an ascending list.
    func insertionIndex(for snowflake: UInt64, in messages: [SimMessage]) -> Int {
        var low = 0
        var high = messages.count
        while low < high {
            let mid = (low + high) / 2
            if messages[mid].snowflake < snowflake { low = mid + 1 } else { high = mid }
        }
        return low
    }

    // MARK: Changes

    /// Stores a message in id order (backdated messages land in the past).
    mutating func insert(_ message: SimMessage) {
        var messages = messagesByChannel[message.channelID, default: []]
        messages.insert(message, at: insertionIndex(for: message.snowflake, in: messages))
        messagesByChannel[message.channelID] = messages
    }

    /// Removes a message and returns it, or nil if there is none.
    @discardableResult
    mutating func removeMessage(_ snowflake: UInt64, in channelID: String) -> SimMessage? {
        guard let index = messageIndex(snowflake, in: channelID) else { return nil }
        return messagesByChannel[channelID]!.remove(at: index)
    }

    // MARK: Permissions

    /// Guild-wide permissions of a member (ADMINISTRATOR and ownership grant all).
    func basePermissions(of userID: String) -> UInt64 {
        guard let member = members[userID] else { return 0 }
        return PermissionCalculator.base(
            everyone: everyoneRole.permissions,
            memberRoles: member.roleIDs.compactMap { role(id: $0)?.permissions },
            isOwner: userID == guild.ownerID
        )
    }

    /// A member's permissions in a guild channel, overwrites applied.
    func permissions(of userID: String, in channel: SimChannel) -> UInt64 {
        guard let member = members[userID] else { return 0 }
        return PermissionCalculator.channel(
            base: basePermissions(of: userID),
            guildID: guild.id,
            memberID: userID,
            memberRoleIDs: member.roleIDs,
            overwrites: channel.overwrites
        )
    }

    func botHas(_ permission: DiscordPermission, in channel: SimChannel) -> Bool {
        guard channel.isGuildChannel else { return true }
        return permissions(of: botUserID, in: channel) & permission.mask != 0
    }

    func botHasGuildPermission(_ permission: DiscordPermission) -> Bool {
        basePermissions(of: botUserID) & permission.mask != 0
    }

    /// The position of a member's highest role (0 for @everyone only).
    func highestRolePosition(of userID: String) -> Int {
        members[userID]?.roleIDs.compactMap { role(id: $0)?.position }.max() ?? 0
    }

    /// Whether the bot may act on `userID` under Discord's role hierarchy:
    /// never on the owner, and only on members whose highest role sits below its own.
    func botOutranks(_ userID: String) -> Bool {
        guard userID != guild.ownerID, userID != botUserID else { return false }
        return highestRolePosition(of: botUserID) > highestRolePosition(of: userID)
    }
}
