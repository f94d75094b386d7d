import Foundation

/// Turns a message into the tokens the local model and the rules see, undoing
/// the disguises spammers use so "𝐅𝐑𝐄𝐄 Nіtro" (styled letters, a Cyrillic і),
/// "n i t r o", "fr33 n1tr0" and "nitro" meet the same features:
///
/// - NFKC folds styled and full-width letters to plain ones; case is folded.
/// - Invisible characters (zero-width, soft hyphen, bidi controls) are dropped.
/// - In a word that mixes Latin with Cyrillic or Greek, look-alike letters
///   become Latin (whole Russian or Greek words are left alone).
/// - A word mixing letters and digits also yields its de-leeted form.
/// - Runs of three or more single letters are also joined into a word.
/// - URLs become their domain (`free-nitro.fun`) plus its words; invite links
///   become `<invite>`; Discord mentions become `<user>`, `<role>`, `<channel>`.
public struct TextNormalizer: Sendable {
    public init() {}

    /// The normalised tokens of `text`, in order.
    public func tokens(_ text: String) -> [String] {
        tokens(folded: Self.fold(text))
    }

    /// The tokens of text already folded by `fold` (the classifier folds
    /// once for both the tokens and the rules).
    func tokens(folded: String) -> [String] {
        var list = TokenList(capacity: folded.utf8.count / 4)
        if Self.isASCII(folded) {
            asciiTokens(folded, into: &list)
            return list.tokens
        }
        var index = folded.startIndex
        var linkMayStart = true
        while index < folded.endIndex {
            let rest = folded[index...]
            if linkMayStart, let (url, end) = Self.url(at: rest) {
                list.flushSingles()
                list.tokens += url
                index = end
                continue
            }
            let character = folded[index]
            if character == "⟦", let (marker, end) = Self.marker(at: rest) {
                list.flushSingles()
                list.tokens.append(marker)
                index = end
                continue
            }
            if character == "@" || character == "<", let (mention, end) = Self.mention(at: rest) {
                list.flushSingles()
                list.tokens.append(mention)
                index = end
                continue
            }
            // A link starts at the beginning, after white space or an opening bracket or quote.
            linkMayStart = Self.isSpace(character) || character.asciiValue.map { Self.linkOpeners.contains($0) } == true
            if Self.isWordCharacter(character) {
                var end = folded.index(after: index)
                while end < folded.endIndex {
                    let next = folded[end]
                    guard Self.isWordCharacter(next) || (next.asciiValue == nil && next.isCombining) else { break }
                    end = folded.index(after: end)
                }
                list.emitWord(folded[index..<end])
                index = end
                continue
            }
            if Self.isCurrency(character) { list.flushSingles(); list.tokens.append("<cur>") }
            else if character == "@" || character == "!" || character == "?" { list.flushSingles(); list.tokens.append(String(character)) }
            else if !Self.isSpace(character) { list.flushSingles() }
            index = folded.index(after: index)
        }
        list.flushSingles()
        return list.tokens
    }

