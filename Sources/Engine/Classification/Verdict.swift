import Foundation

/// What the author means to do. The primary intent decides: a technical post
/// that mentions in passing that its author is open to work is `.other`.
public enum Intent: String, Sendable, Codable, CaseIterable, Hashable {
    case postJob = "post_job"
    case seekJob = "seek_job"
    case other
}

/// What should happen to a message. Timeout and ban are moderator-only
/// escalations: no classifier ever proposes them.
public enum ModerationAction: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case allow, move, flag, delete, timeout, ban

    /// The four actions a classifier may propose (the DSPy signature's Literal).
    public static let classifiable: [ModerationAction] = [.allow, .move, .flag, .delete]

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One piece of evidence behind a verdict: a word of the message or a rule,
/// with how hard it pushed toward the verdict's action.
public struct Evidence: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable { case token, rule }
    public var kind: Kind
    /// The word as it appears (normalised), or the rule's name.
    public var text: String
    /// Contribution to the decision, in logits (positive pushes toward it).
    public var weight: Double
    /// For rules: what the rule is about, for the moderator.
    public var detail: String?

    public init(kind: Kind, text: String, weight: Double, detail: String? = nil) {
        self.kind = kind
        self.text = text
        self.weight = weight
        self.detail = detail
    }
}

/// A classifier's decision on one message.
public struct Verdict: Sendable, Codable, Hashable {
    public var intent: Intent
    public var action: ModerationAction
    /// Short and user-facing: may be sent to the author in a DM.
    public var reason: String
    /// Internal, for moderators only.
    public var reasoning: String
    /// 0...1: how sure the classifier is of `action`.
    public var confidence: Double
    /// What drove the decision, strongest first.
    public var evidence: [Evidence]
    /// "local", "llm", "hybrid".
    public var classifier: String
    /// The model or rule-set version, so replays can tell verdicts apart.
    public var classifierVersion: String
    /// Set by the hybrid classifier when its parts disagreed: the other verdict.
    /// A disagreement is shown to moderators and never auto-executed.
    public var disagreement: Disagreement?

    public struct Disagreement: Sendable, Codable, Hashable {
        public var classifier: String
        public var intent: Intent
        public var action: ModerationAction
        public var reason: String
        public var confidence: Double
    }

    public init(intent: Intent, action: ModerationAction, reason: String, reasoning: String, confidence: Double,
                evidence: [Evidence] = [], classifier: String, classifierVersion: String, disagreement: Disagreement? = nil) {
        self.intent = intent
        self.action = action
        self.reason = reason
        self.reasoning = reasoning
        self.confidence = min(max(confidence, 0), 1)
        self.evidence = evidence
        self.classifier = classifier
        self.classifierVersion = classifierVersion
        self.disagreement = disagreement
    }
}

/// What a classifier sees of one message.
public struct ClassifierInput: Sendable, Hashable {
    public var message: String
    public var author: String
    public var channelName: String
    public var channelRole: ChannelRole
    /// Extra instructions configured for this channel.
    public var guidance: String?

    public init(message: String, author: String, channelName: String, channelRole: ChannelRole, guidance: String? = nil) {
        self.message = message
        self.author = author
        self.channelName = channelName
        self.channelRole = channelRole
        self.guidance = guidance
    }
}

/// Why a classifier produced no verdict. The engine flags such a message for
/// a human rather than guessing.
public struct ClassificationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var classifier: String
    public var message: String
    public var description: String { "\(classifier): \(message)" }

    public init(classifier: String, message: String) {
        self.classifier = classifier
        self.message = message
    }
}

/// Decides intent and action for messages.
public protocol Classifier: Sendable {
    /// "local", "llm" or "hybrid".
    var name: String { get }
    func classify(_ input: ClassifierInput) async throws(ClassificationFailure) -> Verdict
    /// Classifies many; results are in input order. Implementations may run
    /// them concurrently; one failure does not lose the others.
    func classify(batch inputs: [ClassifierInput]) async -> [Result<Verdict, ClassificationFailure>]
}

extension Classifier {
    public func classify(batch inputs: [ClassifierInput]) async -> [Result<Verdict, ClassificationFailure>] {
        var results: [Result<Verdict, ClassificationFailure>] = []
        results.reserveCapacity(inputs.count)
        for input in inputs {
            do { results.append(.success(try await classify(input))) } catch { results.append(.failure(error)) }
        }
        return results
    }
}
