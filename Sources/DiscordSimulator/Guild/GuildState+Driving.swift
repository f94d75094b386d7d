import Foundation

// Changes a test or a script makes to the guild directly, as its people or its
// administrators would, without going through the API.

extension GuildState {
    /// A user id from an id or a username.
    func resolveUser(_ idOrName: String) -> String? {
        users[idOrName] != nil ? idOrName : user(named: idOrName)?.id
    }

    /// A channel id from an id or a text channel name (with or without `#`).
    func resolveChannel(_ idOrName: String) -> String? {
        if channels[idOrName] != nil { return idOrName }
        let name = idOrName.hasPrefix("#") ? String(idOrName.dropFirst()) : idOrName
        return textChannel(named: name)?.id
    }

    /// Posts a message as a member (or through the guild's webhook), now or backdated.
    mutating func postDriven(
        _ content: String, authorID: String, channelID: String, at date: Date?, webhook: Bool,
        type: Int, mentionsEveryone: Bool, attachments: [SimulatedAttachment] = [], forwarded: SimForward? = nil, now: Date
    ) -> String {
        var new = NewMessage(channelID: channelID, authorID: authorID, content: content)
        new.type = type
        new.attachments = attachments
        new.forwarded = forwarded
        new.mentions = ContentMentions(parsing: content)
        new.mentions.everyone = mentionsEveryone
        if webhook { new.webhookName = users[authorID]?.username ?? guild.webhookName }
        let backdated = date.map { $0 < now } ?? false
        return addMessage(new, at: date ?? now, backdated: backdated).id
    }

    /// Deletes a message as its author would; returns false if there was none.
    mutating func removeByAuthor(_ messageID: String, now: Date) -> Bool {
        guard let snowflake = Snowflake.parse(messageID) else { return false }
        for channelID in messagesByChannel.keys {
            if let message = removeMessage(snowflake, in: channelID) {
                noteDeleted(message, as: .author, reason: nil, now: now)
                return true
            }
        }
        return false
    }

    /// Sets (or, with allow and deny both 0, removes) the bot's member overwrite on a channel.
    mutating func setBotOverwrite(channelID: String, allow: UInt64, deny: UInt64) {
        guard var channel = channels[channelID] else { return }
        channel.overwrites.removeAll { $0.kind == .member && $0.id == botUserID }
        if allow != 0 || deny != 0 {
            channel.overwrites.append(PermissionOverwrite(id: botUserID, kind: .member, allow: allow, deny: deny))
        }
        channels[channelID] = channel
    }

    /// Takes a permission away from @everyone and every role the bot holds, so
    /// the bot no longer has it guild-wide. Channel overwrites that allow it
    /// (such as #mod-log's for the bot's role) still apply.
    mutating func revokeGuildPermission(_ permission: DiscordPermission) {
        let botRoles = members[botUserID]?.roleIDs ?? []
        for index in roles.indices where roles[index].id == guild.id || botRoles.contains(roles[index].id) {
            roles[index].permissions &= ~permission.mask
        }
    }

    /// Gives the bot's own role a permission.
    mutating func grantBotRolePermission(_ permission: DiscordPermission) {
        if let index = roles.firstIndex(where: { $0.id == botRoleID }) {
            roles[index].permissions |= permission.mask
        }
    }

    mutating func setDMsClosed(_ closed: Bool, userID: String) {
        users[userID]?.dmsClosed = closed
    }
}
