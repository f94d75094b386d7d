import Foundation

// PATCH /guilds/{g}/members/{u} (timeouts), PUT and DELETE /guilds/{g}/bans/{u}.

extension GuildState {
    static let maximumTimeout: TimeInterval = 28 * 86_400
    static let maximumBanDeleteSeconds: Int64 = 604_800

    /// Sets or clears a member's timeout (`communication_disabled_until`: an
    /// ISO time at most 28 days ahead, or null). Needs MODERATE_MEMBERS and a
    /// role above the member's; the owner and administrators cannot be timed out.
    /// Other member fields are accepted and ignored.
    mutating func modifyMember(
        _ userID: String, in guildID: String, _ request: IncomingRequest, now: Date
    ) throws(APIError) -> APIResponse {
        try requireGuild(guildID)
        let member = try requireMember(userID)
        let body = try request.jsonObjectBody()
        guard let value = body["communication_disabled_until"] else { return .json(json.member(member)) }

        var until: Date?
        if !value.isNull {
            guard let text = value.stringValue, let date = DiscordTime.parse(text) else {
                throw .invalidForm(["communication_disabled_until"], code: "DATE_TIME_TYPE_PARSE",
                                   message: "Could not parse \(value.stringValue ?? "value"). Should be ISO8601.")
            }
            guard date.timeIntervalSince(now) <= Self.maximumTimeout else {
                throw .invalidForm(["communication_disabled_until"], code: "COMMUNICATION_DISABLED_UNTIL_TOO_FAR",
                                   message: "Timeouts cannot be more than 28 days in the future.")
            }
            until = date
        }
        guard botHasGuildPermission(.moderateMembers), botOutranks(userID),
              basePermissions(of: userID) & DiscordPermission.administrator.mask == 0
        else { throw .missingPermissions }

        members[userID]!.communicationDisabledUntil = until
        recordMutation(until == nil ? .removeTimeout : .timeout, target: userID, request, now: now)
        return .json(json.member(members[userID]!))
    }

    /// Bans a user (member or not), deleting their messages from the last
    /// `delete_message_seconds` (0...604800). Needs BAN_MEMBERS and, for a
    /// member, a role above theirs. The ban reason is the audit-log reason.
    mutating func ban(_ userID: String, in guildID: String, _ request: IncomingRequest, now: Date) throws(APIError) -> APIResponse {
        try requireGuild(guildID)
        let body = try request.jsonObjectBody()
        var seconds: Int64 = 0
        if let value = body["delete_message_seconds"], !value.isNull {
            guard let number = value.intValue else {
                throw .invalidForm(["delete_message_seconds"], code: "NUMBER_TYPE_COERCE", message: "Value is not int.")
            }
            guard number >= 0 else {
                throw .invalidForm(["delete_message_seconds"], code: "NUMBER_TYPE_MIN",
                                   message: "int value should be greater than or equal to 0.")
            }
            guard number <= Self.maximumBanDeleteSeconds else {
                throw .invalidForm(["delete_message_seconds"], code: "NUMBER_TYPE_MAX",
                                   message: "int value should be less than or equal to 604800.")
            }
            seconds = number
        }
        guard users[userID] != nil else {
            throw Snowflake.parse(userID) == nil ? .notSnowflake("user_id", userID) : .unknownUser
        }
        guard botHasGuildPermission(.banMembers) else { throw .missingPermissions }
        guard members[userID] == nil || botOutranks(userID) else { throw .missingPermissions }

        history.bans[userID] = GuildSnapshot.Ban(reason: request.auditLogReason, deleteMessageSeconds: Int(seconds), at: now)
        members[userID] = nil
        if seconds > 0 {
            let since = now.addingTimeInterval(-Double(seconds))
            for channelID in channelOrder {
                let doomed = (messagesByChannel[channelID] ?? []).filter { $0.authorID == userID && $0.timestamp >= since }
                for message in doomed {
                    removeMessage(message.snowflake, in: channelID)
                    noteDeleted(message, as: .ban, reason: request.auditLogReason, now: now)
                }
            }
        }
        recordMutation(.ban, target: userID, request, now: now)
        return .noContent
    }

    /// Lifts a ban: 10026 if there is none. Needs BAN_MEMBERS.
    mutating func unban(_ userID: String, in guildID: String, _ request: IncomingRequest, now: Date) throws(APIError) -> APIResponse {
        try requireGuild(guildID)
        guard botHasGuildPermission(.banMembers) else { throw .missingPermissions }
        guard history.bans.removeValue(forKey: userID) != nil else { throw .unknownBan }
        recordMutation(.unban, target: userID, request, now: now)
        return .noContent
    }
}
