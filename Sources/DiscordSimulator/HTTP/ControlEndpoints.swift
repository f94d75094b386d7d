import Foundation

// The `/_sim/` endpoints for drivers outside the process (fault soaks, demo
// scripts). They need no token, are not recorded, and never draw faults.
// `DiscordSimulator`'s doc comment lists them.

extension SimulatorCore {
    func respondToControl(_ request: IncomingRequest) -> APIResponse {
        switch (request.method, request.rawPath) {
        case ("GET", "/_sim/state"):
            return .json(controlState())
        case ("GET", "/_sim/requests"):
            return .json(.array(log.withLock { $0.entries }.map(\.controlJSON)))
        case ("DELETE", "/_sim/requests"):
            log.withLock { $0.removeAll() }
            return .noContent
        case ("POST", "/_sim/faults"):
            return controlResult { () throws(ControlError) in try injectFault(request) }
        case ("DELETE", "/_sim/faults"):
            faults.withLock { $0.removeAll() }
            return .noContent
        case ("POST", "/_sim/messages"):
            return controlResult { () throws(ControlError) in try postMessage(request) }
        case ("POST", "/_sim/traffic"):
            return controlResult { () throws(ControlError) in try driveTraffic(request) }
        case ("DELETE", "/_sim/traffic"):
            stopTraffic()
            return .noContent
        default:
            return Self.controlError(404, "no control endpoint \(request.method) \(request.rawPath)")
        }
    }

    /// The snapshot plus the roster (`channels` and `users` by name).
    func controlState() -> JSONValue {
        guild.withLock { state in
            let channels = state.channelOrder.compactMap { state.channels[$0] }
                .filter { $0.kind == .guildText }
                .reduce(into: [String: String]()) { $0[$1.name ?? $1.id] = $1.id }
            let users = state.users.values.reduce(into: [String: String]()) { $0[$1.username] = $1.id }
            return state.snapshot().controlJSON(channels: channels, users: users, botUserID: state.botUserID)
        }
    }

    /// `{"method"?, "path", "count"?, "fault": {"kind", ...}}`.
    private func injectFault(_ request: IncomingRequest) throws(ControlError) -> APIResponse {
        let body = try Self.object(request)
        guard let path = body["path"]?.stringValue else { throw ControlError("\"path\" is required") }
        let count = Int(body["count"]?.intValue ?? 1)
        guard let spec = body["fault"], let kind = spec["kind"]?.stringValue else {
            throw ControlError("\"fault\" with a \"kind\" is required")
        }
        let fault: Fault
        switch kind {
        case "status":
            fault = .status(
                Int(spec["status"]?.intValue ?? 500),
                code: Int(spec["code"]?.intValue ?? 0),
                message: spec["message"]?.stringValue ?? "Internal Server Error"
            )
        case "rate_limited":
            fault = .rateLimited(retryAfter: spec["retry_after"]?.doubleValue ?? 1, global: spec["global"]?.boolValue ?? false)
        case "delay":
            fault = .delay(.milliseconds(spec["delay_ms"]?.intValue ?? 1_000))
        case "malformed_json": fault = .malformedJSON
        case "truncated_json": fault = .truncatedJSON
        case "drop_connection": fault = .dropConnection
        case "cloudflare_429": fault = .cloudflare429
        default:
            throw ControlError("unknown fault kind \"\(kind)\"; use status, rate_limited, delay, malformed_json, "
                + "truncated_json, drop_connection or cloudflare_429")
        }
        faults.withLock { $0.add(fault, matching: RouteMatcher(method: body["method"]?.stringValue, path: path), count: count) }
        return .noContent
    }

    /// `{"channel", "author", "content", "webhook"?, "type"?}`; channel and author by id or name.
    private func postMessage(_ request: IncomingRequest) throws(ControlError) -> APIResponse {
        let body = try Self.object(request)
        guard let channel = body["channel"]?.stringValue, let author = body["author"]?.stringValue,
              let content = body["content"]?.stringValue
        else { throw ControlError("\"channel\", \"author\" and \"content\" are required") }
        let result: Result<String, ControlError> = guild.withLock { state in
            guard let channelID = state.resolveChannel(channel) else { return .failure(ControlError("no channel \(channel)")) }
            guard let authorID = state.resolveUser(author) else { return .failure(ControlError("no user \(author)")) }
            return .success(state.postDriven(
                content, authorID: authorID, channelID: channelID, at: nil,
                webhook: body["webhook"]?.boolValue ?? false, type: Int(body["type"]?.intValue ?? 0),
                mentionsEveryone: content.contains("@everyone"), now: Date()
            ))
        }
        return .json(["id": .string(try result.get())])
    }

    /// `{"emit": n}` posts n scripted messages now; `{"every_ms": n}` starts live traffic.
    private func driveTraffic(_ request: IncomingRequest) throws(ControlError) -> APIResponse {
        let body = try Self.object(request)
        if let every = body["every_ms"]?.intValue, every > 0 {
            startTraffic(every: .milliseconds(every))
            return .noContent
        }
        guard let count = body["emit"]?.intValue, count > 0 else {
            throw ControlError("send {\"emit\": n} or {\"every_ms\": n}")
        }
        return .json(["ids": .strings(emitScripted(Int(count)))])
    }

    // MARK: Helpers

    struct ControlError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    private func controlResult(_ body: () throws(ControlError) -> APIResponse) -> APIResponse {
        do {
            return try body()
        } catch {
            return Self.controlError(400, error.message)
        }
    }

    private static func object(_ request: IncomingRequest) throws(ControlError) -> JSONValue {
        guard let json = try? JSONValue.parse(request.body), json.objectValue != nil else {
            throw ControlError("the body must be a JSON object")
        }
        return json
    }

    private static func controlError(_ status: Int, _ message: String) -> APIResponse {
        .json(["error": .string(message)], status: status)
    }
}
