import Foundation

/// Maps a message to a sparse vector over a fixed number of hashed features:
/// word unigrams and bigrams of the normalised tokens, character 3- to
/// 5-grams inside each word (robust to typos, inflection and languages
/// without spaces; each counts 0.4 of a word), and a few shape features
/// (length, links, code, shouting, mentions). Counts are log-scaled and the vector is L2-normalised so long
/// messages do not outweigh short ones.
///
/// Hashing is FNV-1a over the feature's kind and Unicode scalars, stable
/// across runs and machines (Swift's `Hasher` is seeded per process and
/// would make a saved model meaningless).
public struct FeatureHasher: Sendable {
    /// log2 of the number of hashed features.
    public let bits: Int
    let normalizer = TextNormalizer()

    public init(bits: Int = 18) {
        precondition((10...24).contains(bits), "feature bits must be 10...24")
        self.bits = bits
    }

    public var dimension: Int { 1 << bits }

    /// A sparse feature vector: parallel arrays of index and value.
    public struct Vector: Sendable {
        public var indices: [Int32]
        public var values: [Float]
    }

    /// One message's features, extracted once, with the word each came from
    /// so the same pass serves both scoring and evidence.
    public struct Extraction: Sendable {
        /// The normalised tokens.
        public var tokens: [String]
        public var vector: Vector
        /// The source of every feature occurrence, grouped by vector entry:
        /// entry k's occurrences are `sources[sourceStarts[k]..<sourceStarts[k + 1]]`.
        /// A source is a token position, `-(p + 2)` for the pair starting at p,
        /// or -1 for a shape. Empty when sources were not kept.
        var sources: [Int32] = []
        var sourceStarts: [Int32] = []

        /// The sources of vector entry `k`.
        func sources(ofEntry k: Int) -> ArraySlice<Int32> {
            sourceStarts.isEmpty ? [] : sources[Int(sourceStarts[k])..<Int(sourceStarts[k + 1])]
        }

        /// The word (or word pair) a source refers to; nil for shapes.
        func text(of source: Int32) -> String? {
            let source = Int(source)
            if source >= 0 { return tokens[source] }
            if source == -1 { return nil }
            let position = -source - 2
            return tokens[position] + " " + tokens[position + 1]
        }
    }

    /// The vector for a message. Each feature lands in a bucket with a sign
    /// taken from its hash, so colliding features tend to cancel rather than
    /// add up.
    public func vector(_ text: String) -> Vector { extract(text, keepSources: false).vector }

    public func extract(_ text: String, keepSources: Bool = true) -> Extraction {
        extract(text, folded: TextNormalizer.fold(text), keepSources: keepSources)
    }

    /// `extract` for a message whose folded form (`TextNormalizer.fold`) is at hand.
    func extract(_ text: String, folded: String, keepSources: Bool) -> Extraction {
        let tokens = normalizer.tokens(folded: folded)
        // Every occurrence's bucket, signed weight and source, in visit order.
        var buckets: [Int32] = [], weights: [Float] = [], occurrenceSources: [Int32] = []
        let expected = tokens.count * 12 + 8
        buckets.reserveCapacity(expected)
        weights.reserveCapacity(expected)
        if keepSources { occurrenceSources.reserveCapacity(expected) }
        visit(tokens, text) { hash, source, weight in
            buckets.append(index(hash))
            weights.append(sign(hash) * weight)
            if keepSources { occurrenceSources.append(Int32(source)) }
        }
        // Occurrences ordered by bucket, visit order kept within a bucket, so
        // the sums per bucket add in the same order as a running total would
        // and the vector is bit-for-bit what it always was.
        let order = Self.stableOrder(buckets, bits: bits)
        var indices: [Int32] = [], values: [Float] = [], sources: [Int32] = [], sourceStarts: [Int32] = []
        indices.reserveCapacity(order.count)
        values.reserveCapacity(order.count)
        if keepSources {
            sources.reserveCapacity(order.count)
            sourceStarts.reserveCapacity(order.count + 1)
        }
        for (n, occurrence) in order.enumerated() {
            let occurrence = Int(occurrence), bucket = buckets[occurrence]
            if indices.last == bucket {
                values[values.count - 1] += weights[occurrence]
            } else {
                indices.append(bucket)
                values.append(0 + weights[occurrence])
                if keepSources { sourceStarts.append(Int32(n)) }
            }
            if keepSources { sources.append(occurrenceSources[occurrence]) }
        }
        if keepSources { sourceStarts.append(Int32(order.count)) }
        var norm: Float = 0
        for k in values.indices {
            let v = values[k]
            values[k] = v < 0 ? -log1p(-v) : log1p(v)
        }
        norm = sqrt(values.reduce(0) { $0 + $1 * $1 })
        if norm > 0 { for k in values.indices { values[k] /= norm } }
        return Extraction(tokens: tokens, vector: Vector(indices: indices, values: values), sources: sources, sourceStarts: sourceStarts)
    }

