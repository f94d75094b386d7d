import DiscordSimulator
import Foundation
import Testing

@Suite("Authentication, routing and form errors")
struct AuthAndRoutingTests {
    @Test("a missing or wrong bot token gets Discord's 401 and is recorded")
    func unauthorized() async throws {
        try await withSimulator { sim, client in
            let missing = try await client.send("GET", "/users/@me", authorized: false)
            #expect(missing.status == 401)
            #expect(missing.object["message"] as? String == "401: Unauthorized")
            #expect(missing.code == 0)

            let wrong = try await client.send("GET", "/users/@me", headers: ["Authorization": "Bot not-the-token"])
            #expect(wrong.status == 401)
            let bearer = try await client.send("GET", "/users/@me", headers: ["Authorization": "Bearer \(sim.botToken)"])
            #expect(bearer.status == 401)

            let right = try await client.get("/users/@me")
            #expect(right.status == 200)
            #expect(sim.recordedRequests().map(\.status) == [401, 401, 401, 200])
        }
    }

    @Test("unknown routes get 404 code 0, known routes with the wrong method 405")
    func unknownRoutes() async throws {
        try await withSimulator { sim, client in
            let unknown = try await client.get("/channels/\(sim.channelID(named: "general")!)/pins/everything")
            #expect(unknown.status == 404)
            #expect(unknown.object["message"] as? String == "404: Not Found")
            #expect(unknown.code == 0)

            let wrongMethod = try await client.send("DELETE", "/users/@me")
            #expect(wrongMethod.status == 405)
        }
    }

    @Test("a body without Content-Type: application/json, or too long, gets 50035 with nested errors")
    func formErrors() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let noContentType = try await client.send(
                "POST", "/channels/\(general)/messages", body: Data(#"{"content":"hi"}"#.utf8)
            )
            #expect(noContentType.status == 400)
            #expect(noContentType.code == 50035)
            let rootErrors = (noContentType.object["errors"] as? [String: Any])?["_errors"] as? [[String: Any]]
            #expect(rootErrors?.first?["code"] as? String == "CONTENT_TYPE_INVALID")

            let tooLong = try await client.send(
                "POST", "/channels/\(general)/messages", json: ["content": String(repeating: "a", count: 2_001)]
            )
            #expect(tooLong.status == 400)
            #expect(tooLong.code == 50035)
            #expect(tooLong.object["message"] as? String == "Invalid Form Body")
            let contentErrors = ((tooLong.object["errors"] as? [String: Any])?["content"] as? [String: Any])?["_errors"]
                as? [[String: Any]]
            #expect(contentErrors?.first?["code"] as? String == "BASE_TYPE_MAX_LENGTH")

            let exactlyMax = try await client.send(
                "POST", "/channels/\(general)/messages", json: ["content": String(repeating: "a", count: 2_000)]
            )
            #expect(exactlyMax.status == 200)

            let empty = try await client.send("POST", "/channels/\(general)/messages", json: ["content": ""])
            #expect(empty.code == 50006)

            let badLimit = try await client.get("/channels/\(general)/messages?limit=101")
            #expect(badLimit.code == 50035)
            let limitErrors = ((badLimit.object["errors"] as? [String: Any])?["limit"] as? [String: Any])?["_errors"]
                as? [[String: Any]]
            #expect(limitErrors?.first?["code"] as? String == "NUMBER_TYPE_MAX")
        }
    }
}
