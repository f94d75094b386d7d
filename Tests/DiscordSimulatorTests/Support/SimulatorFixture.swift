import DiscordSimulator
import Foundation
import Testing

extension SimulatorOptions {
    /// Options for tests: no backlog (tests post what they need) and limits
    /// loose enough that only tests about rate limits meet them.
    static var testing: SimulatorOptions {
        SimulatorOptions(rateLimits: .uniform(limit: 1_000, per: .seconds(1)), globalLimitPerSecond: 0, backlogPerChannel: 0)
    }
}

/// Runs `body` against a freshly started simulator and stops it afterwards,
/// whether or not `body` throws.
func withSimulator(
    _ options: SimulatorOptions = .testing,
    _ body: (DiscordSimulator, APIClient) async throws -> Void
) async throws {
    let simulator = try await DiscordSimulator.start(options)
    do {
        try await body(simulator, APIClient(simulator))
    } catch {
        await simulator.stop()
        throw error
    }
    await simulator.stop()
}


/// Percent-encodes a reaction emoji the way clients must.
func encodedEmoji(_ emoji: String) -> String {
    emoji.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
}
