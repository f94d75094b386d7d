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

/// Polls `condition` until it holds; records an issue if it still does not
/// after `limit` (generous: CPU-heavy tests share the machine's cores).
func waitUntil(_ what: String, within limit: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation,
               _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}

/// Percent-encodes a reaction emoji the way clients must.
func encodedEmoji(_ emoji: String) -> String {
    emoji.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
}
