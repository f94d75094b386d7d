import Foundation
import TestSupport
import Testing

/// Runs the built `modconsole` binary as a user would, capturing its output.
struct ModconsoleProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle (both are in .build/<config>/), or $MODCONSOLE_BINARY.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["MODCONSOLE_BINARY"] { return URL(fileURLWithPath: path) }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("modconsole")
            if FileManager.default.isExecutableFile(atPath: candidate.path), !candidate.hasDirectoryPath { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/modconsole")
    }

    /// Runs `modconsole arguments...` with exactly `environment` (plus PATH and
    /// HOME pointing somewhere empty, so no user configuration is picked up).
    static func run(_ arguments: [String], environment: [String: String], timeout: Duration = .seconds(60)) async throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let home = NSTemporaryDirectory() + "modconsole-e2e-home-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        process.environment = environment.merging(["PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/.config"]) { own, _ in own }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks
        // it. The reads block, so they run on threads of their own, never on
        // the concurrency pool the in-process simulators need.
        async let stdout = readToEnd(out.fileHandleForReading)
        async let stderr = readToEnd(err.fileHandleForReading)
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                Issue.record("modconsole \(arguments.joined(separator: " ")) did not finish within \(timeout)")
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: await stdout, as: UTF8.self),
                      stderr: String(decoding: await stderr, as: UTF8.self))
    }
}

extension ModconsoleProcess {
    /// Starts `modconsole arguments...` in the background (output discarded), for tests that signal it.
    static func start(_ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]) { own, _ in own }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Reads a pipe to its end on a thread of its own (the read blocks).
private func readToEnd(_ handle: FileHandle) async -> Data {
    await offThePool { handle.readDataToEndOfFile() }
}

extension ModconsoleProcess {
    /// Starts `modconsole arguments...` in the background with its standard
    /// output and error written to the files `stdout` and `stderr`, for tests
    /// that read what it says while it runs.
    static func start(_ arguments: [String], environment: [String: String], stdout: String, stderr: String) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]) { own, _ in own }
        for path in [stdout, stderr] { #expect(FileManager.default.createFile(atPath: path, contents: nil)) }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdout))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// What a file holds so far (empty if it cannot be read yet).
    static func text(of path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
