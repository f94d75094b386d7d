import DiscordREST
import Foundation

/// Which classifier decides, and how each is set up.
public struct ClassifierSettings: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case local, llm, hybrid
    }

    /// Chosen by `classifier.kind` or MODCONSOLE_CLASSIFIER; nil means hybrid
    /// when an LLM is configured, else local.
    public var kind: Kind?
    /// Whether the built-in rules apply (configured rules always do).
    public var builtInRules = true
    public var rules: [Rule] = []
    /// Set when an LLM is configured (a key, a base URL, or a [classifier.llm] table).
    public var llm: LLMSettings?
    /// Local confidences the hybrid classifier sends to the LLM.
    public var hybridBand: ClosedRange<Double> = 0...0.85
    /// Ask the LLM about every message, to compare the two.
    public var compare = false
    /// A model file made by `modconsole train` to use instead of the shipped
    /// one (`[classifier] local_model`, or MODCONSOLE_LOCAL_MODEL).
    public var localModel: String?

    public init() {}

    public var resolvedKind: Kind { kind ?? (llm == nil ? .local : .hybrid) }

    /// Every rule in force.
    public var allRules: [Rule] { (builtInRules ? RuleSet.builtIn : []) + rules }
}

/// The LLM endpoint and the prompt's signature.
public struct LLMSettings: Sendable {
    public var endpoint: LLMEndpoint
    public var signature: Signature = .defaultModeration
    public var concurrency = 4
    public var maxErrors = 10

    public init(endpoint: LLMEndpoint) { self.endpoint = endpoint }
}

extension ClassifierSettings {
    /// Builds the configured classifier (or `override`), with the shipped
    /// local model unless `model` is given, and the phishing lists (local
    /// and hybrid) when `phishingLists` is given. `explains: false` leaves
    /// the words behind local verdicts out (for scoring, which shows none).
    public func makeClassifier(_ override: Kind? = nil, model: LinearModel? = nil,
                               phishingLists: PhishingListCache? = nil, explains: Bool = true) throws -> any Classifier {
        let kind = override ?? resolvedKind
        var local = LocalClassifier(model: try model ?? localModel.map { try LinearModel(contentsOf: $0) } ?? LinearModel.shipped(),
                                    rules: try RuleSet(allRules))
        local.phishingLists = phishingLists
        local.explains = explains
        if kind == .local { return local }
        guard let llm else {
            throw ConfigurationError(file: nil, problems: [.init(
                key: "classifier", value: kind.rawValue, message: "needs an LLM, and none is configured",
                fix: "set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server such as http://127.0.0.1:11434/v1), or use --classifier local")])
        }
        let client = LLMClassifier(client: ChatCompletionsClient(endpoint: llm.endpoint),
                                   settings: .init(signature: llm.signature, concurrency: llm.concurrency, maxErrors: llm.maxErrors))
        return kind == .llm ? client : HybridClassifier(local: local, llm: client, band: hybridBand, compare: compare)
    }
}
