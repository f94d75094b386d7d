import DiscordSimulator
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
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
        try await Self.revokeToken(setup.sim)
        try await EngineCommandTests.waitForExit(process, within: .seconds(30))
        if process.isRunning { process.terminate() }
        #expect(process.terminationStatus != 0, "a supervisor must see the engine stop")
        let stderr = ModconsoleProcess.text(of: err)
        #expect(stderr.contains("Discord rejected the bot token (401") && stderr.contains("DISCORD_BOT_TOKEN"), "\(stderr)")
        await setup.finish()
    }

    /// Through the simulator's control API, as an outside probe does: from
    /// now on every route answers 401, as for a token reset on the portal.
    static func revokeToken(_ sim: DiscordSimulator) async throws {
        let root = sim.baseURL.replacingOccurrences(of: "/api/v10", with: "")
        var request = URLRequest(url: try #require(URL(string: root + "/_sim/faults")))
        request.httpMethod = "POST"
        request.httpBody = Data(#"{"path": "**", "count": 100000, "fault": {"kind": "status", "status": 401, "message": "401: Unauthorized"}}"#.utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 204)
    }

    @Test func runWithoutAJobsChannelWarnsAtStart() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let once = try await setup.run(["run", "--headless", "--once"], extra: ["DISCORD_JOBS_CHANNEL_ID": ""])
        #expect(once.status == 0, "\(once.stderr)")
        #expect(once.stderr.contains("no jobs channel") && once.stderr.contains("moves are refused"), "\(once.stderr)")
        await setup.finish()
    }
}
