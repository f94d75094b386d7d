import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// `run --headless`, `queue`, `audit` and `replay`, run as processes against
/// the simulator over HTTP with a real store file, as scripts would.
@Suite struct EngineCommandTests {
    static let jobPost = "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k-$180k. Apply at careers.example.com/ios"
    static let scam = "🎁 FREE NITRO for everyone! claim now before it expires: https://disc0rd-gift.com/claim @everyone"

    /// A simulator, a store path in a fresh directory, and the environment that points `modconsole` at both.
    struct Setup {
        let sim: DiscordSimulator
        let directory: String
        var environment: [String: String]
        var store: String { directory + "/store.sqlite" }

        static func make() async throws -> Setup {
            try await make(SimulatorOptions(backlogPerChannel: 0))
        }

        func finish() async {
            await sim.stop()
            try? FileManager.default.removeItem(atPath: directory)
        }

        @discardableResult
        func post(_ text: String, as user: String = "swiftlyjen", in channel: String = "general") throws -> String {
            sim.postMessage(text, author: try #require(sim.userID(named: user)), channel: try #require(sim.channelID(named: channel)))
        }

        func run(_ arguments: [String], extra: [String: String] = [:]) async throws -> ModconsoleProcess.Result {
            try await ModconsoleProcess.run(arguments, environment: environment.merging(extra) { _, new in new })
        }

        func json(_ arguments: [String]) async throws -> Any {
            let result = try await run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        }

        func jobsMessages() throws -> [GuildSnapshot.Message] {
            sim.snapshot().messages(in: try #require(sim.channelID(named: "jobs")))
        }
    }

    /// Waits for a process to end without blocking a thread the in-process simulator needs.
    static func waitForExit(_ process: Process, within limit: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + limit
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!process.isRunning, "modconsole did not exit within \(limit)")
    }

