import DiscordSimulator
import Foundation
import Testing

@Suite("Permissions")
struct PermissionTests {
    @Test("without VIEW_CHANNEL a channel answers 50001; #mod-log lets the bot's role in")
    func missingAccess() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            sim.setBotPermissions(channel: general, allow: 0, deny: DiscordPermission.viewChannel.mask)
            for path in ["/channels/\(general)", "/channels/\(general)/messages"] {
                let reply = try await client.get(path)
                #expect(reply.status == 403)
                #expect(reply.code == 50001)
                #expect(reply.object["message"] as? String == "Missing Access")
            }
            let post = try await client.send("POST", "/channels/\(general)/messages", json: ["content": "hi"])
            #expect(post.code == 50001)

            sim.setBotPermissions(channel: general, allow: 0, deny: 0)
            try await #expect(client.get("/channels/\(general)").status == 200)

            // @everyone is denied VIEW_CHANNEL on #mod-log, the bot's role is allowed.
            let modLog = sim.channelID(named: "mod-log")!
            try await #expect(client.get("/channels/\(modLog)/messages").status == 200)
            try await #expect(client.send("POST", "/channels/\(modLog)/messages", json: ["content": "audit"]).status == 200)
        }
    }

    @Test("without READ_MESSAGE_HISTORY message lists are empty, not errors")
    func emptyHistory() async throws {
        try await withSimulator { sim, client in
            let help = sim.channelID(named: "help")!
            sim.postMessage("anyone?", author: sim.userID(named: "async_anna")!, channel: help)
            try await #expect(client.get("/channels/\(help)/messages").array.count == 1)

            sim.setBotPermissions(channel: help, allow: 0, deny: DiscordPermission.readMessageHistory.mask)
            let reply = try await client.get("/channels/\(help)/messages")
            #expect(reply.status == 200)
            #expect(reply.text == "[]")
        }
    }

    @Test("missing permissions give 403 50013: deleting others' messages, sending, reacting, timeouts, bans")
    func missingPermissions() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let spammer = sim.userID(named: "nitro_drops")!
            let spam = sim.postMessage("free nitro", author: spammer, channel: general)
            let own = try await client.send("POST", "/channels/\(general)/messages", json: ["content": "note"]).object["id"] as! String

            sim.revokeBotPermission(.manageMessages)
            let forbidden = try await client.send("DELETE", "/channels/\(general)/messages/\(spam)")
            #expect(forbidden.status == 403)
            #expect(forbidden.code == 50013)
            #expect(forbidden.object["message"] as? String == "Missing Permissions")
            try await #expect(client.send("DELETE", "/channels/\(general)/messages/\(own)").status == 204)

            sim.setBotPermissions(channel: general, allow: 0, deny: DiscordPermission.mask([.sendMessages, .addReactions]))
            try await #expect(client.send("POST", "/channels/\(general)/messages", json: ["content": "x"]).code == 50013)
            try await #expect(client.send("PUT", "/channels/\(general)/messages/\(spam)/reactions/\(encodedEmoji("⚠️"))/@me").code == 50013)

            let until = ISO8601DateFormatter().string(from: Date().addingTimeInterval(600))
            sim.revokeBotPermission(.moderateMembers)
            let timeout = try await client.send(
                "PATCH", "/guilds/\(sim.guildID)/members/\(spammer)", json: ["communication_disabled_until": until]
            )
            #expect(timeout.code == 50013)
            sim.removeBotRole(permission: DiscordPermission.banMembers.rawValue)
            try await #expect(client.send("PUT", "/guilds/\(sim.guildID)/bans/\(spammer)").code == 50013)
            #expect(sim.snapshot().bans.isEmpty && sim.snapshot().timeouts.isEmpty)
        }
    }

    @Test("the role hierarchy protects the owner and the moderator from the bot")
    func hierarchy() async throws {
        try await withSimulator { sim, client in
            let until = ISO8601DateFormatter().string(from: Date().addingTimeInterval(600))
            for name in ["kenji.owner", "mira.mod"] {
                let reply = try await client.send(
                    "PATCH", "/guilds/\(sim.guildID)/members/\(sim.userID(named: name)!)",
                    json: ["communication_disabled_until": until]
                )
                #expect(reply.code == 50013, "\(name) should outrank the bot")
            }
        }
    }
}
