import DiscordREST
import DiscordSimulator
import Foundation
import Testing
@testable import Engine

/// A simulated guild on loopback, a fresh SQLite store in a temporary
/// directory, and a way to make engines on them (real HTTP, real SQLite).
struct EngineHarness {
    let simulator: DiscordSimulator
    let directory: String
    var configuration: Configuration

    var storePath: String { directory + "/store.sqlite" }

    func channel(_ name: String) throws -> Snowflake {
        try #require(simulator.channelID(named: name).flatMap { Snowflake($0) }, "no channel #\(name)")
    }

    func user(_ name: String) throws -> String {
        try #require(simulator.userID(named: name), "no user \(name)")
    }

    /// Posts as a user in a channel (by names); returns the message id.
    @discardableResult
    func post(_ text: String, as author: String = "swiftlyjen", in channel: String = "general") throws -> Snowflake {
        let id = simulator.postMessage(text, author: try user(author), channel: try self.channel(channel).description)
        return try #require(Snowflake(id))
    }

    func openStore() throws -> Store { try Store(path: storePath) }

    /// A started engine on the shared store; `adjust` changes its settings.
    func engine(_ adjust: (inout EngineSettings) -> Void = { _ in }) async throws -> ModerationEngine {
        var configuration = self.configuration
        adjust(&configuration.engine)
        let engine = try unstartedEngine(configuration)
        try await engine.start()
        return engine
    }

    /// An engine on the shared store that was never started (so never logged in), with `configuration`'s token and classifier.
    func unstartedEngine(_ configuration: Configuration? = nil, classifier: (any Classifier)? = nil) throws -> ModerationEngine {
        let configuration = configuration ?? self.configuration
        let token = try #require(configuration.token, "the harness configures a token")
        let client = DiscordClient(configuration: .init(token: token, apiBase: configuration.apiBase, serverErrorBackoff: .milliseconds(20)))
        return ModerationEngine(configuration: configuration, store: try openStore(), client: client,
                                classifier: try classifier ?? LocalClassifier.shipped())
    }

    /// A fresh engine that has polled `text` (posted by `author` in #general): the engine, the store, the message and its suggestion's id.
    func polled(_ text: String, as author: String = "swiftlyjen", _ adjust: (inout EngineSettings) -> Void = { _ in }) async throws
        -> (engine: ModerationEngine, store: Store, post: Snowflake, id: Int64)
    {
        let engine = try await self.engine(adjust)
        let post = try self.post(text, as: author)
        _ = await engine.pollCycle()
        let store = try openStore()
        return (engine, store, post, try #require(try await store.suggestion(forMessage: post)).id)
    }

    /// The id of the suggestion covering a polled message.
    func suggestionID(of post: Snowflake) async throws -> Int64 {
        try #require(try await openStore().suggestion(forMessage: post), "message \(post) was not polled").id
    }

    /// Responses with status 429 the simulator sent so far.
    var tooManyRequests: Int { simulator.recordedRequests().filter { $0.status == 429 }.count }

    /// Messages (newest last) in a channel, by name.
    func messages(in channel: String) throws -> [GuildSnapshot.Message] {
        simulator.snapshot().messages(in: try self.channel(channel).description)
    }
}

/// Runs `body` against a fresh simulator (no backlog unless asked) and store; cleans up after.
func withEngineHarness(backlog: Int = 0, watch: [String] = ["general", "help"], rateLimits: RateLimitTable = .discordLike,
                       _ body: (EngineHarness) async throws -> Void) async throws {
    let simulator = try await DiscordSimulator.start(SimulatorOptions(rateLimits: rateLimits, backlogPerChannel: backlog))
    let directory = NSTemporaryDirectory() + "modconsole-engine-\(UUID().uuidString)"
    var configuration = Configuration()
    configuration.token = BotToken(simulator.botToken)
    configuration.apiBase = simulator.baseURL
    configuration.channels = watch.compactMap { simulator.channelID(named: $0).flatMap { Snowflake($0) } }.map { WatchedChannel(id: $0) }
    configuration.jobsChannel = simulator.channelID(named: "jobs").flatMap { Snowflake($0) }
    configuration.auditChannel = simulator.channelID(named: "mod-log").flatMap { Snowflake($0) }
    configuration.engine.moderator = "test-mod"
    configuration.engine.pollInterval = .seconds(1)
    let harness = EngineHarness(simulator: simulator, directory: directory, configuration: configuration)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
        try await body(harness)
        #expect(harness.tooManyRequests == 0, "the engine paced itself: no 429 from the simulated Discord")
    } catch {
        await simulator.stop()
        throw error
    }
    await simulator.stop()
}

/// Texts the shipped classifier decides clearly (checked in `LocalClassifierTests`'s spirit by the tests that use them).
enum Texts {
    static let jobPost = "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k-$180k. Apply at careers.example.com/ios"
    static let scam = "🎁 FREE NITRO for everyone! claim now before it expires: https://disc0rd-gift.com/claim @everyone"
    static let ordinary = "does anyone know why my SwiftUI preview crashes when I use @Observable in a package?"
}
