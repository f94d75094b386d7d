import FlyingFox
import FlyingSocks
import Foundation

/// A fake Discord guild served over real HTTP on 127.0.0.1.
///
/// `modconsole demo` runs the real console and engine against it, and every
/// engine and client test talks to it instead of Discord. It serves Discord's
/// v10 REST routes under `baseURL` with Discord's JSON shapes, error codes,
/// permission checks and rate-limit buckets and headers (deletes also limited
/// by message age, `DeleteAgeLimits`), builds all of its
/// JSON by hand (never from a client's models), records every request, and
/// injects faults on demand.
///
/// ```swift
/// let sim = try await DiscordSimulator.start(SimulatorOptions(seed: 7))
/// defer { Task { await sim.stop() } }
/// let general = sim.channelID(named: "general")!
/// sim.postMessage("We're hiring, DM me", author: sim.userID(named: "recruiter_rachel")!, channel: general)
/// // ... run the client against sim.baseURL with "Authorization: Bot \(sim.botToken)" ...
/// #expect(sim.snapshot().deletedMessages.count == 1)
/// ```
///
/// Served routes (under `/api/v10`): `GET /users/@me`; `POST /users/@me/channels`;
/// `GET /channels/{c}`; `GET|POST /channels/{c}/messages`; `GET|DELETE
/// /channels/{c}/messages/{m}`; `POST /channels/{c}/messages/bulk-delete`;
/// `PUT|DELETE /channels/{c}/messages/{m}/reactions/{emoji}/@me`; `GET
/// /guilds/{g}`, `/guilds/{g}/channels`, `/guilds/{g}/roles`; `GET|PATCH
/// /guilds/{g}/members/{u}`; `PUT|DELETE /guilds/{g}/bans/{u}`.
///
/// ## Control endpoints
///
/// For drivers outside the process (fault soaks, scripts), under `/_sim/`, with
/// no token; they are neither recorded nor subject to faults or rate limits:
///
/// - `GET /_sim/state`: the `snapshot()` as JSON (snake_case keys), plus
///   `channels` and `users` mapping names to ids.
/// - `GET /_sim/requests`: the request record as a JSON array; `DELETE` clears it.
/// - `POST /_sim/faults` `{"method"?, "path", "count"?, "fault": {"kind", ...}}`
///   queues a fault. Kinds: `status` (`status`, `code`, `message`),
///   `rate_limited` (`retry_after` seconds, `global`), `delay` (`delay_ms`),
///   `malformed_json`, `truncated_json`, `drop_connection`, `cloudflare_429`.
///   `DELETE /_sim/faults` drops pending faults.
/// - `POST /_sim/messages` `{"channel", "author", "content", "webhook"?, "type"?}`
///   posts a message (channel and author by id or name) and answers `{"id"}`.
/// - `POST /_sim/traffic` `{"emit": n}` posts n scripted messages (answers
///   `{"ids"}`); `{"every_ms": n}` starts live traffic; `DELETE` stops it.
public final class DiscordSimulator: Sendable {
    let core: SimulatorCore
    private let server: HTTPServer
    private let serverTask: Task<Void, Never>

    /// The port the server listens on.
    public let port: UInt16
    /// `http://127.0.0.1:<port>/api/v10`, the value for `DISCORD_API_BASE`.
    public var baseURL: String { "http://127.0.0.1:\(port)\(APIPrefix.path)" }
    /// The token requests must carry as `Authorization: Bot <token>`.
    public var botToken: String { core.options.botToken }
    public let guildID: String
    public let botUserID: String

    private init(core: SimulatorCore, server: HTTPServer, serverTask: Task<Void, Never>, port: UInt16) {
        self.core = core
        self.server = server
        self.serverTask = serverTask
        self.port = port
        (guildID, botUserID) = core.guild.withLock { ($0.guild.id, $0.botUserID) }
    }

    deinit {
        core.stopTraffic()
        serverTask.cancel()
    }

