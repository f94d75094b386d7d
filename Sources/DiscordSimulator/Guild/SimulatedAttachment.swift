import Foundation

/// A file attached to a simulated message. Its name and alt text reach the
/// client as Discord sends them, so a `nitro-gift.exe` can be posted for a
/// moderation client to judge.
public struct SimulatedAttachment: Sendable, Hashable {
    public var filename: String
    /// The uploader's alt text (`description` in Discord's attachment object).
    public var description: String?
    public var contentType: String
    public var size: Int
    /// Pixel size, for images only.
    public var width: Int?
    public var height: Int?

    public init(filename: String, description: String? = nil, contentType: String = "application/octet-stream",
                size: Int = 48_213, width: Int? = nil, height: Int? = nil) {
        self.filename = filename
        self.description = description
        self.contentType = contentType
        self.size = size
        self.width = width
        self.height = height
    }
}

/// What a forward carries: a copy of the forwarded message (Discord's
/// `message_snapshots[0].message`) and where that message lives.
struct SimForward: Sendable {
    var content: String
    var attachments: [JSONValue]
    var embeds: [JSONValue]
    var timestamp: Date
    /// Nil for a message forwarded from a DM.
    var sourceGuildID: String?
    var sourceChannelID: String
    var sourceMessageID: String
}
