import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// The configured secrets (bot token, LLM API key) appear nowhere a user or
/// another program could read them: not in stdout or stderr, not in the
/// store or its -wal/-shm, even when Discord or the LLM server echo them
/// back in an error body. Each path is run as a process, as a user would.
@Suite struct SecretsTests {
    typealias Setup = EngineCommandTests.Setup
    static let token = "MTA5ODc2.e2e-Secret_Token/x"
    static let apiKey = "sk-e2e-Secret/Key+42="

    /// A setup whose simulator expects `token`, with the LLM classifier on `llm` using `apiKey`.
    static func make(llm: FakeLLMServer) async throws -> Setup {
        try await Setup.make(SimulatorOptions(botToken: token, backlogPerChannel: 0), extra: [
            "OPENAI_API_KEY": apiKey, "OPENAI_BASE_URL": llm.baseURL, "MODCONSOLE_MODEL": "fake", "MODCONSOLE_CLASSIFIER": "llm",
        ])
    }

    static func texts(_ results: [String: ModconsoleProcess.Result]) -> [String: String] {
        var texts: [String: String] = [:]
        for (name, result) in results {
            texts[name + " stdout"] = result.stdout
            texts[name + " stderr"] = result.stderr
        }
        return texts
    }

    @Test func runCheckApproveAndEchoingServersLeaveNoSecretBehind() async throws {
        let llm = try await FakeLLMServer.start()
        let setup = try await Self.make(llm: llm)
        let post = try setup.post("Free nitro for everyone, claim it on telegram now")
        try setup.post("does anyone know why my SwiftUI preview crashes?", as: "pointfree_paul")
        // The LLM server echoes the key: a 500 (logged, retried) then 401s.
        llm.enqueue(.echoAuthorization(status: 500), .echoAuthorization(status: 401), .echoAuthorization(status: 401),
                    .echoAuthorization(status: 401), .echoAuthorization(status: 401))
        var results: [String: ModconsoleProcess.Result] = [:]

        results["run --once"] = try await setup.run(["run", "--headless", "--once"])
        #expect(results["run --once"]?.status == 0, "\(results["run --once"]?.stderr ?? "")")
        #expect(llm.requests.contains { $0.status == 401 }, "the key was echoed back")
        let id = try #require(QueueDecisionCommandTests.suggestionID(of: post, in: results["run --once"]?.stdout ?? ""))
        results["check"] = try await setup.run(["check"])

        // Discord echoes the token in an error body; the failed action is stored and printed.
        setup.sim.inject(.status(403, code: 50013, message: "Missing Permissions (Authorization: Bot \(Self.token))"),
                         route: RouteMatcher(method: "PUT", path: "/channels/*/messages/*/reactions/*/@me"))
        results["failed approve"] = try await setup.run(["queue", "approve", String(id)])
        #expect(results["failed approve"]?.status == 1, "\(results["failed approve"].map { $0.stdout + $0.stderr } ?? "")")
        results["approve"] = try await setup.run(["queue", "approve", String(id)])
        results["queue list"] = try await setup.run(["queue", "list", "--all", "--json"])
        results["audit"] = try await setup.run(["audit", "--json"])

        let dataset = setup.directory + "/eval.jsonl"
        try #"{"message": "We're hiring a Swift engineer", "author": "a", "channel_name": "general", "intent": "post_job", "action": "move"}"#
            .write(toFile: dataset, atomically: true, encoding: .utf8)
        llm.enqueue(.echoAuthorization(status: 401))
        results["eval"] = try await setup.run(["eval", "--dataset", dataset, "--classifier", "llm", "--json"])

        let store = SecretScan.storeFiles(setup.store)
        let hits = SecretScan.scan(paths: store, texts: Self.texts(results), secrets: [Self.token, Self.apiKey])
        #expect(hits.isEmpty, "\(hits)")
        let stored = store.compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
        #expect(stored.range(of: Data("[redacted]".utf8)) != nil, "the echoes reached the store, redacted")
        await llm.stop()
        await setup.finish()
    }

    @Test func theDemoLeavesNoTokenBehind() async throws {
        let directory = NSTemporaryDirectory() + "modconsole-secrets-demo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stdout = directory + "/out", stderr = directory + "/err", store = directory + "/demo.sqlite"
        let demo = try ModconsoleProcess.start(["demo", "--headless", "--traffic-every", "0.2", "--db", store],
                                               environment: [:], stdout: stdout, stderr: stderr)
        try await waitUntil("the demo classifies a message") { ModconsoleProcess.text(of: stdout).contains("\"classified\"") }
        demo.interrupt()
        try await EngineCommandTests.waitForExit(demo)
        let hits = SecretScan.scan(paths: [stdout, stderr] + SecretScan.storeFiles(store), secrets: [SimulatorOptions().botToken])
        #expect(hits.isEmpty, "\(hits)")
        try? FileManager.default.removeItem(atPath: directory)
    }
}
