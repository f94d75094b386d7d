import Foundation

/// Runs CPU-bound work on a thread of its own and awaits its result.
///
/// Swift Testing runs every test at once on the cooperative pool, which has
/// one thread per core (two here). A test that computes for seconds on it
/// holds a thread that every in-process server (the simulator, the fake LLM)
/// needs to answer; two such tests at once and every server goes silent until
/// its clients time out. Work that takes more than a moment goes here.
public func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