    @Test func onceThenQueueApproveAuditUndoAndReplay() async throws {
        let setup = try await Setup.make()
        let post = try setup.post(Self.jobPost)
        try setup.post("does anyone know why my SwiftUI preview crashes when I use @Observable in a package?", as: "pointfree_paul")

        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")
        let events = once.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!events.isEmpty && events.count == once.stdout.split(separator: "\n").count, "one JSON object per line")
        for event in events { for key in ["event", "message_id", "channel_id", "action", "state"] { #expect(event.keys.contains(key)) } }
        let classified = events.filter { $0["event"] as? String == "classified" }
        #expect(classified.count == 2)
        #expect(classified.contains { $0["message_id"] as? String == post && $0["action"] as? String == "move" && $0["state"] as? String == "pending" })

        let pending = try #require(try await setup.json(["queue", "list", "--json"]) as? [[String: Any]])
        #expect(pending.count == 1)
        let row = try #require(pending.first)
        for key in ["id", "message_id", "channel_id", "author", "content", "action", "confidence", "state", "reason"] {
            #expect(row[key] != nil, "queue list --json lacks \(key)")
        }
        #expect(row["content"] as? String == Self.jobPost)
        let all = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        #expect(all.count == 2)
        let id = String(try #require(row["id"] as? Int))

        let approve = try await setup.run(["queue", "approve", id])
        #expect(approve.status == 0 && approve.stdout.contains("move done"), "\(approve.stdout)\(approve.stderr)")
        #expect(setup.sim.snapshot().isDeleted(post))
        #expect(try setup.jobsMessages().contains { $0.content.contains(Self.jobPost) })
        let again = try await setup.run(["queue", "approve", id])
        #expect(again.status != 0 && again.stderr.contains("is done"))
        let unknown = try await setup.run(["queue", "dismiss", "9999"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no suggestion 9999"))

        let audit = try #require(try await setup.json(["audit", "--json"]) as? [[String: Any]])
        let entry = try #require(audit.first)
        for key in ["at", "moderator", "action", "message_id", "channel_id", "result", "reason"] { #expect(entry[key] != nil) }
        #expect(entry["moderator"] as? String == "e2e-mod" && entry["action"] as? String == "move")
        let verify = try await setup.run(["audit", "--verify"])
        #expect(verify.status == 0 && verify.stdout.contains("intact"))

        let undo = try await setup.run(["queue", "undo", id])
        #expect(undo.status == 0 && undo.stdout.contains("reverted"), "\(undo.stdout)\(undo.stderr)")

        let replay = try #require(try await setup.json(["replay", "--json"]) as? [String: Any])
        #expect(replay["count"] as? Int == 2 && replay["changes"] != nil)
        #expect(setup.sim.recordedRequests().filter { $0.status == 429 }.isEmpty)
        await setup.finish()
    }

    @Test func autoWithGraceZeroDeletesAScamInOneRun() async throws {
        let setup = try await Setup.make()
        let scam = try setup.post(Self.scam, as: "pointfree_paul")
        let once = try await setup.run(["run", "--headless", "--once", "--auto", "--auto-grace", "0", "--auto-min-confidence", "0.5"])
        #expect(once.status == 0, "\(once.stderr)")
        #expect(setup.sim.snapshot().isDeleted(scam))
        #expect(once.stdout.contains("\"event\":\"executed\""))
        let second = try await setup.run(["run", "--headless", "--once"])
        #expect(second.status == 0 && !second.stdout.contains("\"classified\""), "a second cycle does nothing new")
        await setup.finish()
    }

    @Test func dryRunFromTheEnvironmentOnlyPostsTheAuditMessage() async throws {
        let setup = try await Setup.make()
        let scam = try setup.post(Self.scam, as: "pointfree_paul")
        let once = try await setup.run(["run", "--headless", "--once", "--auto", "--auto-grace", "0", "--auto-min-confidence", "0.5"],
                                       extra: ["DRY_RUN": "true"])
        #expect(once.status == 0, "\(once.stderr)")
        let snapshot = setup.sim.snapshot()
        #expect(!snapshot.isDeleted(scam))
        let modLog = try #require(setup.sim.channelID(named: "mod-log"))
        #expect(snapshot.mutations.allSatisfy { $0.path.contains(modLog) })
        #expect(snapshot.messages(in: modLog).last?.content.hasPrefix("[DRY RUN]") == true)
        await setup.finish()
    }

    @Test func killedWithSIGKILLMidActionTheNextRunFinishesWithoutDuplicates() async throws {
        let setup = try await Setup.make()
        let post = try setup.post(Self.jobPost)
        // The delete of the original hangs, so the process is killed between the repost and the delete.
        setup.sim.inject(.delay(.seconds(4)), route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"))
        let process = try ModconsoleProcess.start(["run", "--headless", "--auto", "--auto-grace", "0", "--auto-min-confidence", "0.5"],
                                                  environment: setup.environment)
        let jobs = try #require(setup.sim.channelID(named: "jobs"))
        // Killed once the repost is in and the delete is hanging.
        try await waitUntil("the repost and the delete to reach the simulator") {
            let requests = setup.sim.recordedRequests()
            return requests.contains { $0.method == "POST" && $0.path.contains(jobs) }
                && requests.contains { $0.method == "DELETE" && $0.path.hasSuffix("/messages/\(post)") }
        }
        kill(process.processIdentifier, SIGKILL)
        try await Self.waitForExit(process)
        #expect(process.terminationReason == .uncaughtSignal)
        setup.sim.clearFaults()
        // The hung delete lands after all, as on Discord.
        try await waitUntil("the hung delete to land") { setup.sim.snapshot().isDeleted(post) }

        let resumed = try await setup.run(["run", "--headless", "--once"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("\"event\":\"executed\""), "the restart finished the action: \(resumed.stdout)")
        let snapshot = setup.sim.snapshot()
        #expect(try setup.jobsMessages().filter { $0.content.contains(Self.jobPost) }.count == 1, "reposted exactly once")
        #expect(snapshot.isDeleted(post))
        #expect(snapshot.directMessages.count == 1, "one DM")
        #expect(snapshot.messages(in: try #require(setup.sim.channelID(named: "mod-log"))).count == 1, "one audit message")
        let audit = try #require(try await setup.json(["audit", "--json"]) as? [[String: Any]])
        #expect(audit.count == 1 && (audit.first?["result"] as? String)?.hasPrefix("done") == true)
        await setup.finish()
    }

    @Test func headlessRunStopsCleanlyOnSIGTERMAndHandsOverTheLease() async throws {
        let setup = try await Setup.make()
        let process = try ModconsoleProcess.start(["run", "--headless"], environment: setup.environment)
        let deadline = ContinuousClock.now + .seconds(30)
        while !setup.sim.recordedRequests().contains(where: { $0.method == "GET" && $0.path.contains("/messages") }), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(process.processIdentifier, SIGTERM)
        try await Self.waitForExit(process)
        #expect(process.terminationStatus == 0)
        let next = try await setup.run(["run", "--headless", "--once"])
        #expect(next.status == 0 && !next.stderr.contains("another engine holds the poller lease"), "\(next.stderr)")
        await setup.finish()
    }
}
