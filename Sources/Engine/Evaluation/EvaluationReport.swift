import Foundation

/// How a classifier's actions compare with the labels: per-action precision,
/// recall and F1, macro-F1, accuracy, intent accuracy, the confusion matrix
/// and the worst misses.
public struct EvaluationReport: Sendable, Encodable {
    public struct ActionScore: Sendable, Encodable, Hashable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public struct Miss: Sendable, Encodable, Hashable {
        public var line: Int
        public var message: String
        public var channel: String
        public var expected: String
        public var predicted: String
        public var confidence: Double
    }

    public var count: Int
    public var accuracy: Double
    public var macroF1: Double
    public var intentAccuracy: Double
    public var perAction: [String: ActionScore]
    /// confusion[expected][predicted] = count.
    public var confusion: [String: [String: Int]]
    /// Rows the classifier failed on (the engine would flag them for a human).
    public var failures: Int
    /// Wrong answers the classifier was most sure of.
    public var worstMisses: [Miss]
    public var classifier: String
    /// LLM token use, when an LLM was asked.
    public var tokens: TokenUsage?
    /// Expected calibration error of the action's confidence over 10 equal
    /// bins: how far "90% sure" is from being right 90% of the time (0 is
    /// perfectly calibrated).
    public var calibrationError: Double
    /// Messages classified per second (the classification alone), when timed.
    public var messagesPerSecond: Double?

    enum CodingKeys: String, CodingKey {
        case count, accuracy, failures, confusion, classifier, tokens
        case macroF1 = "macro_f1", intentAccuracy = "intent_accuracy", perAction = "per_action", worstMisses = "worst_misses"
        case calibrationError = "expected_calibration_error", messagesPerSecond = "messages_per_second"
    }

    /// Expected calibration error of (confidence, was right) pairs over `bins` equal-width bins.
    public static func calibrationError(_ outcomes: [(confidence: Double, correct: Bool)], bins: Int = 10) -> Double {
        guard !outcomes.isEmpty else { return 0 }
        var confidence = [Double](repeating: 0, count: bins), correct = [Double](repeating: 0, count: bins)
        var size = [Int](repeating: 0, count: bins)
        for outcome in outcomes {
            let bin = min(bins - 1, max(0, Int(outcome.confidence * Double(bins))))
            confidence[bin] += outcome.confidence
            correct[bin] += outcome.correct ? 1 : 0
            size[bin] += 1
        }
        return (0..<bins).filter { size[$0] > 0 }.map { abs(correct[$0] - confidence[$0]) }.reduce(0, +) / Double(outcomes.count)
    }

