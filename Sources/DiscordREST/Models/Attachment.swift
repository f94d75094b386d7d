import Foundation

/// A file attached to a message. Every field is optional on the wire as far
/// as decoding goes: a missing or malformed one becomes empty rather than
/// failing the message, because a moderator still needs the rest of it.
public struct Attachment: Codable, Hashable, Sendable {
    public var id: Snowflake?
    /// The name the uploader gave the file; evidence in itself (`nitro-gift.exe`).
    public var filename: String
    /// The uploader's alt text, if any.
    public var description: String?
    public var contentType: String?
    /// In bytes; 0 when Discord did not say.
    public var size: Int
    public var url: String

    public init(id: Snowflake? = nil, filename: String, description: String? = nil, contentType: String? = nil,
                size: Int = 0, url: String = "") {
        self.id = id
        self.filename = filename
        self.description = description
        self.contentType = contentType
        self.size = size
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case id, filename, description, size, url
        case contentType = "content_type"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try? c.decodeIfPresent(Snowflake.self, forKey: .id)
        filename = (try? c.decodeIfPresent(String.self, forKey: .filename)) ?? ""
        description = try? c.decodeIfPresent(String.self, forKey: .description)
        contentType = try? c.decodeIfPresent(String.self, forKey: .contentType)
        size = (try? c.decodeIfPresent(Int.self, forKey: .size)) ?? 0
        url = (try? c.decodeIfPresent(String.self, forKey: .url)) ?? ""
    }
}
