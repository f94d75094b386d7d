import ArgumentParser
import ConsoleUI
import Engine
import Foundation

/// `modconsole run`: the engine, with the console or headless.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the engine: poll, classify, suggest, execute what is confirmed.",
        discussion: """
            --headless prints one JSON object per line per event (event, message_id, channel_id, action, state, ...). \
            --once polls every channel once, executes whatever is due (approved, or auto with grace 0) and exits 0. \
            In auto mode each auto action is also announced in words on stderr when scheduled (with how to veto it) and when it runs.
            """)

    @Option(name: .long, help: ArgumentHelp("A TOML configuration file.", valueName: "file"))
    var config: String?
    @Flag(help: "No terminal: print events as JSON lines.")
    var headless = false
    @Flag(help: "One poll cycle, execute what is due, exit.")
    var once = false
    @Flag(help: "Turn auto mode on (for every engine on the store, until this run stops): execute confident suggestions after the grace window unless vetoed.")
    var auto = false
    @Flag(help: "Turn auto mode off for every engine on the store, and cancel pending auto actions.")
    var manual = false
    @Option(name: .customLong("auto-grace"), help: ArgumentHelp("Seconds an auto action waits for a veto (0: at once).", valueName: "seconds"))
    var autoGrace: Double?
    @Option(name: .customLong("auto-min-confidence"), help: ArgumentHelp("Lowest confidence auto mode acts on.", valueName: "0...1"))
    var autoMinConfidence: Double?
    @Flag(name: .customLong("dry-run"), help: "Change nothing on Discord except an audit message marked as a dry run.")
    var dryRun = false
    @Option(help: ArgumentHelp("Colour theme for the console.", valueName: "name|path"))
    var theme: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if once && !headless { throw ValidationError("--once runs one cycle without the console: add --headless") }
        if auto && manual { throw ValidationError("--auto and --manual contradict each other: give one") }
        if let autoGrace, autoGrace < 0 { throw ValidationError("--auto-grace must be 0 or more seconds") }
        if let x = autoMinConfidence, !(0...1).contains(x) { throw ValidationError("--auto-min-confidence must be between 0 and 1") }
    }

    func run() async throws {
        if !headless { ConsoleLaunch.shareMallocArenas() }
        let session = try EngineSession(config: config, db: global.db) { configuration in
            if auto { configuration.engine.auto.enabled = true }
            if let autoGrace { configuration.engine.auto.grace = .milliseconds(Int(autoGrace * 1000)) }
            if let autoMinConfidence { configuration.engine.auto.minConfidence = autoMinConfidence }
            if dryRun { configuration.engine.dryRun = true }
        }
        if manual { try await session.store.setAutoMode(false) }
        if !headless {
            let theme = try ConsoleLaunch.theme(flag: theme, configured: session.configuration.ui.theme)
            try session.requireToken()
            try await ConsoleLaunch.run(theme: theme, holdBack: session.configuration.ui.holdBack) { try await session.launchEngine() }
            return
        }
        let engine = try await session.startEngine()
        if session.configuration.jobsChannel == nil { printError(Self.noJobsChannel) }
        let start = try await session.store.lastEventSequence()
        // Say which mode this run found and leaves: auto mode is shared and
        // may have been turned on elsewhere.
        printError("modconsole: " + Auto.describe(try await session.store.autoMode(), settings: session.configuration.engine.auto)
                   + (await engine.turnedAutoOn ? " (turned on by --auto until this run stops)" : "")
                   + (manual ? " (turned off by --manual)" : ""))
        if once {
            let report = await engine.pollCycle()
            await engine.executeDue()
            await engine.relinquish()
            var notices = AutoActionNotices()
            for event in try await session.store.events(after: start, limit: .max) {
                printJSON(event.jsonLine)
                if let line = await notices.line(for: event, in: session.store) { printError(Sanitizer.clean(line)) }
            }
            if !report.polled, report.storeFailure == nil, let holder = report.leaseHolder {
                printError("another engine holds the poller lease (\(holder)); this run only executed due work")
            }
            for problem in report.problems { printError(problem.description) }
            try EngineSession.exitIfStopped(engine)
            if report.problems.contains(where: \.failsRun) { throw ExitCode(1) }
            return
        }
        let store = session.store
        let printer = Task {
            // JSON lines on stdout for programs; each auto action also in words on stderr, for whoever watches.
            var notices = AutoActionNotices()
            for await event in engine.events(after: start) {
                FileHandle.standardOutput.write(Data((Sanitizer.jsonSafe(event.jsonLine) + "\n").utf8))
                if let line = await notices.line(for: event, in: store) { printError(Sanitizer.clean(line)) }
            }
        }
        // Listening starts before the engine does: a supervisor's SIGTERM
        // sent as soon as the first poll is seen must stop it cleanly.
        let termination = SignalLatch([SIGINT, SIGTERM, SIGHUP])
        let loop = Task { await engine.run() }
        let stopper = Task {
            await termination.wait()
            loop.cancel()
        }
        let watcher = Task { await Self.reportTrouble(of: engine) }
        // The loop ends on a signal, or by itself when the engine cannot go on (a rejected token).
        await loop.value
        watcher.cancel()
        printer.cancel()
        try EngineSession.exitIfStopped(engine)
        stopper.cancel()
    }

    static let noJobsChannel = "warning: no jobs channel is configured, so moves are refused (a move would only delete the post); "
        + "set DISCORD_JOBS_CHANNEL_ID or discord.jobs_channel"

    /// Says on stderr when the store stops saving (a full disk) and when it saves again.
    static func reportTrouble(of engine: ModerationEngine) async {
        var shown: StoreError?
        while !Task.isCancelled {
            let failure = await engine.storeFailure
            if failure != shown {
                printError(failure?.description ?? "the store at \(engine.store.path) saves again")
                shown = failure
            }
            try? await Task.sleep(for: .milliseconds(500))
        }
    }
}
