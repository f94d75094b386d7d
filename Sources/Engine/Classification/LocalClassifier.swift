import Foundation

/// The offline classifier: built-in and configured rules, the shipped linear
/// model, and the shared policy. Needs no network and no key; classifies
/// thousands of messages a second on one core, and explains itself: the
/// words and rules that pushed the decision, with their weights.
public struct LocalClassifier: Classifier {
    public let name = "local"
    public let model: LinearModel
    public let rules: RuleSet
    let hasher: FeatureHasher
    /// The model's version, hashed once (it reads every weight).
    let version: String
    /// The community phishing lists, applied over the model's verdict (nil: none).
    public var phishingLists: PhishingListCache?
    /// Whether verdicts carry the words that pushed them (the console shows
    /// them). Scoring a data set shows none, so `eval` turns this off and
    /// skips the costliest part of a verdict; matched rules are always named.
    public var explains = true

    public init(model: LinearModel, rules: RuleSet) {
        self.model = model
        self.rules = rules
        self.hasher = FeatureHasher(bits: model.featureBits)
        self.version = model.version
    }

    /// The shipped model with the built-in rules.
    public static func shipped() throws -> LocalClassifier {
        LocalClassifier(model: try LinearModel.shipped(), rules: try RuleSet(RuleSet.builtIn))
    }

    public func classify(_ input: ClassifierInput) async throws(ClassificationFailure) -> Verdict {
        verdict(for: input)
    }

    public func classify(batch inputs: [ClassifierInput]) async -> [Result<Verdict, ClassificationFailure>] {
        verdicts(for: inputs).map { .success($0) }
    }

    /// The decisions on many messages, in input order, synchronously (what
    /// `classify(batch:)` answers; benchmarks and scoring call it directly).
    public func verdicts(for inputs: [ClassifierInput]) -> [Verdict] {
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(inputs.count)
        for input in inputs { verdicts.append(verdict(for: input)) }
        return verdicts
    }

    /// The decision, synchronously: the local model never fails.
    public func verdict(for input: ClassifierInput) -> Verdict {
        let folded = TextNormalizer.fold(input.message)
        let extraction = hasher.extract(input.message, folded: folded, keepSources: explains)
        let matched = rules.matches(folded: folded)
        let (intentP, riskP) = model.probabilities(extraction.vector, offsets: RuleOffsets(matched))

        // P(action) sums the joint probability of every (intent, risk) the
        // policy maps to that action in this channel.
        // Indexed like ModerationAction.classifiable (allow, move, flag, delete).
        var actionP: (Double, Double, Double, Double) = (0, 0, 0, 0)
        for (i, intent) in LinearModel.intents.enumerated() {
            for (r, risk) in LinearModel.risks.enumerated() {
                let p = intentP[i] * riskP[r]
                switch Policy.action(intent: intent, risk: risk, role: input.channelRole) {
                case .allow: actionP.0 += p
                case .move: actionP.1 += p
                case .flag: actionP.2 += p
                default: actionP.3 += p
                }
            }
        }
        // The first of equals wins, in the order of `classifiable`.
        var action = ModerationAction.allow, actionConfidence = actionP.0
        if actionConfidence < actionP.1 { (action, actionConfidence) = (.move, actionP.1) }
        if actionConfidence < actionP.2 { (action, actionConfidence) = (.flag, actionP.2) }
        if actionConfidence < actionP.3 { (action, actionConfidence) = (.delete, actionP.3) }
        let intent = LinearModel.intents[intentP.indices.max { intentP[$0] < intentP[$1] }!]
        let risk = LinearModel.risks[riskP.indices.max { riskP[$0] < riskP[$1] }!]
        // The risk that explains the action (a flag in #help for a clean job post is the channel's doing).
        let drivingRisk: ContentRisk = action == .delete ? .abusive : (action == .flag && risk != .clean ? .suspicious : .clean)
        let evidence = explains ? explain(extraction, intent: intent, risk: drivingRisk, action: action, matched: matched)
                                : Self.ruleEvidence(matched)
        let verdict = Verdict(
            intent: intent, action: action,
            reason: Policy.reason(intent: intent, risk: drivingRisk, role: input.channelRole, action: action),
            reasoning: reasoning(input, intent: intent, intentP: intentP, risk: risk, riskP: riskP, action: action, evidence: evidence),
            confidence: actionConfidence, evidence: evidence,
            classifier: name, classifierVersion: version)
        return phishingLists?.current.applied(to: verdict, tokens: extraction.tokens, message: input.message) ?? verdict
    }

