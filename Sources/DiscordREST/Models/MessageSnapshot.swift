import Foundation

/// A copy of a forwarded message, as a forward carries it in `message_snapshots`.
public struct MessageSnapshot: Decodable, Hashable, Sendable {
    public var message: Snapshot

    /// The partial message Discord copies into a forward: no author, id or
    /// channel (those are in the forward's `message_reference`). Everything
    /// is optional; a missing or malformed field becomes empty.
    public struct Snapshot: Decodable, Hashable, Sendable {
        /// Empty when the bot lacks the Message Content intent.
        public var content: String
        public var attachments: [Attachment]
        public var embeds: [Embed]
        public var type: MessageType
        public var timestamp: Date?

        public init(content: String, attachments: [Attachment] = [], embeds: [Embed] = [], type: MessageType = .default,
                    timestamp: Date? = nil) {
            self.content = content
            self.attachments = attachments
            self.embeds = embeds
            self.type = type
            self.timestamp = timestamp
        }

        enum CodingKeys: String, CodingKey { case content, attachments, embeds, type, timestamp }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            content = (try? c.decodeIfPresent(String.self, forKey: .content)) ?? ""
            attachments = (try? c.decodeIfPresent(Lossy<Attachment>.self, forKey: .attachments))?.elements ?? []
            embeds = (try? c.decodeIfPresent(Lossy<Embed>.self, forKey: .embeds))?.elements ?? []
            type = MessageType(rawValue: (try? c.decodeIfPresent(Int.self, forKey: .type)) ?? 0)
            timestamp = (try? c.decodeIfPresent(DiscordTimestamp.self, forKey: .timestamp))?.date
        }
    }

    public init(message: Snapshot) { self.message = message }

    enum CodingKeys: String, CodingKey { case message }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        message = (try? c.decodeIfPresent(Snapshot.self, forKey: .message)) ?? Snapshot(content: "")
    }
}

/// An array decoded element by element: an element that cannot be decoded is
/// dropped instead of failing the whole message.
struct Lossy<Element: Decodable>: Decodable {
    var elements: [Element]

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var elements: [Element] = []
        while !container.isAtEnd {
            if let element = try? container.decode(Element.self) {
                elements.append(element)
            } else {
                // Step past the element that failed (a decode failure does not advance the container).
                _ = try container.decode(Skipped.self)
            }
        }
        self.elements = elements
    }

    /// Any JSON value, read and thrown away.
    private struct Skipped: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
