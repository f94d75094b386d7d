import ArgumentParser
import ConsoleUI
import DiscordREST
import DiscordSimulator
import Engine
import Foundation
import Synchronization

/// `modconsole demo`: the real console and engine against a simulated guild
/// served over HTTP on loopback, with live scripted traffic and the offline
/// classifier. No Discord account, no configuration.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Try modconsole on a simulated guild: live traffic, the offline classifier, the console.",
        discussion: """
            Starts the scripted guild on 127.0.0.1 with a temporary store (or --db). Nothing leaves this machine. \
            --headless prints the engine's events as JSON lines instead of opening the console.
            """)

    @Flag(help: "No console: print events as JSON lines until interrupted.")
    var headless = false
    @Option(help: "Seed for the simulated guild and its traffic.")
    var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, or a path.", valueName: "name|path"))
    var theme: String?
    @Option(name: .customLong("traffic-every"), help: ArgumentHelp("Seconds between scripted messages.", valueName: "seconds"))
    var trafficEvery: Double = 2.5
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if trafficEvery < 0.05 { throw ValidationError("--traffic-every must be at least 0.05 seconds") }
    }

    func run() async throws {
        guard !headless else { return try await runHeadless() }
        ConsoleLaunch.shareMallocArenas()
        let chosenTheme = try ConsoleLaunch.theme(flag: theme, configured: nil)
        let (path, scratch) = storeLocation()
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        let (seed, every) = (seed, Duration.milliseconds(Int(trafficEvery * 1000)))
        // The guild, the store and the engine are made behind the console's first frame.
        let simulator = StartedGuild()
        try await ConsoleLaunch.run(theme: chosenTheme, holdBack: Configuration().ui.holdBack) {
            let guild = try await DiscordSimulator.start(SimulatorOptions(seed: seed, backlogPerChannel: 6))
            simulator.guild.withLock { $0 = guild }
            let engine = try Self.engine(on: guild, store: try Store(path: path))
            try await engine.start()
            guild.startTraffic(every: every)
            return engine
        }
        if let guild = simulator.guild.withLock({ $0 }) {
            guild.stopTraffic()
            await guild.stop()
        }
    }

    /// The engine's events as JSON lines until a termination signal.
    func runHeadless() async throws {
        let simulator = try await DiscordSimulator.start(SimulatorOptions(seed: seed, backlogPerChannel: 6))
        let (path, scratch) = storeLocation()
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        let store: Store
        do {
            store = try Store(path: path)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let engine = try await EngineSession.started(try Self.engine(on: simulator, store: store))
        simulator.startTraffic(every: .milliseconds(Int(trafficEvery * 1000)))
        let start = try await store.lastEventSequence()
        let printer = Task { for await event in engine.events(after: start) { FileHandle.standardOutput.write(Data((Sanitizer.jsonSafe(event.jsonLine) + "\n").utf8)) } }
        let loop = Task { await engine.run() }
        await waitForTerminationSignal([SIGINT, SIGTERM, SIGHUP])
        loop.cancel()
        await loop.value
        printer.cancel()
        simulator.stopTraffic()
        await simulator.stop()
    }

    /// The store at --db, else in a scratch folder (returned, to remove at the end).
    func storeLocation() -> (path: String, scratch: String?) {
        if let db = global.db { return (db, nil) }
        let scratch = NSTemporaryDirectory() + "modconsole-demo-\(UUID().uuidString)"
        return (scratch + "/demo.sqlite", scratch)
    }

    /// The engine as a first-time user would configure it for the scripted guild, not started.
    static func engine(on simulator: DiscordSimulator, store: Store) throws -> ModerationEngine {
        var configuration = Configuration()
        configuration.token = BotToken(simulator.botToken)
        configuration.apiBase = simulator.baseURL
        let watched = ["general", "help", "showcase", "random", "introductions"]
        configuration.channels = watched.compactMap { simulator.channelID(named: $0).flatMap { Snowflake($0) } }.map { WatchedChannel(id: $0) }
        configuration.jobsChannel = simulator.channelID(named: "jobs").flatMap { Snowflake($0) }
        configuration.auditChannel = simulator.channelID(named: "mod-log").flatMap { Snowflake($0) }
        configuration.engine.pollInterval = .seconds(2)
        let client = DiscordClient(configuration: .init(token: BotToken(simulator.botToken), apiBase: configuration.apiBase,
                                                        onRateLimit: ModerationEngine.rateLimitRecorder(store)))
        return ModerationEngine(configuration: configuration, store: store, client: client, classifier: try LocalClassifier.shipped())
    }
}

/// The demo's guild once the console has started it, to stop at the end.
private final class StartedGuild: Sendable {
    let guild = Mutex<DiscordSimulator?>(nil)
}
