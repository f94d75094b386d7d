import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// `run --headless` as a supervisor sees it: a rejected token ends the
/// process with a non-zero status and the reason; a missing jobs channel is
/// warned of at start.
@Suite struct StartupHardeningCommandTests {
    @Test func aTokenRejectedMidRunStopsTheHeadlessEngineWithANonZeroExit() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let out = setup.directory + "/out.jsonl", err = setup.directory + "/err.txt"
        let config = setup.directory + "/modconsole.toml"
        try "[engine]\npoll_interval_seconds = 1\n".write(toFile: config, atomically: true, encoding: .utf8)
        let process = try ModconsoleProcess.start(["run", "--headless", "--config", config], environment: setup.environment, stdout: out, stderr: err)
        try await waitUntil("the first poll") { ModconsoleProcess.text(of: out).contains("\"poll_status\"") }
        // The token is revoked: every read of messages now answers 401.
        setup.sim.inject(.status(401, code: 0, message: "401: Unauthorized"), route: RouteMatcher(path: "/channels/*/messages"), count: 1_000)
        try await EngineCommandTests.waitForExit(process, within: .seconds(30))
        if process.isRunning { process.terminate() }
        #expect(process.terminationStatus != 0, "a supervisor must see the engine stop")
        let stderr = ModconsoleProcess.text(of: err)
        #expect(stderr.contains("Discord rejected the bot token (401") && stderr.contains("DISCORD_BOT_TOKEN"), "\(stderr)")
        await setup.finish()
    }

    @Test func runWithoutAJobsChannelWarnsAtStart() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let once = try await setup.run(["run", "--headless", "--once"], extra: ["DISCORD_JOBS_CHANNEL_ID": ""])
        #expect(once.status == 0, "\(once.stderr)")
        #expect(once.stderr.contains("no jobs channel") && once.stderr.contains("moves are refused"), "\(once.stderr)")
        await setup.finish()
    }
}
