import Testing

/// Polls `condition` until it holds; records an issue if it still does not
/// after `limit`. Tests wait for what they expect, never for a fixed time:
/// the limit is generous because CPU-heavy tests share the machine's cores.
public func waitUntil(_ what: String, within limit: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}
