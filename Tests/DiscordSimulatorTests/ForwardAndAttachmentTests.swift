import DiscordSimulator
import Foundation
import Testing

@Suite("Forwards and attachments in Discord's shape")
struct ForwardAndAttachmentTests {
    @Test("a forward has empty content, a type 1 reference to the original, HAS_SNAPSHOT, and the original's text and files in message_snapshots")
    func forwardShape() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!, help = sim.channelID(named: "help")!
            let jen = sim.userID(named: "swiftlyjen")!
            let file = SimulatedAttachment(filename: "nitro-gift.exe", description: "your gift", contentType: "application/x-msdownload")
            let original = sim.postMessage("claim your nitro", author: jen, channel: help, attachments: [file])
            let forward = sim.forwardMessage(original, author: jen, to: general)

            let json = try await client.get("/channels/\(general)/messages/\(forward)").object
            #expect(json["content"] as? String == "")
            #expect(json["flags"] as? Int == 1 << 14)
            let reference = try #require(json["message_reference"] as? [String: Any])
            #expect(reference["type"] as? Int == 1)
            #expect(reference["message_id"] as? String == original && reference["channel_id"] as? String == help)
            #expect(reference["guild_id"] as? String == sim.guildID)
            let snapshots = try #require(json["message_snapshots"] as? [[String: Any]])
            let copy = try #require(snapshots.first?["message"] as? [String: Any])
            #expect(copy["content"] as? String == "claim your nitro")
            #expect(copy["author"] == nil && copy["id"] == nil, "a snapshot is a partial message")
            let attachment = try #require((copy["attachments"] as? [[String: Any]])?.first)
            #expect(attachment["filename"] as? String == "nitro-gift.exe" && attachment["description"] as? String == "your gift")
            #expect(attachment["content_type"] as? String == "application/x-msdownload")

            let fromElsewhere = sim.postForward("FREE NITRO", author: jen, channel: general)
            let other = try await client.get("/channels/\(general)/messages/\(fromElsewhere)").object
            let otherReference = try #require(other["message_reference"] as? [String: Any])
            #expect(otherReference["guild_id"] as? String != sim.guildID, "forwarded from a server the bot is not in")
            #expect(sim.snapshot().messages(in: general).last?.forwardedContent == "FREE NITRO")
        }
    }

    @Test("without the Message Content intent a forward's snapshot arrives empty too")
    func forwardWithoutIntent() async throws {
        var options = SimulatorOptions.testing
        options.messageContentIntent = false
        try await withSimulator(options) { sim, client in
            let general = sim.channelID(named: "general")!
            let forward = sim.postForward("FREE NITRO", attachments: [SimulatedAttachment(filename: "a.exe")],
                                          author: sim.userID(named: "swiftlyjen")!, channel: general)
            let json = try await client.get("/channels/\(general)/messages/\(forward)").object
            let copy = try #require((json["message_snapshots"] as? [[String: Any]])?.first?["message"] as? [String: Any])
            #expect(copy["content"] as? String == "")
            #expect((copy["attachments"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("an attachment-only message lists its file with name, alt text, type, size and URL")
    func attachmentOnly() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let file = SimulatedAttachment(filename: "claim_free_robux.scr", description: "robux", size: 1_024)
            let id = sim.postMessage("", author: sim.userID(named: "swiftlyjen")!, channel: general, attachments: [file])
            let json = try await client.get("/channels/\(general)/messages/\(id)").object
            let attachment = try #require((json["attachments"] as? [[String: Any]])?.first)
            #expect(attachment["filename"] as? String == "claim_free_robux.scr")
            #expect(attachment["description"] as? String == "robux" && attachment["size"] as? Int == 1_024)
            #expect((attachment["url"] as? String)?.hasSuffix("/claim_free_robux.scr") == true)
            #expect(json["message_snapshots"] == nil, "only forwards carry snapshots")
        }
    }
}
