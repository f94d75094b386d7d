import DiscordREST
import Foundation

/// What a moderator judges of one message, and so what the classifier reads:
/// the author's own words, the text of a message they forwarded, and the
/// names and descriptions of attached files (`nitro-gift.exe` is evidence).
///
/// A forward's own content is empty; its text lives in the snapshot. Judging
/// only `content` would allow every forwarded scam unread.
public struct JudgedContent: Sendable, Hashable {
    /// What the author typed.
    public var own: String
    /// The message they forwarded, if this is a forward.
    public var forwarded: Forward?
    /// Files attached to the message or to the message it forwards.
    public var attachments: [AttachmentNote]

    public init(own: String, forwarded: Forward? = nil, attachments: [AttachmentNote] = []) {
        self.own = own
        self.forwarded = forwarded
        self.attachments = attachments
    }

    /// The judged parts of a polled message.
    public init(_ message: Message) {
        let snapshot = message.messageSnapshots.first?.message
        var forwarded: Forward?
        if let snapshot, message.messageReference?.isForward ?? true {
            let reference = message.messageReference
            forwarded = Forward(text: snapshot.content, channelID: reference?.channelID, guildID: reference?.guildID,
                                messageID: reference?.messageID)
        }
        let own = message.attachments.map { AttachmentNote($0, forwarded: false) }
        let theirs = forwarded == nil ? [] : (snapshot?.attachments ?? []).map { AttachmentNote($0, forwarded: true) }
        self.init(own: message.content, forwarded: forwarded, attachments: own + theirs)
    }

    /// True when there is nothing to judge: no words, no forwarded words, no file names.
    /// For a person's message this means Discord withheld the content (no Message Content intent).
    public var isEmpty: Bool {
        own.isEmpty && (forwarded?.text.isEmpty ?? true) && attachments.allSatisfy { $0.filename.isEmpty && ($0.description ?? "").isEmpty }
    }

    /// The classifier's input text: the author's words as they are, then each
    /// further part on a line of its own behind a marker. Markers use ⟦ ⟧,
    /// which are taken out of everything a person wrote, so no author can
    /// pass their own words off as forwarded, or forwarded words as theirs.
    public var classifierText: String {
        var parts: [String] = []
        if !own.isEmpty { parts.append(Self.unmarked(own)) }
        if let forwarded, !forwarded.text.isEmpty {
            parts.append(Self.forwardedMarker + " " + Self.unmarked(forwarded.text))
        }
        for attachment in attachments {
            var line = (attachment.forwarded ? Self.forwardedAttachmentMarker : Self.attachmentMarker) + " " + Self.unmarked(attachment.filename)
            if let description = attachment.description, !description.isEmpty { line += ": " + Self.unmarked(description) }
            parts.append(line)
        }
        return parts.joined(separator: "\n")
    }

    /// Starts the text of a forwarded message: not the author's own words.
    public static let forwardedMarker = "⟦forwarded⟧"
    /// Starts an attachment's file name and description.
    public static let attachmentMarker = "⟦attachment⟧"
    /// Starts the file name of an attachment on the forwarded message.
    public static let forwardedAttachmentMarker = "⟦forwarded attachment⟧"

    /// A person's text with the marker brackets replaced by ordinary ones.
    static func unmarked(_ text: String) -> String {
        text.replacingOccurrences(of: "⟦", with: "[").replacingOccurrences(of: "⟧", with: "]")
    }
}

/// The message a forward carries, and where it came from when Discord says.
public struct Forward: Sendable, Hashable, Codable {
    /// The forwarded message's text (empty if it had none, or without the Message Content intent).
    public var text: String
    public var channelID: Snowflake?
    public var guildID: Snowflake?
    public var messageID: Snowflake?

    public init(text: String, channelID: Snowflake? = nil, guildID: Snowflake? = nil, messageID: Snowflake? = nil) {
        self.text = text
        self.channelID = channelID
        self.guildID = guildID
        self.messageID = messageID
    }
}

/// What a moderator needs of an attached file: its name and alt text.
public struct AttachmentNote: Sendable, Hashable, Codable {
    public var filename: String
    public var description: String?
    public var contentType: String?
    public var size: Int
    /// True when the file is on the forwarded message rather than the author's own.
    public var forwarded: Bool

    public init(filename: String, description: String? = nil, contentType: String? = nil, size: Int = 0, forwarded: Bool = false) {
        self.filename = filename
        self.description = description
        self.contentType = contentType
        self.size = size
        self.forwarded = forwarded
    }

    init(_ attachment: Attachment, forwarded: Bool) {
        self.init(filename: attachment.filename, description: attachment.description, contentType: attachment.contentType,
                  size: attachment.size, forwarded: forwarded)
    }
}
