import Foundation

/// Local first; the LLM only where the local model is unsure (its confidence
/// inside `band`), or on every message when `compare` is set. When the two
/// disagree on the action, the verdict says so and carries the other one: the
/// engine shows it and never auto-executes a disagreement.
public struct HybridClassifier: Classifier {
    public let name = "hybrid"
    public let local: LocalClassifier
    public let llm: LLMClassifier
    /// Local confidences in this range go to the LLM.
    public let band: ClosedRange<Double>
    public let compare: Bool

    public init(local: LocalClassifier, llm: LLMClassifier, band: ClosedRange<Double> = 0.0...0.85, compare: Bool = false) {
        self.local = local
        self.llm = llm
        self.band = band
        self.compare = compare
    }

    public func classify(_ input: ClassifierInput) async throws(ClassificationFailure) -> Verdict {
        let first = local.verdict(for: input)
        guard compare || band.contains(first.confidence) else { return tagged(first) }
        do {
            return combine(local: first, llm: try await llm.classify(input))
        } catch {
            // The LLM failing leaves the local verdict, marked as unconfirmed.
            var verdict = tagged(first)
            verdict.reasoning += " The LLM was asked but failed: \(error.message)"
            return verdict
        }
    }

    public func classify(batch inputs: [ClassifierInput]) async -> [Result<Verdict, ClassificationFailure>] {
        let firsts = inputs.map(local.verdict(for:))
        let asked = inputs.indices.filter { compare || band.contains(firsts[$0].confidence) }
        let answers = await llm.classify(batch: asked.map { inputs[$0] })
        var results = firsts.map { Result<Verdict, ClassificationFailure>.success(tagged($0)) }
        for (index, answer) in zip(asked, answers) {
            switch answer {
            case .success(let verdict):
                results[index] = .success(combine(local: firsts[index], llm: verdict))
            case .failure(let failure):
                var verdict = tagged(firsts[index])
                verdict.reasoning += " The LLM was asked but failed: \(failure.message)"
                results[index] = .success(verdict)
            }
        }
        return results
    }

    private func tagged(_ verdict: Verdict) -> Verdict {
        var verdict = verdict
        verdict.classifier = name
        verdict.classifierVersion = "\(local.version)+\(llm.client.endpoint.model)"
        return verdict
    }

    /// The LLM's verdict where it was asked (it reads the whole message in
    /// context), keeping the local evidence; a disagreement names the local view.
    private func combine(local: Verdict, llm: Verdict) -> Verdict {
        if PhishingLists.decided(local), llm.action < local.action {
            // A listed domain is a floor the LLM cannot lower.
            var verdict = tagged(local)
            verdict.reasoning += " (The LLM said \(llm.action.rawValue); the list decides.)"
            return verdict
        }
        var verdict = tagged(llm)
        verdict.evidence = local.evidence
        if llm.action != local.action {
            verdict.disagreement = .init(classifier: "local", intent: local.intent, action: local.action,
                                         reason: local.reason, confidence: local.confidence)
            // No surer than the LLM, nor than the local model's doubt about its own answer.
            verdict.confidence = min(llm.confidence, 1 - local.confidence)
            verdict.reasoning += " (The local model said \(local.action.rawValue) at \(Int((local.confidence * 100).rounded()))%.)"
        } else {
            verdict.confidence = max(llm.confidence, local.confidence)
        }
        return verdict
    }
}
