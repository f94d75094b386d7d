import Foundation

// PUT and DELETE /channels/{c}/messages/{m}/reactions/{emoji}/@me.

extension GuildState {
    /// Discord's cap on distinct reactions per message.
    static let maximumDistinctReactions = 20

    /// Adds the bot's reaction. Needs READ_MESSAGE_HISTORY, and ADD_REACTIONS
    /// when the emoji is new on the message. Reacting twice is a no-op.
    mutating func addReaction(
        _ rawEmoji: String, to messageID: String, in channelID: String, _ request: IncomingRequest, now: Date
    ) throws(APIError) -> APIResponse {
        let (channel, snowflake, emoji) = try reactionTarget(rawEmoji, messageID, channelID)
        guard botHas(.readMessageHistory, in: channel) else { throw .missingPermissions }
        let index = messageIndex(snowflake, in: channelID)!
        let reactions = messagesByChannel[channelID]![index].botReactions
        if reactions.contains(emoji) { return .noContent }
        guard botHas(.addReactions, in: channel) else { throw .missingPermissions }
        guard reactions.count < Self.maximumDistinctReactions else { throw .maximumReactions }

        messagesByChannel[channelID]![index].botReactions.append(emoji)
        recordMutation(.addReaction, target: messageID, request, now: now)
        return .noContent
    }

    /// Removes the bot's reaction; 204 whether or not it was there.
    mutating func removeReaction(
        _ rawEmoji: String, from messageID: String, in channelID: String, _ request: IncomingRequest, now: Date
    ) throws(APIError) -> APIResponse {
        let (_, snowflake, emoji) = try reactionTarget(rawEmoji, messageID, channelID)
        let index = messageIndex(snowflake, in: channelID)!
        if let position = messagesByChannel[channelID]![index].botReactions.firstIndex(of: emoji) {
            messagesByChannel[channelID]![index].botReactions.remove(at: position)
            recordMutation(.removeReaction, target: messageID, request, now: now)
        }
        return .noContent
    }

    /// The channel, message and decoded emoji of a reaction route: 10008 for a
    /// missing message, 10014 for an emoji that is unknown or not percent-encoded.
    private func reactionTarget(
        _ rawEmoji: String, _ messageID: String, _ channelID: String
    ) throws(APIError) -> (SimChannel, UInt64, String) {
        let channel = try visibleChannel(channelID)
        let snowflake = try messageSnowflake(messageID)
        guard message(snowflake, in: channelID) != nil else { throw .unknownMessage }
        guard let emoji = ReactionEmoji.decode(rawSegment: rawEmoji, customEmojis: guild.emojis) else {
            throw .unknownEmoji
        }
        return (channel, snowflake, emoji)
    }
}
