import BenchSupport
import ConsoleUI
import DiscordREST
import Engine
import Foundation

/// The console's frame time, in process: the real overview read from a
/// store (the console part's 100,000-message one), then ConsoleUI's
/// `Renderer` drawing the queue screen into a cell buffer, and a key press
/// as the UI thread handles it (update, render, the diff the terminal
/// writes). Prints the figures as a JSON array for `parts/console.sh`.
///
///     ConsoleBench STORE [iterations=2000]
///
/// Run it pinned to one core (`taskset -c 0`); the first 10% of the
/// iterations warm up and are not counted.
@main
enum ConsoleBench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: ConsoleBench STORE [iterations]\n".utf8))
            exit(2)
        }
        let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
        let overview = try await Self.overview(of: arguments[1])
        var state = ConsoleState(size: Size(width: 120, height: 40))
        state = Console.update(state, .overview(overview)).0
        FileHandle.standardError.write(Data("ConsoleBench: \(overview.queue.count) suggestions in the overview, \(overview.audit.count) audit entries\n".utf8))

        let render = FrameTiming.measure(iterations) { _ in _ = Renderer.render(state) }
        var shown = Renderer.render(state)
        var keyed = state
        let key = FrameTiming.measure(iterations) { index in
            // j and k in turn: the selection moves, so every frame differs from the last.
            keyed = Console.update(keyed, .key(.character(index % 2 == 0 ? "j" : "k"))).0
            let frame = Renderer.render(keyed)
            _ = frame.changes(since: shown)
            shown = frame
        }
        let figures = [
            Figure(measure: "render the queue screen (120x40) into the cell buffer, median of \(render.count) "
                       + "(99th percentile \(String(format: "%.2f", render.p99)) ms)",
                   value: render.median, unit: "ms", goal: "< 1 ms per frame", met: render.median < 1),
            Figure(measure: "key press (j/k): update, render, diff against the last frame, median "
                       + "(99th percentile \(String(format: "%.2f", key.p99)) ms)",
                   value: key.median, unit: "ms", goal: "< 1 ms per frame", met: key.median < 1),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(figures))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// The overview a console opening on `path` reads, through the engine's own full read.
    static func overview(of path: String) async throws -> EngineOverview {
        let store = try Store.openForReading(path: path)
        let configuration = Configuration()
        let client = DiscordClient(configuration: .init(token: BotToken(""), apiBase: configuration.apiBase))
        let engine = ModerationEngine(configuration: configuration, store: store, client: client, classifier: try LocalClassifier.shipped())
        return try await engine.overview()
    }
}

/// Wall-clock times of repeated runs of one piece of work, warm-up excluded.
struct FrameTiming {
    /// Milliseconds per run, sorted.
    let samples: [Double]
    var count: Int { samples.count }
    var median: Double { samples[samples.count / 2] }
    var p99: Double { samples[min(samples.count * 99 / 100, samples.count - 1)] }

    /// Runs `work` `iterations` times after a tenth as many warm-up runs.
    static func measure(_ iterations: Int, _ work: (Int) -> Void) -> FrameTiming {
        for index in 0..<max(iterations / 10, 1) { work(index) }
        let clock = ContinuousClock()
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for index in 0..<max(iterations, 1) {
            let elapsed = clock.measure { work(index) }
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        return FrameTiming(samples: samples.sorted())
    }
}
