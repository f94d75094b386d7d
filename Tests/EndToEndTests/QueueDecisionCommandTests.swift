import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// `queue` decides through the engine's one decision path and exits by the
/// outcome; `auto off` reaches a running engine. Run as processes against the
/// simulator over HTTP with a real store file.
@Suite struct QueueDecisionCommandTests {
    typealias Setup = EngineCommandTests.Setup

    /// The suggestion id a `classified` JSON line gives for a message, from a headless run's output.
    static func suggestionID(of message: String, in output: String) -> Int? {
        for line in output.split(separator: "\n") {
            guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  event["event"] as? String == "classified", event["message_id"] as? String == message else { continue }
            return event["suggestion_id"] as? Int
        }
        return nil
    }

    /// Polls once and returns the suggestion id of `post`.
    static func polled(_ post: String, _ setup: Setup) async throws -> Int {
        let once = try await setup.run(["run", "--headless", "--once"])
        #expect(once.status == 0, "\(once.stderr)")
        return try #require(suggestionID(of: post, in: once.stdout), "\(once.stdout)")
    }

    @Test func approveAfterAFailedSetRunsTheChosenMoveAndExitsZero() async throws {
        let setup = try await Setup.make()
        let post = try setup.post("does anyone know why my SwiftUI preview crashes when I use @Observable in a package?")
        let id = String(try await Self.polled(post, setup))

        setup.sim.revokeBotPermission(.manageMessages)
        let set = try await setup.run(["queue", "set", id, "move"])
        #expect(set.status == 1 && set.stdout.contains("move failed") && set.stdout.contains("Manage Messages"), "\(set.stdout)\(set.stderr)")
        #expect(!setup.sim.snapshot().isDeleted(post))

        setup.sim.grantBotPermission(.manageMessages)
        let approve = try await setup.run(["queue", "approve", id])
        #expect(approve.status == 0 && approve.stdout.contains("move done"), "\(approve.stdout)\(approve.stderr)")
        #expect(setup.sim.snapshot().isDeleted(post))
        #expect(try setup.jobsMessages().filter { $0.content.contains("@Observable in a package") }.count == 1, "reposted exactly once")
        await setup.finish()
    }

    @Test func dismissNeedsNoDiscordAndReopenBringsTheDecisionBack() async throws {
        let setup = try await Setup.make()
        let post = try setup.post(EngineCommandTests.scam, as: "xcodebeachball")
        let id = String(try await Self.polled(post, setup))

        // Nothing runs on Discord for a dismissal: an unreachable API does not matter.
        let offline = ["DISCORD_API_BASE": "http://127.0.0.1:9/api/v10"]
        let dismiss = try await setup.run(["queue", "dismiss", id, "--reason", "a friend's real giveaway"], extra: offline)
        #expect(dismiss.status == 0 && dismiss.stdout.contains("dismissed"), "\(dismiss.stdout)\(dismiss.stderr)")
        let refused = try await setup.run(["queue", "approve", id])
        #expect(refused.status == 1 && refused.stderr.contains("queue reopen \(id)"), "\(refused.stderr)")

        let reopen = try await setup.run(["queue", "reopen", id], extra: offline)
        #expect(reopen.status == 0 && reopen.stdout.contains("pending"), "\(reopen.stdout)\(reopen.stderr)")
        let audit = try #require(try await setup.json(["audit", "--json"]) as? [[String: Any]])
        #expect(audit.first?["action"] as? String == "reopen")

        let approve = try await setup.run(["queue", "approve", id, "--reason", "Scam links are removed.", "--no-dm"])
        #expect(approve.status == 0 && approve.stdout.contains("delete done"), "\(approve.stdout)\(approve.stderr)")
        #expect(setup.sim.snapshot().isDeleted(post) && setup.sim.snapshot().directMessages.isEmpty)

        let undo = try await setup.run(["queue", "undo", id])
        #expect(undo.status == 0 && undo.stdout.contains("reverted"), "\(undo.stdout)\(undo.stderr)")
        let reopenUndone = try await setup.run(["queue", "reopen", id])
        #expect(reopenUndone.status == 0, "\(reopenUndone.stderr)")

        let help = try await setup.run(["queue", "reopen", "--help"])
        #expect(help.stdout.contains("Open a dismissed or undone suggestion again"))
        let misuse = try await setup.run(["queue", "set", id, "flag", "--delete-recent"])
        #expect(misuse.status != 0 && misuse.stderr.contains("--delete-recent goes with ban only"))
        await setup.finish()
    }

    @Test func autoOffFromTheCommandLineStopsARunningEngineScheduling() async throws {
        let setup = try await Setup.make()
        let config = setup.directory + "/fast.toml"
        try "[engine]\npoll_interval_seconds = 1\n".write(toFile: config, atomically: true, encoding: .utf8)
        let out = setup.directory + "/events.jsonl", err = setup.directory + "/stderr.txt"
        let process = try ModconsoleProcess.start(
            ["run", "--headless", "--config", config, "--auto", "--auto-grace", "600", "--auto-min-confidence", "0.5"],
            environment: setup.environment, stdout: out, stderr: err)
        let text = ModconsoleProcess.text(of:)

        let first = try setup.post(EngineCommandTests.scam, as: "xcodebeachball")
        try await waitUntil("the first scam's auto action to be announced") {
            guard let id = Self.suggestionID(of: first, in: text(out)) else { return false }
            return text(err).contains("auto: delete suggestion \(id) by ")
                && text(err).contains(" unless vetoed (modconsole queue dismiss \(id) / x in the console)")
        }
        let off = try await setup.run(["auto", "off"])
        #expect(off.status == 0 && off.stdout.contains("auto mode: off"), "\(off.stdout)")

        let second = try setup.post(EngineCommandTests.scam, as: "segfault_sam")
        try await waitUntil("the second scam to be classified") { Self.suggestionID(of: second, in: text(out)) != nil }
        // A later message's round starts only after the second's round (poll, then schedule and execute) has ended.
        let third = try setup.post("is there a Swift package for parsing TOML?", as: "uikit_kai")
        try await waitUntil("a later poll round") { Self.suggestionID(of: third, in: text(out)) != nil }

        let secondID = try #require(Self.suggestionID(of: second, in: text(out)))
        #expect(!text(err).contains("suggestion \(secondID) by"), "nothing scheduled after auto off: \(text(err))")
        let queue = try #require(try await setup.json(["queue", "list", "--json"]) as? [[String: Any]])
        #expect(queue.contains { $0["id"] as? Int == secondID }, "still pending for a human")
        #expect(queue.allSatisfy { $0["due_at"] == nil }, "auto off cancelled the first one and scheduled nothing since: \(queue)")
        #expect(text(out).split(separator: "\n").allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil },
                "stdout holds only JSON lines")

        kill(process.processIdentifier, SIGTERM)
        try await EngineCommandTests.waitForExit(process)
        await setup.finish()
    }
}