    /// The same walk as `tokens(folded:)` over text that is all ASCII, by
    /// bytes instead of grapheme clusters (each ASCII byte is one character,
    /// but for "\r\n", which is white space either way): most chat is ASCII,
    /// and walking clusters was the tokenizer's main cost.
    private func asciiTokens(_ folded: String, into list: inout TokenList) {
        let utf8 = folded.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        bytes.append(contentsOf: utf8)
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func offset(_ index: String.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        func isWordByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var i = 0
        var linkMayStart = true
        while i < bytes.count {
            let byte = bytes[i]
            if linkMayStart, let (url, end) = Self.url(at: folded[index(i)...]) {
                list.flushSingles()
                list.tokens += url
                i = offset(end)
                continue
            }
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "<"), let (mention, end) = Self.mention(at: folded[index(i)...]) {
                list.flushSingles()
                list.tokens.append(mention)
                i = offset(end)
                continue
            }
            linkMayStart = Self.isASCIISpace(byte) || Self.linkOpeners.contains(byte)
            if isWordByte(byte) {
                var end = i + 1
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                list.emitWord(folded[index(i)..<index(end)])
                i = end
                continue
            }
            if byte == UInt8(ascii: "$") { list.flushSingles(); list.tokens.append("<cur>") }
            else if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                list.flushSingles()
                list.tokens.append(String(UnicodeScalar(byte)))
            } else if !Self.isASCIISpace(byte) { list.flushSingles() }
            i += 1
        }
        list.flushSingles()
    }

    /// The tokens found so far, and the run of single letters that may yet
    /// be joined into a word ("n i t r o"): what both walks add to.
    private struct TokenList {
        var tokens: [String] = []
        var singleLetters: [String] = []

        init(capacity: Int) { tokens.reserveCapacity(capacity) }

        mutating func flushSingles() {
            if singleLetters.count >= 3 { tokens.append(singleLetters.joined()) }
            singleLetters.removeAll(keepingCapacity: true)
        }

        mutating func emitWord(_ word: Substring) {
            // ASCII words answer each question by bytes; the rest by characters.
            let ascii = TextNormalizer.isASCII(word)
            let word = TextNormalizer.unconfuse(word)
            let singleLetter = ascii ? word.utf8.count == 1 && word.utf8.allSatisfy(TextNormalizer.isASCIILetter)
                                     : word.count == 1 && word.first?.isLetter == true
            if singleLetter {
                singleLetters.append(word)
                tokens.append(word)
                return
            }
            flushSingles()
            if ascii ? word.utf8.allSatisfy(TextNormalizer.isASCIIDigit) : word.allSatisfy(\.isNumber) {
                tokens.append("<num>")
                return
            }
            tokens.append(word)
            if let plain = ascii ? TextNormalizer.deleetASCII(word) : TextNormalizer.deleet(word) { tokens.append(plain) }
        }
    }

    /// The characters after which a link may start (besides white space): opening brackets and quotes.
    static let linkOpeners = Array("(<[\"'*_`>".utf8)

    /// Whether `character` is one of $ € £ ¥ ₹ (each a single scalar, as
    /// comparing characters would demand), without walking a string of them.
    static func isCurrency(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return [0x24, 0x20AC, 0xA3, 0xA5, 0x20B9].contains(first.value)
    }

    // MARK: - Steps

    /// NFKC, lowercase, and without invisible characters.
    static func fold(_ text: String) -> String {
        // ASCII is its own NFKC and holds no invisible characters.
        if isASCII(text) { return text.utf8.contains(where: isASCIIUpper) ? text.lowercased() : text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars where !isInvisible(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0:
            return true
        default:
            return false
        }
    }

    /// Cyrillic and Greek letters that look like Latin ones.
    static let confusables: [Character: Character] = [
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
        "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ѕ": "s", "ԛ": "q", "ԝ": "w",
        "ɡ": "g", "ɩ": "i", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ү": "y", "һ": "h", "ӏ": "l",
    ]

    /// The range of every look-alike's scalar (from ɡ to the last Cyrillic
    /// one): text with no scalar in it holds no look-alike, which one pass
    /// over its scalars tells, without a table lookup per character.
    static let confusableScalars: ClosedRange<UInt32> = {
        let values = confusables.keys.flatMap { $0.unicodeScalars.map(\.value) }
        return values.min()!...values.max()!
    }()

    /// False when `text` certainly holds no look-alike letter.
    static func mayHoldConfusable(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { confusableScalars.contains($0.value) }
    }

    /// Maps look-alikes to Latin in a word that already holds a Latin letter.
    static func unconfuse(_ word: Substring) -> String {
        // No look-alike is ASCII: a plain ASCII word needs no lookups.
        if isASCII(word) || !mayHoldConfusable(word) { return String(word) }
        guard word.contains(where: { $0.isASCII && $0.isLetter }), word.contains(where: { confusables[$0] != nil }) else {
            return String(word)
        }
        return String(word.map { confusables[$0] ?? $0 })
    }

    static let leet: [Character: Character] = ["0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"]

    /// "fr33" -> "free", "n1tr0" -> "nitro"; nil when the word is not leet.
    /// Whether `text` is all ASCII: the condition of every fast path here
    /// (ASCII is its own NFKC, holds no look-alikes, and is one byte a character).
    static func isASCII(_ text: some StringProtocol) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isASCIIDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isASCIIUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }

    /// `isLetter || isNumber`, by byte for an ASCII character (the common
    /// case even in non-ASCII text), without a Unicode property lookup.
    static func isWordCharacter(_ character: Character) -> Bool {
        if let byte = character.asciiValue { return isASCIILetter(byte) || isASCIIDigit(byte) }
        return character.isLetter || character.isNumber
    }

    /// `isWhitespace`, by byte for an ASCII character ("\r\n" answers as "\n").
    static func isSpace(_ character: Character) -> Bool {
        if let byte = character.asciiValue { return isASCIISpace(byte) }
        return character.isWhitespace
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// `deleet` for an ASCII word, by bytes: the same answer without
    /// character properties.
    static func deleetASCII(_ word: String) -> String? {
        var letters = 0, digits = 0
        for byte in word.utf8 {
            if isASCIILetter(byte) { letters += 1 } else if isASCIIDigit(byte) { digits += 1 }
        }
        guard letters >= 2, digits >= 1,
              word.utf8.allSatisfy({ isASCIILetter($0) || leetBytes[Int($0)] != 0 }) else { return nil }
        return String(decoding: word.utf8.map { leetBytes[Int($0)] != 0 ? leetBytes[Int($0)] : $0 }, as: UTF8.self)
    }

    /// `leet` by byte: the letter a leet digit stands for, or 0.
    static let leetBytes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for (digit, letter) in leet { if let d = digit.asciiValue, let l = letter.asciiValue { table[Int(d)] = l } }
        return table
    }()

    static func deleet(_ word: String) -> String? {
        var letters = 0, digits = 0
        for c in word { if c.isLetter { letters += 1 } else if c.isNumber { digits += 1 } }
        guard letters >= 2, digits >= 1, word.allSatisfy({ $0.isLetter || leet[$0] != nil }) else { return nil }
        return String(word.map { leet[$0] ?? $0 })
    }

    /// A URL at the start of `text`: its tokens and where it ends.
    static func url(at text: Substring) -> ([String], String.Index)? {
        if cannotStartLink(text) { return nil }
        var rest = text
        var explicit = false
        for scheme in ["https://", "http://", "hxxps://", "hxxp://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            explicit = true
        }
        if rest.hasPrefix("www.") { explicit = true }
        // host: letters, digits, dots, hyphens; at least one dot and a TLD of 2+ letters
        let hostEnd = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") } ?? rest.endIndex
        var host = rest[..<hostEnd]
        guard host.contains(".") else { return nil }
        while let last = host.last, last == "." || last == "-" { host = host.dropLast() }
        while let first = host.first, first == "." || first == "-" { host = host.dropFirst() }
        let labels = host.split(separator: ".")
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isLetter }),
              explicit || knownTLDs.contains(String(tld)) || (hostEnd < rest.endIndex && rest[hostEnd] == "/")
        else { return nil }
        var end = hostEnd
        while end < rest.endIndex, !rest[end].isWhitespace, !"<>\"')]".contains(rest[end]) { end = rest.index(after: end) }
        let path = rest[hostEnd..<end]
        let domain = labels.drop { $0 == "www" }.joined(separator: ".")
        if ["discord.gg", "discord.com", "discordapp.com", "dsc.gg", "discord.me"].contains(domain),
           domain == "discord.gg" || domain == "dsc.gg" || domain == "discord.me" || path.hasPrefix("/invite") {
            return (["<invite>", "<url>"], end)
        }
        var tokens = ["<url>", "dom:" + domain]
        for label in labels.dropLast() where label != "www" {
            tokens += label.split(separator: "-").map { unconfuse($0) }
        }
        tokens.append("tld:" + tld)
        return (tokens, end)
    }

    /// The common case, cheaply: `text` cannot start a link. It starts with a
    /// run of letters, digits, dots and hyphens (any byte of a non-ASCII
    /// character counts as a letter), ended by another ASCII byte or the end,
    /// that holds no dot once the dots and hyphens at its ends are dropped
    /// ("word", "done.", "привет"), and no scheme: the host `url(at:)` reads
    /// lies within that run, so it has no dot and is no link. False whenever
    /// unsure (a dot inside, a scheme): the full check then decides.
    static func cannotStartLink(_ text: Substring) -> Bool {
        let bytes = text.utf8
        if bytes.starts(with: "http".utf8) || bytes.starts(with: "hxxp".utf8) { return false }
        // Whether a letter or digit came before, and a dot after it.
        var sawWordByte = false, dotAfterWord = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 0x80...:
                if dotAfterWord { return false }
                sawWordByte = true
            case UInt8(ascii: "."):
                if sawWordByte { dotAfterWord = true }
            case UInt8(ascii: "-"):
                continue
            default:
                return true
            }
        }
        return true
    }

    /// TLDs that make a bare `word.tld` a link even without a scheme or path.
    static let knownTLDs: Set<String> = [
        "com", "net", "org", "io", "gg", "dev", "app", "xyz", "ru", "co", "me", "info", "fun", "site", "online",
        "top", "link", "club", "shop", "store", "live", "pro", "ly", "to", "tk", "ml", "ga", "cf", "gift", "biz",
    ]

    /// A marker the engine puts before text that is not the author's own
    /// words (`⟦forwarded⟧`, `⟦attachment⟧`, see `JudgedContent`), as a
    /// placeholder token: `<forwarded>`, `<attachment>`, `<forwarded-attachment>`.
    /// It says where the text came from, not what it says, so it gets no
    /// character n-grams and is never shown as evidence. Authors cannot write
    /// one: the engine turns their ⟦ ⟧ into [ ].
    static func marker(at text: Substring) -> (String, String.Index)? {
        guard text.first == "⟦", let close = text.firstIndex(of: "⟧") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        guard !inner.isEmpty, inner.count <= 40, inner.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        return ("<" + inner.split(separator: " ").joined(separator: "-") + ">", text.index(after: close))
    }

    /// A Discord mention or custom emoji at the start of `text`.
    static func mention(at text: Substring) -> (String, String.Index)? {
        if text.hasPrefix("@everyone") { return ("@everyone", text.index(text.startIndex, offsetBy: 9)) }
        if text.hasPrefix("@here") { return ("@everyone", text.index(text.startIndex, offsetBy: 5)) }
        guard text.hasPrefix("<"), let close = text.firstIndex(of: ">") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        let end = text.index(after: close)
        func digits(_ s: Substring) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        if inner.hasPrefix("@&"), digits(inner.dropFirst(2)) { return ("<role>", end) }
        if inner.hasPrefix("@!"), digits(inner.dropFirst(2)) { return ("<user>", end) }
        if inner.hasPrefix("@"), digits(inner.dropFirst()) { return ("<user>", end) }
        if inner.hasPrefix("#"), digits(inner.dropFirst()) { return ("<channel>", end) }
        let parts = inner.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].isEmpty || parts[0] == "a", digits(parts[2]) { return (":" + parts[1] + ":", end) }
        return nil
    }
}

extension Character {
    /// A combining mark that belongs to the letter before it.
    var isCombining: Bool {
        unicodeScalars.allSatisfy { [.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory) }
    }
}
