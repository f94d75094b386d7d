import Foundation

// JSON for the `/_sim/` control endpoints: the snapshot and the request record.

extension GuildSnapshot {
    /// The snapshot as the `/_sim/state` endpoint sends it (snake_case keys,
    /// ISO timestamps), with the roster so an outside driver can find ids by name.
    func controlJSON(channels: [String: String], users: [String: String], botUserID: String) -> JSONValue {
        func time(_ date: Date) -> JSONValue { .string(DiscordTime.format(date)) }
        func names(_ map: [String: String]) -> JSONValue {
            .object(JSONObject(map.sorted { $0.key < $1.key }.map { (key: $0.key, value: .string($0.value)) }))
        }
        let messages = messagesByChannel.sorted { $0.key < $1.key }.map { channelID, list in
            (key: channelID, value: JSONValue.array(list.map { message in
                [
                    "id": .string(message.id),
                    "channel_id": .string(message.channelID),
                    "author_id": .string(message.authorID),
                    "content": .string(message.content),
                    "timestamp": time(message.timestamp),
                    "type": .int(Int64(message.type)),
                    "webhook_id": .string(message.webhookID),
                    "bot_reactions": .strings(message.botReactions),
                    "mentioned_user_ids": .strings(message.mentionedUserIDs),
                    "mention_everyone": .bool(message.mentionEveryone),
                    "scripted_kind": .string(message.scriptedKind?.rawValue),
                ]
            }))
        }
        return [
            "guild_id": .string(guildID),
            "bot_user_id": .string(botUserID),
            "channels": names(channels),
            "users": names(users),
            "messages": .object(JSONObject(messages)),
            "deleted_messages": .array(deletedMessages.map { deleted in
                [
                    "message_id": .string(deleted.messageID),
                    "channel_id": .string(deleted.channelID),
                    "author_id": .string(deleted.authorID),
                    "content": .string(deleted.content),
                    "deletion": .string(deleted.deletion.rawValue),
                    "audit_log_reason": .string(deleted.auditLogReason),
                    "at": time(deleted.at),
                ]
            }),
            "direct_messages": .array(directMessages.map { dm in
                [
                    "user_id": .string(dm.userID),
                    "channel_id": .string(dm.channelID),
                    "message_id": .string(dm.messageID),
                    "content": .string(dm.content),
                    "at": time(dm.at),
                ]
            }),
            "timeouts": .object(JSONObject(timeouts.sorted { $0.key < $1.key }.map { (key: $0.key, value: time($0.value)) })),
            "bans": .object(JSONObject(bans.sorted { $0.key < $1.key }.map { userID, ban in
                (key: userID, value: [
                    "reason": .string(ban.reason),
                    "delete_message_seconds": .int(Int64(ban.deleteMessageSeconds)),
                    "at": time(ban.at),
                ])
            })),
            "mutations": .array(mutations.map { mutation in
                [
                    "kind": .string(mutation.kind.rawValue),
                    "method": .string(mutation.method),
                    "path": .string(mutation.path),
                    "target_id": .string(mutation.targetID),
                    "audit_log_reason": .string(mutation.auditLogReason),
                    "at": time(mutation.at),
                ]
            }),
        ]
    }
}

extension RecordedRequest {
    /// The record as the `/_sim/requests` endpoint sends it; the body as UTF-8 text.
    var controlJSON: JSONValue {
        [
            "sequence": .int(Int64(sequence)),
            "method": .string(method),
            "path": .string(path),
            "query": .object(JSONObject(query.sorted { $0.key < $1.key }.map { (key: $0.key, value: .string($0.value)) })),
            "headers": .object(JSONObject(headers.sorted { $0.key < $1.key }.map { (key: $0.key, value: .string($0.value)) })),
            "body": .string(String(decoding: body, as: UTF8.self)),
            "status": .int(Int64(status)),
            "response_bytes": .int(Int64(responseBytes)),
            "at": .string(DiscordTime.format(at)),
            "answered_at": answeredAt.map { .string(DiscordTime.format($0)) } ?? .null,
        ]
    }
}
