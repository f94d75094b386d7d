import ConsoleUI
import Foundation
import TestSupport
import Testing

/// Hundreds of hostile messages and author names, posted through the
/// simulator and shown by `modconsole run` in tmux at 120x40 and 80x24 (the
/// queue, every item's detail pane, the author view), with every byte the
/// console wrote captured: none of the messages' control sequences reaches
/// the terminal, and no row pushes a pane border out of line. `queue list`
/// and `run --headless` print no raw control character either.
@Suite(.serialized) struct HostileTextTmuxTests {
    @Test(.enabled(if: ConsoleTmuxTests.tmuxAvailable, "tmux is installed by scripts/install-deps.sh"))
    func hostileTextNeverReachesTheTerminalRaw() async throws {
        // Widths are measured with wcwidth, as tmux measures them, which needs a UTF-8 locale.
        setlocale(LC_CTYPE, "C.UTF-8")
        let setup = try await EngineCommandTests.Setup.make()
        defer { Task { await setup.finish() } }
        // A first cycle sets the cursors, so the next one reads every message posted after it.
        let first = try await setup.run(["run", "--headless", "--once"])
        #expect(first.status == 0, "\(first.stderr)")

        let authors = HostileCorpus.authors.map { setup.sim.addMember(username: $0) }
        let channels = try ["general", "help"].map { try #require(setup.sim.channelID(named: $0)) }
        let messages = HostileCorpus.messages
        for (index, text) in messages.enumerated() {
            setup.sim.postMessage(text, author: authors[index % authors.count], channel: channels[index % channels.count])
        }

        // The headless JSON lines and the queue listing.
        let headless = try await setup.run(["run", "--headless", "--once"])
        #expect(headless.status == 0, "\(headless.stderr)")
        let classified = headless.stdout.split(separator: "\n").filter { $0.contains("\"event\":\"classified\"") }.count
        #expect(classified == messages.count, "every hostile message is classified")
        let listing = try await setup.run(["queue", "list", "--all"])
        #expect(listing.status == 0, "\(listing.stderr)")
        let listingJSON = try await setup.run(["queue", "list", "--all", "--json"])
        let headlessRaw = RawControls.count(in: Data(headless.stdout.utf8))
        let listRaw = RawControls.count(in: Data(listing.stdout.utf8)) + RawControls.count(in: Data(listingJSON.stdout.utf8))
        print("hostile-text: cli headless-lines=\(classified) raw-headless=\(headlessRaw) raw-list=\(listRaw)")
        #expect(headlessRaw == 0 && listRaw == 0, "raw control characters in `run --headless` or `queue list` output")

        let tmux = ConsoleTmuxTests.Tmux()
        defer { tmux.kill() }
        let bytes = setup.directory + "/terminal.bytes"
        let go = setup.directory + "/go"
        let environment = setup.environment.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"]) { _, new in new }
        // The console starts only once every byte it writes is being captured.
        let command = "while [ ! -e \(go) ]; do sleep 0.05; done; env "
            + environment.map { ConsoleTmuxTests.Tmux.quote("\($0.key)=\($0.value)") }.joined(separator: " ")
            + " \(ModconsoleProcess.binary.path) run; echo \"EXIT=$?\"; sleep 60"
        try await tmux.start(command, width: 120, height: 40)
        try await tmux.run(["pipe-pane", "-o", "-t", tmux.session, "cat >> " + ConsoleTmuxTests.Tmux.quote(bytes)], output: false)
        #expect(FileManager.default.createFile(atPath: go, contents: nil))

        var walk = ScreenWalk(tmux: tmux, items: messages.count)
        try await tmux.waitFor("the queue", within: .seconds(60)) { $0.contains(" Queue") && $0.contains("MANUAL") }
        try await walk.visitEveryItem(key: "j", size: Size(width: 120, height: 40))
        try await tmux.resize(80, 24)
        _ = try await walk.next("the 80x24 layout") { $0.hasSuffix("quit\n") && ScreenWalk.width($0.split(separator: "\n")[1]) == 80 }
        try await walk.visitEveryItem(key: "k", size: Size(width: 80, height: 24))
        try await tmux.keys("q")
        try await tmux.waitFor("modconsole to exit", within: .seconds(60)) { $0.contains("EXIT=") }
        #expect(try await tmux.screen().contains("EXIT=0"))
        try await tmux.run(["pipe-pane", "-t", tmux.session], output: false)

        let captured = try Data(contentsOf: URL(fileURLWithPath: bytes))
        let fragments = HostileCorpus.forbiddenFragments
        let fragmentHits = RawControls.fragments(fragments, in: captured)
        let raw = RawControls.count(in: captured, terminalOwn: true)
        print("hostile-text: messages=\(messages.count) authors=\(authors.count) screens=\(walk.screens) author-views=\(walk.authorViews) "
            + "captured-bytes=\(captured.count) raw-from-content=\(raw + fragmentHits.count) misaligned-rows=\(walk.misaligned.count)")
        #expect(String(decoding: captured, as: UTF8.self).contains("^[[2JPAYLOAD-CSI"), "the messages were drawn, escapes shown as text")
        #expect(raw == 0, "raw C1, bidi, NUL or string-introducing escapes in what the console wrote")
        #expect(fragmentHits.isEmpty, "hostile sequences reached the terminal raw: \(fragmentHits.prefix(5).map { String(decoding: $0, as: UTF8.self).debugDescription })")
        #expect(walk.misaligned.isEmpty, "rows with pane borders out of line:\n\(walk.misaligned.prefix(3).joined(separator: "\n---\n"))")
        let secrets = SecretScan.scan(paths: [bytes] + SecretScan.storeFiles(setup.store),
                                      texts: ["run --headless": headless.stdout + headless.stderr, "queue list": listing.stdout + listingJSON.stdout],
                                      secrets: [setup.sim.botToken])
        #expect(secrets.isEmpty, "\(secrets)")
    }
}
