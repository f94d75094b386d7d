import DiscordREST
import Foundation
import GRDB

/// What went wrong with the store, in words a moderator can act on.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The one SQLite file everything is kept in (GRDB, WAL mode, busy timeout,
/// versioned migrations, mode 600). Several processes may share it: every
/// state change is one transaction, and taking a suggestion to execute is a
/// conditional UPDATE, so two engines never act on the same one.
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool
    /// Takes the configured secrets out of every error text the store keeps
    /// (events, failures, journal details, poll states, status lines).
    public let redactor: SecretRedactor

    /// Opens (creating it, readable only by its owner) and migrates the store
    /// at `path`; `redactor` (built from the configuration) keeps secrets out of it.
    public init(path: String, redactor: SecretRedactor = .none) throws(StoreError) {
        self.path = path
        self.redactor = redactor
        do {
            try Self.createPrivately(path)
            var configuration = GRDB.Configuration()
            configuration.busyMode = .timeout(10)
            configuration.label = "modconsole.store"
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError("cannot open the store \(path): \(error.message ?? "\(error)"); check the path, or pass another with --db")
        } catch {
            throw StoreError("cannot open the store \(path): \(error.localizedDescription); pass a writable path with --db or MODCONSOLE_DB")
        }
    }

    /// Creates the directory and an empty file with mode 600 before SQLite
    /// opens it (SQLite gives the -wal and -shm files the same mode), and
    /// tightens an existing store that others could read.
    static func createPrivately(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError("cannot create the store \(path): \(String(cString: strerror(errno))); pass a writable path with --db or MODCONSOLE_DB")
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    // MARK: Running SQL

    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.write(body) } catch { throw Self.wrap(error) }
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.read(body) } catch { throw Self.wrap(error) }
    }

    static func wrap(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            return StoreError("store error: \(error.message ?? "\(error.resultCode)")")
        }
        return StoreError("store error: \(error)")
    }

    // MARK: Channels and cursors

    /// A channel as last seen on Discord.
    public struct Channel: Sendable, Hashable {
        public var id: Snowflake
        public var guildID: Snowflake?
        public var name: String
        public var role: ChannelRole
    }

    public func save(channel: Channel) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO channel (id, guild_id, name, role) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET guild_id = excluded.guild_id, name = excluded.name, role = excluded.role
                """, arguments: [channel.id.sql, channel.guildID?.sql, channel.name, channel.role.rawValue])
        }
    }

    public func channels() async throws(StoreError) -> [Channel] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM channel ORDER BY name").map { row throws(StoreError) in
                Channel(id: Snowflake(sql: try row.decoded("id", in: "channel")),
                        guildID: try row.decoded("guild_id", in: "channel", as: Int64?.self).map(Snowflake.init(sql:)),
                        name: try row.decoded("name", in: "channel"), role: try row.decoded("role", in: "channel"))
            }
        }
    }

    /// The newest message id already handled in a channel, nil before the first poll.
    public func cursor(for channel: Snowflake) async throws(StoreError) -> Snowflake? {
        try await read { db in
            try Int64.fetchOne(db, sql: "SELECT last_message_id FROM cursor WHERE channel_id = ?", arguments: [channel.sql])
                .map(Snowflake.init(sql:))
        }
    }

    // MARK: Status

    /// Remembers a status line (poll state, warnings) for every process to show.
    public func setStatus(_ key: String, _ value: String, at now: Date = Date()) async throws(StoreError) {
        let value = redactor.clean(value)
        try await write { db in
            try db.execute(sql: "INSERT INTO status (key, value, at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, at = excluded.at",
                           arguments: [key, value, now.timeIntervalSince1970])
        }
    }

    /// Every status line, by key, with when it was set.
    public func statuses() async throws(StoreError) -> [String: (value: String, at: Date)] {
        let rows = try await read { db in
            try Row.fetchAll(db, sql: "SELECT key, value, at FROM status").map { row throws(StoreError) -> (String, String, Double) in
                (try row.decoded("key", in: "status"), try row.decoded("value", in: "status"), try row.decoded("at", in: "status"))
            }
        }
        var result: [String: (value: String, at: Date)] = [:]
        for (key, value, at) in rows { result[key] = (value, Date(timeIntervalSince1970: at)) }
        return result
    }

    // MARK: The poller lease

    /// Takes or renews the named lease for `holder` until `now + ttl`, if it
    /// is free, lapsed or already `holder`'s. Returns the holder afterwards.
    public func acquireLease(_ name: String = "poller", holder: String, ttl: Duration, now: Date = Date()) async throws(StoreError) -> String {
        let expires = now.addingTimeInterval(ttl.seconds).timeIntervalSince1970
        return try await write { db in
            let before = try String.fetchOne(db, sql: "SELECT holder FROM lease WHERE name = ?", arguments: [name])
            try db.execute(sql: """
                INSERT INTO lease (name, holder, expires_at) VALUES (?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE lease.holder = excluded.holder OR lease.expires_at < ?
                """, arguments: [name, holder, expires, now.timeIntervalSince1970])
            let after = try String.fetchOne(db, sql: "SELECT holder FROM lease WHERE name = ?", arguments: [name]) ?? holder
            if after != before { try db.append(EngineEvent(.lease, at: now, detail: after)) }
            return after
        }
    }

    /// Gives the lease up (on a clean shutdown) so another process takes over at once.
    public func releaseLease(_ name: String = "poller", holder: String) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM lease WHERE name = ? AND holder = ?", arguments: [name, holder])
        }
    }

    /// The current holder of a lease that has not lapsed.
    public func leaseHolder(_ name: String = "poller", now: Date = Date()) async throws(StoreError) -> String? {
        try await read { db in
            try String.fetchOne(db, sql: "SELECT holder FROM lease WHERE name = ? AND expires_at >= ?", arguments: [name, now.timeIntervalSince1970])
        }
    }

    // MARK: Events

    /// Events stored after `sequence`, oldest first.
    public func events(after sequence: Int64, limit: Int = 500) async throws(StoreError) -> [EngineEvent] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, body FROM event WHERE id > ? ORDER BY id LIMIT ?", arguments: [sequence, limit]).compactMap { row in
                // An event another version wrote, or a damaged one, only feeds live views: skip it.
                guard let body = try? row.decoded("body", in: "event", as: String.self),
                      var event = try? EngineEvent.decoder.decode(EngineEvent.self, from: Data(body.utf8)) else { return nil }
                event.sequence = try row.decoded("id", in: "event")
                return event
            }
        }
    }

    /// The newest event's sequence number (0 when there are none).
    public func lastEventSequence() async throws(StoreError) -> Int64 {
        try await read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM event") ?? 0 }
    }

    /// Records an event that belongs to no other change (poll status, rate limits).
    public func record(_ event: EngineEvent) async throws(StoreError) {
        var event = event
        event.detail = event.detail.map(redactor.clean)
        try await write { [event] db in try db.append(event) }
    }

    /// Drops events older than `age`: they only feed live views.
    public func pruneEvents(olderThan age: TimeInterval = 86_400, now: Date = Date()) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM event WHERE at < ?", arguments: [now.timeIntervalSince1970 - age])
        }
    }
}

extension Database {
    /// Stores an event in the current transaction, so it is seen exactly when the change it describes is.
    func append(_ event: EngineEvent) throws {
        let body = String(decoding: try EngineEvent.encoder.encode(event), as: UTF8.self)
        try execute(sql: "INSERT INTO event (at, body) VALUES (?, ?)", arguments: [event.at.timeIntervalSince1970, body])
    }
}

extension Snowflake {
    /// As stored: snowflakes fit in 63 bits until 2084.
    var sql: Int64 { Int64(bitPattern: rawValue) }
    init(sql: Int64) { self.init(rawValue: UInt64(bitPattern: sql)) }
}

