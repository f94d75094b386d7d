import DiscordSimulator
import Foundation
import Synchronization
import Testing
@testable import DiscordREST

/// A client that starts after another one knows what that one learnt about
/// the buckets, through the persistence hook, and so meets no 429.
@Suite struct RateLimitPersistenceTests {
    /// Keeps the state in memory, as the store does across processes.
    final class Memory: RateLimitPersistence {
        let state = Mutex(RateLimitState())
        func load() async -> RateLimitState { state.withLock { $0 } }
        func save(_ changes: RateLimitState) async {
            state.withLock { state in
                state.routes.merge(changes.routes) { _, new in new }
                state.buckets.merge(changes.buckets) { _, new in new }
                state.globalResumeAt = changes.globalResumeAt ?? state.globalResumeAt
            }
        }
    }

    @Test func aNewClientWaitsForTheBucketAnEarlierClientEmptied() async throws {
        var table = RateLimitTable.discordLike
        table.deleteMessage = RateLimit(2, per: .seconds(2))
        try await withSimulator(SimulatorOptions(rateLimits: table, backlogPerChannel: 0)) { sim, _ in
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let ids = (1...4).map {
                Snowflake(sim.postMessage("spam \($0)", author: author, channel: channel.description, at: Date().addingTimeInterval(-60)))!
            }
            let memory = Memory()
            func freshClient() -> DiscordClient {
                DiscordClient(configuration: .init(token: BotToken(sim.botToken), apiBase: sim.baseURL), rateLimits: memory)
            }
            sim.clearRecord()
            // Each delete from a client of its own, as back-to-back processes would send them.
            for id in ids { try await freshClient().deleteMessage(in: channel, id: id) }
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.count == 4 && deletes.allSatisfy { $0.status == 204 }, "statuses: \(deletes.map(\.status))")
            #expect(!memory.state.withLock { $0.routes.isEmpty }, "the bucket hash was shared")
        }
    }
}
