import DiscordSimulator
import Foundation
import Testing

/// `modconsole eval` and `modconsole train`, run as processes.
@Suite struct EvalAndTrainCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func scratchFile(_ name: String, _ text: String) throws -> String {
        let directory = NSTemporaryDirectory() + "modconsole-eval-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func evalJSONHasTheAgreedKeysAndReportsBadLines() async throws {
        let dataset = try scratchFile("d.jsonl", """
            {"message": "We're hiring a Swift dev, remote, apply at careers.example.com", "author": "a", "channel_name": "general", "intent": "post_job", "action": "move"}
            {"message": "thanks, that fixed it", "author": "b", "channel_name": "help", "intent": "other", "action": "allow"}
            {"message": "broken
            {"message": "FREE NITRO at https://dlscord-gift.com", "author": "c", "channel_name": "general", "intent": "other", "action": "delete"}
            """)
        let result = try await ModconsoleProcess.run(["eval", "--dataset", dataset, "--classifier", "local", "--json"], environment: [:])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("line 3: not a JSON object (skipped)"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["macro_f1", "accuracy", "intent_accuracy", "per_action", "confusion", "count"] {
            #expect(report[key] != nil, "missing \(key)")
        }
        #expect(report["count"] as? Int == 3)
        let perAction = try #require(report["per_action"] as? [String: [String: Any]])
        #expect(Set(perAction.keys) == ["allow", "move", "flag", "delete"])
        #expect(perAction["delete"]?["support"] as? Int == 1)
    }

    @Test func evalTextShowsTheTableAndConfusion() async throws {
        let rows = try String(contentsOfFile: Self.repository.appendingPathComponent("data/corpus-dev.jsonl").path, encoding: .utf8)
            .split(separator: "\n").prefix(40)
        let dev = try scratchFile("dev.jsonl", rows.joined(separator: "\n"))
        let result = try await ModconsoleProcess.run(["eval", "--dataset", dev], environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("macro-F1") && result.stdout.contains("confusion (rows: expected, columns: predicted)"))
        #expect(result.stdout.contains("worst misses"))
    }

    @Test func anLLMClassifierWithoutAnLLMIsAClearError() async throws {
        let dataset = try scratchFile("d.jsonl", #"{"message": "hi", "intent": "other", "action": "allow"}"#)
        let result = try await ModconsoleProcess.run(["eval", "--dataset", dataset, "--classifier", "llm"], environment: [:])
        #expect(result.status == 1 && result.stderr.contains("OPENAI_API_KEY"))
    }

    @Test func evalWithTheLLMCountsTokens() async throws {
        let server = try await FakeLLMServer.start()
        defer { Task { await server.stop() } }
        let dataset = try scratchFile("d.jsonl", """
            {"message": "we're hiring a rust dev", "author": "a", "channel_name": "general", "intent": "post_job", "action": "move"}
            {"message": "good morning", "author": "b", "channel_name": "general", "intent": "other", "action": "allow"}
            """)
        let result = try await ModconsoleProcess.run(["eval", "--dataset", dataset, "--classifier", "llm", "--json"],
                                                     environment: ["OPENAI_BASE_URL": server.baseURL, "MODCONSOLE_MODEL": "fake"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["accuracy"] as? Double == 1)
        let tokens = try #require(report["tokens"] as? [String: Int])
        #expect(tokens["calls"] == 2 && (tokens["prompt"] ?? 0) > 0 && tokens["total"] == tokens["prompt"]! + tokens["completion"]!)
    }

    @Test func trainWritesAModelAndScoresTheDevSplit() async throws {
        let rows = try String(contentsOfFile: Self.repository.appendingPathComponent("data/corpus-train.jsonl").path, encoding: .utf8)
            .split(separator: "\n").prefix(400)
        let train = try scratchFile("small-train.jsonl", rows.prefix(300).joined(separator: "\n"))
        let dev = (train as NSString).deletingLastPathComponent + "/small-dev.jsonl"
        try rows.suffix(100).joined(separator: "\n").write(toFile: dev, atomically: true, encoding: .utf8)
        let out = (train as NSString).deletingLastPathComponent + "/model.bin"
        let result = try await ModconsoleProcess.run(["train", "--dataset", train, "--out", out, "--epochs", "3"], environment: [:])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("trained on 300 messages") && result.stdout.contains("dev split \(dev)"))
        #expect(result.stdout.contains("macro-F1"))
        #expect((try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0 > 100_000)
    }

    @Test func trainIncludeStoreLearnsWhatAModeratorDecided() async throws {
        // Harmless by the corpus policy, so the model allows it; this community's moderator flags it.
        let text = "lol the mods here are clueless"
        let setup = try await EngineCommandTests.Setup.make()
        let posted = try setup.post(text)
        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")
        let suggestions = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        let suggestion = try #require(suggestions.first { $0["message_id"] as? String == posted })
        #expect(suggestion["action"] as? String == "allow", "the shipped model allows it")
        let decided = try await setup.run(["queue", "set", String(try #require(suggestion["id"] as? Int)), "flag"])
        #expect(decided.status == 0, "\(decided.stdout)\(decided.stderr)")

        let rows = try String(contentsOfFile: Self.repository.appendingPathComponent("data/corpus-train.jsonl").path, encoding: .utf8)
            .split(separator: "\n").prefix(400)
        let train = try scratchFile("small-train.jsonl", rows.prefix(300).joined(separator: "\n"))
        let directory = (train as NSString).deletingLastPathComponent
        try rows.suffix(100).joined(separator: "\n").write(toFile: directory + "/small-dev.jsonl", atomically: true, encoding: .utf8)
        let taught = directory + "/taught.jsonl"
        try #"{"message": "\#(text)", "author": "swiftlyjen", "channel_name": "general", "intent": "other", "action": "flag"}"#
            .write(toFile: taught, atomically: true, encoding: .utf8)

        /// Trains a small model (with `extra` arguments) and returns whether it flags the taught message.
        func trainedModelFlags(_ name: String, _ extra: [String]) async throws -> (flags: Bool, train: String) {
            let model = directory + "/" + name
            let trained = try await setup.run(["train", "--dataset", train, "--out", model, "--epochs", "3"] + extra)
            #expect(trained.status == 0, "\(trained.stderr)")
            let eval = try await setup.run(["eval", "--dataset", taught, "--classifier", "local", "--json"], extra: ["MODCONSOLE_LOCAL_MODEL": model])
            #expect(eval.status == 0, "\(eval.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as? [String: Any])
            return (report["accuracy"] as? Double == 1, trained.stdout)
        }
        let without = try await trainedModelFlags("without.bin", [])
        let with = try await trainedModelFlags("with.bin", ["--include-store"])
        #expect(!without.flags, "trained on the corpus alone, the model still allows it")
        #expect(with.flags, "trained with the moderator's label, the model flags it: \(with.train)")
        #expect(with.train.contains("added 3 moderator labels (1 distinct messages) from \(setup.store), weight 3"), "\(with.train)")
        #expect(with.train.contains("trained on 303 messages"))
        await setup.finish()
    }
}
