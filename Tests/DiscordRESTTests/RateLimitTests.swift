import DiscordSimulator
import Foundation
import Testing
import TestSupport
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
            let ids = (1...40).map {
                Snowflake(sim.postMessage("spam \($0)", author: author, channel: channel.description, at: Date().addingTimeInterval(-60)))!
            }
            sim.clearRecord()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ids { group.addTask { try await client.deleteMessage(in: channel, id: id) } }
                try await group.waitForAll()
            }
            // The simulator counts each request against the bucket's window and
            // answers 429 to the sixth in one: forty 204s mean the client never
            // sent more than five a window, so it paced itself over eight windows.
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.count == 40, "each delete sent once")
            #expect(deletes.allSatisfy { $0.status == 204 }, "no 429: \(deletes.map(\.status))")
            #expect(Set(sim.snapshot().deletedMessageIDs).isSuperset(of: ids.map(\.description)))
            #expect(waits.all.contains { $0.cause == .bucketExhausted }, "the client waited for the bucket's reset")
            #expect(!waits.all.contains { $0.cause == .tooManyRequests })
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
        let waits = EventLog()
        // A 20-second window: two deletes in #general empty its bucket for the rest of the test.
        try await withSimulator(Self.deleteBucket(limit: 2, per: .seconds(20)), client: { $0.onRateLimit = waits.append }) { sim, client in
            let author = try #require(sim.userID(named: sim.someUserName))
            let general = try sim.channel("general"), random = try sim.channel("random")
            let a = (1...2).map { _ in Snowflake(sim.postMessage("a", author: author, channel: general.description, at: Date().addingTimeInterval(-60)))! }
            let b = (1...2).map { _ in Snowflake(sim.postMessage("b", author: author, channel: random.description, at: Date().addingTimeInterval(-60)))! }
            for id in a { try await client.deleteMessage(in: general, id: id) }
            for id in b { try await client.deleteMessage(in: random, id: id) }
            #expect(waits.all.isEmpty, "two buckets of 2 each: no wait at all: \(waits.all)")
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.map(\.status) == [204, 204, 204, 204])
        }
    }

    @Test func anInjectedRoute429IsWaitedOutAndRetried() async throws {
        let waits = EventLog()
        try await withSimulator(client: { $0.onRateLimit = waits.append }) { sim, client in
            // The simulator keeps the bucket empty for the 0.4 s: a retry sent sooner would get a second 429.
            sim.inject(.rateLimited(retryAfter: 0.4, global: false), route: RouteMatcher(method: "GET", path: "/users/@me"))
            let me = try await client.currentUser()
            #expect(me.bot)
            #expect(sim.requests("GET", containing: "/users/@me").map(\.status) == [429, 200], "one 429: the retry waited it out")
            // (The wait is reported only if the retry comes before the reset, which a stalled machine may miss.)
            #expect(waits.all.allSatisfy { $0.cause == .tooManyRequests }, "\(waits.all)")
        }
    }

    /// The fault soak's one 429 in CI: a 429 on the channel's message list
    /// emptied the bucket GET-one-message shares with it, and the executor's
    /// first read of one message (checking an unreadable answer) went straight
    /// into it, since nothing had yet told the client the two routes share.
    @Test func aRouteNotYetNamedWaitsOutItsChannelsEmptyBuckets() async throws {
        let waits = EventLog()
        try await withSimulator(client: { $0.onRateLimit = waits.append }) { sim, client in
            let general = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let posted = try #require(Snowflake(sim.postMessage("hello", author: author, channel: general.description)))
            // The simulator keeps the channel's read bucket empty for the second, for both routes.
            sim.inject(.rateLimited(retryAfter: 1, global: false), route: RouteMatcher(method: "GET", path: "/channels/*/messages"))
            async let listed = client.messages(in: general, limit: 10)
            try await waitUntil("the client has read the 429 and holds the list's bucket") {
                waits.all.contains { $0.cause == .tooManyRequests }
            }
            let message = try await client.message(in: general, id: posted)
            #expect(message.id == posted)
            #expect(try await listed.map(\.id) == [posted])
            #expect(sim.requests("GET", containing: "/messages/\(posted)").map(\.status) == [200], "no 429: it waited out the shared bucket")
            #expect(waits.all.filter { $0.route.contains("/messages/\(posted)") }.count == 1, "\(waits.all)")
        }
    }

    @Test func aGlobal429PausesEveryRoute() async throws {
        let waits = EventLog()
        try await withSimulator(client: { $0.onRateLimit = waits.append }) { sim, client in
            let general = try sim.channel("general")
            // The simulator answers every route 429 for the 0.5 s: a request sent sooner would get a second 429.
            sim.inject(.rateLimited(retryAfter: 0.5, global: true), route: RouteMatcher(method: "GET", path: "/users/@me"))
            _ = try await client.currentUser()
            // A different route, another bucket: still held by the global pause.
            _ = try await client.channel(general)
            #expect(sim.recordedRequests().map(\.status) == [429, 200, 200], "one 429: nothing was sent during the pause")
            #expect(waits.all.allSatisfy { $0.cause == .globalPause }, "\(waits.all)")
        }
    }

    @Test func aCloudflare429WithoutJSONPausesEverything() async throws {
        let waits = EventLog()
        try await withSimulator(client: { $0.onRateLimit = waits.append }) { sim, client in
            sim.inject(.cloudflare429, route: RouteMatcher(path: "/users/@me"))
            _ = try await client.currentUser()
            let requests = sim.requests("GET", containing: "/users/@me")
            #expect(requests.map(\.status) == [429, 200])
            // No Retry-After to read: the client pauses everything for a second.
            #expect(waits.all.allSatisfy { $0.cause == .globalPause && $0.wait <= .seconds(1) }, "\(waits.all)")
            // Seen from the server: the retry arrived a second or more after the 429's request
            // (the client counts from the answer, which came later still).
            if requests.count == 2 {
                #expect(requests[1].at.timeIntervalSince(requests[0].at) >= 0.999, "retried \(requests[1].at.timeIntervalSince(requests[0].at)) s later")
            }
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

    @Test func deletesOfNewAndOlderMessagesInOneChannelShareItsBucket() async throws {
        try await withSimulator(Self.deleteBucket(limit: 2, per: .seconds(2))) { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let post = { (text: String, at: Date?) in Snowflake(sim.postMessage(text, author: author, channel: channel.description, at: at))! }
            let minuteOld = Date().addingTimeInterval(-60)
            // Old, new, old: the third finds the bucket the first two emptied, whatever their ages.
            for id in [post("old 1", minuteOld), post("new", nil), post("old 2", minuteOld)] {
                try await client.deleteMessage(in: channel, id: id)
            }
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.map(\.status) == [204, 204, 204], "one bucket for the channel's deletes: \(deletes.map(\.status))")
        }
    }

    /// A simulator whose channel delete bucket never runs out in a test, with a tight extra limit on deleting old messages.
    static func oldDeleteLimit(channel: RateLimit = RateLimit(10, per: .seconds(60))) -> SimulatorOptions {
        var options = deleteBucket(limit: channel.limit, per: channel.window)
        options.deleteAgeLimits = DeleteAgeLimits(old: RateLimit(1, per: .seconds(60)))
        return options
    }

    @Test func a429OnDeletingAnOldMessageHoldsOldDeletesInTheChannelButNotNewOnes() async throws {
        let waits = EventLog()
        // A short longest wait: the 429's minute-long retry_after is thrown, not slept.
        try await withSimulator(Self.oldDeleteLimit(), client: { $0.onRateLimit = waits.append; $0.maxRateLimitWait = .seconds(5) }) { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let post = { (text: String, at: Date?) in Snowflake(sim.postMessage(text, author: author, channel: channel.description, at: at))! }
            let longAgo = Date().addingTimeInterval(-15 * 86_400)
            let old = [post("old 1", longAgo), post("old 2", longAgo), post("old 3", longAgo)]
            try await client.deleteMessage(in: channel, id: old[0])
            await #expect(throws: DiscordError.self) { try await client.deleteMessage(in: channel, id: old[1]) }
            #expect(sim.requests("DELETE", containing: "/messages/").map(\.status) == [204, 429])

            // The channel's count has room: a new message's delete goes at once.
            try await client.deleteMessage(in: channel, id: post("new", nil))
            #expect(waits.all.isEmpty, "nothing held the new delete: \(waits.all)")
            #expect(sim.requests("DELETE", containing: "/messages/").map(\.status) == [204, 429, 204])

            // The next old delete waits for the age class, unsent.
            let held = Task { try await client.deleteMessage(in: channel, id: old[2]) }
            try await waitUntil("the third old delete waits") { waits.all.contains { $0.route.hasSuffix("/\(old[2])") } }
            #expect(waits.all.map(\.cause) == [.tooManyRequests])
            #expect(sim.requests("DELETE", containing: "/\(old[2])").isEmpty)
            held.cancel()
            _ = await held.result
        }
    }

    @Test func theChannelsCountStillHoldsDeletesOfEveryAgeWhenAgeClassesAreHeldApart() async throws {
        let waits = EventLog()
        try await withSimulator(Self.oldDeleteLimit(channel: RateLimit(2, per: .seconds(60))), client: { $0.onRateLimit = waits.append }) { sim, client in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let post = { (text: String, at: Date?) in Snowflake(sim.postMessage(text, author: author, channel: channel.description, at: at))! }
            let longAgo = Date().addingTimeInterval(-15 * 86_400)
            try await client.deleteMessage(in: channel, id: post("new 1", nil))
            try await client.deleteMessage(in: channel, id: post("old 1", longAgo))
            // The two spent the channel's two: a third of either age waits for its reset, unsent.
            for (n, id) in [post("new 2", nil), post("old 2", longAgo)].enumerated() {
                let task = Task { try await client.deleteMessage(in: channel, id: id) }
                try await waitUntil("delete \(id) waits") { waits.all.count == n + 1 }
                task.cancel()
                _ = await task.result
            }
            #expect(waits.all.map(\.cause) == [.bucketExhausted, .bucketExhausted])
            #expect(sim.requests("DELETE", containing: "/messages/").map(\.status) == [204, 204])
        }
    }
}
