import Engine
import Foundation
import Synchronization

/// Runs the console: one UI thread owns the terminal and the state
/// (input -> update -> render, redraws coalesced to a frame cap), while the
/// engine polls, classifies and executes in its own tasks and reaches the UI
/// only as events. The first frame comes before the engine: it is made and
/// started (`launch`) behind a screen that says so, so the console shows at
/// once. Quitting (q, SIGINT, SIGTERM, SIGHUP) restores the terminal and
/// stops the engine cleanly, so no action is left half-journaled.
public final class ConsoleApp: Sendable {
    /// Makes and starts the engine, once the first frame is on screen.
    let launch: @Sendable () async throws -> ModerationEngine
    /// The engine once `launch` returned it: commands wait for it.
    let launched = Mutex<ModerationEngine?>(nil)
    /// How long keys that decide are ignored after the selection moved on its own.
    let holdBack: Duration
    /// Whether this console also runs the engine's poll/execute loop.
    let runsEngine: Bool
    let frameInterval: Duration
    let mailbox = Mailbox()
    /// Commands under way in the engine, awaited before the process ends.
    let commands = Mutex<[UUID: Task<Void, Never>]>([:])

    /// A console on an engine already made (and, to poll, started).
    public convenience init(engine: ModerationEngine, runsEngine: Bool = true, framesPerSecond: Int = 30) {
        self.init(holdBack: engine.configuration.ui.holdBack, runsEngine: runsEngine, framesPerSecond: framesPerSecond) { engine }
    }

    /// A console that shows its first frame, then makes and starts the
    /// engine with `launch`; if that throws, the console closes and `run`
    /// throws a `ConsoleError` with the error's words.
    public init(holdBack: Duration, runsEngine: Bool = true, framesPerSecond: Int = 30,
                launching launch: @escaping @Sendable () async throws -> ModerationEngine) {
        self.launch = launch
        self.holdBack = holdBack
        self.runsEngine = runsEngine
        frameInterval = .milliseconds(1000 / max(framesPerSecond, 1))
    }

    /// The engine `launch` made, nil before (or when it failed).
    public var engine: ModerationEngine? { launched.withLock { $0 } }

