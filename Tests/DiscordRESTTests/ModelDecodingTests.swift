import Foundation
import Testing
@testable import DiscordREST

@Suite struct ModelDecodingTests {
    @Test func messageIgnoresUnknownFieldsAndToleratesAbsentOptionals() throws {
        let json = #"""
        {"id":"1100000000000000000","channel_id":"5","author":{"id":"9","username":"ana","future_field":{"x":1}},
         "content":"hi","timestamp":"2024-05-01T12:00:00.123000+00:00","type":0,"brand_new_field":[1,2,3]}
        """#
        let message = try JSONDecoder().decode(Message.self, from: Data(json.utf8))
        #expect(message.content == "hi")
        #expect(message.author.bot == false, "absent bot means false")
        #expect(message.mentions.isEmpty && message.attachments.isEmpty && message.webhookID == nil)
        #expect(message.editedTimestamp == nil)
        #expect(message.isWrittenByPerson)
        #expect(abs(message.timestamp.timeIntervalSince1970 - 1_714_564_800.123) < 0.001)
    }

    @Test func aLoneSurrogateEscapeReadsAsAReplacementCharacter() throws {
        // Foundation rejects the whole body for one lone surrogate: a single message would make its channel unreadable.
        let json = #"{"content":"lone \ud800 high, \udc00 low, \\ud800 not an escape, pair \ud83d\ude00 \"q\""}"#
        let decoded = try JSONDecoder().decode([String: String].self, from: LoneSurrogates.replaced(in: Data(json.utf8)))
        #expect(decoded["content"] == "lone \u{FFFD} high, \u{FFFD} low, \\ud800 not an escape, pair 😀 \"q\"")
    }

    @Test func botsWebhooksAndSystemMessagesAreNotPeople() throws {
        func decode(_ extra: String, type: Int = 0, author: String = #"{"id":"9","username":"x"}"#) throws -> Message {
            try JSONDecoder().decode(Message.self, from: Data(#"""
            {"id":"1","channel_id":"5","author":\#(author),"content":"c","timestamp":"2024-05-01T12:00:00+00:00","type":\#(type)\#(extra)}
            """#.utf8))
        }
        #expect(try decode("", author: #"{"id":"9","username":"x","bot":true}"#).isWrittenByPerson == false)
        #expect(try decode(#","webhook_id":"77""#).isWrittenByPerson == false)
        #expect(try decode("", type: 7).isWrittenByPerson == false)
        #expect(try decode("", type: 19).isWrittenByPerson == true, "replies are written by people")
        #expect(try decode("", type: 7).type.isDeletable)
        #expect(try decode("", type: 3).type.isDeletable == false)
    }

    @Test func guildChannelAndMemberDecode() throws {
        let guild = try JSONDecoder().decode(Guild.self, from: Data(#"""
        {"id":"1","name":"G","owner_id":"2","roles":[{"id":"1","name":"@everyone","permissions":"1024","position":0,"color":0}]}
        """#.utf8))
        #expect(guild.roles.first?.permissions == .viewChannel)
        let channel = try JSONDecoder().decode(Channel.self, from: Data(#"""
        {"id":"3","type":0,"guild_id":"1","name":"general","permission_overwrites":[{"id":"1","type":0,"allow":"0","deny":"2048"}]}
        """#.utf8))
        #expect(channel.permissionOverwrites.first?.deny == .sendMessages)
        let member = try JSONDecoder().decode(Member.self, from: Data(#"""
        {"user":{"id":"7","username":"bot","bot":true},"roles":["4"],"communication_disabled_until":null,"joined_at":"2024-01-01T00:00:00+00:00"}
        """#.utf8))
        #expect(member.roles == [4] && member.user?.bot == true && member.communicationDisabledUntil == nil)
    }

    @Test func fieldErrorsFlattenToPaths() {
        let body = #"{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]},"embeds":{"0":{"title":{"_errors":[{"code":"X","message":"bad"}]}}}}}"#
        let error = DiscordClient.apiError(HTTPResponse(status: 400, headers: [:], body: Data(body.utf8)), route: .createMessage(1))
        guard case .api(let status, let code, let message, let fields, _) = error else {
            Issue.record("expected an API error, got \(error)")
            return
        }
        #expect(status == 400 && code == .invalidFormBody && message == "Invalid Form Body")
        #expect(fields.map(\.path) == ["content", "embeds.0.title"])
        #expect(fields.first?.code == "BASE_TYPE_MAX_LENGTH")
        #expect(error.description.contains("content: Must be 2000 or fewer in length."))
    }

    @Test func errorBodyWithoutJSONStillNamesTheStatus() {
        let error = DiscordClient.apiError(HTTPResponse(status: 502, headers: [:], body: Data("<html>bad gateway</html>".utf8)), route: .currentUser())
        #expect(error.status == 502 && error.code == .general)
    }
}
