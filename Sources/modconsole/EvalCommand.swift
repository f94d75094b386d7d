import ArgumentParser
import ConsoleUI
import DiscordREST
import Engine
import Foundation

/// `modconsole eval`: scores a classifier against labelled messages.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a classifier on labelled messages: per-action precision/recall/F1, macro-F1, confusion, worst misses.",
        discussion: "Rows: {\"message\", \"author\", \"channel_name\", \"intent\", \"action\"}; extra keys are ignored. A malformed line is reported with its number and skipped.")

    @Option(help: ArgumentHelp("Labelled messages, JSON Lines.", valueName: "file.jsonl"))
    var dataset: String

    @Option(help: "local, llm or hybrid (default: the configured one; hybrid when an LLM is configured, else local).")
    var classifier: ClassifierSettings.Kind?

    @Option(help: "How many of the most confident wrong answers to list.")
    var misses = 10

    @Flag(help: "Print one JSON object instead of the table.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("A TOML configuration file (LLM settings, rules).", valueName: "file"))
    var config: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let rows = try readReporting(dataset)
        let classifier: any Classifier
        do {
            let configuration = try OutputRedaction.load(explicitFile: config)
            classifier = try configuration.classifier.makeClassifier(self.classifier, explains: false)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let inputs = rows.map(\.input)
        let started = ContinuousClock.now
        let results = await classifier.classify(batch: inputs)
        let elapsed = ContinuousClock.now - started
        var report = EvaluationReport(rows: rows, results: results, classifier: classifier.name, tokens: tokenUsage(classifier), misses: misses)
        report.messagesPerSecond = elapsed > .zero ? Double(rows.count) / elapsed.seconds : nil
        if json {
            try printJSON(encoding: report, compact: true)
        } else {
            printText(report.text)
        }
    }
}

extension ClassifierSettings.Kind: ExpressibleByArgument {}

/// Tokens the classifier's LLM has spent, if it has one.
func tokenUsage(_ classifier: any Classifier) -> TokenUsage? {
    switch classifier {
    case let llm as LLMClassifier: return llm.tokens
    case let hybrid as HybridClassifier: return hybrid.llm.tokens
    default: return nil
    }
}
