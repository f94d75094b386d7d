import BenchSupport
import DiscordREST
import Engine
import Foundation

/// Part 2: modconsole's poller (one `after`-cursor read per channel, paging
/// forward 100 at a time) beside the original bot's design (the last 20
/// messages of each channel every cycle), both on the same simulated guild
/// of ten channels, with the simulator's request record as the observer.
enum PollingBench {
    static let idleCycles = 5
    /// Between cycles, as a poller waits between them: neither side is paced by the simulator's limits here.
    static let pauseMilliseconds = 200
    static let oneChannelBurst = 250
    static let perChannelBurst = 25

    /// One poller, its cycle, and every 429 it drew in the whole run.
    final class Side {
        let cycle: () async throws -> Void
        private(set) var tooManyRequests = 0
        private(set) var cyclesRun = 0
        init(_ cycle: @escaping () async throws -> Void) { self.cycle = cycle }

        /// One cycle, with the requests it made as the simulator recorded them.
        func measured(on guild: BenchGuild) async throws -> Traffic {
            try await Task.sleep(for: .milliseconds(PollingBench.pauseMilliseconds))
            cyclesRun += 1
            guild.sim.clearRecord()
            try await cycle()
            let traffic = Traffic(guild.sim.recordedRequests())
            tooManyRequests += traffic.tooManyRequests
            return traffic
        }
    }

    static func run(directory: String) async throws -> Section {
        let guild = try await BenchGuild.start(in: directory)
        let engine = try await guild.engine(store: "polling", classifier: try LocalClassifier.shipped())
        let bot = OriginalBotPoller(apiBase: guild.sim.baseURL, token: guild.sim.botToken, channels: guild.channels)
        let ours = Side { _ = await engine.pollCycle() }
        let theirs = Side { try await bot.cycle() }

        // Warm-up, not measured: each side's first cycle reads the channels' history.
        _ = try await ours.measured(on: guild)
        _ = try await theirs.measured(on: guild)

        var oursIdle: [Traffic] = [], theirsIdle: [Traffic] = []
        for _ in 0..<idleCycles { oursIdle.append(try await ours.measured(on: guild)) }
        for _ in 0..<idleCycles { theirsIdle.append(try await theirs.measured(on: guild)) }

        /// One burst for each side, its own fresh messages posted by `post(tag)`
        /// after a cycle that takes in the other side's: that side's next cycle, and what it missed.
        func burst(_ post: (String) -> [String]) async throws -> (ours: Traffic, oursMissed: Int, theirs: Traffic, theirsMissed: Int) {
            _ = try await ours.measured(on: guild)
            let oursPosted = post("a")
            let oursTraffic = try await ours.measured(on: guild)
            let oursMissed = Set(oursPosted).subtracting(try await BenchGuild.storedMessageIDs(engine.store)).count
            _ = try await theirs.measured(on: guild)
            let theirsPosted = post("b")
            let theirsTraffic = try await theirs.measured(on: guild)
            return (oursTraffic, oursMissed, theirsTraffic, Set(theirsPosted).subtracting(bot.seen).count)
        }
        // 250 new messages in #general between two polls.
        let one = try await burst { tag in
            (0..<oneChannelBurst).map { guild.post("\(tag) \(BenchGuild.ordinary($0))", by: $0, in: guild.channels[0]) }
        }
        // 25 new messages in each of the ten channels between two polls.
        let spread = try await burst { tag in
            guild.channels.flatMap { channel in
                (0..<perChannelBurst).map { guild.post("\(tag) \(channel) \(BenchGuild.ordinary($0))", by: $0, in: channel) }
            }
        }

        let channels = Double(BenchGuild.channelCount)
        let idleRequests = average(oursIdle.map(\.requests)), baseIdleRequests = average(theirsIdle.map(\.requests))
        let idleBytes = average(oursIdle.map(\.bytes)), baseIdleBytes = average(theirsIdle.map(\.bytes))
        // Pages of 100 until one comes back short, and one read of each other channel.
        let pagedCycle = oneChannelBurst / 100 + 1 + BenchGuild.channelCount - 1
        let baseline = "original bot: GET ?limit=20 per channel per cycle"
        let figures = [
            Figure(measure: "requests per idle cycle, 10 channels", value: idleRequests, unit: "requests", baseline: baseline,
                   baselineValue: baseIdleRequests, goal: "1 per channel (10)", met: idleRequests <= channels),
            Figure(measure: "response body bytes per idle cycle, 10 channels", value: idleBytes, unit: "bytes", baseline: baseline,
                   baselineValue: baseIdleBytes, goal: "small: <= 100 B per channel (1,000)", met: idleBytes <= 100 * channels),
            Figure(measure: "messages missed, 250 arriving in one channel between two polls", value: Double(one.oursMissed),
                   unit: "messages", baseline: baseline, baselineValue: Double(one.theirsMissed), goal: "0", met: one.oursMissed == 0),
            Figure(measure: "requests for that cycle (pages of 100)", value: Double(one.ours.requests), unit: "requests",
                   baseline: baseline, baselineValue: Double(one.theirs.requests), goal: "1 per 100 new, 1 per other channel (\(pagedCycle))",
                   met: one.ours.requests <= pagedCycle),
            Figure(measure: "requests for a 10-channel burst (25 new in each)", value: Double(spread.ours.requests), unit: "requests",
                   baseline: baseline, baselineValue: Double(spread.theirs.requests), goal: "1 per channel (10)",
                   met: Double(spread.ours.requests) <= channels),
            Figure(measure: "messages missed in that burst", value: Double(spread.oursMissed), unit: "messages", baseline: baseline,
                   baselineValue: Double(spread.theirsMissed), goal: "0", met: spread.oursMissed == 0),
            Figure(measure: "responses 429, whole run (\(ours.cyclesRun) cycles each)", value: Double(ours.tooManyRequests),
                   unit: "responses", baseline: baseline, baselineValue: Double(theirs.tooManyRequests), goal: "0",
                   met: ours.tooManyRequests == 0),
        ]
        await guild.sim.stop()
        var notes: [String] = []
        for figure in figures where !figure.met {
            notes.append("\(figure.measure): \(figure.value) \(figure.unit) against a goal of \(figure.goal).")
        }
        return Section(
            order: 2, title: "Polling vs the original bot's design",
            command: "scripts/benchmarks.sh polling",
            method: """
                One simulated guild (Discord-like rate limits), ten watched text channels with 20 messages of history each. \
                modconsole's poller (`ModerationEngine.pollCycle`, local classifier, store in a scratch folder) and the original \
                bot's design (every cycle, `GET /channels/{id}/messages?limit=20` for each channel, no cursor; a small harness on \
                the same libcurl transport and token) take turns on it, \(pauseMilliseconds) ms apart. The simulator's request record \
                counts requests, response body bytes (headers left out) and 429s. Each side's first cycle (reading the history) \
                is a warm-up and not counted; idle figures are the mean of \(idleCycles) cycles. For each burst, each side gets \
                its own fresh messages, after a cycle that takes in the other side's. Missed: posted messages a side never read \
                (for modconsole, never stored).
                """,
            figures: figures, notes: notes)
    }

    static func average(_ values: [Int]) -> Double {
        values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
    }
}
