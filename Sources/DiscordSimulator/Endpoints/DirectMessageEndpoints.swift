import Foundation

// POST /users/@me/channels.

extension GuildState {
    /// Opens (or returns the existing) DM channel with a user. Opening always
    /// works for a person; whether a message gets through is decided when the
    /// bot sends one (50007 for closed DMs). Bots cannot be DMed at all.
    mutating func createDM(_ request: IncomingRequest, now: Date) throws(APIError) -> APIResponse {
        let body = try request.jsonObjectBody()
        guard let recipientValue = body["recipient_id"], !recipientValue.isNull else {
            throw .invalidForm(["recipient_id"], code: "BASE_TYPE_REQUIRED", message: "This field is required")
        }
        let recipientID = recipientValue.stringValue ?? recipientValue.intValue.map(String.init) ?? ""
        guard Snowflake.parse(recipientID) != nil else { throw .notSnowflake("recipient_id", recipientID) }
        guard let recipient = users[recipientID] else { throw .unknownUser }
        guard !recipient.isBot else { throw .cannotMessageUser }

        if let existing = dmChannelByUser[recipientID], let channel = channels[existing] {
            return .json(json.channel(channel))
        }
        let channelID = String(snowflakes.next(at: now))
        let channel = SimChannel(id: channelID, kind: .directMessage, recipientID: recipientID)
        channels[channelID] = channel
        dmChannelByUser[recipientID] = channelID
        recordMutation(.createDM, target: recipientID, request, now: now)
        return .json(json.channel(channel))
    }
}
