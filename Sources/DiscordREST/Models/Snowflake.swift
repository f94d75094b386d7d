import Foundation

/// A Discord id: a 64-bit integer sent as a JSON string, whose top 42 bits are
/// milliseconds since the Discord epoch (2015-01-01). Ordering ids orders by
/// creation time, which is what paging with `after=` relies on.
public struct Snowflake: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    /// Milliseconds from the Unix epoch to the Discord epoch.
    public static let discordEpochMilliseconds: UInt64 = 1_420_070_400_000

    public let rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public init(_ value: UInt64) { self.rawValue = value }
    public init(integerLiteral value: UInt64) { self.rawValue = value }

    /// Parses a decimal id; nil for anything that is not a plain unsigned 64-bit number.
    public init?(_ text: some StringProtocol) {
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit), let value = UInt64(text) else { return nil }
        self.rawValue = value
    }

    /// The smallest id Discord could have assigned at `date`: use it as an
    /// `after`/`before` anchor for a time.
    public init(date: Date) {
        let ms = UInt64(max(0, (date.timeIntervalSince1970 * 1000).rounded(.down)))
        let since = ms > Self.discordEpochMilliseconds ? ms - Self.discordEpochMilliseconds : 0
        self.rawValue = since << 22
    }

    /// When the object with this id was created.
    public var createdAt: Date {
        let ms = (rawValue >> 22) + Self.discordEpochMilliseconds
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    public var description: String { String(rawValue) }

    public static func < (lhs: Snowflake, rhs: Snowflake) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Snowflake: Codable {
    /// Discord sends ids as strings; a bare number is accepted too, since some
    /// proxies and older payloads send them that way.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let id = Snowflake(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not a snowflake: \(text.prefix(40))")
            }
            self = id
        } else {
            self.init(try container.decode(UInt64.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { (48...57).contains($0) } ?? false }
}
