import DiscordSimulator
import Foundation
import Testing

@Suite("Rate limits")
struct RateLimitTests {
    @Test("every response carries bucket headers; overrunning a bucket gives a real 429; buckets are per channel")
    func bucketOverrun() async throws {
        var options = SimulatorOptions.testing
        options.rateLimits.deleteMessage = RateLimit(2, per: .seconds(1))
        try await withSimulator(options) { sim, client in
            let general = sim.channelID(named: "general")!
            let help = sim.channelID(named: "help")!
            let author = sim.userID(named: "nitro_drops")!
            let spam = (0..<4).map { _ in sim.postMessage("spam", author: author, channel: general) }
            let elsewhere = sim.postMessage("spam", author: author, channel: help)

            let first = try await client.send("DELETE", "/channels/\(general)/messages/\(spam[0])")
            #expect(first.status == 204)
            #expect(first.header("X-RateLimit-Limit") == "2")
            #expect(first.header("X-RateLimit-Remaining") == "1")
            let resetAfter = try #require(Double(first.header("X-RateLimit-Reset-After") ?? ""))
            #expect(resetAfter > 0 && resetAfter <= 1)
            #expect(first.header("X-RateLimit-Reset-After")?.split(separator: ".").last?.count == 3)
            let reset = try #require(Double(first.header("X-RateLimit-Reset") ?? ""))
            #expect(abs(reset - Date().timeIntervalSince1970) < 2)
            let bucket = try #require(first.header("X-RateLimit-Bucket"))

            let second = try await client.send("DELETE", "/channels/\(general)/messages/\(spam[1])")
            #expect(second.header("X-RateLimit-Remaining") == "0")
            #expect(second.header("X-RateLimit-Bucket") == bucket)

            let limited = try await client.send("DELETE", "/channels/\(general)/messages/\(spam[2])")
            #expect(limited.status == 429)
            #expect(limited.header("X-RateLimit-Scope") == "user")
            #expect(limited.header("Retry-After") == "1")
            #expect(limited.header("X-RateLimit-Global") == nil)
            #expect(limited.header("X-RateLimit-Bucket") == bucket)
            #expect(limited.object["message"] as? String == "You are being rate limited.")
            #expect(limited.object["global"] as? Bool == false)
            let retryAfter = try #require(limited.object["retry_after"] as? Double)
            #expect(retryAfter > 0 && retryAfter <= 1)
            #expect(sim.snapshot().message(id: spam[2]) != nil)

            // Another channel has its own bucket.
            let other = try await client.send("DELETE", "/channels/\(help)/messages/\(elsewhere)")
            #expect(other.status == 204)
            #expect(other.header("X-RateLimit-Remaining") == "1")

            try await Task.sleep(for: .milliseconds(Int(retryAfter * 1000) + 20))
            try await #expect(client.send("DELETE", "/channels/\(general)/messages/\(spam[2])").status == 204)

            // Errors count and carry headers too; routes outside the class have their own bucket.
            let me = try await client.get("/users/@me")
            #expect(me.header("X-RateLimit-Bucket") != bucket)
            #expect(me.header("X-RateLimit-Limit") == "1000")
        }
    }

    @Test("the global limit answers 429 with X-RateLimit-Global and scope global")
    func globalLimit() async throws {
        var options = SimulatorOptions.testing
        // A small limit, so the requests fit one window even on a loaded machine.
        options.globalLimitPerSecond = 2
        try await withSimulator(options) { _, client in
            var replies: [Reply] = []
            for _ in 0..<3 { replies.append(try await client.get("/users/@me")) }
            #expect(replies.prefix(2).allSatisfy { $0.status == 200 })
            let limited = try #require(replies.last)
            #expect(limited.status == 429)
            #expect(limited.header("X-RateLimit-Global") == "true")
            #expect(limited.header("X-RateLimit-Scope") == "global")
            #expect(limited.header("Retry-After") == "1")
            #expect(limited.object["global"] as? Bool == true)
            #expect((limited.object["retry_after"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        }
    }

    @Test("discordLike: five posts per channel, then 429")
    func discordLikeCreateMessage() async throws {
        var options = SimulatorOptions.testing
        options.rateLimits = .discordLike
        try await withSimulator(options) { sim, client in
            let jobs = sim.channelID(named: "jobs")!
            var statuses: [Int] = []
            for index in 0..<6 {
                statuses.append(try await client.send("POST", "/channels/\(jobs)/messages", json: ["content": "repost \(index)"]).status)
            }
            #expect(statuses == [200, 200, 200, 200, 200, 429])
        }
    }
}
