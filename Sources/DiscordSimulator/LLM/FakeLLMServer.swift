import FlyingFox
import FlyingSocks
import Foundation

/// A fake OpenAI-compatible `/v1/chat/completions` server on 127.0.0.1, for
/// tests of the LLM classifier over real HTTP.
///
/// By default it answers like a careful model in DSPy's chat-adapter format
/// (or as one JSON object when the request carries `response_format`),
/// deciding from keywords in the `[[ ## message ## ]]` field. Tests queue
/// other behaviours for the next requests: a fixed reply, garbage, an error
/// status (429 with Retry-After, 5xx, quota), a delay, a hold until enough
/// requests are in flight. Every request is recorded with the status it got,
/// and the server counts how many it had in flight at once.
///
/// A 429 with Retry-After is honoured like a real server would: a request that
/// arrives before the Retry-After has passed gets another 429 (recorded, and
/// without using up a queued behaviour), so a client that does not wait shows
/// up as a second 429 in `requests`.
public final class FakeLLMServer: Sendable {
    public enum Behaviour: Sendable {
        /// Decide from the message's keywords and answer in the requested format.
        case answer
        /// Reply with exactly this content.
        case reply(String)
        /// Reply with text that has no field markers and no JSON.
        case garbage
        /// An OpenAI-style error: `{"error": {"message", "type", "code"}}`.
        case error(status: Int, type: String?, code: String?, message: String, retryAfter: Double? = nil)
        /// 429 with `insufficient_quota`, as OpenAI sends when credit runs out.
        case quotaExhausted
        /// An error whose message quotes the Authorization header it was sent,
        /// raw and percent-encoded, as careless servers and proxies do (401:
        /// "Incorrect API key provided: ..."; 5xx: a proxy's dump of the request):
        /// for proving the client's key never travels on into logs or the store.
        case echoAuthorization(status: Int)
        /// Wait, then answer.
        case delay(Duration)
        /// Hold the request until `requests` requests have been in flight at
        /// once (this one included; see `maxConcurrentRequests`), or until
        /// `timeout` has passed, then answer. Once that many have been in
        /// flight together, later holds answer at once.
        case holdUntilInFlight(Int, timeout: Duration)
    }

    /// One request as received.
    public struct Request: Sendable {
        public var model: String?
        public var messages: [(role: String, content: String)]
        /// `json_schema`, `json_object`, or nil.
        public var responseFormat: String?
        /// The whole body, as sent.
        public var body: Data
        public var authorization: String?
        /// The status answered; 0 while the answer is being prepared.
        public var status: Int = 0
    }

    private struct State {
        var queue: [Behaviour] = []
        var requests: [Request] = []
        var inFlight = 0
        var maxInFlight = 0
        /// Until when the last 429's Retry-After holds.
        var rateLimitedUntil: ContinuousClock.Instant?
    }

    private let state = Locked(State())
    private let server: HTTPServer
    private let task: Task<Void, any Error>
    public let port: UInt16

