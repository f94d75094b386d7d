import Foundation
import Testing

/// `labels export`: moderators' decisions, made with `queue` on messages the
/// engine polled from the simulator, come out as the final action per message.
@Suite struct LabelsCommandTests {
    typealias Setup = EngineCommandTests.Setup

    /// The suggestion id of the message with `messageID`, from `queue list --all --json`.
    static func suggestionID(of messageID: String, in setup: Setup) async throws -> String {
        let all = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        let row = try #require(all.first { $0["message_id"] as? String == messageID }, "no suggestion for message \(messageID)")
        return String(try #require(row["id"] as? Int))
    }

    /// Runs a `queue` decision and expects it to succeed.
    static func decide(_ arguments: [String], in setup: Setup) async throws {
        let result = try await setup.run(["queue"] + arguments)
        #expect(result.status == 0, "queue \(arguments): \(result.stdout)\(result.stderr)")
    }

    @Test func exportShowsEachMessagesFinalDecision() async throws {
        let setup = try await Setup.make()
        // The escape sequence would clear a terminal if it reached one raw.
        let overridden = "\u{1B}[2J We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k. Apply at careers.example.com/ios"
        let undone = "Our team is hiring a backend Go developer, full time, remote in the EU, 90k EUR. Apply at jobs.example.com/go"
        let overriddenID = try setup.post(overridden)
        let dismissedID = try setup.post(EngineCommandTests.scam, as: "pointfree_paul")
        let undoneID = try setup.post(undone)
        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")

        let suggested = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        #expect(suggested.first { $0["message_id"] as? String == overriddenID }?["action"] as? String == "move")
        #expect(suggested.first { $0["message_id"] as? String == undoneID }?["action"] as? String == "move")
        try await Self.decide(["set", try await Self.suggestionID(of: overriddenID, in: setup), "flag"], in: setup)
        try await Self.decide(["dismiss", try await Self.suggestionID(of: dismissedID, in: setup)], in: setup)
        let undoneSuggestion = try await Self.suggestionID(of: undoneID, in: setup)
        try await Self.decide(["approve", undoneSuggestion], in: setup)
        try await Self.decide(["undo", undoneSuggestion], in: setup)

        let export = try await setup.run(["labels", "export", "--json"])
        #expect(export.status == 0, "\(export.stderr)")
        let lines = export.stdout.split(separator: "\n").map(String.init)
        let labels = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(labels.count == 3, "one label per decided message, the approve before the undo replaced: \(export.stdout)")
        for label in labels {
            for key in ["message", "author", "channel_name", "intent", "action", "source", "moderator", "at"] {
                #expect(label[key] is String, "labels export --json lacks \(key)")
            }
            #expect(label["moderator"] as? String == "e2e-mod" && label["channel_name"] as? String == "general")
        }
        func label(_ text: String) -> [String: Any]? { labels.first { $0["message"] as? String == text } }
        #expect(label(overridden)?["action"] as? String == "flag" && label(overridden)?["source"] as? String == "override",
                "the moderator's action, not the suggested move")
        #expect(label(EngineCommandTests.scam)?["action"] as? String == "allow" && label(EngineCommandTests.scam)?["source"] as? String == "dismiss")
        #expect(label(undone)?["action"] as? String == "allow" && label(undone)?["source"] as? String == "undo",
                "the undo is the latest decision on that message")

        let table = try await setup.run(["labels", "export"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("3 labelled messages: 2 allow, 0 move, 1 flag, 0 delete"), "\(table.stdout)")
        #expect(table.stdout.contains("Jen Alvarez") && table.stdout.contains("override"))
        #expect(table.stdout.contains("[2J We're hiring") && !table.stdout.contains("\u{1B}"),
                "message text reaches the terminal only through the sanitiser: \(table.stdout)")
        await setup.finish()
    }

    @Test func exportFromAMissingStoreNamesIt() async throws {
        let path = NSTemporaryDirectory() + "modconsole-no-store-\(UUID().uuidString)/store.sqlite"
        let result = try await ModconsoleProcess.run(["labels", "export", "--json"], environment: ["MODCONSOLE_DB": path])
        #expect(result.status == 1 && result.stderr.contains("no store at \(path)") && result.stderr.contains("--db"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path), "reading labels never creates a store")
    }
}
