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
}
