import Engine
import Foundation
import Synchronization

/// Runs the console: one UI thread owns the terminal and the state
/// (input -> update -> render, redraws coalesced to a frame cap), while the
/// engine polls, classifies and executes in its own tasks and reaches the UI
/// only as events. Quitting (q, SIGINT, SIGTERM, SIGHUP) restores the
/// terminal and stops the engine cleanly, so no action is left half-journaled.
public final class ConsoleApp: Sendable {
    let engine: ModerationEngine
    /// Whether this console also runs the engine's poll/execute loop.
    let runsEngine: Bool
    let frameInterval: Duration
    let mailbox = Mailbox()
    /// Commands under way in the engine, awaited before the process ends.
    let commands = Mutex<[UUID: Task<Void, Never>]>([:])

    public init(engine: ModerationEngine, runsEngine: Bool = true, framesPerSecond: Int = 30) {
        self.engine = engine
        self.runsEngine = runsEngine
        frameInterval = .milliseconds(1000 / max(framesPerSecond, 1))
    }

    /// Runs until the moderator quits or a termination signal arrives.
    /// `makeTerminal` is called on the UI thread, which owns the terminal.
    public func run(makeTerminal: @escaping @Sendable () throws -> any Terminal) async throws {
        let engine = self.engine, mailbox = self.mailbox
        let signals = SignalSource([SIGINT, SIGTERM, SIGHUP]) { mailbox.post(.quit) }
        defer { signals.cancel() }
        // The terminal comes first: if it cannot start, the engine never runs.
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
        let loop = started && runsEngine ? Task { await engine.run() } : nil
        let feeder = started ? Task { await Self.feed(engine, into: mailbox) } : nil
        let result = await outcome.value
        feeder?.cancel()
        // Decisions already sent to the engine finish their journaled steps before the process ends.
        let pending = commands.withLock { Array($0.values) }
        if !pending.isEmpty {
            // `try?`: after SIGHUP the terminal is gone and the write fails (EIO); `write(_:)` would trap on it.
            try? FileHandle.standardError.write(contentsOf: Data("modconsole: finishing \(pending.count) action(s) already started…\n".utf8))
            for task in pending { await task.value }
        }
        loop?.cancel()
        await loop?.value
        try result.get()
    }

    /// Fetches the engine's overview at start, after every engine event
    /// (at most ten times a second) and every second for clocks and leases.
    static func feed(_ engine: ModerationEngine, into mailbox: Mailbox) async {
        let start = (try? await engine.store.lastEventSequence()) ?? 0
        let changes = Task {
            for await _ in engine.events(after: start) { mailbox.markStale() }
        }
        defer { changes.cancel() }
        var lastFetch = ContinuousClock.now - .seconds(10)
        while !Task.isCancelled {
            if mailbox.takeStale() || ContinuousClock.now - lastFetch >= .seconds(1) {
                lastFetch = .now
                if let overview = try? await engine.overview() { mailbox.post(.event(.overview(overview))) }
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

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
        state.holdBack = engine.configuration.ui.holdBack
        var shown: CellBuffer? = nil
        var lastFrame = ContinuousClock.now - frameInterval
        var lastTick = Date()
        var dirty = true
        while !state.quitting {
            var events: [ConsoleEvent] = []
            if let input = terminal.nextInput(timeoutMilliseconds: 30) {
                switch input {
                // Each key carries the time it arrived, for the hold-back after the selection moves.
                case .key(let key): events += [.tick(Date()), .key(key)]
                case .resize(let size): events.append(.resize(size))
                }
            }
            for message in mailbox.drain() {
                switch message {
                case .event(let event): events.append(event)
                case .quit: events.append(.terminate)
                }
            }
            if Date().timeIntervalSince(lastTick) >= 1 {
                lastTick = Date()
                events.append(.tick(lastTick))
            }
            for event in events {
                let (next, commands) = Console.update(state, event)
                state = next
                for command in commands { perform(command, on: terminal) }
            }
            if state.quitting { break }
            dirty = dirty || !events.isEmpty
            // Coalesce: at most one frame per interval, and none when nothing changed.
            let now = ContinuousClock.now
            guard dirty, now - lastFrame >= frameInterval else { continue }
            let frame = Renderer.render(state)
            if frame != shown {
                terminal.present(frame)
                shown = frame
            }
            lastFrame = now
            dirty = false
        }
    }
}

/// Messages to the UI thread from the engine's tasks and signal handlers.
final class Mailbox: Sendable {
    enum Message: Sendable {
        case event(ConsoleEvent)
        case quit
    }
    private let messages = Mutex<[Message]>([])
    private let stale = Atomic<Bool>(true)

    func post(_ message: Message) { messages.withLock { $0.append(message) } }
    func drain() -> [Message] { messages.withLock { queue in defer { queue.removeAll() }; return queue } }
    /// The engine's data changed: fetch a new overview.
    func markStale() { stale.store(true, ordering: .relaxed) }
    func takeStale() -> Bool { stale.exchange(false, ordering: .relaxed) }
}
