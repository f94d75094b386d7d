/// The rules' promises about their matches (`Rule.triggers`,
/// `Rule.alsoTriggers`, `Rule.needsDigit`), compiled for one pass over a message's bytes that
/// answers for every rule at once: the triggers are grouped by their first
/// two bytes, so each position is looked at once and meets only the few
/// triggers that start the same way, however many rules there are. A rule
/// the pass rules out is never handed to its regular expression, the
/// costliest step of classifying.
struct TriggerMatcher: Sendable {
    /// Every trigger's bytes, one after another.
    private let bytes: [UInt8]
    /// Per trigger, grouped by the slot of its first two bytes: where its
    /// bytes start in `bytes`, its length, and its rule.
    private let entries: [(start: Int32, count: Int32, rule: Int32)]
    /// Slot s's triggers are `entries[firstEntry[s]..<firstEntry[s + 1]]`.
    private let firstEntry: [Int32]
    /// The one-byte triggers (such as "$") and their rules.
    private let singleBytes: [(byte: UInt8, rule: Int32)]
    /// Per promise (rule i's triggers at i, its also-triggers at i + rules),
    /// whether it is empty and so always kept.
    private let untriggered: [Bool]
    private let needsDigit: [Bool]
    private let anyNeedsDigit: Bool

    /// Slots for the first two bytes: many triggers share a first letter (all
    /// 48 Discord look-alikes start with "d"), few share two.
    static let slots = 4096

    @inline(__always)
    static func slot(_ first: UInt8, _ second: UInt8) -> Int { (Int(first) &* 31 &+ Int(second)) & (slots - 1) }

    init(_ rules: [Rule]) {
        var bySlot = [[(bytes: [UInt8], rule: Int32)]](repeating: [], count: Self.slots)
        var singleBytes: [(byte: UInt8, rule: Int32)] = []
        // Promise i is rule i's triggers; promise i + rules.count its also-triggers.
        let promises = rules.map(\.triggers) + rules.map(\.alsoTriggers)
        for (index, triggers) in promises.enumerated() {
            for trigger in triggers where !trigger.isEmpty {
                let bytes = Array(trigger.utf8)
                if bytes.count == 1 {
                    singleBytes.append((bytes[0], Int32(index)))
                } else {
                    bySlot[Self.slot(bytes[0], bytes[1])].append((bytes, Int32(index)))
                }
            }
        }
        var bytes: [UInt8] = [], entries: [(start: Int32, count: Int32, rule: Int32)] = [], firstEntry: [Int32] = [0]
        for group in bySlot {
            for (trigger, rule) in group {
                entries.append((Int32(bytes.count), Int32(trigger.count), rule))
                bytes += trigger
            }
            firstEntry.append(Int32(entries.count))
        }
        self.bytes = bytes
        self.entries = entries
        self.firstEntry = firstEntry
        self.singleBytes = singleBytes
        untriggered = promises.map(\.isEmpty)
        needsDigit = rules.map(\.needsDigit)
        anyNeedsDigit = needsDigit.contains(true)
    }

    /// Per rule, false only when `view` (as `RuleSet.view` makes it) cannot match it.
    func candidates(_ view: String) -> [Bool] {
        var found = untriggered
        var view = view
        view.withUTF8 { text in
            bytes.withUnsafeBufferPointer { triggers in
                entries.withUnsafeBufferPointer { entries in
                    firstEntry.withUnsafeBufferPointer { firstEntry in
                        singleBytes.withUnsafeBufferPointer { singleBytes in
                            found.withUnsafeMutableBufferPointer { found in
                                for start in text.indices {
                                    for single in singleBytes where single.byte == text[start] { found[Int(single.rule)] = true }
                                    guard start + 1 < text.count else { break }
                                    let slot = Self.slot(text[start], text[start + 1])
                                    for entry in entries[Int(firstEntry[slot])..<Int(firstEntry[slot + 1])]
                                    where !found[Int(entry.rule)] && Self.matches(triggers, entry.start, entry.count, in: text, at: start) {
                                        found[Int(entry.rule)] = true
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let rules = needsDigit.count
        var candidates = (0..<rules).map { found[$0] && found[$0 + rules] }
        if anyNeedsDigit, !Self.holdsDigit(view) {
            for rule in candidates.indices where needsDigit[rule] { candidates[rule] = false }
        }
        return candidates
    }

    /// Whether the trigger `triggers[start..<start + count]` stands in `text` at `offset`.
    @inline(__always)
    private static func matches(_ triggers: UnsafeBufferPointer<UInt8>, _ start: Int32, _ count: Int32,
                                in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let start = Int(start), count = Int(count)
        guard offset + count <= text.count else { return false }
        for k in 0..<count where text[offset + k] != triggers[start + k] { return false }
        return true
    }

    /// Whether `text` holds a decimal digit of any script (what `\d` matches).
    static func holdsDigit(_ text: String) -> Bool {
        if text.utf8.contains(where: { (0x30...0x39).contains($0) }) { return true }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }
}
