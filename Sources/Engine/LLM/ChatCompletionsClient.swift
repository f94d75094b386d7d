import DiscordREST
import Foundation
import Logging

/// Where and how to reach an OpenAI-compatible `/chat/completions` server
/// (OpenAI, Ollama, llama.cpp's llama-server, vLLM ...).
public struct LLMEndpoint: Sendable {
    /// e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (no trailing slash).
    public var baseURL: String {
        didSet { if baseURL.hasSuffix("/") { baseURL = String(baseURL.dropLast()) } }
    }
    /// Optional: local servers need none. Never logged or shown.
    public var apiKey: BotToken?
    public var model: String
    /// Set explicitly, or nil for the server's kind of default: omitted for
    /// OpenAI (its reasoning models accept only their own), 0 elsewhere.
    public var temperature: Double?
    public var maxTokens: Int
    /// Set explicitly, or nil: OpenAI wants `max_completion_tokens`, most
    /// other servers `max_tokens`.
    public var tokenLimitKey: String?
    public var timeout: Duration
    /// Retries of 429 (except quota), 5xx, timeouts and dropped connections.
    public var maxRetries: Int
    public var backoff: Duration

    public static let openAIBase = "https://api.openai.com/v1"

    var isOpenAI: Bool { URLComponents(string: baseURL)?.host == "api.openai.com" }
    var effectiveTemperature: Double? { temperature ?? (isOpenAI ? nil : 0) }
    var effectiveTokenLimitKey: String { tokenLimitKey ?? (isOpenAI ? "max_completion_tokens" : "max_tokens") }

    public init(baseURL: String = openAIBase, apiKey: String? = nil, model: String = "gpt-5-nano", temperature: Double? = nil,
                maxTokens: Int = 1_000, tokenLimitKey: String? = nil, timeout: Duration = .seconds(60),
                maxRetries: Int = 3, backoff: Duration = .seconds(1)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : BotToken($0) }
        self.model = model
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.tokenLimitKey = tokenLimitKey
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.backoff = backoff
    }
}

/// A completed chat request.
public struct ChatCompletion: Sendable {
    public var content: String
    public var finishReason: String?
    public var usage: TokenUsage
}

/// Why an LLM call failed, with what a person needs to act.
public enum LLMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The account is out of credit (`insufficient_quota`): retrying cannot help.
    case quotaExhausted(String)
    /// 429 after every retry.
    case rateLimited(String)
    /// Any other error answer.
    case http(status: Int, type: String?, code: String?, message: String)
    case transport(TransportFailure, host: String)
    /// The answer is not a chat completion.
    case malformed(String)
    /// The model declined or produced nothing.
    case noContent(finishReason: String?, refusal: String?)

    /// Worth another try later (a transient failure).
    var isRetryable: Bool {
        switch self {
        case .rateLimited: return true
        case .http(let status, _, _, _): return status >= 500
        case .transport(let failure, _): return [.timedOut, .connectionLost, .connectionRefused].contains(failure)
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .quotaExhausted(let message): return "the LLM account has no quota left (insufficient_quota): \(message)"
        case .rateLimited(let message): return "the LLM server kept answering 429: \(message)"
        case .http(let status, let type, let code, let message):
            return "the LLM server answered HTTP \(status)" + ([type, code].compactMap { $0 }.map { " (\($0))" }.joined()) + ": \(message)"
        case .transport(let failure, let host): return DiscordError.transport(failure, host: host).description
        case .malformed(let detail): return "the LLM server's answer is not a chat completion: \(detail)"
        case .noContent(let finish, let refusal):
            return "the model gave no answer" + (refusal.map { ": refused: \($0)" } ?? (finish.map { " (finish_reason \($0))" } ?? ""))
        }
    }
}

/// POSTs to `{base}/chat/completions` over the same libcurl transport as the
/// Discord client, retrying what is transient and stopping on what is not.
public final class ChatCompletionsClient: Sendable {
    public let endpoint: LLMEndpoint
    private let transport: any HTTPTransport
    private let logger = Logger(label: "modconsole.llm")
    /// A server may echo the key it was sent; no error text carries it on.
    private let redactor: SecretRedactor

