import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// `modconsole replay`: re-decides every stored message with the current
/// classifier and counts which past decisions would change.
struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-decide stored messages with the current classifier; count changes from -> to.",
        discussion: "The past decision is the moderator's choice where there was one, else the stored suggestion.")

    @Option(help: "local, llm or hybrid (default: the configured one).")
    var classifier: ClassifierSettings.Kind?
    @Flag(help: "Print one JSON object.")
    var json = false
    @Option(name: .long, help: ArgumentHelp("A TOML configuration file.", valueName: "file"))
    var config: String?
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let session = try EngineSession(config: config, db: global.db)
        let chosen: any Classifier
        do { chosen = try session.configuration.classifier.makeClassifier(classifier, phishingLists: session.phishingLists()) } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let past = try await session.store.decidedMessages()
        let channels = Dictionary(uniqueKeysWithValues: try await session.store.channels().map { ($0.id, $0) })
        // The poller's own inputs: channel role and the configured guidance, so a replay judges as the engine did.
        let inputs = past.map { session.configuration.classifierInput(for: $0, channels: channels) }
        let results = await chosen.classify(batch: inputs)
        var changes: [String: Int] = [:]
        var failures = 0
        var changed: [(id: Int64, from: String, to: String)] = []
        for (suggestion, result) in zip(past, results) {
            guard case .success(let verdict) = result else { failures += 1; continue }
            let before = suggestion.action.rawValue
            if verdict.action.rawValue != before {
                changes["\(before)->\(verdict.action.rawValue)", default: 0] += 1
                changed.append((suggestion.id, before, verdict.action.rawValue))
            }
        }
        if json {
            struct Report: Encodable {
                var count: Int, changed: Int, failures: Int, classifier: String
                var changes: [String: Int]
                var suggestions: [[String: String]]
            }
            let report = Report(count: past.count, changed: changed.count, failures: failures, classifier: chosen.name, changes: changes,
                                suggestions: changed.map { ["id": String($0.id), "from": $0.from, "to": $0.to] })
            try printJSON(encoding: report)
            return
        }
        print("replayed \(past.count) stored messages with \(chosen.name): \(changed.count) would change" + (failures > 0 ? ", \(failures) not classified" : ""))
        for (change, count) in changes.sorted(by: { $0.value > $1.value }) { print("  \(change): \(count)") }
    }
}
