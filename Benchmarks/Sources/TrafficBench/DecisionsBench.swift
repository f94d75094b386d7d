import BenchSupport
import DiscordREST
import Engine
import Foundation

/// Part 7: thirty `modconsole queue approve ID` processes in a row, beside
/// one engine making the same thirty decisions, each on its own simulated
/// guild (same seed, same posts) and a store made by polling it.
enum DecisionsBench {
    static let decisions = 30

    /// What one side's thirty decisions cost, as the simulator recorded it.
    struct Outcome {
        var traffic: Traffic
        var succeeded: Int
        var seconds: Double
    }

    static func run(directory: String, binary: String) async throws -> Section {
        let cli = try await side(directory + "/cli") { guild, ids in
            var succeeded = 0
            for id in ids {
                let status = try await runProcess(binary, ["queue", "approve", String(id), "--db", guild.storePath("store")],
                                                  environment: guild.environment, output: guild.directory + "/approve-\(id)")
                if status == 0 { succeeded += 1 }
            }
            return succeeded
        }
        let single = try await side(directory + "/engine") { guild, ids in
            let engine = try await guild.engine(store: "store", classifier: try LocalClassifier.shipped(), started: false)
            var succeeded = 0
            for id in ids where (try? await engine.decide(id, .approve))?.outcome.succeeded == true { succeeded += 1 }
            return succeeded
        }
        let baseline = "one engine (one process) making the same \(decisions) decisions"
        let ratio = single.traffic.requests == 0 ? .infinity : Double(cli.traffic.requests) / Double(single.traffic.requests)
        let figures = [
            Figure(measure: "responses 429 over \(decisions) `queue approve` in a row", value: Double(cli.traffic.tooManyRequests),
                   unit: "responses", baseline: baseline, baselineValue: Double(single.traffic.tooManyRequests), goal: "0",
                   met: cli.traffic.tooManyRequests == 0),
            Figure(measure: "requests for the \(decisions) decisions", value: Double(cli.traffic.requests), unit: "requests",
                   baseline: baseline, baselineValue: Double(single.traffic.requests),
                   goal: "<= 1.1x one engine's (set-up facts cached)", met: ratio <= 1.1),
            Figure(measure: "decisions that took effect (exit 0)", value: Double(cli.succeeded), unit: "decisions",
                   baseline: baseline, baselineValue: Double(single.succeeded), goal: "all \(decisions)",
                   met: cli.succeeded == decisions),
        ]
        var notes = [String(format: "Wall time: %.1f s for the %d processes, %.1f s for one engine; Discord's limits on the "
                            + "audit channel's posts and on opening DMs set the pace of both.", cli.seconds, decisions, single.seconds)]
        if !figures[0].met {
            notes.append("\(cli.traffic.tooManyRequests) responses 429 against a goal of 0: a process started before the "
                         + "previous one's answers were saved, or a bucket was not shared through the store.")
        }
        if !figures[1].met {
            notes.append(String(format: "The processes made %.2fx one engine's requests (goal <= 1.1x): each still asks "
                                + "Discord for set-up facts the store could cache.", ratio))
        }
        return Section(
            order: 7, title: "Back-to-back CLI decisions",
            command: "scripts/benchmarks.sh cli-decisions",
            method: """
                Two simulated guilds from the same seed (Discord-like rate limits), each with \(decisions) scams posted in \
                #general and #help and polled into a fresh store by the engine (local classifier, cross-post grouping off), \
                so each store holds \(decisions) pending deletes. On one, \(decisions) `modconsole queue approve ID` \
                processes run one after another (release binary; HOME and XDG folders in a scratch folder); on the other, \
                one engine in one process makes the same decisions (`ModerationEngine.decide`, logging in on the first). \
                Each approve deletes the scam, DMs its author and posts to #mod-log. Counted from each simulator's request \
                record, from the first decision to the last.
                """,
            figures: figures, notes: notes)
    }

    /// A guild with `decisions` scams polled into a store, then `decide` run
    /// on their suggestion ids; returns what the simulator recorded meanwhile.
    static func side(_ directory: String, _ decide: (BenchGuild, [Int64]) async throws -> Int) async throws -> Outcome {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let guild = try await BenchGuild.start(history: 0, in: directory) { $0.crossPostWindow = .zero }
        let poller = try await guild.engine(store: "store", classifier: try LocalClassifier.shipped())
        _ = await poller.pollCycle()
        // A second apart over the last half minute: with cross-post grouping off, no two are taken for one.
        for n in 0..<decisions {
            guild.post(scam(n), by: n, in: guild.channels[n % 2], at: Date().addingTimeInterval(Double(n - decisions)))
        }
        _ = await poller.pollCycle()
        await poller.relinquish()
        let all = try await poller.store.queue(.all, limit: 1_000)
        let ids = all.filter { $0.state == .pending }.map(\.id).sorted()
        guard ids.count >= decisions else {
            let verdicts = all.map { "\($0.state.rawValue) \($0.verdict.action.rawValue): \($0.content.prefix(30))" }
            throw BenchFailure("polling \(decisions) scams left \(ids.count) pending suggestions: \(verdicts)")
        }
        guild.sim.clearRecord()
        let started = ContinuousClock.now
        let succeeded = try await decide(guild, Array(ids.prefix(decisions)))
        let elapsed = ContinuousClock.now - started
        let traffic = Traffic(guild.sim.recordedRequests())
        await guild.sim.stop()
        return Outcome(traffic: traffic, succeeded: succeeded, seconds: elapsed.seconds)
    }

    /// The `n`th scam: each differs from the others.
    static func scam(_ n: Int) -> String {
        let scams = [
            "🎁 Free Discord Nitro for 3 months, gifted by Steam: https://dlscord-nitro.gift/{n}",
            "🚀 $SWIFT airdrop is LIVE for early devs, claim before it closes: https://swift-airdrop.claims/claim?ref={n}",
            "who wants free nitro? first 50 people only 👉 https://nitro-claim.xyz/gift/{n}",
            "🎁 FREE NITRO for everyone! claim now before it expires: https://disc0rd-gift.com/claim/{n} @everyone",
        ]
        return scams[n % scams.count].replacingOccurrences(of: "{n}", with: "d\(n)")
    }

    /// Runs `binary` with `arguments` and returns its exit status; its output goes to `output`.out and .err.
    static func runProcess(_ binary: String, _ arguments: [String], environment: [String: String], output: String) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        _ = FileManager.default.createFile(atPath: output + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: output + ".err", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output + ".err"))
        // Waited for without blocking a thread: the simulator answering it runs in this process.
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
