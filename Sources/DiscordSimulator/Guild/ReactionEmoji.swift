import Foundation

/// Reading the `{emoji}` segment of a reaction route the way Discord does.
///
/// The segment is a Unicode emoji, percent-encoded as UTF-8 (`%E2%9C%85`), or a
/// custom emoji as `name:id`. A client that forgets to percent-encode sends raw
/// UTF-8 bytes in the request line; Discord answers that with 10014 Unknown
/// Emoji, and so does the simulator, which is why it reads the raw path.
enum ReactionEmoji {
    /// The emoji a raw path segment names, or nil when Discord would say 10014.
    static func decode(rawSegment: String, customEmojis: [SimEmoji]) -> String? {
        guard rawSegment.unicodeScalars.allSatisfy(isAllowedInRawSegment),
              let decoded = rawSegment.removingPercentEncoding,
              !decoded.isEmpty
        else { return nil }

        if let custom = customParts(decoded) {
            let known = customEmojis.contains { $0.id == custom.id && $0.name == custom.name }
            return known ? "\(custom.name):\(custom.id)" : nil
        }
        return isSingleUnicodeEmoji(decoded) ? decoded : nil
    }

    /// Splits `name:id` (or `a:name:id` for animated ones) into its parts.
    static func customParts(_ emoji: String) -> (name: String, id: String)? {
        var parts = emoji.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[0] == "a" { parts.removeFirst() }
        guard parts.count == 2, !parts[0].isEmpty, Snowflake.parse(parts[1]) != nil else { return nil }
        return (parts[0], parts[1])
    }

    /// RFC 3986 path characters: unreserved, sub-delims, ':', '@' and '%' for escapes.
    private static func isAllowedInRawSegment(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        let allowed = "-._~!$&'()*+,;=:@%"
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || allowed.unicodeScalars.contains(scalar)
    }

    /// One grapheme that renders as an emoji: pictographs, flags, keycaps, ZWJ sequences.
    private static func isSingleUnicodeEmoji(_ text: String) -> Bool {
        guard text.count == 1, let first = text.unicodeScalars.first else { return false }
        let scalars = text.unicodeScalars
        if first.isASCII {
            // Digits, '#' and '*' only count as keycaps: "1\u{FE0F}\u{20E3}".
            return scalars.contains("\u{20E3}")
        }
        return scalars.contains { $0.properties.isEmoji }
    }
}
