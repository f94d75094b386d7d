import DiscordREST
import DiscordSimulator
import Engine
import Foundation
import GRDB
import Testing

/// The paths users take, run as processes: CI runs this suite a second time
/// against the release binary (`MODCONSOLE_BINARY=.build/release/modconsole`),
/// because the optimiser can break what every debug test passes (issue 9: the
/// release build trapped on the first well-formed LLM answer).
@Suite struct ReleaseSmokeTests {
    static let rows = """
        {"message": "we're hiring a rust dev, remote, apply at careers.example.com", "author": "a", "channel_name": "general", "intent": "post_job", "action": "move"}
        {"message": "good morning everyone", "author": "b", "channel_name": "general", "intent": "other", "action": "allow"}
        {"message": "FREE NITRO for everyone, claim it before it expires @everyone", "author": "c", "channel_name": "general", "intent": "other", "action": "delete"}
        {"message": "looking for work as a junior iOS dev, open to work", "author": "d", "channel_name": "general", "intent": "seek_job", "action": "move"}
        {"message": "does anyone know why swift build is slow on linux?", "author": "e", "channel_name": "help", "intent": "other", "action": "allow"}
        {"message": "thanks, that fixed it", "author": "f", "channel_name": "help", "intent": "other", "action": "allow"}
        """

    /// A scratch directory holding `files`, removed when `body` ends.
    static func withScratch<T>(_ files: [String: String], _ body: (String) async throws -> T) async throws -> T {
        let directory = NSTemporaryDirectory() + "modconsole-smoke-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in files { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        return try await body(directory)
    }

