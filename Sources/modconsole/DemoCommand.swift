import ArgumentParser
import ConsoleUI
import DiscordREST
import DiscordSimulator
import Engine
import Foundation

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
        let chosenTheme = try headless ? nil : ConsoleLaunch.theme(flag: theme, configured: nil)
        let simulator = try await DiscordSimulator.start(SimulatorOptions(seed: seed, backlogPerChannel: 6))
        let scratch = global.db == nil ? NSTemporaryDirectory() + "modconsole-demo-\(UUID().uuidString)" : nil
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        let store: Store
        do {
            store = try Store(path: global.db ?? (scratch ?? NSTemporaryDirectory()) + "/demo.sqlite")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        let engine = try await Self.engine(on: simulator, store: store)
        simulator.startTraffic(every: .milliseconds(Int(trafficEvery * 1000)))
        if let chosenTheme {
            try await ConsoleLaunch.run(engine, theme: chosenTheme)
        } else {
            let start = try await store.lastEventSequence()
            let printer = Task { for await event in engine.events(after: start) { FileHandle.standardOutput.write(Data((Sanitizer.jsonSafe(event.jsonLine) + "\n").utf8)) } }
            let loop = Task { await engine.run() }
            await waitForTerminationSignal([SIGINT, SIGTERM, SIGHUP])
            loop.cancel()
            await loop.value
            printer.cancel()
        }
        simulator.stopTraffic()
        await simulator.stop()
    }

    /// The engine as a first-time user would configure it for the scripted guild.
    static func engine(on simulator: DiscordSimulator, store: Store) async throws -> ModerationEngine {
        var configuration = Configuration()
        configuration.token = BotToken(simulator.botToken)
        configuration.apiBase = simulator.baseURL
        let watched = ["general", "help", "showcase", "random", "introductions"]
        configuration.channels = watched.compactMap { simulator.channelID(named: $0).flatMap { Snowflake($0) } }.map { WatchedChannel(id: $0) }
        configuration.jobsChannel = simulator.channelID(named: "jobs").flatMap { Snowflake($0) }
        configuration.auditChannel = simulator.channelID(named: "mod-log").flatMap { Snowflake($0) }
        configuration.engine.pollInterval = .seconds(2)
        let client = DiscordClient(configuration: .init(token: configuration.token!, apiBase: configuration.apiBase,
                                                        onRateLimit: ModerationEngine.rateLimitRecorder(store)))
        return try await EngineSession.started(
            ModerationEngine(configuration: configuration, store: store, client: client, classifier: try LocalClassifier.shipped()))
    }
}
