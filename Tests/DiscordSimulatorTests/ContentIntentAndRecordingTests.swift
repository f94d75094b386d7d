import DiscordSimulator
import Foundation
import Testing

@Suite("Message Content intent and the request record")
struct ContentIntentAndRecordingTests {
    @Test("without the Message Content intent others' content arrives empty, except messages that mention the bot")
    func contentIntentOff() async throws {
        var options = SimulatorOptions.testing
        options.messageContentIntent = false
        try await withSimulator(options) { sim, client in
            let general = sim.channelID(named: "general")!
            let jen = sim.userID(named: "swiftlyjen")!
            let plain = sim.postMessage("We're hiring a senior iOS engineer", author: jen, channel: general)
            let mentioning = sim.postMessage("<@\(sim.botUserID)> is this allowed?", author: jen, channel: general)
            let own = try await client.send("POST", "/channels/\(general)/messages", json: ["content": "audit note"])
            #expect(own.object["content"] as? String == "audit note")

            let byID = Dictionary(uniqueKeysWithValues: try await client.get("/channels/\(general)/messages").array.map {
                ($0["id"] as! String, $0)
            })
            #expect(byID[plain]?["content"] as? String == "")
            #expect((byID[plain]?["embeds"] as? [Any])?.isEmpty == true)
            #expect(byID[mentioning]?["content"] as? String == "<@\(sim.botUserID)> is this allowed?")
            #expect(byID[own.object["id"] as! String]?["content"] as? String == "audit note")

            sim.setMessageContentIntent(true)
            let single = try await client.get("/channels/\(general)/messages/\(plain)")
            #expect(single.object["content"] as? String == "We're hiring a senior iOS engineer")
        }
    }

    @Test("every request is recorded as sent: method, raw path, query, lowercased headers, body, status")
    func recordContents() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            _ = try await client.send("GET", "/users/@me", authorized: false)
            _ = try await client.get("/channels/\(general)/messages?limit=5&after=0")
            _ = try await client.send(
                "POST", "/channels/\(general)/messages", json: ["content": "hi", "allowed_mentions": ["parse": [String]()]],
                headers: ["User-Agent": "curl/8.0"]
            )
            sim.inject(.status(500, code: 0, message: "boom"), route: RouteMatcher(path: "/users/@me"))
            _ = try await client.get("/users/@me")
            _ = try await client.get("/not/a/route")
            _ = try await RawHTTP.exchange(port: sim.port, "GET /_sim/state HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

            let record = sim.recordedRequests()
            #expect(record.map(\.status) == [401, 200, 200, 500, 404])
            #expect(record.map(\.method) == ["GET", "GET", "POST", "GET", "GET"])
            #expect(record.map(\.sequence) == [0, 1, 2, 3, 4])
            #expect(record[0].header("authorization") == nil)

            let list = record[1]
            #expect(list.path == "/api/v10/channels/\(general)/messages")
            #expect(list.apiPath == "/channels/\(general)/messages")
            #expect(list.query == ["limit": "5", "after": "0"])
            #expect(list.headers["authorization"] == "Bot \(sim.botToken)")
            #expect(list.headers["user-agent"]?.hasPrefix("DiscordBot (") == true)

            let post = record[2]
            #expect(post.headers["user-agent"] == "curl/8.0")
            #expect(post.headers["content-type"] == "application/json")
            let body = try #require(post.bodyObject)
            #expect(body["content"] as? String == "hi")
            #expect((body["allowed_mentions"] as? [String: Any])?["parse"] as? [String] == [])

            sim.clearRecord()
            #expect(sim.recordedRequests().isEmpty)
            _ = try await client.get("/users/@me")
            #expect(sim.recordedRequests().map(\.sequence) == [5])
        }
    }

    @Test("the record counts each response body's bytes, in the control JSON too: an empty page costs 2, a dropped connection 0")
    func responseBytes() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let newest = sim.postMessage("hi", author: sim.userID(named: "swiftlyjen")!, channel: general)
            let empty = try await client.get("/channels/\(general)/messages?after=\(newest)")
            let full = try await client.get("/channels/\(general)/messages?limit=20")
            sim.inject(.dropConnection, route: RouteMatcher(path: "/users/@me"))
            _ = try? await client.get("/users/@me")

            let record = sim.recordedRequests()
            #expect(record.map(\.responseBytes).prefix(2) == [empty.body.count, full.body.count])
            #expect(empty.text == "[]" && record[0].responseBytes == 2)
            #expect(full.body.count > 100)
            #expect(record.last?.status == 0 && record.last?.responseBytes == 0)
            let listed = try await APIClient(sim, root: true).send("GET", "/_sim/requests", authorized: false).array
            #expect(listed.map { $0["response_bytes"] as? Int } == record.map(\.responseBytes))
        }
    }

    @Test("an added text channel is listed, readable and postable like a scripted one")
    func addedChannel() async throws {
        try await withSimulator { sim, client in
            let extra = sim.addTextChannel(named: "extra-1")
            #expect(sim.channelID(named: "extra-1") == extra)
            let info = try await client.get("/channels/\(extra)")
            #expect(info.status == 200 && info.object["name"] as? String == "extra-1")
            let listed = try await client.get("/guilds/\(sim.guildID)/channels").array.compactMap { $0["id"] as? String }
            #expect(listed.contains(extra))
            let posted = sim.postMessage("hello from a new channel", author: sim.userID(named: "swiftlyjen")!, channel: extra)
            let page = try await client.get("/channels/\(extra)/messages")
            #expect(page.array.map { $0["id"] as? String } == [posted])
        }
    }
}
