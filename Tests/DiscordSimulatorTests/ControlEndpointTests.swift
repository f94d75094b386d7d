import DiscordSimulator
import Foundation
import Testing

@Suite("Control endpoints")
struct ControlEndpointTests {
    /// A request to `/_sim/...` on the simulator's port, without a token.
    private func control(_ sim: DiscordSimulator, _ method: String, _ path: String, json: [String: Any]? = nil) async throws -> Reply {
        try await APIClient(sim, root: true).send(method, path, json: json, authorized: false)
    }

    @Test("state, messages, faults and the record over HTTP")
    func controlEndpoints() async throws {
        try await withSimulator { sim, client in
            let state = try await control(sim, "GET", "/_sim/state").object
            #expect(state["guild_id"] as? String == sim.guildID)
            let channels = try #require(state["channels"] as? [String: String])
            #expect(channels["general"] == sim.channelID(named: "general"))
            #expect((state["users"] as? [String: String])?["junior_jay"] == sim.userID(named: "junior_jay"))

            let posted = try await control(sim, "POST", "/_sim/messages",
                                           json: ["channel": "general", "author": "junior_jay", "content": "open to work!"])
            let id = try #require(posted.object["id"] as? String)
            let listed = try await client.get("/channels/\(sim.channelID(named: "general")!)/messages").array
            #expect(listed.first?["id"] as? String == id)
            #expect(listed.first?["content"] as? String == "open to work!")

            let queued = try await control(sim, "POST", "/_sim/faults",
                                           json: ["method": "GET", "path": "/users/@me", "count": 1,
                                                  "fault": ["kind": "status", "status": 500, "code": 0, "message": "oops"]])
            #expect(queued.status == 204)
            try await #expect(client.get("/users/@me").status == 500)
            try await #expect(client.get("/users/@me").status == 200)

            let record = try await control(sim, "GET", "/_sim/requests").array
            #expect(record.map { $0["status"] as? Int } == [200, 500, 200])
            #expect(record.first?["path"] as? String == "/api/v10/channels/\(sim.channelID(named: "general")!)/messages")

            let emitted = try await control(sim, "POST", "/_sim/traffic", json: ["emit": 3])
            #expect((emitted.object["ids"] as? [String])?.count == 3)

            let after = try await control(sim, "GET", "/_sim/state").object
            let messages = try #require(after["messages"] as? [String: [[String: Any]]])
            #expect(messages.values.reduce(0) { $0 + $1.count } == 4)

            let bad = try await control(sim, "POST", "/_sim/faults", json: ["path": "/x", "fault": ["kind": "gremlins"]])
            #expect(bad.status == 400)
            try await #expect(control(sim, "GET", "/_sim/nothing").status == 404)
        }
    }
}
