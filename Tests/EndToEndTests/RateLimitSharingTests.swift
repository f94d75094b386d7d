import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// Short-lived processes share what they learnt about Discord through the
/// store: back-to-back `queue approve`s neither run into 429s a predecessor
/// could have foreseen, nor ask Discord who the bot is every time.
@Suite struct RateLimitSharingTests {
    typealias Setup = EngineCommandTests.Setup

    @Test func thirtyBackToBackApprovesMeetNo429AndAskForSetupOnce() async throws {
        // Small buckets: an audit message and a delete per approve outrun them within a few processes.
        let limits = RateLimitTable.discordLike
            .with(.createMessage, RateLimit(3, per: .seconds(1)))
            .with(.deleteMessage, RateLimit(3, per: .seconds(1)))
        let setup = try await Setup.make(SimulatorOptions(rateLimits: limits, backlogPerChannel: 0))
        let sim = setup.sim
        // One scam per author (one author's would be one cross-post), half in each
        // watched channel (the first poll reads 20 a channel).
        let count = 30
        let authors = sim.usernames.filter { !["kenji.owner", "mira.mod"].contains($0) }.prefix(count)
        for (index, author) in authors.enumerated() {
            try setup.post("🎁 FREE NITRO number \(index) for everyone! claim now: https://disc0rd-gift.com/claim/\(index) @everyone",
                           as: author, in: index.isMultiple(of: 2) ? "general" : "help")
        }
        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")
        let pending = try #require(try await setup.json(["queue", "list", "--json"]) as? [[String: Any]])
        let ids = pending.compactMap { $0["id"] as? Int }
        #expect(ids.count == count, "\(pending.count) pending")

        sim.clearRecord()
        for id in ids {
            let approve = try await setup.run(["queue", "approve", String(id), "--no-dm"])
            #expect(approve.status == 0, "\(approve.stdout)\(approve.stderr)")
        }
        let record = sim.recordedRequests()
        let tooMany = record.filter { $0.status == 429 }
        let timeline = record.map { "\($0.at.timeIntervalSince1970) \($0.status) \($0.method) \($0.apiPath)" }.joined(separator: "\n")
        #expect(tooMany.isEmpty, "\(tooMany.count) 429s: \(tooMany.map { "\($0.method) \($0.apiPath)" })\n\(timeline)")
        let setupRequests = record.filter { $0.method == "GET" && ($0.apiPath == "/users/@me" || $0.apiPath.hasPrefix("/channels/") && !$0.apiPath.contains("/messages")) }
        #expect(setupRequests.count <= 1, "set-up requests: \(setupRequests.map { "\($0.method) \($0.apiPath)" })")
        #expect(record.filter { $0.method == "DELETE" }.count == count, "every approve deleted its message")
        await setup.finish()
    }
}
