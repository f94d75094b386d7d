/// A rule's promise about its matches (`Rule.triggers`, `Rule.needsDigit`),
/// compiled for one pass over a message's bytes: the triggers are grouped by
/// their first byte, so each position is looked at once however many
/// triggers a rule has.
struct TriggerMatcher: Sendable {
    /// For each first byte, the rest of every trigger that starts with it.
    private let byFirstByte: [[[UInt8]]]
    private let anyTrigger: Bool
    private let needsDigit: Bool

    init(_ rule: Rule) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for trigger in rule.triggers where !trigger.isEmpty {
            let bytes = Array(trigger.utf8)
            table[Int(bytes[0])].append(Array(bytes.dropFirst()))
        }
        byFirstByte = table
        anyTrigger = !rule.triggers.isEmpty
        needsDigit = rule.needsDigit
    }

    /// False only when `view` (as `RuleSet.view` makes it) cannot match.
    func mayMatch(_ view: String) -> Bool {
        if needsDigit, !Self.holdsDigit(view) { return false }
        guard anyTrigger else { return true }
        var view = view
        return view.withUTF8 { bytes in
            for start in bytes.indices {
                for rest in byFirstByte[Int(bytes[start])] where Self.matches(rest, in: bytes, at: start + 1) { return true }
            }
            return false
        }
    }

    /// Whether `rest` stands in `bytes` at `offset`.
    @inline(__always)
    private static func matches(_ rest: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset + rest.count <= bytes.count else { return false }
        for (k, byte) in rest.enumerated() where bytes[offset + k] != byte { return false }
        return true
    }

    /// Whether `text` holds a decimal digit of any script (what `\d` matches).
    static func holdsDigit(_ text: String) -> Bool {
        if text.utf8.contains(where: { (0x30...0x39).contains($0) }) { return true }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }
}
