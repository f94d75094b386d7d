import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// The console as a moderator reaches it: `modconsole run` through `ssh -tt`
/// (an sshd of the suite's own on a loopback port) inside tmux. It draws,
/// takes keys, follows a resize of the local window, and when the link drops
/// in the middle of a delete (the local ssh client killed with SIGKILL) the
/// remote console gets SIGHUP and ends: no modconsole process is left and
/// no suggestion is left half done.
@Suite(.serialized) struct OverSSHTests {
    static let scam = "FREE NITRO for everyone, claim it now at disc0rd-gift.com before it expires"
    static let jobPost = "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k. Apply at careers.example.com/ios"
    static var available: Bool { ConsoleTmuxTests.tmuxAvailable && LoopbackSSHServer.available }

    @Test(.enabled(if: OverSSHTests.available, "tmux and OpenSSH (server and client) are installed by scripts/install-deps.sh"))
    func consoleOverSSHSurvivesADroppedLinkMidDelete() async throws {
        let began = ContinuousClock.now
        let setup = try await EngineCommandTests.Setup.make()
        defer { Task { await setup.finish() } }
        let server = try await LoopbackSSHServer.start()
        defer { server.stop() }
        let scam = try setup.post(Self.scam, as: "async_anna")
        try setup.post(Self.jobPost, as: "swiftlyjen")
        // The delete hangs at Discord, so the link drops while it is under way.
        setup.sim.inject(.delay(.seconds(3)), route: RouteMatcher(method: "DELETE", path: "/channels/*/messages/*"))

        let home = setup.directory + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let pidFile = setup.directory + "/modconsole.pid"
        let environment = setup.environment.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color",
                                                     "HOME": home, "XDG_CONFIG_HOME": home + "/.config"]) { _, new in new }
        // The remote shell leaves its pid and becomes modconsole, so the pid file names the console.
        let remote = "echo $$ > \(ConsoleTmuxTests.Tmux.quote(pidFile)); exec env "
            + environment.map { ConsoleTmuxTests.Tmux.quote("\($0.key)=\($0.value)") }.joined(separator: " ")
            + " \(ConsoleTmuxTests.Tmux.quote(ModconsoleProcess.binary.path)) run"
        let tmux = ConsoleTmuxTests.Tmux()
        defer { tmux.kill() }
        // The pane is the ssh client itself: its pid is the one a dropped link kills.
        try await tmux.start("exec " + server.sshCommand(remote: remote), width: 120, height: 40)
        var screens: [String] = []

        // Drawn over SSH: the status bar and the queue, the scam first and selected.
        screens.append(try await tmux.waitFor("the console over ssh", within: .seconds(60)) {
            $0.contains("MANUAL") && $0.contains(" Queue") && $0.contains("2 pending")
        })
        let client = try #require(Int32(try await tmux.display("#{pane_pid}")), "the ssh client's pid")
        let console = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.isModconsole(console), "the pid file names the remote modconsole")

        // Keys: j and k move the selection, ? opens help and Esc closes it.
        try await tmux.keys("j")
        screens.append(try await tmux.waitFor("the job post selected") { Self.detail(of: $0).contains("careers.example.com") })
        try await tmux.keys("k")
        screens.append(try await tmux.waitFor("the scam selected again") { Self.detail(of: $0).contains("disc0rd-gift.com") })
        try await tmux.keys("?")
        screens.append(try await tmux.waitFor("help") { $0.contains("Keys ·") })
        try await tmux.keys("Escape")
        screens.append(try await tmux.waitFor("help to close") { !$0.contains("Keys ·") && $0.contains("MANUAL") })

        // A resize of the local window reaches the console through ssh.
        try await tmux.resize(60, 20)
        screens.append(try await tmux.waitFor("the 60x20 tabs over ssh") { $0.contains("[Queue]") && $0.contains("MANUAL") })
        try await tmux.resize(120, 40)
        screens.append(try await tmux.waitFor("the 120x40 panes again") { !$0.contains("[Queue]") && $0.contains(" Detail") })

        // Approve the delete, confirm, and drop the link while Discord still holds the delete.
        try await tmux.press("Enter", until: "the delete confirmation") { $0.contains("[y] yes") }
        screens.append(try await tmux.screen())
        try await tmux.keys("y")
        try await waitUntil("the delete to reach the simulator", within: .seconds(30)) {
            setup.sim.recordedRequests().contains { $0.method == "DELETE" && $0.path.hasSuffix("/messages/\(scam)") }
        }
        kill(client, SIGKILL)

        // The console got SIGHUP, finished or put back what it had started, and ended.
        try await waitUntil("the remote modconsole to end after the link dropped", within: .seconds(45)) { !Self.isModconsole(console) }
        let stuck = Self.isModconsole(console) ? 1 : 0
        let rows = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        let states = rows.compactMap { $0["state"] as? String }
        let halfDone = states.filter { ["executing", "approved", "overridden", "undoing"].contains($0) }.count
        let scamState = rows.first { $0["message_id"] as? String == scam }?["state"] as? String ?? "missing"
        let deleted = setup.sim.snapshot().isDeleted(scam)
        let verify = try await setup.run(["audit", "--verify"])
        let secrets = SecretScan.scan(paths: SecretScan.storeFiles(setup.store) + [server.log],
                                      texts: ["screens": screens.joined(separator: "\n")], secrets: [setup.sim.botToken])
        let seconds = (ContinuousClock.now - began).components.seconds
        print("over-ssh: seconds=\(seconds) drawn=yes keys=j,k,?,Esc resize=60x20,120x40 link-dropped=mid-delete "
            + "delete=\(deleted ? "happened" : "not-sent") scam-state=\(scamState) stuck-processes=\(stuck) half-journaled=\(halfDone) "
            + "audit=\(verify.status == 0 ? "ok" : "broken") secrets=\(secrets.count)")
        #expect(stuck == 0, "modconsole \(console) still runs after its ssh link dropped")
        #expect(halfDone == 0, "suggestions left mid-action: \(states)")
        #expect(deleted ? scamState == "done" : ["pending", "failed"].contains(scamState),
                "the delete \(deleted ? "happened" : "did not happen") on Discord but the store says \(scamState)")
        #expect(verify.status == 0, "audit --verify: \(verify.stdout)\(verify.stderr)")
        #expect(secrets.isEmpty, "\(secrets)")
    }

    /// The detail pane's lines: the right-hand side of the screen from the line titled Detail down.
    static func detail(of screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let top = lines.firstIndex(where: { $0.contains(" Detail") }),
              let column = lines[top].range(of: " Detail")?.lowerBound else { return "" }
        // The pane's border is two columns left of its title: "┌─ Detail".
        let offset = max(lines[top].distance(from: lines[top].startIndex, to: column) - 2, 0)
        return lines[top...].map { String($0.dropFirst(offset)) }.joined(separator: "\n")
    }

    /// Whether `pid` is a live (not zombie) modconsole process.
    static func isModconsole(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        return state != "Z" && command.contains("modconsole")
    }
}
