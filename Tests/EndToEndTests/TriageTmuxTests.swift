import DiscordSimulator
import Foundation
import TestSupport
import Testing

/// A day's triage in a real terminal: `modconsole run` in tmux against the
/// simulator, driven by keys as a moderator would, checked on the screen,
/// in the store and in what the simulated Discord saw.
@Suite(.serialized) struct TriageTmuxTests {
    static let scams = [
        ("async_anna", "FREE NITRO for everyone, claim it now at disc0rd-gift.com before it expires"),
        ("kotlin_refugee", "Steam gift card giveaway!! claim your free nitro at steamcommunity-gifts.ru now"),
        ("xcodebeachball", "free discord nitro 3 months, just login here: dlscord-promo.com/claim"),
    ]
    static let jobPost = "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k. Apply at careers.example.com/ios"

    func states(_ setup: EngineCommandTests.Setup) async throws -> [String: String] {
        let rows = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        return Dictionary(rows.compactMap { row in (row["content"] as? String).map { ($0, row["state"] as? String ?? "") } },
                          uniquingKeysWith: { first, _ in first })
    }

    @Test(.enabled(if: ConsoleTmuxTests.tmuxAvailable, "tmux is installed by scripts/install-deps.sh"))
    func pendingFirstJumpsBulkDeleteAndReopen() async throws {
        let setup = try await EngineCommandTests.Setup.make()
        defer { Task { await setup.finish() } }
        try setup.post("does anyone know why my SwiftUI preview crashes with @Observable?", as: "pointfree_paul")
        for (user, text) in Self.scams { try setup.post(text, as: user) }
        try setup.post(Self.jobPost, as: "swiftlyjen")

        let tmux = ConsoleTmuxTests.Tmux()
        defer { tmux.kill() }
        let environment = setup.environment.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"]) { _, new in new }
        let command = "env " + environment.map { ConsoleTmuxTests.Tmux.quote("\($0.key)=\($0.value)") }.joined(separator: " ")
            + " \(ModconsoleProcess.binary.path) run; echo \"EXIT=$?\"; sleep 60"
        try await tmux.start(command, width: 120, height: 40)

        // Pending first, and the first of them selected: the oldest scam (deletes come before moves).
        let first = try await tmux.waitFor("four pending items", within: .seconds(60)) { $0.contains("4 pending") }
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let top = try #require(lines.firstIndex { $0.contains("Queue") })
        #expect(lines[top + 1].contains("delete"), "the first row waits for a decision:\n\(first)")
        #expect(first.contains("disc0rd-gift.com"), "the first scam is in the detail pane:\n\(first)")

        // n jumps to the next item waiting for a decision.
        try await tmux.keys("n")
        try await tmux.waitFor("the second scam in the detail pane") { $0.contains("steamcommunity-gifts.ru") && $0.contains("Detail") }

        // Three scams marked and deleted with one confirmation.
        try await tmux.keys("g")
        try await tmux.keys("Space")
        try await tmux.keys("Space")
        try await tmux.keys("Space")
        try await tmux.waitFor("three marks") { $0.contains("3 marked") }
        try await tmux.press("d", until: "one confirmation for the three") { $0.contains("Delete 3 marked item(s)?") }
        try await tmux.keys("y")
        let general = try #require(setup.sim.channelID(named: "general"))
        try await waitUntil("the simulator to delete the three scams", within: .seconds(60)) {
            let left = setup.sim.snapshot().messages(in: general).map(\.content)
            return Self.scams.allSatisfy { scam in !left.contains(scam.1) }
        }
        #expect(setup.sim.snapshot().messages(in: general).contains { $0.content == Self.jobPost }, "the job post is left alone")

        // Dismiss the job post, reopen it, then delete it after all.
        try await tmux.waitFor("the job post selected next") { $0.contains("careers.example.com") && $0.contains("1 pending") }
        try await tmux.press("a", until: "the dismissal") { $0.contains("dismissed") && $0.contains("nothing pending") }
        #expect(try await states(setup)[Self.jobPost] == "dismissed")
        try await tmux.keys("u")
        try await tmux.waitFor("the job post open again") { $0.contains("1 pending") }
        #expect(try await states(setup)[Self.jobPost] == "pending")
        try await tmux.press("d", until: "the delete confirmation") { $0.contains("[y] yes") }
        try await tmux.keys("y")
        try await waitUntil("the simulator to delete the job post", within: .seconds(60)) {
            !setup.sim.snapshot().messages(in: general).contains { $0.content == Self.jobPost }
        }
        try await tmux.keys("q")
        try await tmux.waitFor("modconsole to exit", within: .seconds(60)) { $0.contains("EXIT=") }
        #expect(try await tmux.screen().contains("EXIT=0"))
    }
}
