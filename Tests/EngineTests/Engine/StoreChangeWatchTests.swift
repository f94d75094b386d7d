import Foundation
import Testing
@testable import Engine

/// The console asks the watch ten times a second whether to read the store:
/// it must see every commit, from this process or another, and nothing else.
@Suite("Store change watch")
struct StoreChangeWatchTests {
    @Test("a commit through the store, or through another process's connection, is seen once; reads are not changes")
    func seesCommitsOnly() async throws {
        let path = StoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        let watch = try StoreChangeWatch(store)
        #expect(watch.changed(), "the first look counts as a change: nothing was read yet")
        #expect(!watch.changed())
        _ = try await store.statuses()
        _ = try await store.events(after: 0)
        #expect(!watch.changed(), "reading changes nothing")
        try await store.setStatus("last_poll", "2026-01-01T00:00:00Z")
        #expect(watch.changed())
        #expect(!watch.changed())
        // Another process: a store opened separately on the same file.
        let other = try Store(path: store.path)
        try await other.record(EngineEvent(.pollStatus, detail: "from elsewhere"))
        #expect(watch.changed())
        #expect(!watch.changed())
    }
}
