import DiscordSimulator
import Foundation
import Testing
@testable import DiscordREST

/// The client against the simulator's real buckets: it paces itself from the
/// headers so that Discord never has to say 429, and waits out the 429s that
/// come anyway.
@Suite struct RateLimitTests {
    static func deleteBucket(limit: Int, per window: Duration) -> SimulatorOptions {
        var table = RateLimitTable.discordLike
        table.deleteMessage = RateLimit(limit, per: window)
        return SimulatorOptions(rateLimits: table, backlogPerChannel: 0)
    }

    @Test func aBurstOf40DeletesAgainstA5PerSecondBucketGetsNo429() async throws {
        let waits = EventLog()
        try await withSimulator(Self.deleteBucket(limit: 5, per: .seconds(1)), client: { $0.onRateLimit = waits.append }) { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            // Old enough to share the "recent" age class, so all 40 are one bucket.
            let ids = (1...40).map {
                Snowflake(sim.postMessage("spam \($0)", author: author, channel: channel.description, at: Date().addingTimeInterval(-60)))!
            }
            sim.clearRecord()
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ids { group.addTask { try await client.deleteMessage(in: channel, id: id) } }
                try await group.waitForAll()
            }
            let elapsed = ContinuousClock.now - started
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.count == 40)
            #expect(deletes.allSatisfy { $0.status == 204 }, "statuses: \(Set(deletes.map(\.status)))")
            #expect(Set(sim.snapshot().deletedMessageIDs).isSuperset(of: ids.map(\.description)))
            #expect(elapsed >= .seconds(6), "40 at 5 per second needs at least 7 windows")
            #expect(waits.all.contains { $0.cause == .bucketExhausted })
        }
    }

    @Test func addingAndRemovingReactionsShareOneBucketFromTheStart() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let message = Snowflake(sim.postMessage("react to me", author: author, channel: channel.description))!
            for _ in 0..<3 {
                try await client.addReaction(in: channel, message: message, emoji: "⚠️")
                try await client.removeOwnReaction(in: channel, message: message, emoji: "⚠️")
            }
            let reactions = sim.recordedRequests().filter { $0.path.contains("/reactions/") }
            #expect(reactions.count == 6 && reactions.allSatisfy { $0.status == 204 }, "statuses: \(reactions.map(\.status))")
        }
    }

    @Test func bucketsOfDifferentChannelsDoNotWaitForEachOther() async throws {
        // A 20-second window: a wait would be unmistakable, whatever the machine's load.
        try await withSimulator(Self.deleteBucket(limit: 2, per: .seconds(20))) { sim, client in
            let author = try #require(sim.userID(named: sim.someUserName))
            let general = try sim.channel("general"), random = try sim.channel("random")
            let a = (1...2).map { _ in Snowflake(sim.postMessage("a", author: author, channel: general.description, at: Date().addingTimeInterval(-60)))! }
            let b = (1...2).map { _ in Snowflake(sim.postMessage("b", author: author, channel: random.description, at: Date().addingTimeInterval(-60)))! }
            let started = ContinuousClock.now
            for id in a { try await client.deleteMessage(in: general, id: id) }
            for id in b { try await client.deleteMessage(in: random, id: id) }
            #expect(ContinuousClock.now - started < .seconds(10), "two buckets of 2 each: no wait at all")
        }
    }

    @Test func anInjectedRoute429IsWaitedOutAndRetried() async throws {
        let waits = EventLog()
        try await withSimulator(client: { $0.onRateLimit = waits.append }) { sim, client in
            sim.inject(.rateLimited(retryAfter: 0.4, global: false), route: RouteMatcher(method: "GET", path: "/users/@me"))
            let started = ContinuousClock.now
            let me = try await client.currentUser()
            #expect(me.bot)
            #expect(ContinuousClock.now - started >= .milliseconds(380))
            #expect(sim.requests("GET", containing: "/users/@me").map(\.status) == [429, 200])
            #expect(waits.all.map(\.cause) == [.tooManyRequests])
        }
    }

    @Test func aGlobal429PausesEveryRoute() async throws {
        let waits = EventLog()
        try await withSimulator(client: { $0.onRateLimit = waits.append }) { sim, client in
            let general = try sim.channel("general")
            sim.inject(.rateLimited(retryAfter: 0.5, global: true), route: RouteMatcher(method: "GET", path: "/users/@me"))
            let started = ContinuousClock.now
            _ = try await client.currentUser()
            // A different route, another bucket: still held by the global pause.
            let channelStarted = ContinuousClock.now
            _ = try await client.channel(general)
            #expect(ContinuousClock.now - started >= .milliseconds(480))
            #expect(channelStarted - started >= .milliseconds(480))
            #expect(waits.all.contains { $0.cause == .globalPause })
            #expect(sim.recordedRequests().filter { $0.status == 429 }.count == 1)
        }
    }

    @Test func aCloudflare429WithoutJSONPausesEverything() async throws {
        try await withSimulator { sim, client in
            sim.inject(.cloudflare429, route: RouteMatcher(path: "/users/@me"))
            let started = ContinuousClock.now
            _ = try await client.currentUser()
            #expect(ContinuousClock.now - started >= .milliseconds(900), "Retry-After in whole seconds")
            #expect(sim.requests("GET", containing: "/users/@me").map(\.status) == [429, 200])
        }
    }

    @Test func aWaitLongerThanTheClientAcceptsIsSurfaced() async throws {
        try await withSimulator(client: { $0.maxRateLimitWait = .seconds(5) }) { sim, client in
            sim.inject(.rateLimited(retryAfter: 60, global: false), route: RouteMatcher(path: "/users/@me"))
            let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
            guard case .rateLimited(_, let wait, false)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(wait == .seconds(60))
        }
    }

    @Test func theClientPacesItselfUnderTheGlobalLimit() async throws {
        var options = SimulatorOptions(backlogPerChannel: 0)
        options.globalLimitPerSecond = 10
        try await withSimulator(options, client: { $0.globalRequestsPerSecond = 10 }) { sim, client in
            let channels = try ["general", "help", "jobs", "random", "showcase"].map { try sim.channel($0) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<25 { group.addTask { _ = try await client.channel(channels[index % 5]) } }
                try await group.waitForAll()
            }
            let statuses = sim.recordedRequests().map(\.status)
            #expect(sim.recordedRequests().allSatisfy { $0.status == 200 }, "no global 429: \(statuses)")
        }
    }

    @Test func serverErrorsAreRetriedWithBackoffThenSurfaced() async throws {
        try await withSimulator { sim, client in
            sim.inject(.status(502, code: 0, message: "Bad Gateway"), route: RouteMatcher(path: "/users/@me"), count: 2)
            _ = try await client.currentUser()
            #expect(sim.requests("GET", containing: "/users/@me").map(\.status) == [502, 502, 200])

            sim.clearRecord()
            sim.inject(.status(500, code: 0, message: "Internal"), route: RouteMatcher(path: "/users/@me"), count: 10)
            let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
            #expect(error?.status == 500)
            #expect(sim.requests("GET", containing: "/users/@me").count == 4, "the first try and three retries")
        }
    }

    @Test func otherErrorStatusesAreNotRetried() async throws {
        try await withSimulator { sim, client in
            sim.inject(.status(503, code: 130000, message: "API resource is currently overloaded."), route: RouteMatcher(path: "/users/@me"))
            let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
            #expect(error?.code == .apiOverloaded)
            #expect(sim.requests("GET", containing: "/users/@me").count == 1)
        }
    }

    @Test func a401StopsTheClientForGood() async throws {
        let sim = try await DiscordSimulator.start(SimulatorOptions(backlogPerChannel: 0))
        defer { Task { await sim.stop() } }
        let client = DiscordClient(configuration: .init(token: BotToken("wrong-token"), apiBase: sim.baseURL))
        let first = await #expect(throws: DiscordError.self) { try await client.currentUser() }
        #expect(first == .invalidToken)
        #expect(first?.description.contains("DISCORD_BOT_TOKEN") == true)
        #expect(client.isStopped)
        for _ in 0..<3 {
            await #expect(throws: DiscordError.invalidToken) { _ = try await client.channel(try sim.channel("general")) }
        }
        #expect(sim.recordedRequests().count == 1, "nothing sent after the 401")
    }

    @Test func theInvalidRequestBudgetHoldsBackBeforeDiscordWould() async throws {
        try await withSimulator(client: { $0.invalidRequestBudget = 3 }) { sim, client in
            let channel = try sim.channel("general")
            sim.setBotPermissions(channel: channel.description, allow: 0, deny: Permissions.viewChannel.rawValue)
            for _ in 0..<3 { await #expect(throws: DiscordError.self) { _ = try await client.messages(in: channel) } }
            let error = await #expect(throws: DiscordError.self) { _ = try await client.currentUser() }
            guard case .invalidRequestBudgetExhausted? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(sim.recordedRequests().count == 3)
        }
    }
}
