/// The rules' promises about their matches (`Rule.triggers`,
/// `Rule.needsDigit`), compiled for one pass over a message's bytes that
/// answers for every rule at once: the triggers are grouped by their first
/// byte, so each position is looked at once however many rules and triggers
/// there are. A rule the pass rules out is never handed to its regular
/// expression, the costliest step of classifying.
struct TriggerMatcher: Sendable {
    /// Every trigger's bytes after the first, one after another.
    private let tails: [UInt8]
    /// Per trigger, grouped by first byte: where its tail starts in `tails`,
    /// its length, and its rule.
    private let entries: [(start: Int32, count: Int32, rule: Int32)]
    /// Byte b's triggers are `entries[firstEntry[b]..<firstEntry[b + 1]]`.
    private let firstEntry: [Int32]
    /// Rules without triggers: always candidates (when their digit promise holds).
    private let untriggered: [Bool]
    private let needsDigit: [Bool]
    private let anyNeedsDigit: Bool

    init(_ rules: [Rule]) {
        var byFirstByte = [[(tail: [UInt8], rule: Int32)]](repeating: [], count: 256)
        for (index, rule) in rules.enumerated() {
            for trigger in rule.triggers where !trigger.isEmpty {
                let bytes = Array(trigger.utf8)
                byFirstByte[Int(bytes[0])].append((Array(bytes.dropFirst()), Int32(index)))
            }
        }
        var tails: [UInt8] = [], entries: [(start: Int32, count: Int32, rule: Int32)] = [], firstEntry: [Int32] = [0]
        for group in byFirstByte {
            for (tail, rule) in group {
                entries.append((Int32(tails.count), Int32(tail.count), rule))
                tails += tail
            }
            firstEntry.append(Int32(entries.count))
        }
        self.tails = tails
        self.entries = entries
        self.firstEntry = firstEntry
        untriggered = rules.map(\.triggers.isEmpty)
        needsDigit = rules.map(\.needsDigit)
        anyNeedsDigit = needsDigit.contains(true)
    }

    /// Per rule, false only when `view` (as `RuleSet.view` makes it) cannot match it.
    func candidates(_ view: String) -> [Bool] {
        var found = untriggered
        var view = view
        view.withUTF8 { bytes in
            tails.withUnsafeBufferPointer { tails in
                entries.withUnsafeBufferPointer { entries in
                    firstEntry.withUnsafeBufferPointer { firstEntry in
                        found.withUnsafeMutableBufferPointer { found in
                            for start in bytes.indices {
                                let byte = Int(bytes[start])
                                for entry in entries[Int(firstEntry[byte])..<Int(firstEntry[byte + 1])]
                                where !found[Int(entry.rule)] && Self.matches(tails, entry.start, entry.count, in: bytes, at: start + 1) {
                                    found[Int(entry.rule)] = true
                                }
                            }
                        }
                    }
                }
            }
        }
        if anyNeedsDigit, !Self.holdsDigit(view) {
            for rule in found.indices where needsDigit[rule] { found[rule] = false }
        }
        return found
    }

    /// Whether the tail `tails[start..<start + count]` stands in `bytes` at `offset`.
    @inline(__always)
    private static func matches(_ tails: UnsafeBufferPointer<UInt8>, _ start: Int32, _ count: Int32,
                                in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let start = Int(start), count = Int(count)
        guard offset + count <= bytes.count else { return false }
        for k in 0..<count where bytes[offset + k] != tails[start + k] { return false }
        return true
    }

    /// Whether `text` holds a decimal digit of any script (what `\d` matches).
    static func holdsDigit(_ text: String) -> Bool {
        if text.utf8.contains(where: { (0x30...0x39).contains($0) }) { return true }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }
}
