import Foundation

extension Permissions {
    /// A member's guild-wide permissions, before any channel overwrite: the
    /// @everyone role OR the member's roles; everything for the owner or an
    /// administrator. Guild-level actions (timeout, ban) depend on these.
    public static func base(
        guildID: Snowflake, roles: [Role], memberID: Snowflake, memberRoles: [Snowflake], ownerID: Snowflake?
    ) -> Permissions {
        if memberID == ownerID { return .all }
        let rolesByID = Dictionary(roles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var base = rolesByID[guildID]?.permissions ?? []
        for roleID in memberRoles {
            base.formUnion(rolesByID[roleID]?.permissions ?? [])
        }
        return base.contains(.administrator) ? .all : base
    }

    /// A member's effective permissions in a channel, computed as Discord does:
    /// the @everyone role OR the member's roles (ADMINISTRATOR or ownership
    /// grant everything), then the channel's overwrites in order: @everyone's
    /// deny and allow, all of the member's roles' denies then allows, and the
    /// member's own deny and allow. Without View Channel a member implicitly
    /// has no permission at all in the channel.
    ///
    /// - Parameters:
    ///   - guildID: the guild's id, which is also the @everyone role's id.
    ///   - roles: every role of the guild (the @everyone role included).
    ///   - memberID: the member whose permissions are wanted.
    ///   - memberRoles: the ids of the roles the member holds.
    ///   - ownerID: the guild's owner, who holds every permission.
    ///   - overwrites: the channel's permission overwrites.
    public static func effective(
        guildID: Snowflake, roles: [Role], memberID: Snowflake, memberRoles: [Snowflake],
        ownerID: Snowflake?, overwrites: [PermissionOverwrite]
    ) -> Permissions {
        let base = base(guildID: guildID, roles: roles, memberID: memberID, memberRoles: memberRoles, ownerID: ownerID)
        if base == .all { return .all }

        var permissions = base
        if let everyone = overwrites.first(where: { $0.type == .role && $0.id == guildID }) {
            permissions.subtract(everyone.deny)
            permissions.formUnion(everyone.allow)
        }
        let held = Set(memberRoles)
        var roleDeny: Permissions = []
        var roleAllow: Permissions = []
        for overwrite in overwrites where overwrite.type == .role && overwrite.id != guildID && held.contains(overwrite.id) {
            roleDeny.formUnion(overwrite.deny)
            roleAllow.formUnion(overwrite.allow)
        }
        permissions.subtract(roleDeny)
        permissions.formUnion(roleAllow)
        if let own = overwrites.first(where: { $0.type == .member && $0.id == memberID }) {
            permissions.subtract(own.deny)
            permissions.formUnion(own.allow)
        }
        return permissions.contains(.viewChannel) ? permissions : []
    }
}
