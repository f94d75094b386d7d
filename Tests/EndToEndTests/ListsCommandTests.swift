import Engine
import Foundation
import Testing

/// The snapshot of nikolaischunk/discord-phishing-links (21,908 and 971 entries), beside the project.
private let phishingSnapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/phishing-domains").path

/// `lists update` and `lists status` as processes, fetching the snapshot of
/// the community lists over loopback HTTP; `run` then uses what they saved.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: phishingSnapshot), "needs ../shared/data/phishing-domains beside the project"))
struct ListsCommandTests {
    static let snapshot = phishingSnapshot

    /// A folder served over HTTP: `good/` holds the snapshot, `garbage/` a
    /// valid suspicious list beside a phishing list that is an HTML page.
    static func serve() async throws -> (StaticFileServer, String) {
        let root = NSTemporaryDirectory() + "modconsole-lists-served-\(UUID().uuidString)"
        let manager = FileManager.default
        for folder in ["good", "garbage"] { try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) }
        for name in ["domain-list.json", "suspicious-list.json"] { try manager.copyItem(atPath: snapshot + "/" + name, toPath: root + "/good/" + name) }
        try Data("<html>rate limited</html>".utf8).write(to: URL(fileURLWithPath: root + "/garbage/domain-list.json"))
        try Data(#"{"domains": ["only-one.example"]}"#.utf8).write(to: URL(fileURLWithPath: root + "/garbage/suspicious-list.json"))
        return (try await StaticFileServer.start(root: root), root)
    }

    @Test func updateOverHTTPThenStatusAndAFailedUpdateKeepsTheLists() async throws {
        let (server, root) = try await Self.serve()
        let directory = NSTemporaryDirectory() + "modconsole-lists-\(UUID().uuidString)"
        let environment = ["MODCONSOLE_DB": directory + "/store.sqlite"]
        let lists = directory + "/lists"

        let empty = try await ModconsoleProcess.run(["lists", "status"], environment: environment)
        #expect(empty.status == 0 && empty.stdout.contains("phishing: missing (\(lists)/domain-list.json); run `modconsole lists update`"), "\(empty.stdout)")

        let update = try await ModconsoleProcess.run(["lists", "update", "--from", server.baseURL + "/good"], environment: environment)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("phishing: 21908 domains") && update.stdout.contains("suspicious: 971 domains"), "\(update.stdout)")
        let status = try await ModconsoleProcess.run(["lists", "status"], environment: environment)
        #expect(status.stdout.contains("phishing: 21908 domains, 570 KB, updated under a minute ago (\(lists)/domain-list.json)"), "\(status.stdout)")
        #expect(status.stdout.contains("suspicious: 971 domains, 21 KB, updated under a minute ago (\(lists)/suspicious-list.json)"))
        let saved = try FileManager.default.contentsOfDirectory(atPath: lists).sorted()
        #expect(saved == ["domain-list.json", "suspicious-list.json"], "no temporary file left behind")
        let before = try saved.map { try Data(contentsOf: URL(fileURLWithPath: lists + "/" + $0)) }

        for (folder, problem) in [("missing", "answered HTTP 404, not the list"), ("garbage", "is not a phishing list: expected JSON")] {
            let failed = try await ModconsoleProcess.run(["lists", "update", "--from", server.baseURL + "/" + folder], environment: environment)
            #expect(failed.status == 1)
            #expect(failed.stderr.contains("\(server.baseURL)/\(folder)/domain-list.json \(problem)"), "\(failed.stderr)")
            #expect(failed.stderr.contains("the saved ones are kept"))
            let after = try saved.map { try Data(contentsOf: URL(fileURLWithPath: lists + "/" + $0)) }
            #expect(after == before, "a failed update from \(folder) changed nothing, not even the list that was good")
            #expect(try FileManager.default.contentsOfDirectory(atPath: lists).sorted() == saved)
        }
        await server.stop()
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test func theEngineDeletesLinksToListedDomainsAndFlagsSuspiciousOnes() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let listed = try setup.post("the slides from yesterday's meetup are up at hxxps://sub.akamaid.net/talks")
        let suspicious = try setup.post("our tournament bracket is at https://affixarena.com/bracket", as: "pointfree_paul")

        let update = try await setup.run(["lists", "update", "--from", Self.snapshot])
        #expect(update.status == 0, "a folder works as a source too: \(update.stderr)")
        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")

        let store = try Store(path: setup.store)
        let verdicts = Dictionary(uniqueKeysWithValues: try await store.queue(.all, limit: 100).map { ($0.messageID.description, $0) })
        let deleted = try #require(verdicts[listed])
        #expect(deleted.verdict.action == .delete)
        let evidence = try #require(deleted.verdict.evidence.first)
        #expect(evidence.text == "phishing-list" && evidence.detail == "sub.akamaid.net (under akamaid.net) is on the community phishing list")
        #expect(try #require(verdicts[suspicious]).verdict.action == .flag)
        await setup.finish()
    }
}
