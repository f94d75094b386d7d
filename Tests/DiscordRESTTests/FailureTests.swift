import DiscordSimulator
import Foundation
import TestSupport
import Testing
@testable import DiscordREST

/// What reaches the caller when the answer is broken or never comes.
@Suite struct FailureTests {
    @Test func malformedJSONIsATypedError() async throws {
        try await withSimulator { sim, client in
            sim.inject(.malformedJSON, route: RouteMatcher(path: "/users/@me"))
            let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
            guard case .malformedBody(let route, _)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(route == "GET /users/@me")
        }
    }

    @Test func truncatedJSONIsATypedError() async throws {
        try await withSimulator { sim, client in
            let channel = try sim.channel("general")
            sim.inject(.truncatedJSON, route: RouteMatcher(method: "GET", path: "/channels/*/messages"))
            let error = await #expect(throws: DiscordError.self) { _ = try await client.messages(in: channel) }
            guard case .malformedBody? = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test func aWellFormedBodyOfTheWrongShapeNamesThePath() async throws {
        let body = HTTPResponse(status: 200, headers: [:], body: Data(#"[{"id":"1","channel_id":"2","content":"x","timestamp":"2024-01-01T00:00:00+00:00"}]"#.utf8))
        let client = DiscordClient(configuration: .init(token: BotToken("t")))
        let error = #expect(throws: DiscordError.self) { try client.decode([Message].self, from: body, route: .messages(2)) }
        #expect(error?.description.contains("[0]") == true && error?.description.contains("author") == true)
    }

    @Test func aDroppedConnectionIsATransportErrorNamingTheHost() async throws {
        try await withSimulator { sim, client in
            sim.inject(.dropConnection, route: RouteMatcher(path: "/users/@me"))
            let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
            guard case .transport(.connectionLost, let host)? = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(host == "127.0.0.1:\(sim.port)")
            _ = try await client.currentUser()  // the client is still usable
        }
    }

    @Test func aSlowAnswerTimesOut() async throws {
        let sim = try await DiscordSimulator.start(SimulatorOptions(backlogPerChannel: 0))
        defer { Task { await sim.stop() } }
        let transport = CurlTransport(options: .init(connectTimeout: .seconds(2), totalTimeout: .milliseconds(300)))
        let client = DiscordClient(configuration: .init(token: BotToken(sim.botToken), apiBase: sim.baseURL), transport: transport)
        sim.inject(.delay(.seconds(60)), route: RouteMatcher(path: "/users/@me"))  // far past the timeout, however slow the machine
        let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
        guard case .transport(.timedOut, _)? = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func aRefusedConnectionNamesTheHost() async throws {
        // Bind a port, then close it, so nothing listens there.
        let sim = try await DiscordSimulator.start(SimulatorOptions(backlogPerChannel: 0))
        let port = sim.port
        await sim.stop()
        let client = DiscordClient(configuration: .init(token: BotToken("t"), apiBase: "http://127.0.0.1:\(port)/api/v10"))
        let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
        guard case .transport(.connectionRefused, let host)? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(host == "127.0.0.1:\(port)")
        #expect(error?.description.contains("127.0.0.1:\(port)") == true)
    }

    @Test func anUnknownHostIsADNSError() async throws {
        let client = DiscordClient(configuration: .init(token: BotToken("t"), apiBase: "http://no-such-host.invalid/api/v10"))
        let error = await #expect(throws: DiscordError.self) { try await client.currentUser() }
        guard case .transport(.hostNotFound, "no-such-host.invalid")? = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        try await withSimulator { sim, client in
            // The answer would take two minutes: only an aborted transfer ends the task before the deadline below.
            sim.inject(.delay(.seconds(120)), route: RouteMatcher(path: "/users/@me"))
            let task = Task { try await client.currentUser() }
            try await waitUntil("the request to reach the simulator") { !sim.requests("GET", containing: "/users/@me").isEmpty }
            task.cancel()
            let watchdog = Task {
                try await Task.sleep(for: .seconds(60))
                Issue.record("the cancelled request was still running after 60 s")
            }
            let result = await task.result
            watchdog.cancel()
            guard case .failure(DiscordError.transport(.cancelled, _)) = result else { Issue.record("got \(result)"); return }
        }
    }

    @Test func connectionsAreReused() async throws {
        try await withSimulator { sim, client in
            for _ in 0..<5 { _ = try await client.currentUser() }
            let connections = Set(sim.recordedRequests().map(\.client))
            #expect(connections.count == 1, "keep-alive: five requests, one connection")
        }
    }
}