    /// `eval --json` against the fake LLM server with `behaviours` queued; the parsed report.
    static func evalReport(_ classifier: String, _ server: FakeLLMServer, in directory: String,
                           config: String? = nil) async throws -> [String: Any] {
        var arguments = ["eval", "--dataset", directory + "/rows.jsonl", "--classifier", classifier, "--json"]
        if let config { arguments += ["--config", directory + "/" + config] }
        let result = try await ModconsoleProcess.run(arguments, environment: [
            "OPENAI_BASE_URL": server.baseURL, "OPENAI_API_KEY": "sk-smoke", "MODCONSOLE_MODEL": "fake",
        ])
        #expect(result.status == 0, "eval --classifier \(classifier) exited \(result.status): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    static func withLLM<T>(_ body: (FakeLLMServer) async throws -> T) async throws -> T {
        let server = try await FakeLLMServer.start()
        do {
            let value = try await body(server)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test func evalWithTheLLMAnswersEveryWellFormedReply() async throws {
        try await Self.withLLM { server in
            try await Self.withScratch(["rows.jsonl": Self.rows]) { directory in
                let report = try await Self.evalReport("llm", server, in: directory)
                #expect(report["count"] as? Int == 6)
                #expect(report["failures"] as? Int == 0)
                #expect(report["accuracy"] as? Double == 1)
                #expect(server.requests.count == 6, "one call per message")
            }
        }
    }

    @Test func evalWithTheLLMSurvivesUnreadableAnswersRateLimitsAndServerErrors() async throws {
        try await Self.withLLM { server in
            let serial = "[classifier.llm]\nconcurrency = 1\nretries = 2\n"
            try await Self.withScratch(["rows.jsonl": Self.rows, "serial.toml": serial]) { directory in
                // One call at a time, so each message meets its own trouble:
                // 1: three unreadable replies (chat, json_schema, json_object): a failure;
                // 2: a 429 waited out, then answered;
                // 3: a 500 and two retries that also get 500: a failure;
                // 4-6: answered.
                let boom = FakeLLMServer.Behaviour.error(status: 500, type: nil, code: nil, message: "boom")
                server.enqueue(.garbage, .garbage, .garbage,
                               .error(status: 429, type: "requests", code: "rate_limit_exceeded", message: "Slow down", retryAfter: 0.2),
                               boom, boom, boom)
                let report = try await Self.evalReport("llm", server, in: directory, config: "serial.toml")
                #expect(report["count"] as? Int == 6)
                #expect(report["failures"] as? Int == 2, "the unreadable and the exhausted message are flagged for a human")
                #expect(server.requests.count == 11, "3 unreadable, a 429 and its answer, 3 times 500, 3 answers")
            }
        }
    }

    @Test func evalWithTheHybridAsksTheLLMAndAnswers() async throws {
        try await Self.withLLM { server in
            try await Self.withScratch(["rows.jsonl": Self.rows, "compare.toml": "[classifier]\ncompare = true\n"]) { directory in
                let report = try await Self.evalReport("hybrid", server, in: directory, config: "compare.toml")
                #expect(report["count"] as? Int == 6)
                #expect(report["failures"] as? Int == 0)
                #expect(server.requests.count == 6, "compare mode asks the LLM about every message")
            }
        }
    }

    @Test func headlessAutoRunWithTheHybridDeletesAScam() async throws {
        try await Self.withLLM { server in
            let setup = try await EngineCommandTests.Setup.make()
            let scam = try setup.post(EngineCommandTests.scam, as: "pointfree_paul")
            try setup.post(EngineCommandTests.jobPost)
            try "[classifier]\ncompare = true\n".write(toFile: setup.directory + "/compare.toml", atomically: true, encoding: .utf8)
            let once = try await setup.run(["run", "--headless", "--once", "--auto", "--auto-grace", "0", "--auto-min-confidence", "0.5"],
                                           extra: ["OPENAI_BASE_URL": server.baseURL, "OPENAI_API_KEY": "sk-smoke", "MODCONSOLE_MODEL": "fake",
                                                   "MODCONSOLE_CONFIG": setup.directory + "/compare.toml"])
            #expect(once.status == 0, "\(once.stderr)")
            #expect(server.requests.count >= 2, "the hybrid asked the LLM")
            let rows = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
            #expect(!rows.isEmpty && rows.allSatisfy { $0["classifier"] as? String == "hybrid" }, "every verdict is the hybrid's: \(rows)")
            #expect(setup.sim.snapshot().isDeleted(scam), "local and LLM agree on the scam: auto mode deletes it")
            await setup.finish()
        }
    }

    @Test func headlessDemoRunsThenStopsCleanlyOnSIGTERM() async throws {
        try await Self.withScratch([:]) { directory in
            let output = directory + "/events.jsonl"
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            let process = Process()
            process.executableURL = ModconsoleProcess.binary
            process.arguments = ["demo", "--headless", "--db", directory + "/demo.sqlite", "--traffic-every", "0.2"]
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory]
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            func classified() -> Int {
                ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").components(separatedBy: "\"event\":\"classified\"").count - 1
            }
            let deadline = ContinuousClock.now + .seconds(60)
            while classified() < 10, process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
            #expect(classified() >= 10, "the demo classified its backlog and live traffic")
            #expect(process.isRunning, "the demo keeps running until stopped")
            kill(process.processIdentifier, SIGTERM)
            try await EngineCommandTests.waitForExit(process, within: .seconds(30))
            #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        }
    }

    @Test func auditVerifyNamesADamagedEntryInsteadOfCrashing() async throws {
        try await Self.withScratch([:]) { directory in
            let path = directory + "/store.sqlite"
            let store = try Store(path: path)
            for i in 1...6 {
                try await store.appendAudit(AuditEntry(moderator: "alice", action: "delete", suggestionID: Int64(i), messageID: Snowflake(UInt64(100 + i)),
                                                       channelID: 7, result: "done", reason: "spam", dryRun: false))
            }
            let queue = try DatabaseQueue(path: path)
            try await queue.write { db in try db.execute(sql: "UPDATE audit SET dry_run = 'maybe' WHERE id = 5") }
            try queue.close()

            let verify = try await ModconsoleProcess.run(["audit", "--verify", "--db", path], environment: [:])
            #expect(verify.status == 1, "\(verify.stderr)")
            #expect(verify.stderr.contains("audit entry 5") && verify.stderr.contains("dry_run") && verify.stderr.contains("\"maybe\""), "\(verify.stderr)")
            let list = try await ModconsoleProcess.run(["audit", "--db", path], environment: [:])
            #expect(list.status == 1 && list.stderr.contains("audit row 5"), "\(list.status): \(list.stderr)")
        }
    }
}
