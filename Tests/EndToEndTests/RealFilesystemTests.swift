import Foundation
import TestSupport
import Testing

/// The store on a real full disk and a real read-only mount (a small tmpfs,
/// mounted for the test), through the binary, as an operator meets them.
/// SQLite's page limit stands in for a full disk in EngineTests; here the
/// kernel says ENOSPC and EROFS itself. Mounting needs root, as in CI.
@Suite(.enabled(if: Mount.allowed, "mounting a tmpfs needs root (CI runs as root)"))
struct RealFilesystemTests {
    @Test func aFullDiskIsReportedWithThePathAndLosesNoMessage() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let disk = try Mount.tmpfs(at: setup.directory + "/disk", megabytes: 4)
        defer { Mount.unmount(disk) }
        let store = disk + "/store.sqlite"
        try setup.post("first message, stored while there is room")
        let first = try await setup.run(["run", "--headless", "--once", "--db", store])
        #expect(first.status == 0, "\(first.stderr)")

        try Mount.fill(disk)
        let raid = ["second message, sent while the disk is full", "third message, sent while the disk is full"]
        for text in raid { try setup.post(text) }
        let full = try await setup.run(["run", "--headless", "--once", "--db", store])
        #expect(full.status != 0, "a full disk must not look like success")
        #expect(full.stderr.contains("cannot write the store at \(store): the disk is full"), "\(full.stderr)")
        #expect(full.stderr.contains("free space on"), "\(full.stderr)")
        #expect(!full.stderr.contains("poller lease"), "\(full.stderr)")

        try FileManager.default.removeItem(atPath: disk + "/filler")
        let again = try await setup.run(["run", "--headless", "--once", "--db", store])
        #expect(again.status == 0, "\(again.stderr)")
        let list = try await setup.run(["queue", "list", "--all", "--json", "--db", store])
        for text in raid { #expect(list.stdout.contains(text), "\(text) was lost") }
        #expect(list.stdout.components(separatedBy: "sent while the disk is full").count - 1 == raid.count, "stored twice?")
        await setup.finish()
    }

    @Test func aReadOnlyMountServesEveryReadingCommand() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        let disk = try Mount.tmpfs(at: setup.directory + "/disk", megabytes: 16)
        defer { Mount.unmount(disk) }
        let store = disk + "/store.sqlite"
        try setup.post(EngineCommandTests.scam)
        let filled = try await setup.run(["run", "--headless", "--once", "--db", store])
        #expect(filled.status == 0, "\(filled.stderr)")
        let before = try await setup.run(["queue", "list", "--all", "--json", "--db", store])

        try Mount.remountReadOnly(disk)
        let list = try await setup.run(["queue", "list", "--all", "--json", "--db", store])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == before.stdout)
        let verify = try await setup.run(["audit", "--verify", "--db", store])
        #expect(verify.status == 0, "\(verify.stderr)")
        let write = try await setup.run(["run", "--headless", "--once", "--db", store])
        #expect(write.status != 0)
        #expect(write.stderr.contains(store), "the refusal names the store: \(write.stderr)")
        await setup.finish()
    }
}

/// tmpfs mounts for one test, through mount(8).
enum Mount {
    static var allowed: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    /// A fresh tmpfs of `megabytes` at `path`; the path, for `unmount`.
    static func tmpfs(at path: String, megabytes: Int) throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try run("/bin/mount", "-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path)
        return path
    }

    static func remountReadOnly(_ path: String) throws {
        try run("/bin/mount", "-o", "remount,ro", path)
    }

    static func unmount(_ path: String) {
        try? run("/bin/umount", path)
    }

    /// Writes `path/filler` until the kernel answers ENOSPC.
    static func fill(_ path: String) throws {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw MountError(description: "cannot create \(path)/filler: errno \(errno)") }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0, count: 4096)
        while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        guard errno == ENOSPC else { throw MountError(description: "filling \(path) stopped on errno \(errno), not ENOSPC") }
    }

    struct MountError: Error, CustomStringConvertible {
        let description: String
    }

    private static func run(_ executable: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MountError(description: "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}
