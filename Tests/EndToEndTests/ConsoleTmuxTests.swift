import Foundation
import TestSupport
import Testing

/// The console in a real terminal: `modconsole demo` inside tmux, driven by
/// keys and read back from the screen, as a moderator over SSH would see it.
@Suite(.serialized) struct ConsoleTmuxTests {
    /// One tmux server of our own (its own socket), with one session.
    struct Tmux {
        let socket = "modconsole-test-\(UUID().uuidString.prefix(8))"
        let session = "console"

        /// Runs a tmux command through the shell and returns what it printed.
        /// Not `Process`: it notices a child's exit by an inherited descriptor,
        /// and the server `new-session` forks keeps that open for ever.
        @discardableResult
        func run(_ arguments: [String], output: Bool = true) async throws -> String {
            let line = (["/usr/bin/tmux", "-L", socket] + arguments).map(Self.quote).joined(separator: " ") + " 2>/dev/null </dev/null"
            // On a thread of its own: a blocking call on the few threads Swift's tasks share
            // would starve the in-process simulators other tests are talking to.
            return await offThePool { Self.shell(line, output: output) }
        }

        /// Runs a shell line, returning what it printed (when `output`).
        static func shell(_ line: String, output: Bool) -> String {
            guard output else {
                _ = system(line + " >/dev/null")
                return ""
            }
            guard let pipe = popen(line, "r") else { return "" }
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = fread(&buffer, 1, buffer.count, pipe)
                if count <= 0 { break }
                data.append(contentsOf: buffer[0..<count])
            }
            pclose(pipe)
            return String(decoding: data, as: UTF8.self)
        }

