import Foundation
import TestSupport
import Testing
@testable import Engine

@Suite struct LocalClassifierTests {
    static let classifier = try! LocalClassifier.shipped()

    static func input(_ message: String, channel: String = "general") -> ClassifierInput {
        ClassifierInput(message: message, author: "someone", channelName: channel,
                        channelRole: Policy.role(configured: nil, isJobsChannel: false, name: channel))
    }

    @Test(arguments: [
        ("We're hiring a senior iOS engineer, remote, $150k. Apply at careers.example.com", "general", ModerationAction.move),
        ("We're hiring a senior iOS engineer, remote, $150k. Apply at careers.example.com", "jobs", .allow),
        ("Junior dev looking for work, portfolio at janedoe.dev, open to remote roles", "general", .move),
        ("FREE NITRO for everyone 🎁 claim at https://dlscord-gift.com/claim", "general", .delete),
        ("how do I make my cron job run every 5 minutes?", "help", .allow),
        ("anyone know why my SwiftUI preview crashes with `Fatal error: no ObservableObject`?", "general", .allow),
    ])
    func clearCasesGetThePolicysAction(_ message: String, _ channel: String, _ action: ModerationAction) {
        let verdict = Self.classifier.verdict(for: Self.input(message, channel: channel))
        #expect(verdict.action == action, "\(message) in #\(channel): \(verdict.reasoning)")
    }

    @Test func verdictsExplainThemselves() {
        let verdict = Self.classifier.verdict(for: Self.input("FREE NITRO giveaway, claim at https://dlscord-gift.com before it ends"))
        #expect(verdict.classifier == "local" && verdict.classifierVersion.hasPrefix("local-"))
        #expect((0...1).contains(verdict.confidence))
        #expect(verdict.evidence.contains { $0.kind == .rule && $0.text == "look-alike-domain" && $0.detail?.contains("dlscord-gift.com") == true })
        #expect(verdict.evidence.contains { $0.kind == .token && $0.weight > 0 })
        #expect(verdict.reasoning.contains("Local model: intent") && verdict.reasoning.contains("#general"))
        #expect(!verdict.reason.isEmpty && !verdict.reason.contains("model"), "the reason is for the author, not about internals")
    }

    @Test func evidenceTokensAreWordsOfTheMessage() {
        let verdict = Self.classifier.verdict(for: Self.input("We are hiring a backend engineer, remote, great salary"))
        let tokens = verdict.evidence.filter { $0.kind == .token }.map(\.text)
        #expect(!tokens.isEmpty)
        let words = Set(TextNormalizer().tokens("We are hiring a backend engineer, remote, great salary"))
        for token in tokens { #expect(token.split(separator: " ").allSatisfy { words.contains(String($0)) }, "\(token)") }
    }

    @Test func withoutExplanationsTheDecisionIsTheSameAndRulesAreStillNamed() {
        var quiet = Self.classifier
        quiet.explains = false
        for (text, channel) in [("FREE NITRO giveaway, claim at https://dlscord-gift.com before it ends", "general"),
                                ("We are hiring a backend engineer, remote, great salary", "general"),
                                ("thanks, that fixed it!", "help"), ("dm me for details", "jobs")] {
            let full = Self.classifier.verdict(for: Self.input(text, channel: channel))
            let lean = quiet.verdict(for: Self.input(text, channel: channel))
            #expect(lean.action == full.action && lean.intent == full.intent && lean.confidence == full.confidence, "\(text)")
            #expect(lean.evidence == full.evidence.filter { $0.kind == .rule }, "only the rules, which cost nothing extra")
        }
    }

    @Test func confidenceIsLowerOnAmbiguousText() {
        let clear = Self.classifier.verdict(for: Self.input("thanks, that fixed it!"))
        let ambiguous = Self.classifier.verdict(for: Self.input("dm me for details"))
        #expect(clear.confidence > ambiguous.confidence)
    }

    @Test func hostileTextNeverCrashesTheClassifier() {
        let hostile = ["", " ", "\u{1B}[2J\u{1B}[H", "\u{202E}gnp.exe", String(repeating: "Z̷̧̛a̸l̵g̶o̷", count: 200),
                       "👨‍👩‍👧‍👦🏳️‍🌈", String(repeating: "a", count: 4000), "\u{0}\u{7}", "[[ ## action ## ]]"]
        for text in hostile {
            let verdict = Self.classifier.verdict(for: Self.input(text))
            #expect((0...1).contains(verdict.confidence))
        }
    }

    @Test func configuredRulesChangeDecisions() throws {
        let text = "finally got my new mechanical keyboard, typing rust feels great"
        let plain = Self.classifier.verdict(for: Self.input(text))
        #expect(plain.action == .allow)
        let rule = Rule(name: "no-keyboards", pattern: #"\bmechanical\s+keyboard\b"#, action: .flag, weight: 8, description: "keyboard talk")
        let strict = LocalClassifier(model: Self.classifier.model, rules: try RuleSet(RuleSet.builtIn + [rule]))
        let verdict = strict.verdict(for: Self.input(text))
        #expect(verdict.action == .flag && verdict.evidence.first?.text == "no-keyboards")
    }

    @Test func theModelFileRoundTripsAndRejectsDamage() throws {
        let data = Self.classifier.model.data()
        let again = try LinearModel(data: data, path: "x")
        #expect(again.data() == data && again.version == Self.classifier.model.version)
        #expect(throws: LinearModel.FormatError.self) { try LinearModel(data: data.prefix(data.count - 2), path: "x") }
        var wrongMagic = data
        wrongMagic[0] = 0x58
        let error = #expect(throws: LinearModel.FormatError.self) { try LinearModel(data: wrongMagic, path: "m.bin") }
        #expect(error?.description.contains("modconsole train") == true)
    }
}

/// Training is deterministic, and the shipped model is what `train` makes
/// from the shipped corpus.
@Suite struct TrainingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The third-party data the shipped model is also trained on, beside the project.
    static let sharedData = root.deletingLastPathComponent().appendingPathComponent("shared/data").path

    static func corpus(_ name: String) throws -> [LabelledMessage] {
        try LabelledDataset.read(root.appendingPathComponent("data/\(name)").path).rows
    }

    @Test func trainingTwiceGivesTheSameBytes() async throws {
        let rows = Array(try Self.corpus("corpus-train.jsonl").prefix(300))
        let trainer = LocalModelTrainer(rules: try RuleSet(RuleSet.builtIn))
        let (a, b) = await offThePool {
            (trainer.train(rows.map(\.example), calibration: Array(rows.prefix(50)).map(\.example)),
             trainer.train(rows.map(\.example), calibration: Array(rows.prefix(50)).map(\.example)))
        }
        #expect(a.data() == b.data())
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: TrainingTests.sharedData), "needs ../shared/data beside the project"))
    func theShippedModelIsReproducibleFromTheCorpusAndTheSharedTrainRows() async throws {
        let trainer = LocalModelTrainer(rules: try RuleSet(RuleSet.builtIn))
        let shared = try ThirdPartyData.rows(in: Self.sharedData, split: .train)
        let train = (try Self.corpus("corpus-train.jsonl") + shared).map(\.example), dev = try Self.corpus("corpus-dev.jsonl").map(\.example)
        let model = await offThePool { trainer.train(train, calibration: dev) }
        #expect(model.data() == (try LinearModel.shipped()).data(),
                "retrain with: modconsole train --dataset data/corpus-train.jsonl --include-shared ../shared/data --out Sources/Engine/Resources/local-model.bin")
    }
}
