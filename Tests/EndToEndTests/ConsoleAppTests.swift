import ConsoleUI
import DiscordREST
import DiscordSimulator
import Engine
import Foundation
import Testing

/// The whole console (UI thread, engine, store, simulator over HTTP) driven
/// through the in-memory terminal: what a moderator sees and what reaches Discord.
@Suite struct ConsoleAppTests {
    /// Waits until the terminal's screen satisfies `condition`.
    static func waitFor(_ what: String, on terminal: MemoryTerminal, within limit: Duration = .seconds(60),
                        _ condition: (String) -> Bool) async throws {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if condition(terminal.screen.lines.joined(separator: "\n")) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("timed out waiting for \(what):\n\(terminal.screen.lines.joined(separator: "\n"))")
    }

    @Test("the first frame comes before the engine is made; an engine that cannot start closes the console, saying why")
    func theFirstFrameComesFirst() async throws {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let (seen, firstFrameSeen) = AsyncStream<Void>.makeStream()
        let app = ConsoleApp(holdBack: .milliseconds(300)) {
            for await _ in seen { break }
            throw EngineError("cannot log in to Discord: 401 Unauthorized; check DISCORD_BOT_TOKEN")
        }
        let running = Task { try await app.run { terminal } }
        try await Self.waitFor("the first frame", on: terminal) { $0.contains("starting the engine") }
        terminal.type(.key(.character("A")), .key(.character("y")))
        try await Self.waitFor("the refusal to act before the engine is up", on: terminal) { $0.contains("engine is still starting") }
        firstFrameSeen.yield()
        switch await running.result {
        case .success: Issue.record("the console stayed open on an engine that cannot start")
        case .failure(let error): #expect((error as? ConsoleError)?.description.contains("cannot log in to Discord") == true)
        }
        #expect(terminal.restored, "the terminal is given back before the error is said")
        #expect(app.engine == nil)
    }

    @Test func approvingFromTheKeyboardMovesTheJobPostAndQuitRestoresTheTerminal() async throws {
        let simulator = try await DiscordSimulator.start(SimulatorOptions(backlogPerChannel: 0))
        let directory = NSTemporaryDirectory() + "modconsole-app-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try Store(path: directory + "/store.sqlite")
        var configuration = Configuration()
        configuration.token = BotToken(simulator.botToken)
        configuration.apiBase = simulator.baseURL
        configuration.channels = [WatchedChannel(id: try #require(simulator.channelID(named: "general").flatMap { Snowflake($0) }))]
        configuration.jobsChannel = simulator.channelID(named: "jobs").flatMap { Snowflake($0) }
        configuration.auditChannel = simulator.channelID(named: "mod-log").flatMap { Snowflake($0) }
        configuration.engine.pollInterval = .seconds(1)
        configuration.engine.moderator = "keyboard-mod"
        let client = DiscordClient(configuration: .init(token: configuration.token!, apiBase: configuration.apiBase))
        let engine = ModerationEngine(configuration: configuration, store: store, client: client, classifier: try LocalClassifier.shipped())
        try await engine.start()
        let post = simulator.postMessage(
            "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k-$180k. Apply at careers.example.com/ios",
            author: try #require(simulator.userID(named: "swiftlyjen")), channel: try #require(simulator.channelID(named: "general")))

        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let app = ConsoleApp(engine: engine)
        let running = Task { try await app.run { terminal } }
        try await Self.waitFor("the job post", on: terminal) { $0.contains("We're hiring") && $0.contains("move•") }
        let framesBefore = terminal.frames
        func moved(_ screen: String) -> Bool {
            screen.split(separator: "\n").contains { $0.contains("keyboard-mod") && $0.contains("move") && $0.contains("done") }
        }
        // The first selection is held back until it has been on screen (300 ms): a key that
        // lands inside it is refused and says so; the moderator (and this test) presses again.
        for _ in 0..<5 {
            terminal.type(.key(.enter))
            try await Self.waitFor("the move, or the hold-back's refusal", on: terminal) { moved($0) || $0.contains("held back") }
            if moved(terminal.screen.lines.joined(separator: "\n")) { break }
            try await Task.sleep(for: .milliseconds(400))  // pacing before the next try, not an expectation
        }
        try await Self.waitFor("the move in the audit pane", on: terminal, moved)
        #expect(simulator.snapshot().isDeleted(post))
        #expect(terminal.frames > framesBefore)
        terminal.type(.key(.character("q")))
        try await running.value
        #expect(terminal.restored, "the terminal is given back on quit")
        #expect(try await store.leaseHolder() == nil, "the engine stopped cleanly and handed the lease back")
        await simulator.stop()
    }
}
