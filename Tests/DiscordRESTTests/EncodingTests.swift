import Foundation
import Testing
@testable import DiscordREST

@Suite struct EncodingTests {
    @Test func unicodeEmojiIsPercentEncodedUTF8() {
        #expect(DiscordEncoding.emoji("👍") == "%F0%9F%91%8D")
        #expect(DiscordEncoding.emoji("⚠️") == "%E2%9A%A0%EF%B8%8F")
        // A family emoji with zero-width joiners stays one percent-encoded run.
        #expect(DiscordEncoding.emoji("👨‍👩‍👧") == "%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7")
    }

    @Test func customEmojiEncodesItsColon() {
        #expect(DiscordEncoding.emoji("modwarn:123456789012345678") == "modwarn%3A123456789012345678")
    }

    @Test func auditReasonIsURLEncodedUTF8() {
        #expect(DiscordEncoding.auditLogReason("modconsole: moved by @ana — job post") ==
                "modconsole%3A%20moved%20by%20%40ana%20%E2%80%94%20job%20post")
        #expect(DiscordEncoding.auditLogReason("line\nbreak\r\n") == "line%0Abreak", "trailing whitespace trimmed, inner newline encoded")
    }

    @Test func auditReasonIsCutTo512Characters() throws {
        let long = String(repeating: "é", count: 600)
        let encoded = try #require(DiscordEncoding.auditLogReason(long))
        let decoded = try #require(encoded.removingPercentEncoding)
        #expect(decoded.unicodeScalars.count == 512)
    }

    @Test func auditReasonCutNeverSplitsAGraphemeCluster() throws {
        // 511 letters, then a 7-scalar family emoji that would not fit whole.
        let text = String(repeating: "a", count: 511) + "👨‍👩‍👧" + "tail"
        let decoded = try #require(DiscordEncoding.auditLogReason(text)?.removingPercentEncoding)
        #expect(decoded == String(repeating: "a", count: 511))
    }

    @Test func emptyAuditReasonSendsNoHeader() {
        #expect(DiscordEncoding.auditLogReason("   \n") == nil)
    }

    @Test func deletesOfEveryAgeShareTheirChannelsBucket() {
        let now = Date()
        let fresh = Snowflake(date: now.addingTimeInterval(-2))
        let recent = Snowflake(date: now.addingTimeInterval(-3_600))
        let old = Snowflake(date: now.addingTimeInterval(-15 * 86_400))
        let buckets = Set([fresh, recent, old].map { Route.deleteMessage(1, $0).routeKey + Route.deleteMessage(1, $0).majorSuffix })
        #expect(buckets == ["DELETE /channels/{channel}/messages/{message}:channel:1"])
        #expect(Route.deleteMessage(1, fresh).majorSuffix != Route.deleteMessage(2, fresh).majorSuffix)
    }

    @Test func deletesCarryTheirMessagesAgeClassForDiscordsExtraLimits() {
        let now = Date()
        let ids = [2.0, 3_600, 15 * 86_400].map { Snowflake(date: now.addingTimeInterval(-$0)) }
        #expect(ids.map { Route.deleteMessage(1, $0).ageClass(now: now) } == ["new", "recent", "old"])
        #expect(Route.deleteMessage(1, ids[2]).ageHoldKey(now: now) != Route.deleteMessage(2, ids[2]).ageHoldKey(now: now),
                "held per channel")
        #expect(Route.message(1, ids[0]).ageClass(now: now) == nil, "only deletes have an age class")
    }

    @Test func routesOfDifferentChannelsAreDifferentBuckets() {
        #expect(Route.messages(1).majorSuffix != Route.messages(2).majorSuffix)
        #expect(Route.messages(1).routeKey == Route.messages(2).routeKey)
    }

    @Test func tokenNeverPrints() {
        let token = BotToken("Bot abc.def.ghi")
        #expect("\(token)" == "Bot <redacted>")
        #expect(String(reflecting: token) == "Bot <redacted>")
        #expect(token.value == "abc.def.ghi", "a pasted 'Bot ' prefix is dropped")
    }
}
