import Foundation

/// A message about to be stored; `GuildState.addMessage` gives it an id and a time.
struct NewMessage: Sendable {
    var channelID: String
    var authorID: String
    var content: String
    var type = 0
    var flags = 0
    /// Set for webhook messages: the name the webhook posts under.
    var webhookName: String?
    var mentions = ContentMentions()
    var images: [(filename: String, size: Int, width: Int, height: Int)] = []
    var embeds: [JSONValue] = []
    var referencedMessageID: String?
    var scriptedKind: ScriptedKind?
}

extension GuildState {
    /// Stores a message created at `date`. Backdated messages get ids from
    /// their own time, so they sort into the past.
    @discardableResult
    mutating func addMessage(_ new: NewMessage, at date: Date, backdated: Bool = false) -> SimMessage {
        let snowflake = backdated ? snowflakes.backdated(at: date) : snowflakes.next(at: date)
        let isWebhook = new.webhookName != nil
        let message = SimMessage(
            snowflake: snowflake,
            channelID: new.channelID,
            authorID: isWebhook ? guild.webhookID : new.authorID,
            content: new.content,
            timestamp: Snowflake.date(of: snowflake),
            type: new.type,
            flags: new.flags,
            webhookID: isWebhook ? guild.webhookID : nil,
            webhookName: new.webhookName,
            mentionIDs: new.mentions.userIDs.filter { users[$0] != nil },
            mentionRoleIDs: new.mentions.roleIDs.filter { role(id: $0) != nil },
            mentionEveryone: new.mentions.everyone,
            attachments: new.images.map { attachmentJSON($0, channelID: new.channelID, at: date) },
            embeds: new.embeds,
            referencedMessageID: new.referencedMessageID,
            scriptedKind: new.scriptedKind
        )
        insert(message)
        return message
    }

    /// Posts a scripted message as its author would have.
    @discardableResult
    mutating func post(_ scripted: ScriptedMessage, at date: Date, backdated: Bool) -> SimMessage {
        let channelID = textChannel(named: scripted.channel)!.id
        let authorID = scripted.author.flatMap { user(named: $0)?.id } ?? botUserID
        var new = NewMessage(channelID: channelID, authorID: authorID, content: scripted.content)
        new.type = scripted.type
        new.webhookName = scripted.isWebhook ? guild.webhookName : nil
        new.mentions = ContentMentions(parsing: scripted.content)
        new.mentions.everyone = scripted.mentionEveryone
        new.images = scripted.attachment.map { [$0] } ?? []
        new.embeds = scripted.embed.map { [$0] } ?? []
        new.scriptedKind = scripted.kind
        if scripted.repliesToLatest, let latest = messagesByChannel[channelID]?.last(where: { $0.type == 0 || $0.type == 19 }) {
            new.type = 19
            new.referencedMessageID = latest.id
            if latest.webhookID == nil, latest.authorID != authorID, !new.mentions.userIDs.contains(latest.authorID) {
                new.mentions.userIDs.append(latest.authorID)
            }
        }
        return addMessage(new, at: date, backdated: backdated)
    }

    /// Discord's attachment object for an uploaded image.
    private mutating func attachmentJSON(
        _ image: (filename: String, size: Int, width: Int, height: Int), channelID: String, at date: Date
    ) -> JSONValue {
        let id = String(snowflakes.backdated(at: date))
        let filename = image.filename.replacingOccurrences(of: " ", with: "_")
        return [
            "id": .string(id),
            "filename": .string(filename),
            "size": .int(Int64(image.size)),
            "url": .string("https://cdn.discordapp.com/attachments/\(channelID)/\(id)/\(filename)"),
            "proxy_url": .string("https://media.discordapp.net/attachments/\(channelID)/\(id)/\(filename)"),
            "width": .int(Int64(image.width)),
            "height": .int(Int64(image.height)),
            "content_type": "image/png",
        ]
    }
}
