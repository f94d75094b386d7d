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

    @Test("the audit chain verifies, and an edited or removed entry is named")
    func auditChain() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        for i in 0..<5 {
            try await store.appendAudit(AuditEntry(moderator: "alice", action: "delete", suggestionID: Int64(i), messageID: Snowflake(UInt64(100 + i)),
                                                   channelID: 7, result: "done", reason: "spam", dryRun: false))
        }
        #expect(try await store.verifyAudit() == nil)
        try await store.write { db in try db.execute(sql: "UPDATE audit SET moderator = 'mallory' WHERE id = 3") }
        let edited = try #require(try await store.verifyAudit())
        #expect(edited.entry.id == 3 && edited.problem.contains("edited"))
        try await store.write { db in
            try db.execute(sql: "UPDATE audit SET moderator = 'alice' WHERE id = 3")
            try db.execute(sql: "DELETE FROM audit WHERE id = 2")
        }
        let removed = try #require(try await store.verifyAudit())
        #expect(removed.entry.id == 3 && removed.problem.contains("removed"))
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