    /// Runs until the moderator quits or a termination signal arrives.
    /// `makeTerminal` is called on the UI thread, which owns the terminal.
    public func run(makeTerminal: @escaping @Sendable () throws -> any Terminal) async throws {
        let mailbox = self.mailbox
        let signals = SignalSource([SIGINT, SIGTERM, SIGHUP]) { mailbox.post(.quit) }
        defer { signals.cancel() }
        // The terminal comes first: if it cannot start, the engine is never made.
        let (ready, readiness) = AsyncStream<Bool>.makeStream()
        let outcome = Task<Result<Void, any Error>, Never> {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    continuation.resume(returning: Result { try self.uiLoop(makeTerminal, ready: readiness) })
                    readiness.finish()
                }
                thread.name = "modconsole.ui"
                thread.start()
            }
        }
        var started = false
        for await up in ready { started = up; break }
        let starter = started ? Task { await self.startEngine() } : nil
        let result = await outcome.value
        // Quitting while the engine is still starting stops its start.
        starter?.cancel()
        let running = await starter?.value
        running?.feeder.cancel()
        // Decisions already sent to the engine finish their journaled steps before the process ends.
        let pending = commands.withLock { Array($0.values) }
        if !pending.isEmpty {
            // `try?`: after SIGHUP the terminal is gone and the write fails (EIO); `write(_:)` would trap on it.
            try? FileHandle.standardError.write(contentsOf: Data("modconsole: finishing \(pending.count) action(s) already started…\n".utf8))
            for task in pending { await task.value }
        }
        running?.loop?.cancel()
        await running?.loop?.value
        try result.get()
    }

    /// The tasks that run beside the UI once the engine is up.
    struct EngineTasks {
        var loop: Task<Void, Never>?
        var feeder: Task<Void, Never>
    }

    /// Makes the engine, tells the UI thread, then feeds it the engine's
    /// data and (when `runsEngine`) runs the engine's loop. Nil when making
    /// it failed (the UI thread closes and says why) or the console quit meanwhile.
    func startEngine() async -> EngineTasks? {
        let engine: ModerationEngine
        do {
            engine = try await launch()
        } catch {
            mailbox.post(.launchFailed("\(error)"))
            return nil
        }
        launched.withLock { $0 = engine }
        guard !Task.isCancelled else { return nil }
        mailbox.post(.launched(engine))
        let mailbox = self.mailbox
        return EngineTasks(loop: runsEngine ? Task { await engine.run() } : nil, feeder: Task { await Self.feed(engine, into: mailbox) })
    }

    /// Keeps the console's overview up to date: one full read at start,
    /// then only what the engine's events say changed (`OverviewTracker`),
    /// posted only when it differs. Events are read when the UI thread saw
    /// the store change, or a command ran (`Mailbox.markStale`); otherwise it
    /// wakes once a second for what changes with time (the lease, a back-off
    /// running out) and reads nothing unless a timer of the tracker is due.
    static func feed(_ engine: ModerationEngine, into mailbox: Mailbox) async {
        var tracker = OverviewTracker(engine: engine)
        var events: [EngineEvent] = []
        while !Task.isCancelled {
            if let overview = try? await tracker.update(with: events, now: Date()) { mailbox.post(.event(.overview(overview))) }
            // A full batch means more are waiting: read on without a pause.
            var changed = events.count >= eventBatch
            if !changed { changed = await mailbox.waitUntilStale(atMost: .seconds(1)) }
            events = changed ? (try? await engine.store.events(after: tracker.sequence, limit: eventBatch)) ?? [] : []
        }
    }

    static let eventBatch = 500

    /// The UI thread: the only place the terminal and the state are touched.
    func uiLoop(_ makeTerminal: () throws -> any Terminal, ready: AsyncStream<Bool>.Continuation) throws {
        let terminal: any Terminal
        do {
            terminal = try makeTerminal()
        } catch {
            ready.yield(false)
            throw error
        }
        ready.yield(true)
        defer { terminal.restore() }
        var state = ConsoleState(size: terminal.size, unicode: terminal.unicode)
        state.holdBack = holdBack
        // Made once the engine is: without one every look counts as a change, and the feed reads events every 200 ms.
        var watch: StoreChangeWatch?
        var engineUp = false
        var launchFailure: String?
        var lastWatch = ContinuousClock.now - Self.watchInterval
        var shown: CellBuffer? = nil
        // When `shown` was drawn, and whether only the clock moved since (then the status bar and hint line are enough).
        var shownAt = state.now
        var onlyClockMoved = false
        var lastFrame = ContinuousClock.now - frameInterval
        var nextTick = ContinuousClock.now + .seconds(1)
        var dirty = true
        while !state.quitting {
            var events: [ConsoleEvent] = []
            // A key wakes the terminal at once; the wait bounds how late an
            // engine message, the next tick or a held-back frame can be.
            let wait = min(Self.mailboxLatency, nextTick - .now, dirty ? lastFrame + frameInterval - .now : Self.mailboxLatency)
            if let input = terminal.nextInput(timeoutMilliseconds: max(Int((wait / .milliseconds(1)).rounded(.up)), 0)) {
                switch input {
                // Each key carries the time it arrived, for the hold-back after the selection moves.
                case .key(let key): events += [.tick(Date()), .key(key)]
                case .resize(let size): events.append(.resize(size))
                }
            }
            // Microseconds when nothing changed: the feed reads the store only after a commit.
            if engineUp, ContinuousClock.now - lastWatch >= Self.watchInterval {
                lastWatch = .now
                if watch?.changed() ?? true { mailbox.markStale() }
            }
            for message in mailbox.drain() {
                switch message {
                case .event(let event): events.append(event)
                case .quit: events.append(.terminate)
                case .launched(let engine):
                    watch = try? StoreChangeWatch(engine.store)
                    engineUp = true
                case .launchFailed(let reason):
                    launchFailure = reason
                    events.append(.terminate)
                }
            }
            if ContinuousClock.now >= nextTick {
                nextTick = .now + .seconds(1)
                events.append(.tick(Date()))
            }
            for event in events {
                if case .tick = event {} else { onlyClockMoved = false }
                let (next, commands) = Console.update(state, event)
                state = next
                for command in commands { perform(command, on: terminal) }
            }
            if state.quitting { break }
            dirty = dirty || !events.isEmpty
            // Coalesce: at most one frame per interval, and none when nothing
            // happened (the engine posts an overview only when it changed).
            let now = ContinuousClock.now
            guard dirty, now - lastFrame >= frameInterval else { continue }
            let retimed = onlyClockMoved ? shown.flatMap { Renderer.retimed(state, over: $0, drawnAt: shownAt) } : nil
            let frame = retimed ?? Renderer.render(state)
            if frame != shown { terminal.present(frame) }
            shown = frame
            shownAt = state.now
            onlyClockMoved = true
            lastFrame = now
            dirty = false
        }
        if let launchFailure { throw ConsoleError(launchFailure) }
    }

    /// The longest the UI thread sleeps in the terminal, so a message from
    /// the engine shows within about this long.
    static let mailboxLatency: Duration = .milliseconds(100)
    /// How often the UI thread asks the store whether anything was committed
    /// (as often as the engine's own event stream looks).
    static let watchInterval: Duration = .milliseconds(200)
}

/// Messages to the UI thread from the engine's tasks and signal handlers,
/// and the nudge that makes the feed read the engine's events at once.
final class Mailbox: Sendable {
    enum Message: Sendable {
        case event(ConsoleEvent)
        case quit
        /// The engine is made and started: watch its store.
        case launched(ModerationEngine)
        /// The engine could not be made or started: close, saying why.
        case launchFailed(String)
    }
    private let messages = Mutex<[Message]>([])
    private let nudge = Mutex(Nudge())

    private struct Nudge {
        var stale = false
        var waiter: CheckedContinuation<Bool, Never>?
        /// Which wait a timer belongs to, so a late one never cuts the next wait short.
        var wait = 0
    }

    func post(_ message: Message) { messages.withLock { $0.append(message) } }
    func drain() -> [Message] { messages.withLock { queue in defer { queue.removeAll() }; return queue } }

    /// The store changed (the UI thread saw a commit) or a command ran: the feed reads the engine's events now.
    func markStale() {
        let waiter = nudge.withLock { state in
            defer { state.waiter = nil }
            if state.waiter == nil { state.stale = true }
            return state.waiter
        }
        waiter?.resume(returning: true)
    }

    /// Returns true after `markStale` (at once if it came since the last
    /// wait), false after `limit` without one.
    func waitUntilStale(atMost limit: Duration) async -> Bool {
        await withCheckedContinuation { continuation in
            let wait = nudge.withLock { state -> Int? in
                if state.stale {
                    state.stale = false
                    return nil
                }
                state.wait += 1
                state.waiter = continuation
                return state.wait
            }
            guard let wait else { return continuation.resume(returning: true) }
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(limit / .nanoseconds(1)))) { [self] in
                let waiter = self.nudge.withLock { state in
                    defer { if state.wait == wait { state.waiter = nil } }
                    return state.wait == wait ? state.waiter : nil
                }
                waiter?.resume(returning: false)
            }
        }
    }
}
