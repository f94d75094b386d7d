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
    var attachments: [SimulatedAttachment] = []
    var embeds: [JSONValue] = []
    var referencedMessageID: String?
    var forwarded: SimForward?
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
            // HAS_SNAPSHOT (1 << 14) marks a forward, as Discord sets it.
            flags: new.flags | (new.forwarded == nil ? 0 : 1 << 14),
            webhookID: isWebhook ? guild.webhookID : nil,
            webhookName: new.webhookName,
            mentionIDs: new.mentions.userIDs.filter { users[$0] != nil },
            mentionRoleIDs: new.mentions.roleIDs.filter { role(id: $0) != nil },
            mentionEveryone: new.mentions.everyone,
            attachments: new.attachments.map { attachmentJSON($0, channelID: new.channelID, at: date) },
            embeds: new.embeds,
            referencedMessageID: new.referencedMessageID,
            forwarded: new.forwarded,
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
        new.attachments = scripted.attachment.map { [$0] } ?? []
        new.embeds = scripted.embed.map { [$0] } ?? []
        new.scriptedKind = scripted.kind
        if scripted.forwardedFromElsewhere {
            // Scams are often forwarded from another server: the forward is empty, the text is in its snapshot.
            new.forwarded = forwardFromElsewhere(scripted.content, attachments: [], at: date)
            new.content = ""
            new.mentions = ContentMentions()
        }
        if scripted.repliesToLatest, let latest = messagesByChannel[channelID]?.last(where: { $0.type == 0 || $0.type == 19 }) {
            new.type = 19
            new.referencedMessageID = latest.id
            if latest.webhookID == nil, latest.authorID != authorID, !new.mentions.userIDs.contains(latest.authorID) {
                new.mentions.userIDs.append(latest.authorID)
            }
        }
        return addMessage(new, at: date, backdated: backdated)
    }

    /// A forward of a message from a server the bot is not in: made-up
    /// source ids, the text and files as Discord copies them into the snapshot.
    mutating func forwardFromElsewhere(_ content: String, attachments: [SimulatedAttachment], at date: Date) -> SimForward {
        let sourceChannelID = String(snowflakes.backdated(at: date.addingTimeInterval(-86_400)))
        return SimForward(
            content: content,
            attachments: attachments.map { attachmentJSON($0, channelID: sourceChannelID, at: date) },
            embeds: [], timestamp: date.addingTimeInterval(-600),
            sourceGuildID: String(snowflakes.backdated(at: date.addingTimeInterval(-90 * 86_400))),
            sourceChannelID: sourceChannelID,
            sourceMessageID: String(snowflakes.backdated(at: date.addingTimeInterval(-600))))
    }

    /// A forward of a message in this guild: a copy of its text and files as they are now.
    func forward(of original: SimMessage) -> SimForward {
        SimForward(content: original.content, attachments: original.attachments, embeds: original.embeds,
                   timestamp: original.timestamp,
                   sourceGuildID: channels[original.channelID]?.isGuildChannel == true ? guild.id : nil,
                   sourceChannelID: original.channelID, sourceMessageID: original.id)
    }

    /// Discord's attachment object for an uploaded file.
    private mutating func attachmentJSON(_ file: SimulatedAttachment, channelID: String, at date: Date) -> JSONValue {
        let id = String(snowflakes.backdated(at: date))
        let filename = file.filename.replacingOccurrences(of: " ", with: "_")
        var object: JSONObject = [
            "id": .string(id),
            "filename": .string(filename),
            "size": .int(Int64(file.size)),
            "url": .string("https://cdn.discordapp.com/attachments/\(channelID)/\(id)/\(filename)"),
            "proxy_url": .string("https://media.discordapp.net/attachments/\(channelID)/\(id)/\(filename)"),
            "content_type": .string(file.contentType),
        ]
        if let description = file.description { object["description"] = .string(description) }
        if let width = file.width, let height = file.height {
            object["width"] = .int(Int64(width))
            object["height"] = .int(Int64(height))
        }
        return .object(object)
    }
}
