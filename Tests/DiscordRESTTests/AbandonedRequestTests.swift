import DiscordSimulator
import Foundation
import Synchronization
import Testing
@testable import DiscordREST

/// A request the client gives up on (a timeout, a dropped connection) may
/// still be counted by Discord, before or after the client's next request:
/// the client takes it as spent, so the next one waits for the reset instead
/// of drawing a 429 (issue 12's fault soak saw such 429s).
@Suite struct AbandonedRequestTests {
    @Test func aRequestCountedButNeverAnsweredLeavesTheNextToWaitForTheReset() async throws {
        try await withLosingClient { sim, client, transport, ids in
            try await client.deleteMessage(in: ids.channel, id: ids.messages[0])
            // Counted by the simulator (its window is now full), answer lost.
            transport.loseAnswer(to: ids.messages[1])
            await #expect(throws: DiscordError.self) { try await client.deleteMessage(in: ids.channel, id: ids.messages[1]) }
            try await client.deleteMessage(in: ids.channel, id: ids.messages[2])
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.map(\.status) == [204, 204, 204], "the third waited for the reset: \(deletes.map(\.status))")
        }
    }

    @Test func aRequestCountedOnlyAfterTheNextAnswerStillCounts() async throws {
        try await withLosingClient(limit: 3) { sim, client, transport, ids in
            try await client.deleteMessage(in: ids.channel, id: ids.messages[0])
            // Given up on at once; it reaches the simulator only after the next request's answer.
            transport.delayUntilReleased(ids.messages[1])
            await #expect(throws: DiscordError.self) { try await client.deleteMessage(in: ids.channel, id: ids.messages[1]) }
            try await client.deleteMessage(in: ids.channel, id: ids.messages[2])
            try await transport.release()
            // The third answer said one left, but the late one took it: the fourth waits for the reset.
            try await client.deleteMessage(in: ids.channel, id: ids.messages[3])
            let deletes = sim.requests("DELETE", containing: "/messages/")
            #expect(deletes.map(\.status) == [204, 204, 204, 204], "the fourth waited for the reset: \(deletes.map(\.status))")
        }
    }

    /// The ids a test deletes: four messages a minute old in #general.
    struct Targets {
        var channel: Snowflake
        var messages: [Snowflake]
    }

    /// A simulator whose delete bucket holds `limit` per two seconds, and a client whose transport can lose answers.
    func withLosingClient(limit: Int = 2, _ body: (DiscordSimulator, DiscordClient, LosingTransport, Targets) async throws -> Void)
        async throws
    {
        let sim = try await DiscordSimulator.start(RateLimitTests.deleteBucket(limit: limit, per: .seconds(2)))
        let transport = LosingTransport()
        let client = DiscordClient(configuration: .init(token: BotToken(sim.botToken), apiBase: sim.baseURL), transport: transport)
        do {
            let channel = try sim.channel("general")
            let author = try #require(sim.userID(named: sim.someUserName))
            let messages = (1...4).map {
                Snowflake(sim.postMessage("spam \($0)", author: author, channel: channel.description, at: Date().addingTimeInterval(-60)))!
            }
            try await body(sim, client, transport, Targets(channel: channel, messages: messages))
        } catch {
            await sim.stop()
            throw error
        }
        await sim.stop()
    }
}

/// Real HTTP, except for one chosen request: either its answer is lost (the
/// server counted it, the client hears a timeout), or the client hears a
/// timeout at once and the request reaches the server only on `release()`.
final class LosingTransport: HTTPTransport {
    private let real = CurlTransport()
    private let lost = Mutex<String?>(nil)
    private let delayed = Mutex<HTTPRequest?>(nil)
    private let delayedSuffix = Mutex<String?>(nil)

    func loseAnswer(to message: Snowflake) { lost.withLock { $0 = "/\(message)" } }
    func delayUntilReleased(_ message: Snowflake) { delayedSuffix.withLock { $0 = "/\(message)" } }

    /// Sends the held request now and waits for the server to answer it.
    func release() async throws {
        let request = try #require(delayed.withLock { $0 }, "a request was held")
        _ = try await real.send(request)
    }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let timeout = TransportError(failure: .timedOut, host: "127.0.0.1")
        if let suffix = delayedSuffix.withLock({ $0 }), request.url.hasSuffix(suffix) {
            delayed.withLock { $0 = request }
            throw timeout
        }
        let response = try await real.send(request)
        if let suffix = lost.withLock({ $0 }), request.url.hasSuffix(suffix) { throw timeout }
        return response
    }
}
