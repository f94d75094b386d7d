import DiscordSimulator
import Foundation
import Testing

@Suite("Reactions and direct messages")
struct ReactionAndDMTests {
    @Test("reactions need a percent-encoded emoji; unencoded or unknown ones get 10014")
    func reactionEncoding() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let message = sim.postMessage("DM me for crypto jobs", author: sim.userID(named: "crypto_careers_hr")!, channel: general)
            let base = "/channels/\(general)/messages/\(message)/reactions"

            let warning = try await client.send("PUT", "\(base)/\(encodedEmoji("⚠️"))/@me")
            #expect(warning.status == 204)
            let twice = try await client.send("PUT", "\(base)/\(encodedEmoji("⚠️"))/@me")
            #expect(twice.status == 204)
            #expect(sim.snapshot().message(id: message)?.botReactions == ["⚠️"])

            // The raw UTF-8 bytes in the request line, as a client that forgot to encode sends them.
            let raw = try await RawHTTP.exchange(port: sim.port, """
                PUT /api/v10\(base)/✅/@me HTTP/1.1\r
                Host: 127.0.0.1\r
                Authorization: Bot \(sim.botToken)\r
                Content-Length: 0\r
                Connection: close\r
                \r

                """)
            #expect(raw.hasPrefix("HTTP/1.1 400"))
            #expect(raw.contains("10014"))

            let notAnEmoji = try await client.send("PUT", "\(base)/warning/@me")
            #expect(notAnEmoji.code == 10014)
            let unknownCustom = try await client.send("PUT", "\(base)/nope:123456789012345678/@me")
            #expect(unknownCustom.code == 10014)

            let missing = try await client.send("PUT", "/channels/\(general)/messages/1000000000000000000/reactions/\(encodedEmoji("✅"))/@me")
            #expect(missing.code == 10008)

            let removed = try await client.send("DELETE", "\(base)/\(encodedEmoji("⚠️"))/@me")
            #expect(removed.status == 204)
            #expect(sim.snapshot().message(id: message)?.botReactions == [])
            #expect(sim.snapshot().mutations.map(\.kind) == [.addReaction, .removeReaction])
        }
    }

    @Test("a DM to someone with DMs closed fails with 403 50007; an open one is delivered")
    func directMessages() async throws {
        try await withSimulator { sim, client in
            let paul = sim.userID(named: "pointfree_paul")! // DMs closed in the scripted guild
            let jay = sim.userID(named: "junior_jay")!

            let closedChannel = try await client.send("POST", "/users/@me/channels", json: ["recipient_id": paul])
            #expect(closedChannel.status == 200)
            #expect(closedChannel.object["type"] as? Int == 1)
            let closedID = try #require(closedChannel.object["id"] as? String)
            let refused = try await client.send("POST", "/channels/\(closedID)/messages", json: ["content": "Your post was moved"])
            #expect(refused.status == 403)
            #expect(refused.code == 50007)
            #expect(refused.object["message"] as? String == "Cannot send messages to this user")

            let open = try await client.send("POST", "/users/@me/channels", json: ["recipient_id": jay])
            let openID = try #require(open.object["id"] as? String)
            let recipients = try #require(open.object["recipients"] as? [[String: Any]])
            #expect(recipients.first?["id"] as? String == jay)
            let again = try await client.send("POST", "/users/@me/channels", json: ["recipient_id": jay])
            #expect(again.object["id"] as? String == openID)

            let sent = try await client.send("POST", "/channels/\(openID)/messages", json: ["content": "Your post was moved to #jobs"])
            #expect(sent.status == 200)

            sim.setDMsClosed(true, user: jay)
            let nowClosed = try await client.send("POST", "/channels/\(openID)/messages", json: ["content": "again"])
            #expect(nowClosed.code == 50007)

            let dms = sim.snapshot().directMessages
            #expect(dms.count == 1)
            #expect(dms.first?.userID == jay)
            #expect(dms.first?.content == "Your post was moved to #jobs")
        }
    }
}
