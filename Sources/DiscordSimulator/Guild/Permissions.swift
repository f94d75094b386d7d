/// The Discord permissions the simulator enforces, by bit number.
///
/// Discord sends permission sets as decimal strings of a 64-bit (or wider)
/// mask; `mask` turns a permission into its bit. Tests use these to strip a
/// permission from the bot and watch the client meet 50001 or 50013.
public enum DiscordPermission: Int, Sendable, CaseIterable {
    case kickMembers = 1
    case banMembers = 2
    case administrator = 3
    case addReactions = 6
    case viewChannel = 10
    case sendMessages = 11
    case manageMessages = 13
    case readMessageHistory = 16
    case mentionEveryone = 17
    case manageWebhooks = 29
    case sendMessagesInThreads = 38
    case moderateMembers = 40

    /// The single bit this permission occupies.
    public var mask: UInt64 { 1 << UInt64(rawValue) }

    /// The union of several permissions.
    public static func mask(_ permissions: [DiscordPermission]) -> UInt64 {
        permissions.reduce(0) { $0 | $1.mask }
    }
}

/// Discord's permission algorithm, over plain values so it can be checked alone.
enum PermissionCalculator {
    /// Every bit set: what ADMINISTRATOR and guild ownership grant.
    static let all: UInt64 = .max

    /// Guild-wide permissions: @everyone, OR every role the member holds.
    /// ADMINISTRATOR or ownership grants everything.
    static func base(everyone: UInt64, memberRoles: [UInt64], isOwner: Bool) -> UInt64 {
        if isOwner { return all }
        let permissions = memberRoles.reduce(everyone, |)
        return permissions & DiscordPermission.administrator.mask != 0 ? all : permissions
    }

    /// Channel permissions: the base set, then the channel's overwrites in
    /// Discord's order: @everyone's deny and allow, then the member's roles'
    /// denies OR-ed and allows OR-ed, then the member's own deny and allow.
    static func channel(
        base: UInt64,
        guildID: String,
        memberID: String,
        memberRoleIDs: [String],
        overwrites: [PermissionOverwrite]
    ) -> UInt64 {
        if base & DiscordPermission.administrator.mask != 0 { return all }
        var permissions = base
        if let everyone = overwrites.first(where: { $0.id == guildID && $0.kind == .role }) {
            permissions &= ~everyone.deny
            permissions |= everyone.allow
        }
        let roleOverwrites = overwrites.filter { $0.kind == .role && memberRoleIDs.contains($0.id) }
        permissions &= ~roleOverwrites.reduce(0) { $0 | $1.deny }
        permissions |= roleOverwrites.reduce(0) { $0 | $1.allow }
        if let own = overwrites.first(where: { $0.id == memberID && $0.kind == .member }) {
            permissions &= ~own.deny
            permissions |= own.allow
        }
        return permissions
    }
}
