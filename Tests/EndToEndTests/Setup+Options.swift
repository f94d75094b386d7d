import DiscordSimulator
import Foundation

extension EngineCommandTests.Setup {
    /// A setup on a simulator started with `options` (a token of the test's
    /// choosing, small rate-limit buckets), with `extra` in the environment.
    static func make(_ options: SimulatorOptions, extra: [String: String] = [:]) async throws -> Self {
        let sim = try await DiscordSimulator.start(options)
        let directory = NSTemporaryDirectory() + "modconsole-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let environment = [
            "DISCORD_API_BASE": sim.baseURL, "DISCORD_BOT_TOKEN": sim.botToken,
            "DISCORD_CHANNEL_IDS": ["general", "help"].compactMap { sim.channelID(named: $0) }.joined(separator: ","),
            "DISCORD_JOBS_CHANNEL_ID": sim.channelID(named: "jobs") ?? "",
            "DISCORD_AUDIT_CHANNEL_ID": sim.channelID(named: "mod-log") ?? "",
            "MODCONSOLE_DB": directory + "/store.sqlite", "USER": "e2e-mod",
        ]
        return Self(sim: sim, directory: directory, environment: environment.merging(extra) { _, new in new })
    }
}
