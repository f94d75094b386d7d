import Foundation
import GRDB
import Testing
@testable import Engine

/// Opening the store: a newer schema, a file that is not a store, a damaged
/// one, and read-only access for the commands that only read.
@Suite struct StoreOpeningTests {
    @Test func aStoreFromANewerSchemaIsRefusedNamingBothVersions() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let path = directory + "/store.sqlite"
        _ = try Store(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')") }
        try queue.close()
        for access in [Store.Access.readWrite, .readOnly] {
            let error = #expect(throws: StoreError.self) { try Store(path: path, access: access) }
            #expect(error?.kind == .newerSchema)
            let text = error?.description ?? ""
            #expect(text.contains("v9: from the future") && text.contains(Schema.migrator.migrations.last ?? "?") && text.contains(path), "\(text)")
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let path = directory + "/notes.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("my notes, not a store\n".utf8), attributes: [.posixPermissions: 0o644]))
        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(error?.description.contains("not a modconsole store") == true, "\(String(describing: error))")
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber).intValue
        #expect(mode == 0o644, "its mode was changed")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes, not a store\n")
    }

    @Test func aDamagedStoreNamesItsPathAndAFix() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let path = directory + "/store.sqlite"
        var bytes = Data("SQLite format 3\u{0}".utf8)
        bytes.append(Data(repeating: 0xA5, count: 8192))
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        let text = error?.description ?? ""
        #expect(text.contains(path) && text.contains("backup"), "\(text)")
    }

    @Test func anExistingStoreThatCannotBeOpenedIsNotSaidToBeCreated() throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let path = directory + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        let text = error?.description ?? ""
        #expect(text.contains("cannot open the store at \(path)") && !text.contains("cannot create"), "\(text)")
    }

    /// Tests run as root, where chmod does not stop writes: what is checked
    /// here is that read-only access opens SQLite read-only (so it never
    /// needs to write the file or its directory) and reads what is there.
    @Test func readOnlyAccessReadsAndNeverWrites() async throws {
        let scratch = try ConfigurationTests.Scratch()
        let directory = scratch.path
        let path = directory + "/store.sqlite"
        let writer = try Store(path: path)
        try await writer.setAutoMode(true)
        let reader = try Store.openForReading(path: path)
        #expect(try await reader.autoMode().enabled)
        #expect(try await reader.audit(limit: 10).isEmpty)
        await #expect(throws: StoreError.self) { try await reader.setAutoMode(false) }
        #expect(try await writer.autoMode().enabled, "the read-only store wrote")

        let missing = directory + "/none.sqlite"
        let error = #expect(throws: StoreError.self) { try Store(path: missing, access: .readOnly) }
        #expect(error?.description.contains("no store at \(missing)") == true)
        #expect(!FileManager.default.fileExists(atPath: missing), "a read-only open created a store")
    }

    /// What a read-only mount does (no -shm can be made) cannot happen as
    /// root; the fallback it takes can: a store with an empty -wal is read as
    /// immutable, without creating -wal or -shm, and one with changes pending
    /// in its -wal is not (they would be missed).
    @Test func aStoreThatCannotHaveItsShmIsReadAsImmutableOnlyWithNothingInTheWAL() async throws {
        let scratch = try ConfigurationTests.Scratch()
        let path = scratch.path + "/store with space.sqlite"
        try await Store(path: path).setAutoMode(true)  // closed: SQLite removes -wal and -shm
        let cantOpen = DatabaseError(resultCode: .SQLITE_CANTOPEN)
        let uri = try #require(Store.immutableFallback(for: cantOpen, path: path))
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        let pool = try DatabasePool(path: uri, configuration: configuration)
        #expect(try await pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM status WHERE key = 'auto'") } == "on")
        #expect(!FileManager.default.fileExists(atPath: path + "-shm") && !FileManager.default.fileExists(atPath: path + "-wal"))

        #expect(FileManager.default.createFile(atPath: path + "-wal", contents: Data(repeating: 1, count: 64)))
        #expect(Store.immutableFallback(for: cantOpen, path: path) == nil)
        #expect(Store.immutableFallback(for: DatabaseError(resultCode: .SQLITE_CORRUPT), path: path) == nil)
    }
}