    /// The words that pushed toward the deciding class (the risk class for
    /// delete and flag, the intent otherwise), strongest first, plus the
    /// matched rules.
    func explain(_ extraction: FeatureHasher.Extraction, intent: Intent, risk: ContentRisk, action: ModerationAction,
                 matched: [(rule: Rule, matched: String)]) -> [Evidence] {
        let useRisk = action == .delete || (action == .flag && risk == .suspicious)
        let weights = useRisk ? model.riskWeights : model.intentWeights
        let target = useRisk ? LinearModel.risks.firstIndex(of: risk)! : LinearModel.intents.firstIndex(of: intent)!
        // Split each bucket's contribution to the margin evenly among the
        // feature occurrences that landed in it: the shares add up exactly to
        // the model's margin for the deciding class.
        let vector = extraction.vector
        var bySource: [Int32: Double] = [:]
        for (k, index) in vector.indices.enumerated() {
            let base = Int(index) * 3
            // The mean of the two other classes' weights, added in class order.
            let others = (target == 0 ? weights[base + 1] + weights[base + 2]
                          : target == 1 ? weights[base] + weights[base + 2] : weights[base] + weights[base + 1]) / 2
            let sources = extraction.sources(ofEntry: k)
            let share = Double((weights[base + target] - others) * vector.values[k]) / Double(max(sources.count, 1))
            for source in sources where source != -1 { bySource[source, default: 0] += share }
        }
        // The same word at several places (or as part of several pairs) adds up.
        var byToken: [String: Double] = [:]
        for source in bySource.keys.sorted() {
            if let text = extraction.text(of: source), let share = bySource[source] { byToken[text, default: 0] += share }
        }
        let tokens = byToken.filter { $0.value > 0.02 && !$0.key.hasPrefix("<") }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(6)
            .map { Evidence(kind: .token, text: $0.key.hasPrefix("dom:") ? String($0.key.dropFirst(4)) : $0.key, weight: ($0.value * 100).rounded() / 100) }
        return Self.ruleEvidence(matched) + tokens
    }

    /// The matched rules as evidence, each with what it matched.
    static func ruleEvidence(_ matched: [(rule: Rule, matched: String)]) -> [Evidence] {
        matched.map {
            Evidence(kind: .rule, text: $0.rule.name, weight: $0.rule.weight, detail: "\($0.rule.description): \"\($0.matched.prefix(60))\"")
        }
    }

    func reasoning(_ input: ClassifierInput, intent: Intent, intentP: [Double], risk: ContentRisk, riskP: [Double],
                   action: ModerationAction, evidence: [Evidence]) -> String {
        func percent(_ p: Double) -> String { String(Int((p * 100).rounded())) + "%" }
        let i = LinearModel.intents.firstIndex(of: intent)!, r = LinearModel.risks.firstIndex(of: risk)!
        var parts = ["Local model: intent \(intent.rawValue) (\(percent(intentP[i]))), content \(risk.rawValue) (\(percent(riskP[r])))."]
        parts.append("In #\(input.channelName) (\(input.channelRole.rawValue) channel) that means \(action.rawValue).")
        let rules = evidence.filter { $0.kind == .rule }.map { "\($0.text) (+\($0.weight))" }
        if !rules.isEmpty { parts.append("Rules: " + rules.joined(separator: ", ") + ".") }
        let words = evidence.filter { $0.kind == .token }.prefix(4).map { "\"\($0.text)\"" }
        if !words.isEmpty { parts.append("Strongest words: " + words.joined(separator: ", ") + ".") }
        return parts.joined(separator: " ")
    }
}
