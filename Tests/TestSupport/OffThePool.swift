import Foundation

/// Runs CPU-bound work on a thread of its own and awaits its result.
///
/// Swift Testing runs every test at once on the cooperative pool, which has
/// one thread per core (two here). A test that computes for seconds on it
/// holds a thread that every in-process server (the simulator, the fake LLM)
/// needs to answer; two such tests at once and every server goes silent until
/// its clients time out. Work that takes more than a moment goes here.
///
/// Blocking calls (a child process's output, a pipe read to its end) go here
/// for the same reason. Throws what `work` throws, or nothing.
public func offThePool<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
    let result: Result<T, E> = await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: Result(catching: work)) }.start()
    }
    return try result.get()
}
