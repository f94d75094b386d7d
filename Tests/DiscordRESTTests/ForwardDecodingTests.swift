import Foundation
import Testing
@testable import DiscordREST

@Suite("Forwards and attachments decode from Discord's JSON")
struct ForwardDecodingTests {
    /// A forward as Discord sends it: empty content, a type 1 reference, one
    /// snapshot with the forwarded text and a file, and fields this client
    /// does not know (in the message, the snapshot and the attachment).
    static let forward = #"""
    {"type":0,"content":"","mentions":[],"mention_roles":[],"attachments":[],"embeds":[],
     "timestamp":"2025-01-09T18:03:11.207000+00:00","edited_timestamp":null,"flags":16384,"components":[],
     "id":"1326958373025726536","channel_id":"1100000000000000001",
     "author":{"id":"9","username":"ana","global_name":"Ana","avatar":null,"discriminator":"0","public_flags":0},
     "pinned":false,"mention_everyone":false,"tts":false,
     "message_reference":{"type":1,"channel_id":"1200000000000000002","message_id":"1326958000000000000","guild_id":"1300000000000000003"},
     "message_snapshots":[{"message":{"type":0,"content":"FREE NITRO claim at disc0rd-gift.com",
        "embeds":[{"type":"rich","title":"Nitro","brand_new":1}],
        "attachments":[{"id":"1326958000000000099","filename":"nitro-gift.exe","description":"your gift","size":48213,
                        "url":"https://cdn.discordapp.com/attachments/1/2/nitro-gift.exe","proxy_url":"https://media.discordapp.net/x",
                        "content_type":"application/x-msdownload","content_scan_version":3,"placeholder":"abc"}],
        "timestamp":"2025-01-09T17:55:00.000000+00:00","edited_timestamp":null,"flags":0,"mentions":[],"mention_roles":[],
        "sticker_items":[],"components":[],"soundboard_sounds":[]}}],
     "unheard_of":{"nested":[1,2,3]}}
    """#

    @Test("a forward: empty content, the forwarded text and files in its snapshot, where it came from in its reference")
    func forward() throws {
        let message = try JSONDecoder().decode(Message.self, from: Data(Self.forward.utf8))
        #expect(message.content.isEmpty)
        #expect(message.messageReference?.isForward == true)
        #expect(message.messageReference?.channelID == Snowflake(1_200_000_000_000_000_002))
        #expect(message.messageReference?.guildID == Snowflake(1_300_000_000_000_000_003))
        let snapshot = try #require(message.messageSnapshots.first?.message)
        #expect(snapshot.content == "FREE NITRO claim at disc0rd-gift.com")
        #expect(snapshot.embeds.first?.title == "Nitro")
        let file = try #require(snapshot.attachments.first)
        #expect(file.filename == "nitro-gift.exe" && file.description == "your gift")
        #expect(file.contentType == "application/x-msdownload" && file.size == 48_213)
        #expect(file.url.hasSuffix("nitro-gift.exe"))
        #expect(message.isWrittenByPerson)
    }

    @Test("a reply's reference is not a forward")
    func replyIsNotAForward() throws {
        let json = #"""
        {"id":"2","channel_id":"5","author":{"id":"9","username":"x"},"content":"yes","timestamp":"2024-05-01T12:00:00+00:00",
         "type":19,"message_reference":{"type":0,"channel_id":"5","message_id":"1"}}
        """#
        let message = try JSONDecoder().decode(Message.self, from: Data(json.utf8))
        #expect(message.messageReference?.isForward == false)
        #expect(message.messageSnapshots.isEmpty)
    }

    @Test("missing or malformed attachment and snapshot fields never fail the message")
    func tolerant() throws {
        let json = #"""
        {"id":"3","channel_id":"5","author":{"id":"9","username":"x"},"content":"","timestamp":"2024-05-01T12:00:00+00:00",
         "attachments":[{"filename":"claim_free_robux.scr"},{"id":"7","filename":42,"size":"big"},"not an object",
                        {"id":"8","filename":"notes.txt","description":null,"size":12,"url":"https://cdn.example/notes.txt"}],
         "message_snapshots":[{"message":{"attachments":[{}]}},{"nothing":true},7],
         "message_reference":{"type":"forward?","message_id":"x"}}
        """#
        let message = try JSONDecoder().decode(Message.self, from: Data(json.utf8))
        #expect(message.attachments.map(\.filename) == ["claim_free_robux.scr", "", "notes.txt"],
                "a file whose fields are all wrong keeps its place with an empty name; a non-object is dropped")
        #expect(message.attachments.first?.id == nil && message.attachments.first?.size == 0)
        #expect(message.messageSnapshots.count == 2, "a snapshot without a message is an empty one; a number is dropped")
        #expect(message.messageSnapshots.first?.message.content == "")
        #expect(message.messageSnapshots.first?.message.attachments.count == 1)
        #expect(message.messageReference == nil, "an unreadable reference is left out, not fatal")
    }
}
