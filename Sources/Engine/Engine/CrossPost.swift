import Foundation

/// Recognises the same text posted more than once: case, spacing,
/// punctuation and emoji do not count, and a few changed characters still
/// match (character-trigram Jaccard similarity of at least 0.85).
enum CrossPost {
    /// Short texts ("thanks", "hi all") are too common to say two posts are one.
    static let minimumLength = 20

    static func isClusterable(_ text: String) -> Bool { fingerprint(text).count >= minimumLength }

    /// A text as the classifier reads it, less what cannot change a verdict:
    /// NFKC, case, invisible characters and runs of spaces. Two texts with the
    /// same key are the same text to the LLM's cache and to verdict reuse
    /// (punctuation stays: `disc0rd-gift.com` and `disc0rd.gift.com` differ).
    static func sameTextKey(_ text: String) -> String {
        TextNormalizer.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func nearlyIdentical(_ a: String, _ b: String) -> Bool {
        let x = fingerprint(a), y = fingerprint(b)
        guard x.count >= minimumLength, y.count >= minimumLength else { return false }
        if x == y { return true }
        let shorter = min(x.count, y.count), longer = max(x.count, y.count)
        guard Double(shorter) / Double(longer) >= 0.8 else { return false }
        let tx = trigrams(x), ty = trigrams(y)
        let shared = tx.intersection(ty).count
        return Double(shared) / Double(tx.union(ty).count) >= 0.85
    }

    /// Lowercased letters and digits, words separated by one space.
    static func fingerprint(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    static func trigrams(_ scalars: [Unicode.Scalar]) -> Set<String> {
        guard scalars.count >= 3 else { return [String(String.UnicodeScalarView(scalars))] }
        return Set((0...(scalars.count - 3)).map { String(String.UnicodeScalarView(scalars[$0..<($0 + 3)])) })
    }
}
