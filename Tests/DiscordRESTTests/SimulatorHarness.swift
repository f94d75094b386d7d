import DiscordSimulator
import Foundation
import Synchronization
import Testing
@testable import DiscordREST

/// Starts a simulator on a free loopback port and a real client (libcurl,
/// real HTTP) pointed at it; stops the simulator afterwards.
func withSimulator(
    _ options: SimulatorOptions = SimulatorOptions(backlogPerChannel: 0),
    client configure: (inout DiscordClient.Configuration) -> Void = { _ in },
    _ body: (DiscordSimulator, DiscordClient) async throws -> Void
) async throws {
    let simulator = try await DiscordSimulator.start(options)
    var configuration = DiscordClient.Configuration(
        token: BotToken(simulator.botToken), apiBase: simulator.baseURL,
        serverErrorBackoff: .milliseconds(20))
    configure(&configuration)
    let client = DiscordClient(configuration: configuration)
    do {
        try await body(simulator, client)
    } catch {
        await simulator.stop()
        throw error
    }
    await simulator.stop()
}

extension DiscordSimulator {
    /// The id of a scripted channel, as a Snowflake.
    func channel(_ name: String) throws -> Snowflake {
        try #require(channelID(named: name).flatMap { Snowflake($0) }, "no channel #\(name)")
    }

    func user(_ name: String) throws -> Snowflake {
        try #require(userID(named: name).flatMap { Snowflake($0) }, "no user \(name)")
    }

    /// A regular member with open DMs, to post as.
    var someUserName: String { "swiftlyjen" }

    /// Requests recorded for paths under /api/v10 that contain `fragment`.
    func requests(_ method: String, containing fragment: String) -> [RecordedRequest] {
        recordedRequests().filter { $0.method == method && $0.path.contains(fragment) }
    }
}


/// Collects rate-limit events from the client's callback, across threads.
final class EventLog: Sendable {
    private let events = Mutex<[RateLimitEvent]>([])
    func append(_ event: RateLimitEvent) { events.withLock { $0.append(event) } }
    var all: [RateLimitEvent] { events.withLock { $0 } }
}


extension GuildSnapshot {
    var deletedMessageIDs: [String] { deletedMessages.map(\.messageID) }
}
