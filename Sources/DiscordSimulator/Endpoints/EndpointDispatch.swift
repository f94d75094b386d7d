import Foundation

// Routing a resolved, authorised, rate-limit-admitted request to the code that
// answers it, and the checks every endpoint shares.

extension GuildState {
    /// Answers one API request against the guild, or throws the Discord error it earns.
    mutating func respond(to route: APIRoute, _ request: IncomingRequest, now: Date) throws(APIError) -> APIResponse {
        switch (route.method, route.endpoint) {
        case ("GET", .currentUser):
            return .json(json.currentUser())
        case ("POST", .createDM):
            return try createDM(request, now: now)
        case ("GET", .channel(let channelID)):
            return .json(json.channel(try visibleChannel(channelID)))
        case ("GET", .messages(let channelID)):
            return try listMessages(in: channelID, request)
        case ("POST", .messages(let channelID)):
            return try createMessage(in: channelID, request, now: now)
        case ("GET", .message(let channelID, let messageID)):
            return try getMessage(messageID, in: channelID)
        case ("DELETE", .message(let channelID, let messageID)):
            return try deleteMessage(messageID, in: channelID, request, now: now)
        case ("POST", .bulkDelete(let channelID)):
            return try bulkDelete(in: channelID, request, now: now)
        case ("PUT", .ownReaction(let channelID, let messageID, let rawEmoji)):
            return try addReaction(rawEmoji, to: messageID, in: channelID, request, now: now)
        case ("DELETE", .ownReaction(let channelID, let messageID, let rawEmoji)):
            return try removeReaction(rawEmoji, from: messageID, in: channelID, request, now: now)
        case ("GET", .guild(let guildID)):
            try requireGuild(guildID)
            return .json(json.guild())
        case ("GET", .guildChannels(let guildID)):
            try requireGuild(guildID)
            return .json(.array(channelOrder.compactMap { channels[$0] }.map(json.channel)))
        case ("GET", .guildRoles(let guildID)):
            try requireGuild(guildID)
            return .json(.array(roles.map(json.role)))
        case ("GET", .member(let guildID, let userID)):
            try requireGuild(guildID)
            return .json(json.member(try requireMember(userID)))
        case ("PATCH", .member(let guildID, let userID)):
            return try modifyMember(userID, in: guildID, request, now: now)
        case ("PUT", .ban(let guildID, let userID)):
            return try ban(userID, in: guildID, request, now: now)
        case ("DELETE", .ban(let guildID, let userID)):
            return try unban(userID, in: guildID, request, now: now)
        default:
            throw .methodNotAllowed
        }
    }

    /// The JSON writer for the current state.
    var json: DiscordJSON {
        DiscordJSON(state: self, messageContentIntent: messageContentIntent)
    }

    // MARK: Shared checks

    func requireGuild(_ guildID: String) throws(APIError) {
        guard guildID == guild.id else {
            throw Snowflake.parse(guildID) == nil ? .notSnowflake("guild_id", guildID) : .unknownGuild
        }
    }

    func requireMember(_ userID: String) throws(APIError) -> SimMember {
        guard let member = members[userID] else {
            throw Snowflake.parse(userID) == nil ? .notSnowflake("user_id", userID) : .unknownMember
        }
        return member
    }

    /// A channel the bot can see: 10003 if it does not exist, 50001 Missing
    /// Access if the bot lacks VIEW_CHANNEL there.
    func visibleChannel(_ channelID: String) throws(APIError) -> SimChannel {
        guard let channel = channels[channelID] else {
            throw Snowflake.parse(channelID) == nil ? .notSnowflake("channel_id", channelID) : .unknownChannel
        }
        guard botHas(.viewChannel, in: channel) else { throw .missingAccess }
        return channel
    }

    /// A message id from the path: 50035 if it is not a snowflake.
    func messageSnowflake(_ messageID: String) throws(APIError) -> UInt64 {
        guard let snowflake = Snowflake.parse(messageID) else { throw .notSnowflake("message_id", messageID) }
        return snowflake
    }

    /// Notes a successful change, with the audit-log reason it carried.
    mutating func recordMutation(
        _ kind: GuildSnapshot.MutationKind, target: String, _ request: IncomingRequest, now: Date
    ) {
        history.mutations.append(GuildSnapshot.Mutation(
            kind: kind,
            method: request.method,
            path: request.apiPath ?? request.rawPath,
            targetID: target,
            auditLogReason: request.auditLogReason,
            at: now
        ))
    }
}

extension APIError {
    /// 50035 for a path or body value that should be a snowflake.
    static func notSnowflake(_ field: String, _ value: String) -> APIError {
        .invalidForm([field], code: "NUMBER_TYPE_COERCE", message: "Value \"\(value)\" is not snowflake.")
    }
}
