import Foundation

/// The JSON objects Discord's v10 REST API sends, written field by field.
///
/// Shapes follow Discord's own responses: snowflakes as strings, permission
/// sets as decimal strings, timestamps with microseconds and `+00:00`, `bot`
/// present only on bot accounts, `webhook_id` only on webhook messages.
struct DiscordJSON {
    let state: GuildState
    /// Whether the bot was granted the Message Content privileged intent.
    let messageContentIntent: Bool

    func user(_ user: SimUser) -> JSONValue {
        var object: JSONObject = [
            "id": .string(user.id),
            "username": .string(user.username),
            "global_name": .string(user.globalName),
            "avatar": nil,
            "discriminator": "0",
            "public_flags": 0,
            "flags": 0,
            "banner": nil,
            "accent_color": nil,
            "avatar_decoration_data": nil,
        ]
        if user.isBot { object["bot"] = true }
        return .object(object)
    }

    /// `GET /users/@me`: the user object plus the fields only the account itself sees.
    func currentUser() -> JSONValue {
        guard case .object(var object) = user(state.users[state.botUserID]!) else { return .null }
        object["verified"] = true
        object["mfa_enabled"] = false
        object["locale"] = "en-US"
        object["email"] = nil
        return .object(object)
    }

    func member(_ member: SimMember) -> JSONValue {
        [
            "user": state.users[member.userID].map(user) ?? .null,
            "nick": .string(member.nick),
            "avatar": nil,
            "banner": nil,
            "roles": .strings(member.roleIDs),
            "joined_at": .string(DiscordTime.format(member.joinedAt)),
            "premium_since": nil,
            "deaf": false,
            "mute": false,
            "flags": 0,
            "pending": false,
            "communication_disabled_until": .string(member.communicationDisabledUntil.map(DiscordTime.format)),
        ]
    }

    func role(_ role: SimRole) -> JSONValue {
        var object: JSONObject = [
            "id": .string(role.id),
            "name": .string(role.name),
            "description": nil,
            "color": .int(Int64(role.color)),
            "hoist": .bool(role.hoist),
            "icon": nil,
            "unicode_emoji": nil,
            "position": .int(Int64(role.position)),
            "permissions": .string(String(role.permissions)),
            "managed": .bool(role.managed),
            "mentionable": .bool(role.mentionable),
            "flags": 0,
        ]
        if let botID = role.botID { object["tags"] = ["bot_id": .string(botID)] }
        return .object(object)
    }

    func channel(_ channel: SimChannel) -> JSONValue {
        if channel.kind == .directMessage {
            return [
                "id": .string(channel.id),
                "type": 1,
                "last_message_id": .string(state.messagesByChannel[channel.id]?.last?.id),
                "flags": 0,
                "recipients": .array([channel.recipientID.flatMap { state.users[$0] }.map(user) ?? .null]),
            ]
        }
        var object: JSONObject = [
            "id": .string(channel.id),
            "type": .int(Int64(channel.kind.rawValue)),
            "guild_id": .string(state.guild.id),
            "name": .string(channel.name),
            "position": .int(Int64(channel.position)),
            "parent_id": .string(channel.parentID),
            "permission_overwrites": .array(channel.overwrites.map(overwrite)),
            "flags": 0,
        ]
        if channel.kind == .guildText {
            object["topic"] = .string(channel.topic)
            object["nsfw"] = false
            object["rate_limit_per_user"] = 0
            object["last_message_id"] = .string(state.messagesByChannel[channel.id]?.last?.id)
        }
        return .object(object)
    }

    func overwrite(_ overwrite: PermissionOverwrite) -> JSONValue {
        [
            "id": .string(overwrite.id),
            "type": .int(Int64(overwrite.kind.rawValue)),
            "allow": .string(String(overwrite.allow)),
            "deny": .string(String(overwrite.deny)),
        ]
    }

    func guild() -> JSONValue {
        let guild = state.guild
        return [
            "id": .string(guild.id),
            "name": .string(guild.name),
            "icon": nil,
            "description": "A friendly place to talk Swift, Apple platforms and server-side code.",
            "splash": nil,
            "banner": nil,
            "owner_id": .string(guild.ownerID),
            "afk_channel_id": nil,
            "afk_timeout": 300,
            "verification_level": 2,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "roles": .array(state.roles.map(role)),
            "emojis": .array(guild.emojis.map(customEmoji)),
            "features": .strings(["COMMUNITY", "NEWS"]),
            "mfa_level": 1,
            "system_channel_id": .string(guild.systemChannelID),
            "system_channel_flags": 0,
            "rules_channel_id": nil,
            "vanity_url_code": nil,
            "premium_tier": 1,
            "premium_subscription_count": 3,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "premium_progress_bar_enabled": false,
        ]
    }