    public init(endpoint: LLMEndpoint, transport: (any HTTPTransport)? = nil) {
        self.endpoint = endpoint
        self.redactor = SecretRedactor(secrets: [endpoint.apiKey?.secret].compactMap { $0 })
        self.transport = transport ?? CurlTransport(options: .init(totalTimeout: endpoint.timeout))
    }

    public func complete(_ messages: [ChatMessage], responseFormat: [String: Any]? = nil) async throws(LLMError) -> ChatCompletion {
        var body: [String: Any] = [
            "model": endpoint.model,
            "messages": messages.map { ["role": $0.role, "content": $0.content] },
            endpoint.effectiveTokenLimitKey: endpoint.maxTokens,
        ]
        if let temperature = endpoint.effectiveTemperature { body["temperature"] = temperature }
        if let responseFormat { body["response_format"] = responseFormat }
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json"),
                                                         ("User-Agent", "modconsole/\(ModconsoleInfo.version)")]
        if let key = endpoint.apiKey { headers.append(("Authorization", "Bearer \(key.secret)")) }
        let request = HTTPRequest(method: "POST", url: endpoint.baseURL + "/chat/completions", headers: headers, body: data)

        var attempt = 0
        while true {
            var wait = endpoint.backoff * (1 << min(attempt, 6))
            let error: LLMError
            switch await send(request) {
            case .success(let response) where (200..<300).contains(response.status):
                do { return try Self.decode(response.body) } catch { throw error.redacted(by: redactor) }
            case .success(let response):
                error = Self.error(response).redacted(by: redactor)
                if response.status == 429, let retryAfter = Self.retryAfter(response) { wait = retryAfter }
            case .failure(let failure):
                error = failure
            }
            guard error.isRetryable, attempt < endpoint.maxRetries else { throw error }
            attempt += 1
            logger.notice("LLM call failed (\(error)); retry \(attempt) in \(wait)")
            do { try await Task.sleep(for: wait) } catch { throw .transport(.cancelled, host: endpoint.baseURL) }
        }
    }

    private func send(_ request: HTTPRequest) async -> Result<HTTPResponse, LLMError> {
        do {
            return .success(try await transport.send(request))
        } catch {
            return .failure(.transport(error.failure, host: error.host))
        }
    }

    /// Retry-After (seconds) or retry-after-ms, when the server sent one.
    static func retryAfter(_ response: HTTPResponse) -> Duration? {
        if let ms = response.header("retry-after-ms").flatMap(Double.init) { return .milliseconds(Int(ms)) }
        if let seconds = response.header("retry-after").flatMap(Double.init) { return .milliseconds(Int(seconds * 1000)) }
        return nil
    }

    static func error(_ response: HTTPResponse) -> LLMError {
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        let detail = json?["error"] as? [String: Any]
        let message = (detail?["message"] as? String) ?? (json?["message"] as? String)
            ?? String(decoding: response.body.prefix(200), as: UTF8.self)
        let type = detail?["type"] as? String
        // llama.cpp sends the code as an integer.
        let code = (detail?["code"] as? String) ?? (detail?["code"] as? Int).map(String.init)
        if type == "insufficient_quota" || code == "insufficient_quota" { return .quotaExhausted(message) }
        if response.status == 429 { return .rateLimited(message) }
        return .http(status: response.status, type: type, code: code, message: message)
    }

    static func decode(_ body: Data) throws(LLMError) -> ChatCompletion {
        guard let json = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
            throw .malformed("not JSON: \(String(decoding: body.prefix(80), as: UTF8.self))")
        }
        guard let choice = (json["choices"] as? [[String: Any]])?.first, let message = choice["message"] as? [String: Any] else {
            throw .malformed("no choices[0].message")
        }
        let finish = choice["finish_reason"] as? String
        let usage = json["usage"] as? [String: Any]
        let tokens = TokenUsage(prompt: usage?["prompt_tokens"] as? Int ?? 0, completion: usage?["completion_tokens"] as? Int ?? 0, calls: 1)
        guard let content = message["content"] as? String, !content.isEmpty else {
            throw .noContent(finishReason: finish, refusal: message["refusal"] as? String)
        }
        return ChatCompletion(content: content, finishReason: finish, usage: tokens)
    }
}
