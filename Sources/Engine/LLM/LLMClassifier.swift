import Foundation
import Synchronization

/// Classifies with an LLM the way the original DSPy bot did: ChainOfThought
/// over the moderation signature through the chat adapter, hardened.
///
/// - The reply is parsed by field markers; if that fails, the same call is
///   made again asking for a JSON schema, then for any JSON object; a reply
///   still unreadable is a `ClassificationFailure` (the engine flags the
///   message for a human), never a guess.
/// - Message text is neutralised so it cannot forge a field marker.
/// - Verdicts are cached by normalised content, channel role, model and
///   signature; tokens are counted per call and in total.
/// - Batches run with bounded concurrency (as DSPy's num_threads) and stop
///   calling after `maxErrors` failures.
public final class LLMClassifier: Classifier {
    public let name = "llm"
    public struct Settings: Sendable {
        public var signature: Signature
        public var concurrency: Int
        public var maxErrors: Int
        public var cacheCapacity: Int
        public init(signature: Signature = .defaultModeration, concurrency: Int = 4, maxErrors: Int = 10, cacheCapacity: Int = 10_000) {
            self.signature = signature
            self.concurrency = max(1, concurrency)
            self.maxErrors = max(1, maxErrors)
            self.cacheCapacity = cacheCapacity
        }
    }

    /// LLM verdicts carry no probability; these nominal confidences rank a
    /// clean first answer above one that needed the JSON fallback.
    public static let confidenceFirstTry = 0.9
    public static let confidenceAfterFallback = 0.8

    public let client: ChatCompletionsClient
    public let settings: Settings
    private let cache = Mutex<[String: Verdict]>([:])
    private let usage = Mutex(TokenUsage())

    public init(client: ChatCompletionsClient, settings: Settings = Settings()) {
        self.client = client
        self.settings = settings
    }

    /// Tokens spent so far, over every call.
    public var tokens: TokenUsage { usage.withLock { $0 } }

    public func classify(_ input: ClassifierInput) async throws(ClassificationFailure) -> Verdict {
        let key = cacheKey(input)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let signature = signature(for: input)
        let values = ["message": input.message, "author": input.author, "channel_name": input.channelName]

        var problems: [String] = []
        let attempts: [(format: ([ChatMessage]), responseFormat: [String: Any]?, json: Bool)] = [
            (ChatAdapter.format(signature, values: values), nil, false),
            (JSONAdapter.format(signature, values: values), JSONAdapter.schemaResponseFormat(signature), true),
            (JSONAdapter.format(signature, values: values), JSONAdapter.objectResponseFormat, true),
        ]
        for (index, attempt) in attempts.enumerated() {
            let completion: ChatCompletion
            do {
                completion = try await client.complete(attempt.format, responseFormat: attempt.responseFormat)
            } catch {
                // A server that rejects response_format answers 400: try the next form.
                if attempt.responseFormat != nil, case .http(400, _, _, _) = error { problems.append(error.description); continue }
                throw ClassificationFailure(classifier: name, message: error.description)
            }
            usage.withLock { $0 = $0 + completion.usage }
            do {
                let fields = attempt.json ? try JSONAdapter.parse(signature, completion: completion.content)
                                          : try ChatAdapter.parse(signature, completion: completion.content)
                let verdict = try makeVerdict(fields, confidence: index == 0 ? Self.confidenceFirstTry : Self.confidenceAfterFallback)
                remember(key, verdict)
                return verdict
            } catch {
                problems.append(error.message)
            }
        }
        throw ClassificationFailure(classifier: name, message: "no readable answer after 3 tries: " + problems.joined(separator: "; "))
    }

    public func classify(batch inputs: [ClassifierInput]) async -> [Result<Verdict, ClassificationFailure>] {
        var results = [Result<Verdict, ClassificationFailure>?](repeating: nil, count: inputs.count)
        var errors = 0
        var next = 0
        await withTaskGroup(of: Outcome.self) { group in
            func launch() {
                guard next < inputs.count, errors < settings.maxErrors else { return }
                let index = next
                next += 1
                group.addTask { Outcome(index: index, result: await self.result(inputs[index])) }
            }
            for _ in 0..<settings.concurrency { launch() }
            for await outcome in group {
                results[outcome.index] = outcome.result
                if case .failure = outcome.result { errors += 1 }
                launch()
            }
        }
        let stopped = ClassificationFailure(classifier: name, message: "not sent: stopped after \(settings.maxErrors) failed calls")
        return results.map { $0 ?? .failure(stopped) }
    }

    /// One child task's answer: which input it was for, and its result.
    ///
    /// Built after the call returns, from a plain `Result`, never inside a
    /// typed-throws `do`/`catch`: Swift 6.3.1's optimizer dropped the store of
    /// the index on the success path of `do throws(ClassificationFailure) {
    /// return (index, .success(try await ...)) } catch { return (index, .failure(error)) }`
    /// in a task-group child, so release builds read an uninitialised index
    /// and trapped (issue 9). The release smoke suite runs this path.
    private struct Outcome: Sendable {
        var index: Int
        var result: Result<Verdict, ClassificationFailure>
    }

    /// `classify(_:)` as a value, so callers build nothing across a typed throw.
    private func result(_ input: ClassifierInput) async -> Result<Verdict, ClassificationFailure> {
        do { return .success(try await classify(input)) } catch { return .failure(error) }
    }

    /// The signature for one message: the configured one, plus the channel's
    /// guidance, and the channel's role when its name does not tell it.
    func signature(for input: ClassifierInput) -> Signature {
        var signature = settings.signature
        var context: [String] = []
        if Policy.role(configured: nil, isJobsChannel: false, name: input.channelName) != input.channelRole {
            context.append("The channel #\(input.channelName) is a \(input.channelRole.rawValue) channel.")
        }
        if let guidance = input.guidance, !guidance.isEmpty {
            context.append("Guidance for #\(input.channelName): \(guidance)")
        }
        if !context.isEmpty { signature.instructions += "\n\n" + context.joined(separator: "\n") }
        return signature
    }

    func cacheKey(_ input: ClassifierInput) -> String {
        [CrossPost.sameTextKey(input.message), input.channelRole.rawValue, input.channelName, input.guidance ?? "", client.endpoint.model,
         String(settings.signature.hashValue)].joined(separator: "\u{1F}")
    }

    private func remember(_ key: String, _ verdict: Verdict) {
        cache.withLock { cache in
            if cache.count >= settings.cacheCapacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = verdict
        }
    }

    /// The verdict from parsed fields. A configured signature may name other
    /// outputs or values than the four actions and three intents: that is an
    /// unreadable answer, not a crash.
    private func makeVerdict(_ fields: [String: String], confidence: Double) throws(ChatAdapter.ParseError) -> Verdict {
        guard let intentText = fields["intent"], let intent = Intent(rawValue: intentText) else {
            throw ChatAdapter.ParseError(message: "intent is \(fields["intent"].map { "'\($0)'" } ?? "missing"), not one of "
                             + Intent.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let actionText = fields["action"], let action = ModerationAction(rawValue: actionText),
              ModerationAction.classifiable.contains(action) else {
            throw ChatAdapter.ParseError(message: "action is \(fields["action"].map { "'\($0)'" } ?? "missing"), not one of "
                             + ModerationAction.classifiable.map(\.rawValue).joined(separator: ", "))
        }
        return Verdict(intent: intent, action: action, reason: fields["reason"] ?? "", reasoning: fields["reasoning"] ?? "",
                       confidence: confidence, classifier: name, classifierVersion: client.endpoint.model)
    }
}
