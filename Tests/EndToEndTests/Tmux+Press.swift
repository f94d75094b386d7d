import Testing

extension ConsoleTmuxTests.Tmux {
    /// Sends `key` until `done` holds: a key that arrives inside the console's
    /// 300 ms hold-back after the selection moved is ignored by design, and the
    /// hint line says "held back"; then the key is sent again (five tries).
    func press(_ key: String, until what: String, _ done: @escaping (String) -> Bool) async throws {
        for _ in 0..<5 {
            try await keys(key)
            let screen = try await waitFor(what) { done($0) || $0.contains("held back") }
            if done(screen) { return }
            // Held back: the item had only just been selected. Pacing, not an expectation: then the key is tried again.
            try await Task.sleep(for: .milliseconds(500))
        }
        Issue.record("\(what): still held back after five tries")
    }
}
