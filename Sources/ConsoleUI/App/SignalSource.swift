import Foundation
import Synchronization

/// Turns signals into a callback on a queue of its own; while it exists, the
/// signals' default action (ending the process) is replaced, so the program
/// can restore the terminal and stop its engine first.
public final class SignalSource: @unchecked Sendable {
    // Set once in init; DispatchSource is thread-safe but not marked Sendable.
    private let sources: [any DispatchSourceSignal]

    public init(_ numbers: [Int32], handler: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "modconsole.signals")
        sources = numbers.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    public func cancel() { sources.forEach { $0.cancel() } }

    /// Suspends until the first of `numbers` arrives (also if it arrives
    /// before the caller starts waiting).
    public static func wait(for numbers: [Int32]) async {
        let state = Mutex<(fired: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))
        let source = SignalSource(numbers) {
            let waiter = state.withLock { state in
                state.fired = true
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
        await withCheckedContinuation { continuation in
            let fired = state.withLock { state in
                if !state.fired { state.waiter = continuation }
                return state.fired
            }
            if fired { continuation.resume() }
        }
        source.cancel()
    }
}
