import DiscordREST
import Foundation
import GRDB
import Testing
@testable import Engine

@Suite("Store")
struct StoreTests {
    static func temporaryPath() -> String {
        NSTemporaryDirectory() + "modconsole-store-\(UUID().uuidString)/nested/store.sqlite"
    }

    @Test("the store is one WAL-mode SQLite file readable only by its owner, and reopening it migrates nothing twice")
    func fileModeAndWAL() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await store.setStatus("probe", "1")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.uint16Value == 0o600)
        let journalMode = try await store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journalMode == "wal")
        let reopened = try Store(path: path)
        #expect(try await reopened.statuses()["probe"]?.value == "1")
        let applied = try await reopened.read { db in try Schema.migrator.appliedMigrations(db) }
        #expect(applied == Schema.migrator.migrations, "every migration applied once")
    }

    @Test("an unusable path is refused with a message naming it and the fix")
    func unusablePath() {
        do {
            _ = try Store(path: "/proc/modconsole/store.sqlite")
            Issue.record("/proc cannot hold a store")
        } catch {
            #expect(error.description.contains("/proc/modconsole/store.sqlite") && error.description.contains("--db"))
        }
    }

    /// `count` audit entries of alice deleting spam, ids 1...count.
    static func appendDeletes(_ count: Int, to store: Store) async throws {
        for i in 0..<count {
            try await store.appendAudit(AuditEntry(moderator: "alice", action: "delete", suggestionID: Int64(i), messageID: Snowflake(UInt64(100 + i)),
                                                   channelID: 7, result: "done", reason: "spam", dryRun: false))
        }
    }

    @Test("the audit chain verifies, and an edited or removed entry is named")
    func auditChain() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await Self.appendDeletes(5, to: store)
        #expect(try await store.verifyAudit() == nil)
        try await store.write { db in try db.execute(sql: "UPDATE audit SET moderator = 'mallory' WHERE id = 3") }
        let edited = try #require(try await store.verifyAudit())
        #expect(edited.id == 3 && edited.problem.contains("edited"))
        try await store.write { db in
            try db.execute(sql: "UPDATE audit SET moderator = 'alice' WHERE id = 3")
            try db.execute(sql: "DELETE FROM audit WHERE id = 2")
        }
        let removed = try #require(try await store.verifyAudit())
        #expect(removed.id == 3 && removed.problem.contains("removed"))
    }

    @Test("a value the audit log cannot hold is named by verify, and reading it is an error, not a crash")
    func damagedAuditValues() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await Self.appendDeletes(6, to: store)
        try await store.write { db in try db.execute(sql: "UPDATE audit SET dry_run = 'maybe' WHERE id = 5") }
        let broken = try #require(try await store.verifyAudit())
        #expect(broken.id == 5 && broken.at != nil)
        #expect(broken.problem.contains("dry_run") && broken.problem.contains("\"maybe\""), "\(broken.problem)")
        let error = await #expect(throws: StoreError.self) { try await store.audit(limit: 10) }
        #expect(error?.description.contains("audit row 5") == true)

        try await store.write { db in
            try db.execute(sql: "UPDATE audit SET dry_run = 0 WHERE id = 5")
            // NOT NULL keeps SQL from writing a NULL; bytes that are not UTF-8 stand in for a damaged page.
            try db.execute(sql: "UPDATE audit SET moderator = X'FFFE' WHERE id = 2")
        }
        let garbled = try #require(try await store.verifyAudit())
        #expect(garbled.id == 2 && garbled.problem.contains("moderator holds"), "\(garbled.problem)")
    }

    @Test("a label the store cannot read is an error naming its row and column, not a crash")
    func damagedLabel() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await store.write { db in
            try db.execute(sql: """
                INSERT INTO label (message_id, content, author, channel_name, intent, action, suggested_action, source, moderator, at)
                VALUES (1, 'hi', 'a', 'general', 'other', 'maybe', 'allow', 'approve', 'alice', 0)
                """)
        }
        let error = await #expect(throws: StoreError.self) { try await store.moderatorLabels() }
        #expect(error?.description.contains("label row 1: action holds \"maybe\"") == true, "\(error?.description ?? "")")
    }

    @Test("SHA-256 matches the standard test vectors")
    func sha256() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("cross-posts: near-identical long texts match; short or different ones do not")
    func crossPostSimilarity() {
        let scam = "FREE NITRO for everyone, claim it now at https://disc0rd-gift.com before it expires"
        #expect(CrossPost.nearlyIdentical(scam, scam.lowercased() + "!!"))
        #expect(CrossPost.nearlyIdentical(scam, scam.replacingOccurrences(of: "everyone", with: "everybody")))
        #expect(!CrossPost.nearlyIdentical("thanks a lot!", "thanks a lot!"), "too short to say")
        #expect(!CrossPost.nearlyIdentical(scam, "does anyone know why my SwiftUI preview crashes with @Observable in a package"))
    }
}
