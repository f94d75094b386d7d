import DiscordREST
import Foundation
import GRDB

/// What went wrong with the store, in words a moderator can act on.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of trouble, for a front end that shows it without reading the words.
    public enum Kind: Sendable, Hashable {
        /// The disk holding the store is full: writes fail until space is freed.
        case full
        /// The file is damaged or is not a modconsole store.
        case damaged
        /// A newer modconsole migrated the store past what this binary knows.
        case newerSchema
        /// An older store that a read-only open cannot migrate.
        case outdated
        case other
    }

    public var kind: Kind
    public var description: String
    public init(_ description: String, kind: Kind = .other) {
        self.description = description
        self.kind = kind
    }
}

/// The one SQLite file everything is kept in (GRDB, WAL mode, busy timeout,
/// versioned migrations, mode 600). Several processes may share it: every
/// state change is one transaction, and taking a suggestion to execute is a
/// conditional UPDATE, so two engines never act on the same one.
public final class Store: Sendable {
    /// How a command uses the store.
    public enum Access: Sendable, Hashable {
        /// Creates and migrates the store as needed.
        case readWrite
        /// Opens an existing, current store without writing to it (nor
        /// creating, tightening or migrating it): works on a read-only mount.
        case readOnly
    }

    public let path: String
    let pool: DatabasePool
    /// Takes the configured secrets out of every error text the store keeps
    /// (events, failures, journal details, poll states, status lines).
    public let redactor: SecretRedactor

