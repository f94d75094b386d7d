import Testing
@testable import Engine

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func styledAndFullWidthLettersFoldToPlainOnes() {
        #expect(normalizer.tokens("𝐅𝐑𝐄𝐄 Ｎｉｔｒｏ").prefix(2) == ["free", "nitro"])
    }

    @Test func lookAlikeLettersBecomeLatinOnlyInMixedWords() {
        #expect(normalizer.tokens("Dіscord") == ["discord"], "a Cyrillic і inside a Latin word")
        #expect(normalizer.tokens("привет мир") == ["привет", "мир"], "Russian stays Russian")
    }

    @Test func invisibleCharactersAreDropped() {
        #expect(normalizer.tokens("ni\u{200B}tro fr\u{00AD}ee") == ["nitro", "free"])
    }

    @Test func leetAndSpacedLettersAlsoYieldTheWord() {
        #expect(normalizer.tokens("fr33 n1tr0").contains("free"))
        #expect(normalizer.tokens("fr33 n1tr0").contains("nitro"))
        #expect(normalizer.tokens("N I T R O now").contains("nitro"))
        #expect(!normalizer.tokens("a b").contains("ab"), "two letters are not a spaced word")
    }

    @Test func urlsBecomeTheirDomain() {
        let tokens = normalizer.tokens("claim at https://disc0rd-gift.com/claim?id=1 now")
        #expect(tokens.contains("dom:disc0rd-gift.com") && tokens.contains("<url>") && tokens.contains("tld:com"))
        #expect(!tokens.contains("claim?id=1"))
        #expect(normalizer.tokens("join discord.gg/abc123").contains("<invite>"))
        #expect(normalizer.tokens("docs at swift.org please").contains("dom:swift.org"))
        #expect(!normalizer.tokens("use obj.method here").contains { $0.hasPrefix("dom:") }, "code is not a link")
    }

    /// The cheap pre-check that skips the full link parse never skips a link:
    /// sentence ends, hyphens and non-ASCII words are no links, while links
    /// in or beside such text still are, in every script.
    @Test func theLinkPreCheckSkipsOnlyWhatCannotBeALink() {
        for word in ["done.", "done...", "-x-", "привет", "日本語", "über-cool.", "a-b"] {
            #expect(TextNormalizer.cannotStartLink(Substring(word)), "\(word)")
            #expect(TextNormalizer.url(at: Substring(word)) == nil, "\(word)")
        }
        for link in ["example.com", "é.com", "www.x.io", "http://a", "hxxps://b.c", "пример.рф/путь", "sub.домен.com"] {
            #expect(!TextNormalizer.cannotStartLink(Substring(link)), "\(link)")
        }
        #expect(normalizer.tokens("done. see пример.рф/путь now").contains("dom:пример.рф"))
        let disguised = normalizer.tokens("Привет! claim at dіscord-gift.com ✨")
        #expect(disguised.contains("<url>") && disguised.contains("discord"), "a look-alike in a link of a non-ASCII message")
        #expect(normalizer.tokens("café (see) 50€ £5 ¥5 ₹5").filter { $0 == "<cur>" }.count == 4)
    }

    @Test func discordMentionsBecomePlaceholders() {
        #expect(normalizer.tokens("<@123> <@!45> <@&67> <#89> <:pepe:12> @here") == ["<user>", "<user>", "<role>", "<channel>", ":pepe:", "@everyone"])
    }

    @Test func numbersAndCurrencyAreGeneralised() {
        #expect(normalizer.tokens("$500 per day") == ["<cur>", "<num>", "per", "day"])
    }

    @Test func theEnginesMarkersArePlaceholdersNotWords() {
        let judged = "look at this\n" + JudgedContent.forwardedMarker + " free nitro\n" + JudgedContent.forwardedAttachmentMarker + " gift.exe"
        let tokens = normalizer.tokens(judged)
        #expect(tokens.contains("<forwarded>") && tokens.contains("<forwarded-attachment>"))
        #expect(!tokens.contains("forwarded") && !tokens.contains("attachment"), "where text came from is not what it says")
        #expect(normalizer.tokens("[forwarded] free nitro").contains("forwarded"), "an author's own brackets are words")
        let verdict = LocalClassifierTests.classifier.verdict(for: LocalClassifierTests.input(JudgedContent.forwardedMarker + " hello all"))
        #expect(!verdict.evidence.contains { $0.text.contains("forwarded") })
    }
}