        static func quote(_ argument: String) -> String {
            "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        func start(_ command: String, width: Int, height: Int) async throws {
            try await run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command], output: false)
        }

        func screen() async throws -> String { try await run(["capture-pane", "-p", "-t", session]) }
        func keys(_ keys: String...) async throws { try await run(["send-keys", "-t", session] + keys, output: false) }
        func resize(_ width: Int, _ height: Int) async throws {
            try await run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"], output: false)
        }
        func display(_ format: String) async throws -> String {
            try await run(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        /// Stops the server (from `defer`, which cannot wait).
        func kill() { _ = system("/usr/bin/tmux -L \(socket) kill-server >/dev/null 2>&1") }

        /// Waits until the screen satisfies `condition`, failing with the last screen after `limit`.
        @discardableResult
        func waitFor(_ what: String, within limit: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation,
                     _ condition: (String) -> Bool) async throws -> String {
            let deadline = ContinuousClock.now + limit
            var last = ""
            while ContinuousClock.now < deadline {
                last = try await screen()
                if condition(last) { return last }
                try await Task.sleep(for: .milliseconds(100))
            }
            Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
            return last
        }
    }

    static var tmuxAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// A tmux server of its own and a scratch directory, both gone when `body` ends.
    func withTmux(_ body: (Tmux, _ directory: String) async throws -> Void) async throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let directory = NSTemporaryDirectory() + "modconsole-tmux-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await body(tmux, directory)
    }

    @Test(.enabled(if: ConsoleTmuxTests.tmuxAvailable, "tmux is installed by scripts/install-deps.sh"))
    func demoInTmuxApproveResizeAndQuit() async throws {
        try await withTmux { tmux, directory in
            let db = directory + "/demo.sqlite"
            let binary = ModconsoleProcess.binary.path
            let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color \(binary) demo --db \(db) --traffic-every 0.4; echo \"EXIT=$?\"; sleep 60"
            try await tmux.start(command, width: 120, height: 40)

            // Rows appear within seconds, with no account and no configuration.
            try await tmux.waitFor("the status bar") { $0.contains("MANUAL") }
            try await tmux.waitFor("classified rows") { $0.contains("%") && $0.contains(" Queue") }
            #expect(try await tmux.display("#{alternate_on}") == "1", "the console runs on the alternate screen")

            // Help opens and closes.
            try await tmux.keys("?")
            try await tmux.waitFor("help") { $0.contains("Keys ·") && $0.contains("veto a pending auto action") }
            try await tmux.keys("Escape")
            try await tmux.waitFor("help to close") { !$0.contains("Keys ·") }

            // Approve one pending suggestion (confirming if it asks), and see it in the audit pane.
            try await tmux.keys("/")
            try await tmux.keys("-l", "pending")
            try await tmux.keys("Enter")
            try await tmux.waitFor("a pending suggestion", within: .seconds(40)) { $0.contains("•") }
            try await tmux.keys("Enter")
            func auditShowsTheAction(_ screen: String) -> Bool {
                screen.split(separator: "\n").contains { $0.contains(NSUserName()) && $0.contains("done") }
            }
            // Either a confirmation dialog (an action that cannot be undone) or the action itself.
            let answer = try await tmux.waitFor("the confirmation dialog or the action") { $0.contains("[y] yes") || auditShowsTheAction($0) }
            if answer.contains("[y] yes") { try await tmux.keys("y") }
            try await tmux.waitFor("the audit pane to show the action") { auditShowsTheAction($0) }
            let audit = try await ModconsoleProcess.run(["audit", "--json", "--db", db], environment: [:])
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]])
            #expect(entries.contains { ($0["result"] as? String)?.hasPrefix("done") == true }, "the approval is in `modconsole audit --json`")
            try await tmux.keys("Escape")

            // Resizes: all four panes at 80x24, tabs at 60x20, the status bar always.
            try await tmux.resize(80, 24)
            try await tmux.waitFor("the 80x24 layout") { $0.contains(" Queue") && $0.contains(" Detail") && $0.contains(" Audit") && $0.contains("MANUAL") }
            try await tmux.resize(60, 20)
            try await tmux.waitFor("the 60x20 tabs") { $0.contains("[Queue]") && $0.contains("MANUAL") }
            try await tmux.keys("Tab")
            try await tmux.waitFor("the detail tab") { $0.contains("[Detail]") }

            // Quit: exit status 0 and the terminal given back.
            try await tmux.keys("q")
            try await tmux.waitFor("modconsole to exit", within: .seconds(60)) { $0.contains("EXIT=") }
            #expect(try await tmux.screen().contains("EXIT=0"))
            #expect(try await tmux.display("#{alternate_on}") == "0", "the alternate screen is left")
            #expect(try await tmux.display("#{cursor_flag}") == "1", "the cursor is visible again")
        }
    }

    @Test(.enabled(if: ConsoleTmuxTests.tmuxAvailable, "tmux is installed by scripts/install-deps.sh"))
    func aDroppedSSHLinkRestoresTheTerminalAndStopsCleanly() async throws {
        try await withTmux { tmux, directory in
            let binary = ModconsoleProcess.binary.path
            let pidFile = directory + "/pid"
            let command = "env LANG=C.UTF-8 TERM=tmux-256color \(binary) demo --db \(directory)/d.sqlite </dev/tty & echo $! > \(pidFile); wait $!; echo \"EXIT=$?\"; sleep 60"
            try await tmux.start(command, width: 100, height: 30)
            try await tmux.waitFor("the console") { $0.contains("MANUAL") }
            let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            kill(pid, SIGHUP)
            try await tmux.waitFor("modconsole to exit on SIGHUP", within: .seconds(60)) { $0.contains("EXIT=") }
            #expect(try await tmux.screen().contains("EXIT=0"))
            #expect(try await tmux.display("#{alternate_on}") == "0")
        }
    }

    @Test(.enabled(if: ConsoleTmuxTests.tmuxAvailable, "tmux is installed by scripts/install-deps.sh"))
    func aTerminalThatCannotMoveTheCursorIsRefused() async throws {
        try await withTmux { tmux, directory in
            let binary = ModconsoleProcess.binary.path
            // A blank screen that still took keys once dismissed an item nobody could see.
            let command = "env LANG=C.UTF-8 TERM=dumb \(binary) demo --db \(directory)/d.sqlite; echo \"EXIT=$?\"; sleep 60"
            try await tmux.start(command, width: 120, height: 30)
            let screen = try await tmux.waitFor("modconsole to refuse TERM=dumb") { $0.contains("EXIT=") }
            #expect(screen.contains("EXIT=1"))
            #expect(screen.contains("cannot move the cursor") && screen.contains("--headless"), "\(screen)")
        }
    }
}
