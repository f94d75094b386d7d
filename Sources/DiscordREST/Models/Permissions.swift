import Foundation

/// Discord's permission bit set. Sent as a decimal string because it does not
/// fit a JSON double; held here as 64 bits (every bit Discord defines so far).
public struct Permissions: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }
    /// The permission at bit `bit` (Discord documents permissions by bit number).
    public init(bit: Int) { self.rawValue = 1 << UInt64(bit) }

    public static let kickMembers = Permissions(bit: 1)
    public static let banMembers = Permissions(bit: 2)
    public static let administrator = Permissions(bit: 3)
    public static let addReactions = Permissions(bit: 6)
    public static let viewChannel = Permissions(bit: 10)
    public static let sendMessages = Permissions(bit: 11)
    public static let manageMessages = Permissions(bit: 13)
    public static let readMessageHistory = Permissions(bit: 16)
    public static let mentionEveryone = Permissions(bit: 17)
    public static let manageWebhooks = Permissions(bit: 29)
    public static let sendMessagesInThreads = Permissions(bit: 38)
    public static let moderateMembers = Permissions(bit: 40)

    /// Every bit: what ADMINISTRATOR and guild ownership grant.
    public static let all = Permissions(rawValue: .max)

    /// The names Discord's client shows, for messages a moderator reads.
    static let names: [(Permissions, String)] = [
        (.kickMembers, "Kick Members"), (.banMembers, "Ban Members"),
        (.administrator, "Administrator"), (.addReactions, "Add Reactions"),
        (.viewChannel, "View Channel"), (.sendMessages, "Send Messages"),
        (.manageMessages, "Manage Messages"), (.readMessageHistory, "Read Message History"),
        (.mentionEveryone, "Mention Everyone"), (.manageWebhooks, "Manage Webhooks"),
        (.sendMessagesInThreads, "Send Messages in Threads"), (.moderateMembers, "Moderate Members"),
    ]

    /// Human names of the set bits, in Discord's order ("View Channel", ...).
    public var names: [String] {
        Self.names.filter { contains($0.0) }.map(\.1)
    }

    public var description: String {
        self == .all ? "All" : (names.isEmpty ? "none" : names.joined(separator: ", "))
    }
}

extension Permissions: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            // Discord may one day send bits beyond 64: wrapping arithmetic keeps
            // exactly the low 64 bits, the ones this type knows.
            guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "permissions must be a decimal string, got \(text.prefix(40))")
            }
            self.init(rawValue: text.utf8.reduce(UInt64(0)) { $0 &* 10 &+ UInt64($1 - 48) })
        } else {
            self.init(rawValue: try container.decode(UInt64.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(rawValue))
    }
}
