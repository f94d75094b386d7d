import DiscordSimulator
import Foundation
import Testing

@Suite("Injected faults")
struct FaultTests {
    @Test("a status fault replaces the next matching requests, in order, then handling is normal")
    func statusFault() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            sim.inject(.status(502, code: 0, message: "Bad Gateway"), route: RouteMatcher(method: "GET", path: "/channels/*/messages"), count: 2)
            sim.inject(.status(503, code: 130000, message: "API resource is currently overloaded."), route: RouteMatcher(path: "/channels/**"))

            try await #expect(client.get("/users/@me").status == 200) // does not match
            let first = try await client.get("/channels/\(general)/messages")
            #expect(first.status == 502)
            #expect(first.object["message"] as? String == "Bad Gateway")
            try await #expect(client.get("/channels/\(general)/messages").status == 502)
            let third = try await client.get("/channels/\(general)/messages")
            #expect(third.status == 503)
            #expect(third.code == 130000)
            try await #expect(client.get("/channels/\(general)/messages").status == 200)
            #expect(sim.recordedRequests().map(\.status) == [200, 502, 502, 503, 200])
        }
    }

    @Test("injected 429s look like real ones, route and global")
    func rateLimitFaults() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            sim.inject(.rateLimited(retryAfter: 2.5, global: false), route: RouteMatcher(path: "/channels/*/messages"))
            sim.inject(.rateLimited(retryAfter: 0.2, global: true), route: RouteMatcher(path: "/users/@me"))

            let route = try await client.get("/channels/\(general)/messages")
            #expect(route.status == 429)
            #expect(route.header("Retry-After") == "3")
            #expect(route.header("X-RateLimit-Remaining") == "0")
            #expect(route.header("X-RateLimit-Reset-After") == "2.500")
            #expect(route.header("X-RateLimit-Scope") == "user")
            #expect(route.header("X-RateLimit-Bucket") != nil)
            #expect(route.object["retry_after"] as? Double == 2.5)
            #expect(route.object["global"] as? Bool == false)

            let global = try await client.get("/users/@me")
            #expect(global.status == 429)
            #expect(global.header("X-RateLimit-Global") == "true")
            #expect(global.header("X-RateLimit-Scope") == "global")
            #expect(global.header("Retry-After") == "1")
            #expect(global.object["global"] as? Bool == true)
        }
    }

    @Test("delay waits, then handles the request normally")
    func delay() async throws {
        try await withSimulator { sim, client in
            sim.inject(.delay(.milliseconds(300)), route: RouteMatcher(path: "/users/@me"))
            let reply = try await client.get("/users/@me")
            let record = try #require(sim.recordedRequests().first)
            let held = try #require(record.answeredAt).timeIntervalSince(record.at)
            #expect(held >= 0.3, "the simulator's record: answered \(held) s after arrival")
            #expect(reply.status == 200)
            #expect(reply.object["id"] as? String == sim.botUserID)
        }
    }

    @Test("malformed JSON has no effect; truncated JSON has its effect but cannot be parsed")
    func brokenBodies() async throws {
        try await withSimulator { sim, client in
            let jobs = sim.channelID(named: "jobs")!
            sim.inject(.malformedJSON, route: RouteMatcher(method: "POST", path: "/channels/*/messages"))
            let malformed = try await client.send("POST", "/channels/\(jobs)/messages", json: ["content": "first"])
            #expect(malformed.status == 200)
            #expect(malformed.json == nil)
            #expect(sim.snapshot().messages(in: jobs).isEmpty)

            sim.inject(.truncatedJSON, route: RouteMatcher(method: "POST", path: "/channels/*/messages"))
            let truncated = try await client.send("POST", "/channels/\(jobs)/messages", json: ["content": "second"])
            #expect(truncated.status == 200)
            #expect(!truncated.body.isEmpty)
            #expect(truncated.json == nil)
            #expect(truncated.text.hasPrefix("{"))
            #expect(sim.snapshot().messages(in: jobs).map(\.content) == ["second"])
        }
    }

    @Test("a dropped connection is a transfer error for the client and has no effect")
    func dropConnection() async throws {
        try await withSimulator { sim, client in
            let general = sim.channelID(named: "general")!
            let message = sim.postMessage("spam", author: sim.userID(named: "nitro_drops")!, channel: general)
            sim.inject(.dropConnection, route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"))
            await #expect(throws: (any Error).self) {
                _ = try await client.send("DELETE", "/channels/\(general)/messages/\(message)")
            }
            #expect(sim.snapshot().message(id: message) != nil)
            #expect(sim.recordedRequests().last?.status == 0)
            try await #expect(client.send("DELETE", "/channels/\(general)/messages/\(message)").status == 204)
        }
    }

    @Test("Cloudflare's 429 is HTML with no rate-limit headers")
    func cloudflare() async throws {
        try await withSimulator { sim, client in
            sim.inject(.cloudflare429, route: RouteMatcher(path: "/**"))
            let reply = try await client.get("/users/@me")
            #expect(reply.status == 429)
            #expect(reply.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(reply.json == nil)
            #expect(reply.header("X-RateLimit-Bucket") == nil)
            #expect(reply.text.contains("1015"))
        }
    }
}
