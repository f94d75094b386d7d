import BenchSupport
import DiscordREST
import DiscordSimulator
import Engine
import Foundation

/// Part 6: the LLM path against the simulator's fake OpenAI-compatible
/// server: how many calls a cross-post burst costs through the engine (its
/// cross-post clustering and the classifier's cache), and how throughput
/// grows with the classifier's concurrency at a fixed server latency.
enum LLMBench {
    static let crossPost = "🎁 FREE NITRO for everyone! claim now before it expires: https://disc0rd-gift.com/claim @everyone"
    static let latencyMilliseconds = 100
    static let batch = 32
    static let concurrencies = [1, 4, 8]

    static func run(directory: String) async throws -> Section {
        let server = try await FakeLLMServer.start()
        let endpoint = LLMEndpoint(baseURL: server.baseURL, apiKey: "bench-key", model: "bench-model")

        // The cross-post burst, through the engine: one text by one author in all ten channels between two polls.
        let guild = try await BenchGuild.start(history: 0, in: directory)
        let classifier = LLMClassifier(client: ChatCompletionsClient(endpoint: endpoint))
        let engine = try await guild.engine(store: "llm", classifier: classifier)
        _ = await engine.pollCycle()  // sets each channel's cursor; the channels are empty, so no call
        let before = server.requests.count
        for channel in guild.channels { guild.post(crossPost, by: 0, in: channel) }
        let first = await engine.pollCycle()
        let burstCalls = server.requests.count - before
        for channel in guild.channels { guild.post(crossPost, by: 0, in: channel) }
        _ = await engine.pollCycle()
        let repeatCalls = server.requests.count - before - burstCalls
        let watched = Set(guild.channels)
        let roles = Set(try await engine.store.channels().filter { watched.contains($0.id) }.map(\.role)).count
        await guild.sim.stop()

        // Throughput: distinct texts (no cache hits), every answer held for the same latency.
        var rates: [Int: Double] = [:]
        for concurrency in concurrencies {
            rates[concurrency] = try await throughput(endpoint: endpoint, server: server, concurrency: concurrency)
        }
        let mostInFlight = server.maxConcurrentRequests
        await server.stop()
        let single = rates[1] ?? 0
        let channels = BenchGuild.channelCount
        var figures = [
            Figure(measure: "LLM calls for one text cross-posted in \(channels) channels", value: Double(burstCalls), unit: "calls",
                   goal: "1 per unique text", met: burstCalls <= 1),
            Figure(measure: "calls when the same cross-post comes again (cache)", value: Double(repeatCalls), unit: "calls",
                   goal: "0", met: repeatCalls == 0),
            Figure(measure: "suggestions for that burst (clustering)", value: Double(first.newSuggestions), unit: "suggestions",
                   goal: "1", met: first.newSuggestions == 1),
        ]
        for concurrency in concurrencies where concurrency > 1 {
            let rate = rates[concurrency] ?? 0
            figures.append(Figure(
                measure: "throughput at concurrency \(concurrency), \(latencyMilliseconds) ms per answer", value: rate,
                unit: "messages/s", baseline: "concurrency 1", baselineValue: single,
                goal: ">= 0.8 × \(concurrency)x concurrency 1", met: rate >= 0.8 * Double(concurrency) * single))
        }
        var notes: [String] = []
        if burstCalls > 1 {
            notes.append("""
                A cross-post in \(channels) channels costs \(burstCalls) calls, \(burstCalls - 1) more than the goal. The engine \
                reuses the verdict of the same text by the same author within the cross-post window in channels of the same \
                role and guidance, and a delete in any channel (`ModerationEngine.earlierVerdicts`); a verdict may rightly \
                differ by role (a job post is at home in #jobs), so the floor for a text that is not deleted is one call per \
                role: \(roles) here, among the \(channels) channels. More calls than that for this scam mean the reuse missed.
                """)
        }
        for figure in figures.dropFirst(3) where !figure.met {
            notes.append("\(figure.measure): \(String(format: "%.1f", figure.value)) messages/s, \(String(format: "%.1f", (figure.ratio ?? 0))) × concurrency 1 against a goal of \(figure.goal).")
        }
        return Section(
            order: 6, title: "LLM path against the fake OpenAI-compatible server",
            command: "scripts/benchmarks.sh llm",
            method: """
                The simulator's fake OpenAI-compatible server (`FakeLLMServer`, DSPy chat-adapter answers) and the engine with \
                the LLM classifier (`LLMClassifier`, its verdict cache on) polling a simulated guild of \(channels) empty \
                channels: one scam text posted by one author in all \(channels) between two polls, then the same again; the \
                server's request count is the measure. Throughput: `classify(batch:)` of \(batch) different texts (so no cache \
                hit), every answer held \(latencyMilliseconds) ms by the server, at concurrency \(concurrencies.map(String.init).joined(separator: ", ")); \
                concurrency 1 in the same run is the baseline. The fake server serves any number of requests at once (most \
                seen in flight: \(mostInFlight)), so its limit is the client's concurrency: the ideal is \
                concurrency × the baseline. One untimed call first warms the connection.
                """,
            figures: figures, notes: notes)
    }

    /// Messages per second for a batch of distinct texts at `concurrency`.
    static func throughput(endpoint: LLMEndpoint, server: FakeLLMServer, concurrency: Int) async throws -> Double {
        let classifier = LLMClassifier(client: ChatCompletionsClient(endpoint: endpoint), settings: .init(concurrency: concurrency))
        let input = { (n: Int) in
            ClassifierInput(message: "c\(concurrency) " + BenchGuild.ordinary(n), author: "swiftlyjen", channelName: "general",
                            channelRole: .general)
        }
        _ = await classifier.classify(batch: [input(batch)])
        for _ in 0..<batch { server.enqueue(.delay(.milliseconds(latencyMilliseconds))) }
        let started = ContinuousClock.now
        let results = await classifier.classify(batch: (0..<batch).map(input))
        let elapsed = ContinuousClock.now - started
        let failed = results.filter { (try? $0.get()) == nil }.count
        guard failed == 0 else { throw BenchFailure("\(failed) of \(batch) LLM calls failed at concurrency \(concurrency)") }
        return Double(batch) / elapsed.seconds
    }
}

/// Why a measurement could not be taken.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