    /// The positions of `buckets` sorted by bucket, equal buckets in their
    /// original order: a least-significant-digit radix sort, a byte a pass
    /// (two passes for 16 bits), several times cheaper than a comparison sort
    /// of the same occurrences.
    static func stableOrder(_ buckets: [Int32], bits: Int) -> [Int32] {
        var order = (0..<Int32(buckets.count)).map { $0 }
        guard buckets.count > 1 else { return order }
        var spare = order
        buckets.withUnsafeBufferPointer { buckets in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                for shift in stride(from: 0, to: bits, by: 8) {
                    order.withUnsafeBufferPointer { order in
                        spare.withUnsafeMutableBufferPointer { spare in
                            counts.initialize(repeating: 0)
                            for position in order { counts[Int(buckets[Int(position)] >> shift) & 0xFF] += 1 }
                            var start = 0
                            for digit in 0..<256 {
                                let count = counts[digit]
                                counts[digit] = start
                                start += count
                            }
                            for position in order {
                                let digit = Int(buckets[Int(position)] >> shift) & 0xFF
                                spare[counts[digit]] = position
                                counts[digit] += 1
                            }
                        }
                    }
                    swap(&order, &spare)
                }
            }
        }
        return order
    }

    func index(_ hash: UInt64) -> Int32 { Int32(truncatingIfNeeded: hash & UInt64(dimension - 1)) }
    func sign(_ hash: UInt64) -> Float { hash >> 63 == 0 ? 1 : -1 }

    // MARK: - Feature enumeration

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        var v = value
        for _ in 0..<4 {
            h = (h ^ UInt64(v & 0xFF)) &* fnvPrime
            v >>= 8
        }
        return h
    }

    static func hash(kind: UInt32, _ scalars: some Sequence<UInt32>) -> UInt64 {
        var h = mix(fnvOffset, kind)
        for s in scalars { h = mix(h, s) }
        return h
    }

    /// How much a character n-gram counts against a whole word: character
    /// n-grams are many and overlap, and at full weight short messages were
    /// judged by chance fragments. 0.4 was chosen on the dev split (swept 0.25...1).
    static let charWeight: Float = 0.4

    static let space: UInt32 = 0x20
    /// The hash every character n-gram starts from (kind 3).
    static let charSeed = mix(fnvOffset, 3)

    /// Calls `body` with each feature's hash, where it came from (a token
    /// position, or negative for bigrams and shapes) and its weight. Hashes
    /// are computed in place over each word's scalars: no n-gram is ever
    /// built as a value.
    func visit(_ words: [String], _ text: String, _ body: (UInt64, Int, Float) -> Void) {
        // Every word's scalars in one buffer: word i is scalars[starts[i]..<starts[i + 1]].
        var all: [UInt32] = [], starts: [Int] = [0], longest = 0
        all.reserveCapacity(text.utf8.count + words.count * 4)
        starts.reserveCapacity(words.count + 1)
        for word in words {
            all.append(contentsOf: word.unicodeScalars.lazy.map(\.value))
            longest = max(longest, all.count - starts[starts.count - 1])
            starts.append(all.count)
        }
        // A word's 3-, 4- and 5-gram hashes by start: the 4-gram at a start
        // extends the 3-gram's hash by one scalar, the 5-gram the 4-gram's,
        // so each start is hashed once; they are visited in the usual order.
        let stride = longest + 2
        var grams = [UInt64](repeating: 0, count: 3 * stride)
        all.withUnsafeBufferPointer { scalars in
            func word(_ i: Int) -> UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(rebasing: scalars[starts[i]..<starts[i + 1]]) }
            for position in words.indices {
                let token = word(position)
                body(Self.hash(kind: 1, token), position, 1)
                if position + 1 < words.count {
                    // kind 2 over token + " " + next token
                    var pair = Self.mix(Self.hash(kind: 2, token), Self.space)
                    for s in word(position + 1) { pair = Self.mix(pair, s) }
                    body(pair, -(position + 2), 1)
                }
                // Character n-grams of plain words (not placeholders such as <url> or dom:...),
                // over the word padded with a space on each side.
                guard token.count >= 2, token.first != 0x3C, !token.contains(0x3A) else { continue }
                let padded = token.count + 2
                @inline(__always) func scalar(_ i: Int) -> UInt32 { i == 0 || i == padded - 1 ? Self.space : token[i - 1] }
                for start in 0...(padded - 3) {
                    var h = Self.mix(Self.mix(Self.mix(Self.charSeed, scalar(start)), scalar(start + 1)), scalar(start + 2))
                    grams[start] = h
                    guard start + 3 < padded else { continue }
                    h = Self.mix(h, scalar(start + 3))
                    grams[stride + start] = h
                    guard start + 4 < padded else { continue }
                    grams[2 * stride + start] = Self.mix(h, scalar(start + 4))
                }
                for n in 3...5 where padded >= n {
                    for start in 0...(padded - n) { body(grams[(n - 3) * stride + start], position, Self.charWeight) }
                }
            }
        }
        Self.shapes(text, tokenCount: words.count) { body($0, -1, 1) }
    }

    /// Whether three backticks stand together (a code fence), by bytes.
    static func holdsFence(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }

    /// Coarse facts about the message's form, in one pass over its scalars:
    /// calls `body` with the hash of each shape that holds, in a fixed order
    /// (length, code block, shouting, many exclamations, emoji).
    static func shapes(_ text: String, tokenCount: Int, _ body: (UInt64) -> Void) {
        body(lengthShapes[bucketIndex(tokenCount, lengthEdges)])
        if Self.holdsFence(text) { body(codeBlockShape) }
        var letters = 0, upper = 0, exclamations = 0, emoji = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // The ASCII cases without a property lookup.
                let v = scalar.value
                if (0x41...0x5A).contains(v) { letters += 1; upper += 1 } else if (0x61...0x7A).contains(v) { letters += 1 }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic {
                letters += 1
                if properties.isUppercase { upper += 1 }
            }
            if properties.isEmojiPresentation { emoji += 1 }
        }
        // A "!" counts only as a character of its own (not one a mark was added to).
        if text.utf8.contains(0x21) { exclamations = text.reduce(0) { $0 + ($1 == "!" ? 1 : 0) } }
        if letters >= 12, upper * 2 > letters { body(shoutingShape) }
        if exclamations >= 3 { body(exclamationsShape) }
        if emoji > 0 { body(emojiShapes[bucketIndex(emoji, emojiEdges)]) }
    }

    /// A shape's feature hash, from its name (e.g. "len:3-7").
    static func shapeHash(_ name: String) -> UInt64 { hash(kind: 4, name.unicodeScalars.lazy.map(\.value)) }

    static let lengthEdges = [0, 3, 8, 20, 50, 120]
    static let emojiEdges = [1, 3, 6]
    /// The hashes of "len:0-2", "len:3-7", ... "len:120+", by bucket.
    static let lengthShapes = lengthEdges.indices.map { shapeHash("len:" + bucket($0, lengthEdges)) }
    static let emojiShapes = emojiEdges.indices.map { shapeHash("emoji:" + bucket($0, emojiEdges)) }
    static let codeBlockShape = shapeHash("code-block")
    static let shoutingShape = shapeHash("shouting")
    static let exclamationsShape = shapeHash("many-exclamations")

    /// Which of `edges`' buckets `value` falls in.
    static func bucketIndex(_ value: Int, _ edges: [Int]) -> Int { edges.lastIndex { value >= $0 } ?? 0 }

    /// The name of bucket `index` of `edges`: "3-7", or "120+" for the last.
    static func bucket(_ index: Int, _ edges: [Int]) -> String {
        return index == edges.count - 1 ? "\(edges[index])+" : "\(edges[index])-\(edges[index + 1] - 1)"
    }

}
