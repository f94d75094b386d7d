import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// Issue 12's crash loop: an auto engine killed with SIGKILL again and again,
/// at random moments and right as it posts, then one clean run. Every action
/// must end once, never twice: no repost, DM or audit message posted twice,
/// none left half done, and the audit log intact.
@Suite struct CrashLoopTests {
    /// Iterations: 30 in CI (about a minute), 200 with MODCONSOLE_SOAK=1.
    static var iterations: Int { Soak.isLong ? 200 : 30 }

    @Test func killedAtRandomMomentsTheEngineNeverDuplicatesNorStrandsAnAction() async throws {
        var setup = try await EngineCommandTests.Setup.make(SimulatorOptions(seed: 12, backlogPerChannel: 0))
        setup.environment.merge(try Soak.fastAutoConfiguration(in: setup.directory)) { _, new in new }
        let sim = setup.sim
        let jobs = try #require(sim.channelID(named: "jobs")), modLog = try #require(sim.channelID(named: "mod-log"))

        // A busy audit channel: a resumed post is looked for among 1,000+ messages.
        let chatter = try #require(sim.userID(named: "swiftlyjen"))
        for n in 0..<1_050 { sim.postMessage("mod chatter \(n): looked at the report, nothing to do", author: chatter, channel: modLog) }
        var posted = 0
        func postWork(scams: Int, jobPosts: Int) throws {
            for _ in 0..<scams {
                try setup.post(Soak.scam(posted), as: Soak.authors[posted % Soak.authors.count], in: posted % 2 == 0 ? "general" : "help")
                posted += 1
            }
            for _ in 0..<jobPosts {
                try setup.post(Soak.jobPost(posted), as: Soak.authors[posted % Soak.authors.count], in: "general")
                posted += 1
            }
        }
        try postWork(scams: 16, jobPosts: 4)

        var killedMidPost = 0, killedAtRandom = 0, exitedEarly: [String] = []
        let postRoutes = [jobs, modLog].map { "/channels/\($0)/messages" }
        for iteration in 0..<Self.iterations {
            if iteration % 2 == 1 { try postWork(scams: 1, jobPosts: iteration % 6 == 1 ? 1 : 0) }
            let first = sim.recordedRequests().last.map { $0.sequence + 1 } ?? 0
            let midPost = Bool.random()
            if midPost, Bool.random() {
                // Held a moment, so the kill lands while the post is in flight and the post lands after it.
                for route in postRoutes { sim.inject(.delay(.milliseconds(300)), route: RouteMatcher(method: "POST", path: route)) }
            }
            let out = setup.directory + "/run-\(iteration)"
            let process = try ModconsoleProcess.start(Soak.autoRun, environment: setup.environment, stdout: out + ".out", stderr: out + ".err")
            if midPost, try await Self.waitForPost(sim, after: first, routes: postRoutes, process: process) {
                killedMidPost += 1
            } else {
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...1_500)))
                killedAtRandom += 1
            }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) } else {
                exitedEarly.append("run \(iteration) exited \(process.terminationStatus): \(ModconsoleProcess.text(of: out + ".err"))")
            }
            try await EngineCommandTests.waitForExit(process)
            sim.clearFaults()
        }

        try await waitUntil("held posts to land") { sim.recordedRequests().allSatisfy { $0.status != 0 } }
        let final = try await setup.run(["run", "--headless", "--once"], extra: [:])
        #expect(final.status == 0, "the clean run after the crashes: \(final.stderr)")

        let suggestions = try await Soak.suggestions(setup)
        let duplicated = Soak.duplicatedEffects(sim.snapshot(), bot: sim.botUserID, suggestions: suggestions)
        let unfinished = suggestions.filter { Soak.unfinishedStates.contains($0.state) }
        let verify = try await setup.run(["audit", "--verify"])
        let executed = suggestions.filter { $0.state == "done" }.count
        print("crash-loop: iterations=\(Self.iterations) killed_mid_post=\(killedMidPost) killed_at_random=\(killedAtRandom) "
              + "posted=\(posted) executed=\(executed) duplicated=\(duplicated.count) unfinished=\(unfinished.count) "
              + "audit=\(verify.status == 0 ? "ok" : "BROKEN") crashes=\(exitedEarly.count)")
        #expect(exitedEarly.isEmpty, "\(exitedEarly)")
        #expect(duplicated.isEmpty, "duplicated effects: \(duplicated)")
        #expect(unfinished.isEmpty, "unfinished actions: \(unfinished.map { "#\($0.id) \($0.action) \($0.state)" })")
        #expect(verify.status == 0, "audit --verify: \(verify.stdout)\(verify.stderr)")
        #expect(executed >= posted / 2, "the engine acted on the scams and job posts: \(executed) of \(posted)")

        let outputs = (try FileManager.default.contentsOfDirectory(atPath: setup.directory)).map { setup.directory + "/" + $0 }
        let hits = SecretScan.scan(paths: outputs + SecretScan.storeFiles(setup.store), texts: ["final.stdout": final.stdout, "final.stderr": final.stderr],
                                   secrets: [sim.botToken])
        #expect(hits.isEmpty, "\(hits)")
        await setup.finish()
    }

    /// Waits until the simulator has received a post to one of `routes` since
    /// request `first` (the engine is then mid-step): true once it has, false
    /// if the engine exited or posted nothing for a while (it had nothing left to do).
    static func waitForPost(_ sim: DiscordSimulator, after first: Int, routes: [String], process: Process) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline {
            let posted = sim.recordedRequests().reversed().prefix { $0.sequence >= first }
                .contains { $0.method == "POST" && routes.contains($0.apiPath) }
            if posted { return true }
            try await Task.sleep(for: .milliseconds(2))
        }
        return false
    }
}
