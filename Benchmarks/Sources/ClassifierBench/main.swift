import Engine
import Foundation

/// modconsole's side of the classifier benchmark (`Benchmarks/parts/classifier.sh`).
///
/// Trains the local model as `modconsole train` does (the project's corpus
/// plus the third-party `train` rows when the shared data is there), scores
/// it on the dev split, and times classification alone over the same
/// messages scikit-learn gets: texts are read and turned into inputs before
/// the clock starts, and the clock is the process's CPU time. It writes the rows it trained and scored on, and the
/// messages it timed, so the scikit-learn harness sees exactly the same.
///
///     ClassifierBench ROOT SHARED_DIR COUNT WORK_DIR
///
/// ROOT is the project (for data/), SHARED_DIR the third-party data (may not
/// exist), WORK_DIR receives train.jsonl, dev.jsonl, messages.jsonl and modconsole.json.
@main
struct ClassifierBench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 5, let count = Int(arguments[3]), count > 0 else {
            FileHandle.standardError.write(Data("usage: ClassifierBench ROOT SHARED_DIR COUNT WORK_DIR\n".utf8))
            exit(2)
        }
        let root = URL(fileURLWithPath: arguments[1]), shared = arguments[2], work = URL(fileURLWithPath: arguments[4])
        let corpus = try LabelledDataset.read(root.appendingPathComponent("data/corpus-train.jsonl").path).rows
        let dev = try LabelledDataset.read(root.appendingPathComponent("data/corpus-dev.jsonl").path).rows
        let hasShared = FileManager.default.fileExists(atPath: shared)
        let sharedTrain = hasShared ? try ThirdPartyData.rows(in: shared, split: .train) : []
        let sharedTest = hasShared ? try ThirdPartyData.rows(in: shared, split: .test) : []
        let train = corpus + sharedTrain
        try Rows.write(train, to: work.appendingPathComponent("train.jsonl"))
        try Rows.write(dev, to: work.appendingPathComponent("dev.jsonl"))

        // Training, as `modconsole train` does it.
        let rules = try RuleSet(RuleSet.builtIn)
        let trainingStart = Timing.cpuSeconds()
        let model = LocalModelTrainer(rules: rules).train(train.map(\.example), calibration: dev.map(\.example))
        let training = Timing.cpuSeconds() - trainingStart
        let shipped = try LinearModel.shipped()
        var classifier = LocalClassifier(model: model, rules: rules)
        classifier.explains = false

        let devReport = EvaluationReport(rows: dev, results: classifier.verdicts(for: dev.map(\.input)).map { .success($0) },
                                         classifier: "local")

        // The timed messages: every text at hand, cycled to `count`.
        let pool = corpus + dev + sharedTrain + sharedTest
        let messages = (0..<count).map { pool[$0 % pool.count] }
        try Rows.write(messages, to: work.appendingPathComponent("messages.jsonl"))
        let inputs = messages.map(\.input)
        _ = classifier.verdicts(for: Array(inputs.prefix(2000)))  // warm-up, not timed

        // Batches of 1,000 (the engine classifies a poll's page, at most 100):
        // 100,000 verdicts held at once would time the memory, not the classifier.
        let batches = stride(from: 0, to: inputs.count, by: 1000).map { Array(inputs[$0..<min($0 + 1000, inputs.count)]) }
        let batch = Timing.median(3) { for batch in batches { _ = classifier.verdicts(for: batch) } }
        let single = Timing.median(1) { for input in inputs { _ = classifier.verdict(for: input) } }
        var explaining = classifier
        explaining.explains = true
        let withEvidence = Timing.median(1) { for batch in batches { _ = explaining.verdicts(for: batch) } }

        let figures: [String: Any] = [
            "name": "modconsole local classifier \(model.version)",
            "macro_f1": devReport.macroF1,
            "training_seconds": training,
            "training_rows": train.count,
            "dev_rows": dev.count,
            "shared_data": hasShared,
            "matches_shipped_model": model.data() == shipped.data(),
            "batch_per_second": Double(count) / batch,
            "single_per_second": Double(count) / single,
            "evidence_per_second": Double(count) / withEvidence,
            "count": count,
            "model_bytes": model.data().count,
        ]
        try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
            .write(to: work.appendingPathComponent("modconsole.json"))
    }
}

/// Rows as the scikit-learn harness reads them: message, the channel's role, the action.
enum Rows {
    static func write(_ rows: [LabelledMessage], to url: URL) throws {
        var out = Data()
        for row in rows {
            let object: [String: String] = ["message": row.message, "role": row.input.channelRole.rawValue, "action": row.action.rawValue]
            out.append(try JSONSerialization.data(withJSONObject: object))
            out.append(0x0A)
        }
        try out.write(to: url)
    }
}

/// Times are the process's CPU seconds, not the wall clock: the part runs
/// pinned to one core on a machine other work may share, and time spent
/// waiting for that core is not the classifier's (the scikit-learn harness
/// measures the same way, with `time.process_time`).
enum Timing {
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The median CPU time, in seconds, of `runs` runs of `body`.
    static func median(_ runs: Int, _ body: () -> Void) -> Double {
        let times = (0..<runs).map { _ in
            let start = cpuSeconds()
            body()
            return cpuSeconds() - start
        }.sorted()
        return times[times.count / 2]
    }
}
