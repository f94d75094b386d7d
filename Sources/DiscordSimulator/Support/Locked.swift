import Foundation

/// A value that is only ever read or changed while holding a lock.
///
/// `Synchronization.Mutex` would do the same job, but it needs macOS 15 and the
/// package still deploys to macOS 14, so the simulator keeps this small wrapper
/// around `NSLock`. Every access goes through `withLock`, which is what makes the
/// `@unchecked Sendable` sound.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value. Keep `body` short and
    /// never suspend or call back into the simulator from inside it.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