    /// "http://127.0.0.1:<port>/v1", the OPENAI_BASE_URL to use.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    private init(server: HTTPServer, task: Task<Void, any Error>, port: UInt16) {
        self.server = server
        self.task = task
        self.port = port
    }

    public static func start() async throws -> FakeLLMServer {
        let box = Locked<FakeLLMServer?>(nil)
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0),
                                // As the simulator: a loaded test run must not make the server drop a connection it is slow to serve.
                                timeout: 120, logger: .disabled,
                                handler: ClosureHTTPHandler { request in
            guard let fake = box.withLock({ $0 }) else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await fake.handle(request)
        })
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: DiscordSimulator.listenDeadline.seconds)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw SimulatorError.couldNotListen("the fake LLM server did not report its port")
        }
        let fake = FakeLLMServer(server: server, task: task, port: port)
        box.withLock { $0 = fake }
        return fake
    }

    public func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }

    /// Behaviours for the next requests, in order; after them, `.answer`.
    public func enqueue(_ behaviours: Behaviour...) {
        state.withLock { $0.queue += behaviours }
    }

    public var requests: [Request] { state.withLock { $0.requests } }

    /// The most requests the server has had in flight at the same time: from
    /// the arrival of a request's headers until its answer is ready (which is
    /// before the client can read it, so a client that never has more than N
    /// requests open is never counted at more than N).
    public var maxConcurrentRequests: Int { state.withLock { $0.maxInFlight } }

    // MARK: - Handling

    private func handle(_ request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .POST, request.path.hasSuffix("/chat/completions") else {
            return json(404, ["error": ["message": "Unknown route \(request.path)", "type": "invalid_request_error"]])
        }
        let body = (try? await request.bodyData) ?? Data()
        guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any],
              let messages = object["messages"] as? [[String: Any]] else {
            return json(400, ["error": ["message": "body must be a JSON object with messages", "type": "invalid_request_error"]])
        }
        let recorded = Request(
            model: object["model"] as? String,
            messages: messages.map { ($0["role"] as? String ?? "", $0["content"] as? String ?? "") },
            responseFormat: (object["response_format"] as? [String: Any])?["type"] as? String,
            body: body, authorization: request.headers[HTTPHeader("Authorization")])
        let (index, behaviour) = state.withLock { state -> (Int, Behaviour) in
            state.requests.append(recorded)
            state.inFlight += 1
            state.maxInFlight = max(state.maxInFlight, state.inFlight)
            let now = ContinuousClock.now
            if let until = state.rateLimitedUntil, now < until {
                let left = (now.duration(to: until).seconds * 1000).rounded(.up) / 1000
                return (state.requests.count - 1, .error(status: 429, type: "requests", code: "rate_limit_exceeded",
                                                         message: "Retry-After not honoured", retryAfter: left))
            }
            let behaviour = state.queue.isEmpty ? Behaviour.answer : state.queue.removeFirst()
            if case .error(429, _, _, _, let retryAfter?) = behaviour {
                state.rateLimitedUntil = now.advanced(by: .milliseconds(Int((retryAfter * 1000).rounded(.up))))
            }
            return (state.requests.count - 1, behaviour)
        }
        let response = await respond(behaviour, to: recorded)
        state.withLock { state in
            state.inFlight -= 1
            state.requests[index].status = Int(response.statusCode.code)
        }
        return response
    }

    private func respond(_ behaviour: Behaviour, to request: Request) async -> HTTPResponse {
        switch behaviour {
        case .answer:
            return completion(Self.answer(to: request), request: request)
        case .reply(let content):
            return completion(content, request: request)
        case .garbage:
            return completion("Sure! I think this message is probably fine, nothing to worry about.", request: request)
        case .error(let status, let type, let code, let message, let retryAfter):
            var headers: [String: String] = [:]
            if let retryAfter { headers["Retry-After"] = String(retryAfter) }
            var error: [String: Any] = ["message": message]
            if let type { error["type"] = type }
            if let code { error["code"] = code }
            return json(status, ["error": error], headers: headers)
        case .quotaExhausted:
            return json(429, ["error": ["message": "You exceeded your current quota, please check your plan and billing details.",
                                        "type": "insufficient_quota", "code": "insufficient_quota"]])
        case .echoAuthorization(let status):
            let sent = request.authorization ?? "(none)"
            let encoded = sent.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? sent
            return json(status, ["error": [
                "message": "Incorrect API key provided: \(sent) (as received: \(encoded))",
                "type": status == 401 ? "invalid_request_error" : "server_error", "code": status == 401 ? "invalid_api_key" : "internal"]])
        case .delay(let duration):
            try? await Task.sleep(for: duration)
            return completion(Self.answer(to: request), request: request)
        case .holdUntilInFlight(let count, let timeout):
            let deadline = ContinuousClock.now + timeout
            while maxConcurrentRequests < count, ContinuousClock.now < deadline, !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(5))
            }
            return completion(Self.answer(to: request), request: request)
        }
    }

    private func completion(_ content: String, request: Request) -> HTTPResponse {
        let prompt = request.messages.reduce(0) { $0 + $1.content.count / 4 }
        return json(200, [
            "id": "chatcmpl-fake", "object": "chat.completion", "model": request.model ?? "fake",
            "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": prompt, "completion_tokens": content.count / 4, "total_tokens": prompt + content.count / 4],
        ])
    }

    private func json(_ status: Int, _ object: [String: Any], headers: [String: String] = [:]) -> HTTPResponse {
        var response = HTTPResponse(statusCode: HTTPStatusCode(status, phrase: "Fake"),
                                    body: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data())
        response.headers[HTTPHeader("Content-Type")] = "application/json"
        for (name, value) in headers { response.headers[HTTPHeader(name)] = value }
        return response
    }

    // MARK: - The "model"

    /// A field's value from the user message (`[[ ## name ## ]]` to the next marker).
    static func field(_ name: String, in text: String) -> String {
        guard let start = text.range(of: "[[ ## \(name) ## ]]\n") else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n\n[[ ## ")?.lowerBound ?? rest.range(of: "\n\nRespond with")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// Keyword judgement, in the format the request asked for.
    static func answer(to request: Request) -> String {
        let user = request.messages.last { $0.role == "user" }?.content ?? ""
        let message = field("message", in: user).lowercased()
        let channel = field("channel_name", in: user).lowercased()
        let intent: String, action: String, reason: String
        if ["nitro", "airdrop", "telegram", "whatsapp", "@everyone", "crypto"].contains(where: message.contains) {
            (intent, action, reason) = ("other", "delete", "Looks like a scam.")
        } else if ["hiring", "we're looking for", "job opening", "apply at"].contains(where: message.contains) {
            (intent, action, reason) = ("post_job", channel == "jobs" ? "allow" : "move", "A job offer.")
        } else if ["looking for work", "hire me", "open to work", "available for hire"].contains(where: message.contains) {
            (intent, action, reason) = ("seek_job", channel == "jobs" ? "allow" : "move", "Looking for work.")
        } else {
            (intent, action, reason) = ("other", "allow", "Ordinary discussion.")
        }
        let reasoning = "The message in #\(channel) reads as \(intent)."
        if request.responseFormat != nil {
            let object = ["reasoning": reasoning, "intent": intent, "action": action, "reason": reason]
            return String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        }
        return """
            [[ ## reasoning ## ]]
            \(reasoning)

            [[ ## intent ## ]]
            \(intent)

            [[ ## action ## ]]
            \(action)

            [[ ## reason ## ]]
            \(reason)

            [[ ## completed ## ]]
            """
    }
}
