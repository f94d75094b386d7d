import DiscordREST
import Foundation
import GRDB

/// One line of the audit log. Each entry's hash covers its fields and the
/// previous entry's hash, so editing or deleting a past entry breaks the
/// chain (`modconsole audit --verify`).
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64 = 0
    public var at: Date
    public var moderator: String
    /// The action, or "undo <action>", "veto", ...
    public var action: String
    public var suggestionID: Int64?
    public var messageID: Snowflake?
    public var channelID: Snowflake?
    /// "done", "failed: <why>", "reverted", ...
    public var result: String
    public var reason: String
    public var dryRun: Bool
    public var previousHash: String = ""
    public var hash: String = ""

    public init(at: Date = Date(), moderator: String, action: String, suggestionID: Int64?, messageID: Snowflake?,
                channelID: Snowflake?, result: String, reason: String, dryRun: Bool) {
        self.at = Date(timeIntervalSince1970: (at.timeIntervalSince1970 * 1000).rounded() / 1000)
        self.moderator = moderator
        self.action = action
        self.suggestionID = suggestionID
        self.messageID = messageID
        self.channelID = channelID
        self.result = result
        self.reason = reason
        self.dryRun = dryRun
    }

    enum CodingKeys: String, CodingKey {
        case id, at, moderator, action, result, reason, hash
        case suggestionID = "suggestion_id", messageID = "message_id", channelID = "channel_id"
        case dryRun = "dry_run", previousHash = "prev_hash"
    }

    /// The chain link: SHA-256 over the previous hash and every field, each
    /// written as its UTF-8 length, a colon and its bytes (a canonical form
    /// that no encoder's choices can change).
    func computeHash(previous: String) -> String {
        let fields: [String] = [previous, String(Int64((at.timeIntervalSince1970 * 1000).rounded())), moderator, action,
                                suggestionID.map(String.init) ?? "", messageID?.description ?? "", channelID?.description ?? "",
                                result, reason, dryRun ? "1" : "0"]
        var bytes: [UInt8] = []
        for field in fields { bytes += Array("\(field.utf8.count):".utf8) + Array(field.utf8) }
        return SHA256.hex(bytes)
    }

    /// The chain's anchor before the first entry.
    static let genesis = String(repeating: "0", count: 64)
}

extension Store {
    /// Appends an entry to the audit log, chained to the last one, in one transaction.
    @discardableResult
    public func appendAudit(_ entry: AuditEntry) async throws(StoreError) -> AuditEntry {
        let entry = redactor.clean(entry)
        return try await write { db in try Self.appendAudit(entry, db) }
    }

    static func appendAudit(_ entry: AuditEntry, _ db: Database) throws -> AuditEntry {
        var entry = entry
        entry.previousHash = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY id DESC LIMIT 1") ?? AuditEntry.genesis
        entry.hash = entry.computeHash(previous: entry.previousHash)
        try db.execute(sql: """
            INSERT INTO audit (at, moderator, action, suggestion_id, message_id, channel_id, result, reason, dry_run, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [entry.at.timeIntervalSince1970, entry.moderator, entry.action, entry.suggestionID, entry.messageID?.sql,
                             entry.channelID?.sql, entry.result, entry.reason, entry.dryRun, entry.previousHash, entry.hash])
        entry.id = db.lastInsertedRowID
        return entry
    }

    /// A page of the audit log, newest first.
    public func audit(limit: Int = 50, offset: Int = 0) async throws(StoreError) -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ? OFFSET ?", arguments: [limit, offset]).map { row throws(StoreError) in try AuditEntry(row: row) }
        }
    }

    /// Where the chain first breaks: the entry's id, when it was written if
    /// that can still be read, and what is wrong.
    public struct ChainBreak: Sendable, Hashable {
        public var id: Int64
        public var at: Date?
        public var problem: String

        init(id: Int64, at: Date?, problem: String) {
            self.id = id
            self.at = at
            self.problem = problem
        }

        /// A row that is not a readable entry: what of it can be read, and why the rest cannot.
        init(unreadable row: Row, _ error: StoreError) {
            self.init(id: Int64.fromDatabaseValue(row["id"]) ?? 0,
                      at: Double.fromDatabaseValue(row["at"]).map(Date.init(timeIntervalSince1970:)), problem: error.description)
        }
    }

    /// The first entry whose link does not hold (edited, reordered, a
    /// predecessor deleted, or a value that cannot be read), with what is
    /// wrong; nil when the chain is whole. Entries cut off the end leave no
    /// trace in the chain itself: compare the newest hash with one kept
    /// elsewhere to detect that.
    public func verifyAudit() async throws(StoreError) -> ChainBreak? {
        try await read { db in
            var previous = AuditEntry.genesis
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY id")
            while let row = try cursor.next() {
                let entry: AuditEntry
                switch AuditEntry.read(row) {
                case .success(let read): entry = read
                case .failure(let error): return ChainBreak(unreadable: row, error)
                }
                if entry.previousHash != previous {
                    return ChainBreak(id: entry.id, at: entry.at,
                                      problem: "its prev_hash does not match the entry before it (an entry was removed or reordered)")
                }
                if entry.computeHash(previous: previous) != entry.hash {
                    return ChainBreak(id: entry.id, at: entry.at, problem: "its hash does not match its contents (the entry was edited)")
                }
                previous = entry.hash
            }
            return nil
        }
    }
}

extension AuditEntry {
    /// `init(row:)` as a value. (Swift 6.3.1 crashed compiling a typed-throws
    /// `do`/`catch` around it inside the verify closure in release builds.)
    static func read(_ row: Row) -> Result<AuditEntry, StoreError> {
        do { return .success(try AuditEntry(row: row)) } catch { return .failure(error) }
    }

    /// An entry as stored; a column that cannot be read is a `StoreError` naming it.
    init(row: Row) throws(StoreError) {
        let table = "audit"
        self.init(at: try row.decodedDate("at", in: table), moderator: try row.decoded("moderator", in: table),
                  action: try row.decoded("action", in: table), suggestionID: try row.decoded("suggestion_id", in: table),
                  messageID: try row.decoded("message_id", in: table, as: Int64?.self).map(Snowflake.init(sql:)),
                  channelID: try row.decoded("channel_id", in: table, as: Int64?.self).map(Snowflake.init(sql:)),
                  result: try row.decoded("result", in: table), reason: try row.decoded("reason", in: table),
                  dryRun: try row.decoded("dry_run", in: table))
        id = try row.decoded("id", in: table)
        previousHash = try row.decoded("prev_hash", in: table)
        hash = try row.decoded("hash", in: table)
    }
}
