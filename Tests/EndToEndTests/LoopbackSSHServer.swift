import Foundation
import TestSupport
import Testing

/// An OpenSSH server of the test's own on a free loopback port: throwaway
/// host and client keys and its config in a temporary directory, never the
/// system's sshd, its keys or port 22. Logs in as the user running the tests
/// (root in CI) with the client key only.
struct LoopbackSSHServer {
    static let sshd = "/usr/sbin/sshd"
    static let tools = [sshd, "/usr/bin/ssh", "/usr/bin/ssh-keygen"]
    /// Whether sshd and the client are installed (scripts/install-deps.sh installs them).
    static var available: Bool { tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)) }

    let directory: String
    let port: UInt16
    var log: String { directory + "/sshd.log" }

    /// Writes the keys and config, starts `sshd -D -e` (its log in the directory) and waits until its port accepts connections.
    static func start() async throws -> LoopbackSSHServer {
        let directory = NSTemporaryDirectory() + "modconsole-ssh-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // sshd started as root needs its privilege-separation directory; the package's postinst made its user.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for key in ["host_key", "client_key"] {
            try await run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "modconsole-test", "-f", "\(directory)/\(key)"])
        }
        try FileManager.default.copyItem(atPath: "\(directory)/client_key.pub", toPath: "\(directory)/authorized_keys")
        let port = try freeLoopbackPort()
        let configuration = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory)/host_key
            PidFile \(directory)/sshd.pid
            AuthorizedKeysFile \(directory)/authorized_keys
            PermitRootLogin prohibit-password
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            AcceptEnv LANG LC_* TERM

            """
        try configuration.write(toFile: "\(directory)/sshd_config", atomically: true, encoding: .utf8)
        // Through the shell, not `Process`: a `Process` child that outlives later
        // ones keeps Foundation from ever seeing those end (`isRunning` stays true).
        let config = ConsoleTmuxTests.Tmux.quote("\(directory)/sshd_config"), log = ConsoleTmuxTests.Tmux.quote("\(directory)/sshd.log")
        _ = system("\(sshd) -D -e -f \(config) </dev/null >\(log) 2>&1 &")
        let server = LoopbackSSHServer(directory: directory, port: port)
        try await waitUntil("sshd to listen on 127.0.0.1:\(port)", within: .seconds(10)) { accepts(port) }
        try #require(accepts(port), "sshd is not listening: \(server.logText)")
        return server
    }

    var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// The `ssh -tt` command line (shell-quoted) that runs `remote` through this server with the client key.
    func sshCommand(remote: String) -> String {
        let arguments = ["/usr/bin/ssh", "-F", "/dev/null", "-i", "\(directory)/client_key", "-o", "IdentitiesOnly=yes",
                         "-o", "UserKnownHostsFile=\(directory)/known_hosts", "-o", "StrictHostKeyChecking=accept-new",
                         "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-p", "\(port)", "-tt", "\(NSUserName())@127.0.0.1", remote]
        return arguments.map(ConsoleTmuxTests.Tmux.quote).joined(separator: " ")
    }

    /// Stops sshd and removes its directory (from `defer`, which cannot wait).
    func stop() {
        if let text = try? String(contentsOfFile: "\(directory)/sshd.pid", encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
        // sshd removes its pid file as it stops, which can fail a removal walking the directory at that moment.
        for _ in 0..<3 where FileManager.default.fileExists(atPath: directory) { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// Runs a short tool to its end, failing with what it printed.
    private static func run(_ tool: String, _ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try await waitUntil("\(tool) to finish") { !process.isRunning }
        try #require(process.terminationStatus == 0, "\(tool) \(arguments.joined(separator: " ")) failed")
    }

    /// A port the kernel just handed out on 127.0.0.1 and took back, so almost surely free.
    private static func freeLoopbackPort() throws -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0, "cannot bind a loopback socket: errno \(errno)")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    private static func accepts(_ port: UInt16) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
