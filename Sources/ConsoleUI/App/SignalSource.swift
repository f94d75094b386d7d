import Foundation
import Synchronization

/// Turns signals into a callback on a queue of its own; while it exists, the
/// signals' default action (ending the process) is replaced, so the program
/// can restore the terminal and stop its engine first.
public final class SignalSource: @unchecked Sendable {
    // Set once in init; DispatchSource is thread-safe but not marked Sendable.
    private let sources: [any DispatchSourceSignal]

    public init(_ numbers: [Int32], handler: @escaping @Sendable () -> Void) {
        self.numbers = numbers
        let queue = DispatchQueue(label: "modconsole.signals")
        sources = numbers.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    private let numbers: [Int32]

    /// Stops listening and gives the signals their default action back, so a
    /// second Ctrl-C during a slow shutdown ends the process.
    public func cancel() {
        sources.forEach { $0.cancel() }
        numbers.forEach { signal($0, SIG_DFL) }
    }

    /// Suspends until the first of `numbers` arrives (also if it arrives
    /// before the caller starts waiting).
    public static func wait(for numbers: [Int32]) async {
        await SignalLatch(numbers).wait()
    }
}

/// Listens for termination signals from the moment it is made, so work
/// started afterwards can never see a signal slip past unhandled: a signal
/// that arrives before `wait()` is kept until it is called.
public final class SignalLatch: Sendable {
    private let state = Mutex<(fired: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))
    private let source: Mutex<SignalSource?> = Mutex(nil)

    public init(_ numbers: [Int32]) {
        let source = SignalSource(numbers) { [weak self] in
            let waiter = self?.state.withLock { state in
                state.fired = true
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
        self.source.withLock { $0 = source }
    }

    /// Suspends until the first signal (at once if one came already), then
    /// gives the signals their default action back.
    public func wait() async {
        await withCheckedContinuation { continuation in
            let fired = state.withLock { state in
                if !state.fired { state.waiter = continuation }
                return state.fired
            }
            if fired { continuation.resume() }
        }
        source.withLock { $0?.cancel() }
    }
}
