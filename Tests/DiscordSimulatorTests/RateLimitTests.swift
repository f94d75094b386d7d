import DiscordSimulator
import Foundation
import Testing

@Suite("Rate limits")
struct RateLimitTests {
    @Test("every response carries bucket headers; overrunning a bucket gives a real 429; buckets are per channel")
    func bucketOverrun() async throws {
        var options = SimulatorOptions.testing
        // A minute-long window: no window can end between the test's requests, however slow the machine.
        options.rateLimits.deleteMessage = RateLimit(2, per: .seconds(60))
        try await withSimulator(options) { sim, client in
            let general = sim.channelID(named: "general")!
            let help = sim.channelID(named: "help")!
            let author = sim.userID(named: "nitro_drops")!
            let spam = (0..<4).map { _ in sim.postMessage("spam", author: author, channel: general) }
            let elsewhere = sim.postMessage("spam", author: author, channel: help)

            let first = try await client.send("DELETE", "/channels/\(general)/messages/\(spam[0])")
            let answered = Date()
            #expect(first.status == 204)
            #expect(first.header("X-RateLimit-Limit") == "2")
            #expect(first.header("X-RateLimit-Remaining") == "1")
            let resetAfter = try #require(Double(first.header("X-RateLimit-Reset-After") ?? ""))
            #expect(resetAfter > 0 && resetAfter <= 60)
            #expect(first.header("X-RateLimit-Reset-After")?.split(separator: ".").last?.count == 3)
            // Reset is the window's end on the server's clock: Reset-After from the moment the
            // server counted the request, which lies between its arrival and the answer.
            let reset = try #require(Double(first.header("X-RateLimit-Reset") ?? ""))
            let arrived = try #require(sim.recordedRequests().first?.at)
            let counted = reset - resetAfter
            #expect(counted >= arrived.timeIntervalSince1970 - 0.005 && counted <= answered.timeIntervalSince1970 + 0.005,
                    "Reset \(reset) - Reset-After \(resetAfter) is not between \(arrived.timeIntervalSince1970) and \(answered.timeIntervalSince1970)")
            let bucket = try #require(first.header("X-RateLimit-Bucket"))

            let second = try await client.send("DELETE", "/channels/\(general)/messages/\(spam[1])")
            #expect(second.status == 204)
            #expect(second.header("X-RateLimit-Remaining") == "0")
            #expect(second.header("X-RateLimit-Bucket") == bucket)

            let limited = try await client.send("DELETE", "/channels/\(general)/messages/\(spam[2])")
            #expect(limited.status == 429)
            #expect(limited.header("X-RateLimit-Scope") == "user")
            #expect(limited.header("X-RateLimit-Global") == nil)
            #expect(limited.header("X-RateLimit-Bucket") == bucket)
            #expect(limited.object["message"] as? String == "You are being rate limited.")
            #expect(limited.object["global"] as? Bool == false)
            let retryAfter = try #require(limited.object["retry_after"] as? Double)
            #expect(retryAfter > 0 && retryAfter <= 60)
            #expect(limited.header("Retry-After") == String(Int(retryAfter.rounded(.up))), "Retry-After is retry_after in whole seconds, rounded up")
            #expect(sim.snapshot().message(id: spam[2]) != nil)

            // Another channel has its own bucket.
            let other = try await client.send("DELETE", "/channels/\(help)/messages/\(elsewhere)")
            #expect(other.status == 204)
            #expect(other.header("X-RateLimit-Remaining") == "1")

            // Errors count and carry headers too; routes outside the class have their own bucket.
            let me = try await client.get("/users/@me")
            #expect(me.header("X-RateLimit-Bucket") != bucket)
            #expect(me.header("X-RateLimit-Limit") == "1000")
        }
    }

    @Test("after its reset, an exhausted bucket admits requests again")
    func bucketResets() async throws {
        var options = SimulatorOptions.testing
        options.rateLimits.deleteMessage = RateLimit(1, per: .milliseconds(300))
        try await withSimulator(options) { sim, client in
            let general = sim.channelID(named: "general")!
            let author = sim.userID(named: "nitro_drops")!
            func delete(_ id: String) async throws -> Reply {
                try await client.send("DELETE", "/channels/\(general)/messages/\(id)")
            }
            // Two deletes back to back; again if a slow machine let the window end between them.
            var limited: (id: String, reply: Reply)?
            for _ in 0..<50 where limited == nil {
                let pair = (0..<2).map { _ in sim.postMessage("spam", author: author, channel: general) }
                _ = try await delete(pair[0])
                let reply = try await delete(pair[1])
                if reply.status == 429 { limited = (pair[1], reply) }
            }
            let (id, reply) = try #require(limited, "no two deletes ever fell into one 300 ms window")
            #expect(sim.snapshot().message(id: id) != nil, "a 429 has no effect")

            // Retry as the 429 says, until the bucket has reset: a later window admits it.
            var retryAfter = try #require(reply.object["retry_after"] as? Double)
            var status = reply.status
            let deadline = ContinuousClock.now + .seconds(30)
            while status == 429, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(Int((retryAfter * 1000).rounded(.up))))
                let again = try await delete(id)
                status = again.status
                retryAfter = again.object["retry_after"] as? Double ?? 0
            }
            #expect(status == 204)
            #expect(sim.snapshot().message(id: id) == nil)
        }
    }

    @Test("the global limit answers 429 with X-RateLimit-Global and scope global")
    func globalLimit() async throws {
        var options = SimulatorOptions.testing
        // Two per minute: the three requests fall into one window, however slow the machine.
        options.globalLimitPerSecond = 2
        options.globalLimitWindow = .seconds(60)
        try await withSimulator(options) { _, client in
            var replies: [Reply] = []
            for _ in 0..<3 { replies.append(try await client.get("/users/@me")) }
            #expect(replies.prefix(2).allSatisfy { $0.status == 200 })
            let limited = try #require(replies.last)
            #expect(limited.status == 429)
            #expect(limited.header("X-RateLimit-Global") == "true")
            #expect(limited.header("X-RateLimit-Scope") == "global")
            #expect(limited.object["global"] as? Bool == true)
            let retryAfter = try #require(limited.object["retry_after"] as? Double)
            #expect(retryAfter > 0 && retryAfter <= 60)
            #expect(limited.header("Retry-After") == String(Int(retryAfter.rounded(.up))))
        }
    }

    @Test("the global window is one second by default")
    func globalLimitDefaultWindow() async throws {
        var options = SimulatorOptions.testing
        options.globalLimitPerSecond = 1
        try await withSimulator(options) { _, client in
            // The first request opens a window; send more until one lands in it.
            var limited: Reply?
            for _ in 0..<50 where limited == nil {
                let reply = try await client.get("/users/@me")
                if reply.status == 429 { limited = reply }
            }
            let reply = try #require(limited, "no two requests ever fell into one one-second window")
            #expect(reply.header("Retry-After") == "1")
            #expect((reply.object["retry_after"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        }
    }

    @Test("discordLike: five posts per channel, then 429")
    func discordLikeCreateMessage() async throws {
        var options = SimulatorOptions.testing
        options.rateLimits = .discordLike
        try await withSimulator(options) { sim, client in
            let jobs = sim.channelID(named: "jobs")!
            // Post until the first 429 (a slow machine may let a five-second window end first).
            var replies: [Reply] = []
            while replies.last?.status != 429, replies.count < 60 {
                replies.append(try await client.send("POST", "/channels/\(jobs)/messages", json: ["content": "repost \(replies.count)"]))
            }
            #expect(replies.last?.status == 429)
            #expect(replies.dropLast().allSatisfy { $0.status == 200 && $0.header("X-RateLimit-Limit") == "5" })
            // The window the 429 fell in admitted exactly five.
            #expect(replies.dropLast().suffix(5).map { $0.header("X-RateLimit-Remaining") } == ["4", "3", "2", "1", "0"])
            #expect((replies.last?.object["retry_after"] as? Double).map { $0 > 0 && $0 <= 5 } == true)
        }
    }

    @Test("deleting messages has an extra limit per age class and channel, answered 429 with the channel bucket's headers")
    func deleteAgeLimits() async throws {
        var options = SimulatorOptions.testing
        // Minute-long windows: none can end between the test's requests, however slow the machine.
        options.rateLimits.deleteMessage = RateLimit(5, per: .seconds(60))
        options.deleteAgeLimits = DeleteAgeLimits(old: RateLimit(1, per: .seconds(60)))
        try await withSimulator(options) { sim, client in
            let general = sim.channelID(named: "general")!, help = sim.channelID(named: "help")!
            let author = sim.userID(named: "nitro_drops")!
            let longAgo = Date().addingTimeInterval(-15 * 86_400)
            let old = (0..<2).map { _ in sim.postMessage("old spam", author: author, channel: general, at: longAgo) }
            let new = sim.postMessage("new spam", author: author, channel: general)
            let oldElsewhere = sim.postMessage("old spam", author: author, channel: help, at: longAgo)

            let first = try await client.send("DELETE", "/channels/\(general)/messages/\(old[0])")
            #expect(first.status == 204 && first.header("X-RateLimit-Remaining") == "4")
            let limited = try await client.send("DELETE", "/channels/\(general)/messages/\(old[1])")
            #expect(limited.status == 429)
            #expect(limited.header("X-RateLimit-Remaining") == "4", "the channel's bucket as it stands: the refused delete is not counted")
            #expect(limited.header("X-RateLimit-Bucket") == first.header("X-RateLimit-Bucket"))
            #expect((limited.object["retry_after"] as? Double).map { $0 > 1 && $0 <= 60 } == true, "until the age class's window ends")
            #expect(sim.snapshot().message(id: old[1]) != nil)

            let fresh = try await client.send("DELETE", "/channels/\(general)/messages/\(new)")
            #expect(fresh.status == 204 && fresh.header("X-RateLimit-Remaining") == "3", "a new message's delete is another class")
            let elsewhere = try await client.send("DELETE", "/channels/\(help)/messages/\(oldElsewhere)")
            #expect(elsewhere.status == 204, "per channel")
        }
        #expect(SimulatorOptions().deleteAgeLimits == .discordLike && DeleteAgeLimits.discordLike.old == RateLimit(30, per: .seconds(120)))
        #expect(DeleteAgeLimits.discordLike.new == nil && DeleteAgeLimits.discordLike.recent == nil)
    }
}
