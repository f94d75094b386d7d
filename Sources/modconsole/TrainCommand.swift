import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// `modconsole train`: rebuilds the local model from a labelled corpus.
struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the local model from labelled messages and print its dev-split scores.",
        discussion: """
            Deterministic: the same data gives a byte-identical model, so training on \
            data/corpus-train.jsonl with --include-shared ../shared/data reproduces the shipped \
            Sources/Engine/Resources/local-model.bin. \
            The dev split is --dev, else the file beside --dataset with "train" replaced by "dev"; \
            it calibrates confidence and is scored, never trained on.
            """)

    @Option(help: ArgumentHelp("Training data, JSON Lines with message, author, channel_name, intent, action.", valueName: "file.jsonl"))
    var dataset: String

    @Option(help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp("Dev split (default: beside --dataset, train -> dev).", valueName: "file.jsonl"))
    var dev: String?

    @Option(name: .customLong("include-shared"),
            help: ArgumentHelp("Also train on the `train` rows of the third-party sets in this folder (../shared/data).", valueName: "dir"))
    var includeShared: String?

    @Flag(name: .customLong("include-store"),
          help: "Also train on the moderators' final decisions in the store (--db or MODCONSOLE_DB), each repeated \(Train.moderatorLabelWeight) times.")
    var includeStore = false

    /// How many times each moderator label is repeated in the training data.
    /// A moderator's decision is worth more than a corpus row: it is a real
    /// message from this community, judged by someone who enforces the
    /// policy, and usually one the model got wrong. A small weight lets a few
    /// corrections move the model without a handful of decisions drowning
    /// out thousands of corpus rows.
    static let moderatorLabelWeight = 3

    @Option(help: "log2 of the number of hashed features.")
    var featureBits = LocalModelTrainer.Settings().featureBits

    @Option(help: "Passes over the training data.")
    var epochs = LocalModelTrainer.Settings().epochs

    @Option(help: "AdaGrad learning rate.")
    var learningRate = LocalModelTrainer.Settings().learningRate

    @Option(help: "L2 penalty per step.")
    var l2 = LocalModelTrainer.Settings().l2

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (10...24).contains(featureBits) else { throw ValidationError("--feature-bits must be 10 to 24") }
        guard epochs > 0, learningRate > 0, l2 >= 0 else { throw ValidationError("--epochs and --learning-rate must be positive, --l2 not negative") }
    }

    func run() async throws {
        let devPath = dev ?? defaultDevPath()
        guard let devPath else {
            throw ValidationError("no dev split: pass --dev FILE (a file beside \(dataset) named with \"dev\" for \"train\" is used when it exists)")
        }
        let corpus = try readReporting(dataset)
        let shared = try includeShared.map { try ThirdPartyData.rows(in: $0, split: .train) } ?? []
        let store = includeStore ? try EngineSession.openExistingStore(db: global.db) : nil
        let labels = try await store?.moderatorLabels().map(\.example) ?? []
        let moderated = labels.flatMap { Array(repeating: $0, count: Self.moderatorLabelWeight) }
        let train = corpus + shared + moderated
        let devRows = try readReporting(devPath)
        guard !train.isEmpty, !devRows.isEmpty else { throw ValidationError("both the training data and the dev split need rows") }
        let rules = try RuleSet(RuleSet.builtIn)
        let started = ContinuousClock.now
        var settings = LocalModelTrainer.Settings()
        settings.featureBits = featureBits
        settings.epochs = epochs
        settings.learningRate = learningRate
        settings.l2 = l2
        let model = LocalModelTrainer(settings: settings, rules: rules).train(train.map(\.example), calibration: devRows.map(\.example))
        let elapsed = ContinuousClock.now - started
        try model.data().write(to: URL(fileURLWithPath: out))
        let classifier = LocalClassifier(model: model, rules: rules)
        let report = EvaluationReport(rows: devRows, results: await classifier.classify(batch: devRows.map(\.input)), classifier: "local")
        if includeShared != nil { print("training data: \(corpus.count) corpus rows + \(shared.count) third-party train rows") }
        if let store {
            printText("added \(moderated.count) moderator labels (\(labels.count) distinct messages) from \(store.path), weight \(Self.moderatorLabelWeight)")
        }
        print("trained on \(train.count) messages in \(elapsed.formatted(.units(allowed: [.seconds, .milliseconds]))); model \(model.version) written to \(out)")
        print("dev split \(devPath):")
        printText(report.text)
    }

    func defaultDevPath() -> String? {
        let candidate = (dataset as NSString).lastPathComponent.contains("train")
            ? ((dataset as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent((dataset as NSString).lastPathComponent.replacingOccurrences(of: "train", with: "dev"))
            : nil
        return candidate.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
    }
}

/// Reads a labelled file, printing each malformed line to standard error.
func readReporting(_ path: String) throws -> [LabelledMessage] {
    let (rows, problems) = try LabelledDataset.read(path)
    for problem in problems { printError("\(path): \(problem) (skipped)") }
    return rows
}
