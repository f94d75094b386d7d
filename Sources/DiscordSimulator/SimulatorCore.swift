import FlyingFox
import Foundation

/// The simulator's state and request pipeline, shared by the HTTP server's
/// handler and the public `DiscordSimulator` façade.
///
/// An API request goes: record it, then a pending fault if one matches, else
/// authentication (401), routing (404/405), the global limit and the route's
/// bucket (429), and finally the endpoint, which answers from the guild state
/// under its lock. The status sent is written back into the record.
final class SimulatorCore: Sendable {
    let options: SimulatorOptions
    let guild: Locked<GuildState>
    let log = Locked(RequestLog())
    let faults = Locked(FaultQueue())
    let limiter: Locked<RateLimiter>
    /// The live traffic script; always locked inside `guild`, never the other way round.
    let script: Locked<TrafficScript>
    /// The live traffic task; always locked outside `guild`, never inside it.
    let trafficTask = Locked<Task<Void, Never>?>(nil)

    /// How far back the start-up backlog reaches.
    static let backlogSpan: TimeInterval = 45 * 60

    init(options: SimulatorOptions, now: Date = Date()) {
        self.options = options
        var state = ScriptedGuild.build(seed: options.seed, now: now)
        state.messageContentIntent = options.messageContentIntent
        Self.addBacklog(to: &state, options: options, now: now)
        guild = Locked(state)
        script = Locked(TrafficScript(seed: options.seed, stream: 4, state: state))
        limiter = Locked(RateLimiter(table: options.rateLimits, globalPerSecond: options.globalLimitPerSecond,
                                     globalWindow: options.globalLimitWindow, deleteAgeLimits: options.deleteAgeLimits))
    }

    /// Scripted history for each public channel, at seeded times in the last 45 minutes.
    private static func addBacklog(to state: inout GuildState, options: SimulatorOptions, now: Date) {
        guard options.backlogPerChannel > 0 else { return }
        var backlog = TrafficScript(seed: options.seed, stream: 2, state: state)
        var random = SeededRandom(seed: options.seed, stream: 3)
        var entries: [(at: Date, message: ScriptedMessage)] = []
        for channel in TrafficScript.channels {
            for _ in 0..<options.backlogPerChannel {
                let secondsAgo = Double.random(in: 20...backlogSpan, using: &random)
                entries.append((now.addingTimeInterval(-secondsAgo), backlog.next(in: channel)))
            }
        }
        for entry in entries.sorted(by: { $0.at < $1.at }) {
            state.post(entry.message, at: entry.at, backdated: true)
        }
    }

    // MARK: - Pipeline

    /// Answers one HTTP request: the control endpoints, or the Discord API.
    func respond(to httpRequest: HTTPRequest) async -> HTTPResponse {
        let request = await IncomingRequest.read(httpRequest)
        if request.rawPath == "/_sim" || request.rawPath.hasPrefix("/_sim/") {
            return respondToControl(request).httpResponse()
        }
        let sequence = log.withLock { $0.append(RecordedRequest(request)) }
        let fault = request.apiPath.flatMap { path in faults.withLock { $0.take(method: request.method, path: path) } }
        let response = await respondToAPI(request, fault: fault)
        log.withLock { $0.setStatus(response.recordedStatus, responseBytes: response.bodyData.count, fault: fault, sequence: sequence) }
        return response.httpResponse()
    }

    /// The answer to an API request, given the pending fault it drew (if any).
    private func respondToAPI(_ request: IncomingRequest, fault: Fault?) async -> APIResponse {
        guard request.apiPath != nil else { return .error(.notFound) }
        guard let fault else { return handle(request) }
        switch fault {
        case .delay(let duration):
            try? await Task.sleep(for: duration)
            return handle(request)
        case .truncatedJSON:
            return FaultResponses.truncated(handle(request))
        default:
            let route = try? APIRoute.resolve(method: request.method, segments: request.apiSegments)
            let now = Date()
            let bucket = route.map { route in limiter.withLock { $0.peek(route, now: now) } }
            if case .rateLimited(let retryAfter, let global) = fault {
                limiter.withLock { $0.hold(route, global: global, for: retryAfter, now: now) }
            }
            return FaultResponses.response(for: fault, bucket: bucket, now: now)
        }
    }

    /// Normal handling: authentication, routing, rate limits, then the endpoint.
    private func handle(_ request: IncomingRequest) -> APIResponse {
        guard request.headers["authorization"] == "Bot \(options.botToken)" else { return .error(.unauthorized) }
        let route: APIRoute
        do {
            route = try APIRoute.resolve(method: request.method, segments: request.apiSegments)
        } catch {
            return .error(error)
        }

        let now = Date()
        let bucket: BucketStatus
        switch limiter.withLock({ $0.admit(route, now: now) }) {
        case .admitted(let status):
            bucket = status
        case .limited(let status, let retryAfter):
            return FaultResponses.rateLimited(retryAfter: retryAfter, global: false, bucket: status)
        case .globallyLimited(let retryAfter):
            return FaultResponses.rateLimited(retryAfter: retryAfter, global: true, bucket: nil)
        }

        if let reason = request.auditLogReason, reason.count > 512 {
            return APIResponse.error(.invalidForm(
                ["audit_log_reason"], code: "BASE_TYPE_MAX_LENGTH", message: "Must be 512 or fewer in length."
            )).adding(bucket.headers)
        }
        let response: APIResponse = guild.withLock { state in
            do throws(APIError) {
                return try state.respond(to: route, request, now: now)
            } catch {
                return .error(error)
            }
        }
        return response.adding(bucket.headers)
    }

    // MARK: - Scripted traffic

    /// Posts the next `count` scripted messages now and returns their ids.
    func emitScripted(_ count: Int) -> [String] {
        guard count > 0 else { return [] }
        return guild.withLock { state in
            (0..<count).map { _ in
                let next = script.withLock { $0.next() }
                return state.post(next, at: Date(), backdated: false).id
            }
        }
    }

    /// Replaces any running traffic with a task that posts one scripted message per `interval`.
    func startTraffic(every interval: Duration) {
        let task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard let self else { return }
                // Checked under the lock `stopTraffic` cancels under, so that
                // once it has returned no further message is posted.
                let posted = self.trafficTask.withLock { _ in
                    Task.isCancelled ? false : !self.emitScripted(1).isEmpty
                }
                guard posted else { return }
            }
        }
        trafficTask.withLock { running in
            running?.cancel()
            running = task
        }
    }

    func stopTraffic() {
        trafficTask.withLock { running in
            running?.cancel()
            running = nil
        }
    }
}

private extension RecordedRequest {
    /// A record of a request on arrival; the status comes later.
    init(_ request: IncomingRequest) {
        self.init(
            sequence: 0,
            method: request.method,
            path: request.rawPath,
            query: request.query,
            headers: request.headers,
            body: request.body,
            status: 0,
            at: request.receivedAt,
            answeredAt: nil,
            client: request.client
        )
    }
}
