/// A small deterministic random number generator (SplitMix64).
///
/// The simulator must produce the same guild and the same scripted traffic for
/// the same seed on every platform and Swift version, which rules out
/// `SystemRandomNumberGenerator` and any generator whose algorithm is not pinned.
/// SplitMix64 is tiny, fast and passes the usual statistical batteries.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for an independent stream derived from the same seed, so one
    /// consumer (the backlog, say) never shifts what another (live traffic) sees.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        precondition(!items.isEmpty, "pick from an empty pool")
        return items[Int.random(in: 0..<items.count, using: &self)]
    }

    /// One of several weighted choices; weights need not sum to anything in particular.
    mutating func pick<T>(weighted choices: [(T, Int)]) -> T {
        let total = choices.reduce(0) { $0 + $1.1 }
        precondition(total > 0, "weighted pick with no weight")
        var roll = Int.random(in: 0..<total, using: &self)
        for (choice, weight) in choices {
            if roll < weight { return choice }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// True with the given probability (0...1).
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}
