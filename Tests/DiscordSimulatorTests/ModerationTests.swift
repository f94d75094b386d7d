import DiscordSimulator
import Foundation
import Testing

@Suite("Timeouts and bans")
struct ModerationTests {
    @Test("timeouts: set up to 28 days ahead, refuse more with 50035, clear with null")
    func timeouts() async throws {
        try await withSimulator { sim, client in
            let troll = sim.userID(named: "glitch_gremlin")!
            let path = "/guilds/\(sim.guildID)/members/\(troll)"
            let inAnHour = Date().addingTimeInterval(3_600)
            let formatter = ISO8601DateFormatter.withFractionalSeconds

            let set = try await client.send(
                "PATCH", path, json: ["communication_disabled_until": formatter.string(from: inAnHour)],
                headers: ["X-Audit-Log-Reason": "modconsole%3A%20hostile%20strings"]
            )
            #expect(set.status == 200)
            #expect(set.object["communication_disabled_until"] as? String != nil)
            let until = try #require(sim.snapshot().timeouts[troll])
            #expect(abs(until.timeIntervalSince(inAnHour)) < 0.01)
            #expect(sim.snapshot().auditLogReasons(for: .timeout) == ["modconsole: hostile strings"])

            let tooFar = try await client.send(
                "PATCH", path, json: ["communication_disabled_until": formatter.string(from: Date().addingTimeInterval(29 * 86_400))]
            )
            #expect(tooFar.code == 50035)
            #expect((tooFar.object["errors"] as? [String: Any])?["communication_disabled_until"] != nil)

            let cleared = try await client.send("PATCH", path, json: ["communication_disabled_until": NSNull()])
            #expect(cleared.status == 200)
            #expect(cleared.object["communication_disabled_until"] is NSNull)
            #expect(sim.snapshot().timeouts.isEmpty)
        }
    }

    @Test("bans: 204, recent messages go with delete_message_seconds, reason kept; unban; 10026 for no ban")
    func bans() async throws {
        try await withSimulator { sim, client in
            let scammer = sim.userID(named: "airdrop_admin_")!
            let general = sim.channelID(named: "general")!
            let recent = sim.postMessage("claim your airdrop", author: scammer, channel: general)
            let older = sim.postMessage("hello", author: scammer, channel: general, at: Date().addingTimeInterval(-7_200))
            let path = "/guilds/\(sim.guildID)/bans/\(scammer)"

            let invalid = try await client.send("PUT", path, json: ["delete_message_seconds": 700_000])
            #expect(invalid.code == 50035)

            let banned = try await client.send(
                "PUT", path, json: ["delete_message_seconds": 3_600], headers: ["X-Audit-Log-Reason": "phishing"]
            )
            #expect(banned.status == 204)
            let snapshot = sim.snapshot()
            #expect(snapshot.bans[scammer]?.reason == "phishing")
            #expect(snapshot.bans[scammer]?.deleteMessageSeconds == 3_600)
            #expect(snapshot.deletedMessages.map(\.messageID) == [recent])
            #expect(snapshot.deletedMessages.first?.deletion == .ban)
            #expect(snapshot.message(id: older) != nil)
            try await #expect(client.get("/guilds/\(sim.guildID)/members/\(scammer)").code == 10007)

            try await #expect(client.send("DELETE", path).status == 204)
            #expect(sim.snapshot().bans.isEmpty)
            let noBan = try await client.send("DELETE", path)
            #expect(noBan.status == 404)
            #expect(noBan.code == 10026)
            #expect(sim.snapshot().mutations.map(\.kind) == [.ban, .unban])
        }
    }
}