    public init(rows: [LabelledMessage], results: [Result<Verdict, ClassificationFailure>], classifier: String,
                tokens: TokenUsage? = nil, misses: Int = 10) {
        let actions = ModerationAction.classifiable.map(\.rawValue)
        var confusion = Dictionary(uniqueKeysWithValues: actions.map { ($0, Dictionary(uniqueKeysWithValues: actions.map { ($0, 0) })) })
        var correct = 0, intentCorrect = 0, failures = 0
        var missed: [Miss] = []
        var outcomes: [(confidence: Double, correct: Bool)] = []
        for (row, result) in zip(rows, results) {
            guard case .success(let verdict) = result else {
                failures += 1
                continue
            }
            outcomes.append((verdict.confidence, verdict.action == row.action))
            confusion[row.action.rawValue, default: [:]][verdict.action.rawValue, default: 0] += 1
            if verdict.action == row.action { correct += 1 } else {
                missed.append(Miss(line: row.line, message: String(row.message.prefix(200)), channel: row.channelName,
                                   expected: "\(row.intent.rawValue)/\(row.action.rawValue)",
                                   predicted: "\(verdict.intent.rawValue)/\(verdict.action.rawValue)", confidence: verdict.confidence))
            }
            if verdict.intent == row.intent { intentCorrect += 1 }
        }
        var perAction: [String: ActionScore] = [:]
        for action in actions {
            let truePositive = Double(confusion[action]?[action] ?? 0)
            let predicted = Double(actions.reduce(0) { $0 + (confusion[$1]?[action] ?? 0) })
            let support = confusion[action]?.values.reduce(0, +) ?? 0
            let precision = predicted > 0 ? truePositive / predicted : 0
            let recall = support > 0 ? truePositive / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perAction[action] = ActionScore(precision: precision, recall: recall, f1: f1, support: support)
        }
        let present = actions.filter { (perAction[$0]?.support ?? 0) > 0 }
        self.count = rows.count
        self.accuracy = rows.isEmpty ? 0 : Double(correct) / Double(rows.count)
        self.intentAccuracy = rows.isEmpty ? 0 : Double(intentCorrect) / Double(rows.count)
        self.macroF1 = present.isEmpty ? 0 : present.compactMap { perAction[$0]?.f1 }.reduce(0, +) / Double(present.count)
        self.perAction = perAction
        self.confusion = confusion
        self.failures = failures
        self.worstMisses = Array(missed.sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.line < $1.line }.prefix(misses))
        self.classifier = classifier
        self.tokens = tokens
        self.calibrationError = Self.calibrationError(outcomes)
    }

    /// The report as a person reads it in a terminal.
    public var text: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        let actions = ModerationAction.classifiable.map(\.rawValue)
        var lines = ["classifier \(classifier), \(count) messages" + (failures > 0 ? " (\(failures) failed: flagged for a human)" : "")]
        lines.append("accuracy \(f(accuracy))   macro-F1 \(f(macroF1))   intent accuracy \(f(intentAccuracy))   "
                     + "calibration error \(f(calibrationError))")
        if let messagesPerSecond { lines.append("throughput \(Int(messagesPerSecond.rounded())) messages/s") }
        lines.append("")
        lines.append("action    precision  recall  f1     support")
        for action in actions {
            guard let s = perAction[action] else { continue }
            lines.append(action.padding(toLength: 10, withPad: " ", startingAt: 0) + f(s.precision) + "      " + f(s.recall) + "   " + f(s.f1) + "  " + String(s.support))
        }
        lines.append("")
        lines.append("confusion (rows: expected, columns: predicted)")
        lines.append("          " + actions.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined())
        for expected in actions {
            lines.append(expected.padding(toLength: 10, withPad: " ", startingAt: 0)
                         + actions.map { String(confusion[expected]?[$0] ?? 0).padding(toLength: 8, withPad: " ", startingAt: 0) }.joined())
        }
        if let tokens {
            lines.append("")
            lines.append("tokens: \(tokens.prompt) prompt + \(tokens.completion) completion = \(tokens.total) in \(tokens.calls) calls")
        }
        if !worstMisses.isEmpty {
            lines.append("")
            lines.append("worst misses (most confident first)")
            for miss in worstMisses {
                let snippet = miss.message.replacingOccurrences(of: "\n", with: " ").prefix(90)
                lines.append("  line \(miss.line) #\(miss.channel): expected \(miss.expected), got \(miss.predicted) (\(f(miss.confidence))): \(snippet)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Tokens an LLM spent, per call and in total.
public struct TokenUsage: Sendable, Encodable, Hashable {
    public var prompt: Int = 0
    public var completion: Int = 0
    public var calls: Int = 0
    public var total: Int { prompt + completion }

    public init(prompt: Int = 0, completion: Int = 0, calls: Int = 0) {
        self.prompt = prompt
        self.completion = completion
        self.calls = calls
    }

    public static func + (a: TokenUsage, b: TokenUsage) -> TokenUsage {
        TokenUsage(prompt: a.prompt + b.prompt, completion: a.completion + b.completion, calls: a.calls + b.calls)
    }

    enum CodingKeys: String, CodingKey { case prompt, completion, total, calls }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(prompt, forKey: .prompt)
        try c.encode(completion, forKey: .completion)
        try c.encode(total, forKey: .total)
        try c.encode(calls, forKey: .calls)
    }
}