    /// Opens (creating it, readable only by its owner, when `access` allows)
    /// and migrates the store at `path`; `redactor` (built from the
    /// configuration) keeps secrets out of it. Refuses a store a newer modconsole wrote.
    public init(path: String, access: Access = .readWrite, redactor: SecretRedactor = .none) throws(StoreError) {
        self.path = path
        self.redactor = redactor
        let existed = FileManager.default.fileExists(atPath: path)
        let verb = existed ? "open" : "create"
        do {
            if existed { try Self.requireDatabase(path) }
            if access == .readWrite {
                try Self.createPrivately(path)
            } else if !existed {
                throw StoreError("no store at \(path); pass the store the engine uses with --db or MODCONSOLE_DB")
            }
            var configuration = GRDB.Configuration()
            configuration.busyMode = .timeout(10)
            configuration.label = "modconsole.store"
            configuration.readonly = access == .readOnly
            if access == .readWrite {
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
            }
            pool = try Self.openPool(path, configuration)
            try Self.requireKnownSchema(pool, path: path, migrating: access == .readWrite)
            if access == .readWrite { try Schema.migrator.migrate(pool) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            let wrapped = Self.wrap(error, path: path)
            if wrapped.kind != .other { throw wrapped }
            throw StoreError("cannot \(verb) the store at \(path): \(error.message ?? "\(error.resultCode)"); "
                             + (access == .readOnly ? "check that this user can read it and its directory, or pass another with --db"
                                                    : "check the path and its permissions, or pass another with --db or MODCONSOLE_DB"))
        } catch {
            throw StoreError("cannot \(verb) the store at \(path): \(error.localizedDescription); pass a writable path with --db or MODCONSOLE_DB")
        }
    }

    /// An existing store for a command that only reads: opened read-only (so a
    /// read-only mount works), unless it is older than this binary and this
    /// user can write it, in which case it is upgraded first.
    public static func openForReading(path: String) throws(StoreError) -> Store {
        do {
            return try Store(path: path, access: .readOnly)
        } catch let error where error.kind == .outdated && StoreLocation.problem(at: path) == nil {
            _ = try Store(path: path)
            return try Store(path: path, access: .readOnly)
        }
    }

    /// The pool on `path`. Read-only, SQLite still needs the -shm file a WAL
    /// store keeps beside it; on a read-only mount where it cannot be made,
    /// a store with nothing pending in its -wal is read as immutable instead.
    static func openPool(_ path: String, _ configuration: GRDB.Configuration) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration)
        guard configuration.readonly else { return pool }
        do {
            try pool.read { db in _ = try db.tableExists("grdb_migrations") }
            return pool
        } catch let error as DatabaseError {
            guard let uri = immutableFallback(for: error, path: path) else { throw error }
            return try DatabasePool(path: uri, configuration: configuration)
        }
    }

    /// The URI to read `path` as immutable when a read-only open failed for
    /// want of the -shm file, or nil: never while its -wal holds changes the
    /// immutable read would miss.
    static func immutableFallback(for error: DatabaseError, path: String) -> String? {
        guard error.resultCode.primaryResultCode == .SQLITE_CANTOPEN else { return nil }
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        guard wal == 0, let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) else { return nil }
        return "file:\(escaped)?immutable=1"
    }

    /// Refuses, without touching it, a file that is not an SQLite database
    /// (an empty file is fine: SQLite makes it one).
    static func requireDatabase(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // SQLite says why it cannot open it
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header.isEmpty || header == Data("SQLite format 3\u{0}".utf8) else {
            throw StoreError("\(path) is not a modconsole store (not an SQLite database) and was left as it was; "
                             + "pass the store's path with --db, or a path where a new store may be created", kind: .damaged)
        }
    }

    /// Refuses a store that a newer modconsole migrated, naming its newest
    /// migration and this binary's; a read-only open also needs it current.
    static func requireKnownSchema(_ pool: DatabasePool, path: String, migrating: Bool) throws {
        let migrator = Schema.migrator
        let (superseded, applied, complete) = try pool.read { db in
            (try migrator.hasBeenSuperseded(db),
             try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") : [],
             try migrator.hasCompletedMigrations(db))
        }
        let known = migrator.migrations.last ?? "none"
        if superseded {
            let newest = applied.last { !migrator.migrations.contains($0) } ?? applied.last ?? "?"
            throw StoreError("the store at \(path) was written by a newer modconsole (it has migration \"\(newest)\"; this binary knows up to \"\(known)\"); "
                             + "upgrade modconsole, or pass another store with --db", kind: .newerSchema)
        }
        if !migrating, !complete {
            throw StoreError("the store at \(path) is older than this modconsole (its newest migration is \"\(applied.last ?? "none")\", this binary's \"\(known)\") "
                             + "and a read-only command cannot upgrade it; run `modconsole run --once --headless` once as a user who can write it", kind: .outdated)
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
        let existed = FileManager.default.fileExists(atPath: path)
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError("cannot \(existed ? "open" : "create") the store at \(path): \(String(cString: strerror(errno))); pass a writable path with --db or MODCONSOLE_DB")
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    // MARK: Running SQL

    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.write(body) } catch { throw wrap(error) }
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.read(body) } catch { throw wrap(error) }
    }

    func wrap(_ error: any Error) -> StoreError { Self.wrap(error, path: path) }

    /// A store failure in words naming the store and the fix: a full disk,
    /// a damaged file, or (otherwise) SQLite's own message.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if var error = error as? StoreError {
            // A row that does not decode (RowDecoding) knows its table, not the file.
            if error.description.hasPrefix("the store is damaged") {
                error.description = "the store at \(path) is damaged" + error.description.dropFirst("the store is damaged".count)
                error.kind = .damaged
            }
            return error
        }
        guard let error = error as? DatabaseError else { return StoreError("store error at \(path): \(error)") }
        let message = error.message ?? "\(error.resultCode)"
        let code = error.resultCode.primaryResultCode
        // A full disk shows as SQLITE_FULL on a page write, but as an I/O
        // error where SQLite first creates the -shm file (opening a store
        // that was closed cleanly): the free space tells the two apart.
        switch code == .SQLITE_IOERR && hasNoRoom(for: path) ? .SQLITE_FULL : code {
        case .SQLITE_FULL:
            return StoreError("cannot write the store at \(path): the disk is full (\(message)); free space on \(filesystem(of: path)). "
                              + "Nothing is lost: messages not stored are read again once it can write", kind: .full)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreError("the store at \(path) is damaged (\(message)); restore it from a backup, "
                              + "or move it (with its -wal and -shm files) aside and start again with a new one", kind: .damaged)
        default:
            return StoreError("store error at \(path): \(message)")
        }
    }

    /// Whether the filesystem holding `path` has less room than SQLite needs
    /// to open it (its -shm file takes 32 KiB).
    static func hasNoRoom(for path: String) -> Bool {
        var info = statvfs()
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard statvfs(directory, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    /// Where the filesystem holding `path` is mounted: the highest ancestor on the same device.
    static func filesystem(of path: String) -> String {
        var current = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        var info = stat()
        guard stat(current, &info) == 0 else { return current }
        let device = info.st_dev
        while current != "/" {
            let parent = (current as NSString).deletingLastPathComponent
            guard stat(parent, &info) == 0, info.st_dev == device else { break }
            current = parent
        }
        return "the filesystem mounted at \(current)"
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
        try cachedStatement(sql: "INSERT INTO event (at, body) VALUES (?, ?)").execute(arguments: [event.at.timeIntervalSince1970, body])
    }
}

extension Snowflake {
    /// As stored: snowflakes fit in 63 bits until 2084.
    var sql: Int64 { Int64(bitPattern: rawValue) }
    init(sql: Int64) { self.init(rawValue: UInt64(bitPattern: sql)) }
}

