import Foundation

// POST /channels/{c}/messages, DELETE /channels/{c}/messages/{m},
// POST /channels/{c}/messages/bulk-delete.

extension GuildState {
    static let maximumContentLength = 2_000
    static let bulkDeleteMaximumAge: TimeInterval = 14 * 86_400
    /// How long Discord remembers an enforced nonce ("a few minutes").
    static let nonceWindow: TimeInterval = 300
    static let maximumNonceLength = 25

    /// Sends a message as the bot. Needs SEND_MESSAGES in a guild channel; a
    /// DM to someone who does not accept it (DMs closed, or no shared guild)
    /// fails with 50007. `allowed_mentions` decides who is pinged. With
    /// `nonce` and `enforce_nonce: true`, a repeat within `nonceWindow`
    /// returns the first message and posts nothing, as Discord does.
    mutating func createMessage(in channelID: String, _ request: IncomingRequest, now: Date) throws(APIError) -> APIResponse {
        let channel = try visibleChannel(channelID)
        if channel.kind == .directMessage {
            let recipient = channel.recipientID.flatMap { users[$0] }
            guard let recipient, !recipient.dmsClosed, members[recipient.id] != nil else { throw .cannotMessageUser }
        } else {
            guard botHas(.sendMessages, in: channel) else { throw .missingPermissions }
        }

        let body = try request.jsonObjectBody()
        var errors = FormErrors()
        let content = body["content"]?.stringValue ?? ""
        if content.unicodeScalars.count > Self.maximumContentLength {
            errors.add(at: ["content"], code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length.")
        }
        let embeds = body["embeds"]?.arrayValue ?? []
        if embeds.count > 10 {
            errors.add(at: ["embeds"], code: "BASE_TYPE_MAX_LENGTH", message: "Must be 10 or fewer in length.")
        }
        let nonce = body["nonce"]?.stringValue ?? body["nonce"]?.intValue.map(String.init)
        if let nonce, nonce.count > Self.maximumNonceLength {
            errors.add(at: ["nonce"], code: "BASE_TYPE_MAX_LENGTH", message: "Must be 25 or fewer in length.")
        }
        let enforced = body["enforce_nonce"]?.boolValue == true ? nonce : nil
        if let enforced, let earlier = enforcedNonces[enforced], earlier.channelID == channelID,
           now.timeIntervalSince(earlier.at) < Self.nonceWindow, let first = message(earlier.messageID, in: channelID) {
            return .json(json.message(first))
        }
        let allowed = body["allowed_mentions"].flatMap { $0.isNull ? nil : AllowedMentions($0, errors: &errors) }
        let reference = try messageReference(body["message_reference"], in: channelID, errors: &errors)
        guard errors.isEmpty else { throw .invalidFormBody(errors) }
        guard !content.isEmpty || !embeds.isEmpty else { throw .emptyMessage }

        let repliedUserID = reference.flatMap { message($0, in: channelID) }.flatMap { $0.webhookID == nil ? $0.authorID : nil }
        let pinged = AllowedMentions.resolve(
            allowed,
            mentions: ContentMentions(parsing: content),
            repliedUserID: repliedUserID,
            mayMentionEveryone: botHas(.mentionEveryone, in: channel)
        )
        var new = NewMessage(channelID: channelID, authorID: botUserID, content: content)
        new.type = reference == nil ? 0 : 19
        new.flags = Int(body["flags"]?.intValue ?? 0)
        new.mentions = pinged
        new.embeds = embeds
        new.referencedMessageID = reference.map(String.init)
        let sent = addMessage(new, at: now)
        if let enforced { enforcedNonces[enforced] = (channelID, sent.snowflake, now) }

        if channel.kind == .directMessage, let recipientID = channel.recipientID {
            history.directMessages.append(GuildSnapshot.DirectMessage(
                userID: recipientID, channelID: channelID, messageID: sent.id, content: content, at: now
            ))
        }
        recordMutation(.createMessage, target: sent.id, request, now: now)
        return .json(json.message(sent))
    }

    /// Deletes one message: 10008 if it is gone, 50021 for system messages,
    /// MANAGE_MESSAGES unless it is the bot's own.
    mutating func deleteMessage(
        _ messageID: String, in channelID: String, _ request: IncomingRequest, now: Date
    ) throws(APIError) -> APIResponse {
        let channel = try visibleChannel(channelID)
        let snowflake = try messageSnowflake(messageID)
        guard let message = message(snowflake, in: channelID) else { throw .unknownMessage }
        guard !message.isUndeletableSystemMessage else { throw .systemMessage }
        if message.authorID != botUserID {
            guard channel.isGuildChannel, botHas(.manageMessages, in: channel) else { throw .missingPermissions }
        }
        removeMessage(snowflake, in: channelID)
        noteDeleted(message, as: .single, reason: request.auditLogReason, now: now)
        recordMutation(.deleteMessage, target: messageID, request, now: now)
        return .noContent
    }

    /// Deletes 2...100 messages at once (50016 otherwise), none older than 14
    /// days by their ids (50034), no duplicates (50035). Needs MANAGE_MESSAGES.
    /// Ids of messages that no longer exist are skipped, as Discord does.
    mutating func bulkDelete(in channelID: String, _ request: IncomingRequest, now: Date) throws(APIError) -> APIResponse {
        let channel = try visibleChannel(channelID)
        let body = try request.jsonObjectBody()
        guard let list = body["messages"]?.arrayValue else {
            throw .invalidForm(["messages"], code: "BASE_TYPE_REQUIRED", message: "This field is required")
        }
        guard (2...100).contains(list.count) else { throw .bulkDeleteCount }

        var errors = FormErrors()
        var snowflakes: [UInt64] = []
        for (index, item) in list.enumerated() {
            let text = item.stringValue ?? item.intValue.map(String.init) ?? ""
            if let snowflake = Snowflake.parse(text) {
                snowflakes.append(snowflake)
            } else {
                errors.add(at: ["messages", String(index)], code: "NUMBER_TYPE_COERCE",
                           message: "Value \"\(text)\" is not snowflake.")
            }
        }
        if Set(snowflakes).count != snowflakes.count {
            errors.add(at: ["messages"], code: "BASE_TYPE_DUPLICATES", message: "Duplicate values are not allowed.")
        }
        guard errors.isEmpty else { throw .invalidFormBody(errors) }
        guard channel.isGuildChannel, botHas(.manageMessages, in: channel) else { throw .missingPermissions }
        let cutoff = now.addingTimeInterval(-Self.bulkDeleteMaximumAge)
        guard snowflakes.allSatisfy({ Snowflake.date(of: $0) >= cutoff }) else { throw .tooOldToBulkDelete }
        let found = snowflakes.compactMap { message($0, in: channelID) }
        guard !found.contains(where: \.isUndeletableSystemMessage) else { throw .systemMessage }

        for message in found {
            removeMessage(message.snowflake, in: channelID)
            noteDeleted(message, as: .bulk, reason: request.auditLogReason, now: now)
        }
        recordMutation(.bulkDelete, target: channelID, request, now: now)
        return .noContent
    }

    /// The message a reply points at, checked the way Discord does: unknown
    /// targets are a form error unless `fail_if_not_exists` is false.
    private func messageReference(
        _ reference: JSONValue?, in channelID: String, errors: inout FormErrors
    ) throws(APIError) -> UInt64? {
        guard let reference, !reference.isNull else { return nil }
        guard let text = reference["message_id"]?.stringValue, let snowflake = Snowflake.parse(text) else {
            errors.add(at: ["message_reference", "message_id"], code: "BASE_TYPE_REQUIRED", message: "This field is required")
            return nil
        }
        if let otherChannel = reference["channel_id"]?.stringValue, otherChannel != channelID {
            errors.add(at: ["message_reference"], code: "REPLIES_CANNOT_REFERENCE_OTHER_CHANNEL",
                       message: "Cannot reply to a message in a different channel")
            return nil
        }
        guard message(snowflake, in: channelID) != nil else {
            if reference["fail_if_not_exists"]?.boolValue == false { return nil }
            errors.add(at: ["message_reference"], code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", message: "Unknown message")
            return nil
        }
        return snowflake
    }

    /// Keeps a deleted message's record for the snapshot.
    mutating func noteDeleted(_ message: SimMessage, as deletion: GuildSnapshot.Deletion, reason: String?, now: Date) {
        history.deletedMessages.append(GuildSnapshot.DeletedMessage(
            messageID: message.id,
            channelID: message.channelID,
            authorID: message.authorID,
            content: message.content,
            deletion: deletion,
            auditLogReason: reason,
            at: now
        ))
    }
}