    func customEmoji(_ emoji: SimEmoji) -> JSONValue {
        [
            "id": .string(emoji.id),
            "name": .string(emoji.name),
            "roles": [],
            "require_colons": true,
            "managed": false,
            "animated": false,
            "available": true,
        ]
    }

    /// A message as the bot reads it. Without the Message Content intent,
    /// content, embeds and attachments (a forward's snapshot's too) arrive
    /// empty, except on the bot's own messages, DMs and messages that mention the bot.
    func message(_ message: SimMessage, includeReference: Bool = true) -> JSONValue {
        let channel = state.channels[message.channelID]
        let readable = messageContentIntent
            || message.authorID == state.botUserID
            || channel?.kind == .directMessage
            || message.mentionIDs.contains(state.botUserID)

        var object: JSONObject = [
            "type": .int(Int64(message.type)),
            "content": .string(readable ? message.content : ""),
            "mentions": .array(message.mentionIDs.compactMap { state.users[$0] }.map(user)),
            "mention_roles": .strings(message.mentionRoleIDs),
            "attachments": .array(readable ? message.attachments : []),
            "embeds": .array(readable ? message.embeds : []),
            "timestamp": .string(DiscordTime.format(message.timestamp)),
            "edited_timestamp": nil,
            "flags": .int(Int64(message.flags)),
            "components": [],
            "id": .string(message.id),
            "channel_id": .string(message.channelID),
            "author": author(of: message),
            "pinned": false,
            "mention_everyone": .bool(message.mentionEveryone),
            "tts": false,
        ]
        if let webhookID = message.webhookID { object["webhook_id"] = .string(webhookID) }
        if let forwarded = message.forwarded {
            object["message_reference"] = [
                "type": 1,
                "channel_id": .string(forwarded.sourceChannelID),
                "message_id": .string(forwarded.sourceMessageID),
                "guild_id": .string(forwarded.sourceGuildID),
            ]
            object["message_snapshots"] = [["message": snapshot(forwarded, readable: readable)]]
        }
        if !message.botReactions.isEmpty { object["reactions"] = .array(message.botReactions.map(botReaction)) }
        if let referenced = message.referencedMessageID {
            object["message_reference"] = [
                "type": 0,
                "channel_id": .string(message.channelID),
                "message_id": .string(referenced),
                "guild_id": channel?.isGuildChannel == true ? .string(state.guild.id) : nil,
            ]
            if includeReference {
                let target = Snowflake.parse(referenced).flatMap { state.message($0, in: message.channelID) }
                object["referenced_message"] = target.map { self.message($0, includeReference: false) } ?? .null
            }
        }
        return .object(object)
    }

    /// The partial copy of a forwarded message: no id, author or channel.
    private func snapshot(_ forwarded: SimForward, readable: Bool) -> JSONValue {
        [
            "type": 0,
            "content": .string(readable ? forwarded.content : ""),
            "embeds": .array(readable ? forwarded.embeds : []),
            "attachments": .array(readable ? forwarded.attachments : []),
            "timestamp": .string(DiscordTime.format(forwarded.timestamp)),
            "edited_timestamp": nil,
            "flags": 0,
            "mentions": [],
            "mention_roles": [],
            "sticker_items": [],
            "components": [],
        ]
    }

    private func author(of message: SimMessage) -> JSONValue {
        if let webhookID = message.webhookID {
            return [
                "id": .string(webhookID),
                "username": .string(message.webhookName ?? state.guild.webhookName),
                "avatar": nil,
                "discriminator": "0000",
                "public_flags": 0,
                "flags": 0,
                "bot": true,
                "global_name": nil,
            ]
        }
        return state.users[message.authorID].map(user)
            ?? user(SimUser(id: message.authorID, username: "Deleted User", globalName: nil))
    }

    private func botReaction(_ emoji: String) -> JSONValue {
        let custom = ReactionEmoji.customParts(emoji)
        return [
            "emoji": custom.map { ["id": .string($0.id), "name": .string($0.name)] }
                ?? ["id": nil, "name": .string(emoji)],
            "count": 1,
            "count_details": ["burst": 0, "normal": 1],
            "burst_colors": [],
            "me_burst": false,
            "burst_me": false,
            "me": true,
            "burst_count": 0,
        ]
    }
}