    /// Builds the scripted guild and starts serving it on 127.0.0.1.
    /// Throws if the port cannot be bound.
    public static func start(_ options: SimulatorOptions = .init()) async throws -> DiscordSimulator {
        let core = SimulatorCore(options: options)
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: options.port),
            timeout: 120,
            logger: .disabled,
            handler: ClosureHTTPHandler { request in await core.respond(to: request) }
        )
        let failure = StartFailure()
        let serverTask = Task {
            do { try await server.run() } catch { failure.record(error) }
        }
        try await waitUntilListening(server, failure: failure, serverTask: serverTask)
        guard case .ip4(_, let port) = await server.listeningAddress else {
            serverTask.cancel()
            throw SimulatorError.couldNotListen("no IPv4 address to report")
        }
        return DiscordSimulator(core: core, server: server, serverTask: serverTask, port: port)
    }

    /// Stops traffic and the server. Connections in flight are closed.
    public func stop() async {
        core.stopTraffic()
        await server.stop(timeout: 1)
        serverTask.cancel()
    }

    /// Waits for the socket to listen, or for the server to fail (port taken).
    /// Polls rather than awaiting the server task: awaiting a task's value
    /// cannot be cancelled, and would hold the caller until the server stops.
    /// A failure is reported at once; the deadline is only for a server task
    /// that never gets to run, so it is generous: on a loaded 2-core machine
    /// the concurrency pool can be busy for many seconds.
    static let listenDeadline: Duration = .seconds(120)

    private static func waitUntilListening(_ server: HTTPServer, failure: StartFailure, serverTask: Task<Void, Never>) async throws {
        let deadline = ContinuousClock.now + listenDeadline
        while ContinuousClock.now < deadline {
            if await server.isListening { return }
            if let error = failure.error {
                serverTask.cancel()
                throw error
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        serverTask.cancel()
        throw SimulatorError.couldNotListen("not listening after \(listenDeadline)")
    }

    // MARK: - Roster

    /// The id of a text channel: general, help, jobs, showcase, random, introductions, mod-log.
    public func channelID(named name: String) -> String? {
        core.guild.withLock { $0.textChannel(named: name)?.id }
    }

    /// The id of a user by username (`swiftlyjen`, `recruiter_rachel`, `modconsole`, ...).
    public func userID(named username: String) -> String? {
        core.guild.withLock { $0.user(named: username)?.id }
    }

    /// Every username in the guild, in roster order.
    public var usernames: [String] {
        core.guild.withLock { $0.userOrder }
    }

    // MARK: - Recording

    /// Every API request received, in arrival order (control endpoints excluded).
    public func recordedRequests() -> [RecordedRequest] {
        core.log.withLock { $0.entries }
    }

    /// Forgets the requests recorded so far.
    public func clearRecord() {
        core.log.withLock { $0.removeAll() }
    }

    // MARK: - Faults

    /// The next `count` requests matching `route` get `fault` instead of normal
    /// handling. Faults are consumed in the order they were injected.
    public func inject(_ fault: Fault, route: RouteMatcher, count: Int = 1) {
        core.faults.withLock { $0.add(fault, matching: route, count: count) }
    }

    /// Drops all pending faults.
    public func clearFaults() {
        core.faults.withLock { $0.removeAll() }
    }

    // MARK: - State

    /// The guild's current state.
    public func snapshot() -> GuildSnapshot {
        core.guild.withLock { $0.snapshot() }
    }
}

/// Why the simulator could not start.
/// The error that ended the server task, if it ended before listening.
private final class StartFailure: Sendable {
    private let stored = Locked<String?>(nil)
    func record(_ error: any Error) { stored.withLock { $0 = "\(error)" } }
    var error: SimulatorError? { stored.withLock { $0 }.map(SimulatorError.couldNotListen) }
}

public enum SimulatorError: Error, Sendable, CustomStringConvertible {
    /// The server could not start listening, usually because the port was taken.
    case couldNotListen(String)

    public var description: String {
        switch self {
        case .couldNotListen(let why): return "the simulator could not listen on 127.0.0.1: \(why)"
        }
    }
}
