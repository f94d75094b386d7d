import GRDB
import Synchronization

/// Tells, in microseconds and on the caller's thread, whether anyone (this
/// process or another sharing the store) committed to the store since the
/// last look: SQLite's `data_version` on a read-only connection of its own.
/// A view that polls for changes asks this first and reads only when it
/// says yes, instead of a trip through the connection pool every time.
public final class StoreChangeWatch: Sendable {
    private let connection: DatabaseQueue
    private let seen = Mutex<Int64?>(nil)

    public init(_ store: Store) throws(StoreError) {
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        configuration.label = "modconsole.store.watch"
        // Never wait: a busy store counts as changed, and the caller reads.
        configuration.busyMode = .immediateError
        do {
            connection = try DatabaseQueue(path: store.path, configuration: configuration)
        } catch {
            throw Store.wrap(error, path: store.path)
        }
    }

    /// True when something was committed since the previous call, on the
    /// first call, and whenever the store cannot say (so the caller reads).
    public func changed() -> Bool {
        let version = try? connection.inDatabase { db in try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) }
        return seen.withLock { seen in
            defer { if let version { seen = version } }
            return version == nil || version != seen
        }
    }
}
