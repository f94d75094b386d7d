import DiscordREST
import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// The author view: drawn over the queue and the detail pane, with the
/// status bar, the audit pane and the hint line still in view.
@Suite struct AuthorViewTests {
    static func state(profile: AuthorProfile?, selected: Int = 0, size: Size = Size(width: 120, height: 40)) -> ConsoleState {
        var state = ViewFixtures.detail(ViewFixtures.decided, size: size)
        state.authorView = AuthorViewState(authorID: ViewFixtures.profile.authorID, profile: profile, selectedIndex: selected)
        return state
    }

    @Test("loading… until the store answers")
    func loading() {
        let text = ViewFixtures.text(Renderer.render(Self.state(profile: nil)))
        #expect(text.contains("loading…"))
        #expect(text.contains("Author · fresh_airdrops"), "the name comes from the queue meanwhile")
    }

    @Test("the header: sanitised name, account age, first seen, totals and counts by action")
    func header() {
        let buffer = Renderer.render(Self.state(profile: ViewFixtures.profile))
        let text = ViewFixtures.text(buffer)
        #expect(text.contains("fresh^[[31m_airdrops · account 3 d old · first seen 2 d ago · 3 messages"))
        #expect(text.contains("allow 1 · move 1 · flag 1"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test("messages newest first with time, channel, action and state mark; the selection highlighted; marked rows marked")
    func rows() throws {
        var state = Self.state(profile: ViewFixtures.profile, selected: 1)
        state.marked = [20]
        let buffer = Renderer.render(state)
        let newest = try #require(ViewFixtures.find("2026-11-18 11:02 #general     flag✓", in: buffer))
        let reverted = try #require(ViewFixtures.find("2026-11-18 06:06 #general     move↶", in: buffer))
        let oldest = try #require(ViewFixtures.find("● 2026-11-17 05:06 #help", in: buffer))
        #expect(newest.y < reverted.y && reverted.y < oldest.y)
        #expect(buffer[reverted.x, reverted.y].style == .selection)
        #expect(buffer[newest.x, newest.y].style != .selection)
        let snippet = try #require(ViewFixtures.find("hi all, new here", in: buffer))
        #expect(buffer[snippet.x, snippet.y].style == .allowed)
    }

    @Test("the status bar, the audit pane and the hint line stay; the queue is covered", arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func overTheQueueAndDetail(size: Size) {
        let lines = Renderer.render(Self.state(profile: ViewFixtures.profile, size: size)).lines
        let text = lines.joined(separator: "\n")
        #expect(lines[0].contains("MANUAL"))
        #expect(text.contains("Audit") && text.contains("alice"))
        #expect(!text.contains("We're hiring"), "the queue is under the author view")
        #expect(lines.last?.hasPrefix("Esc back") == true)
    }

    @Test("on a narrow terminal the tab strip names the author view")
    func narrowTabStrip() {
        let lines = Renderer.render(Self.state(profile: ViewFixtures.profile, size: Size(width: 60, height: 20))).lines
        #expect(lines[1].hasPrefix("[Author] Esc goes back"))
        #expect(lines.joined().contains("selling accounts"))
    }

    @Test("a long history scrolls to keep the selected row in view")
    func scrollsToTheSelection() {
        var profile = ViewFixtures.profile
        profile.messages = (0..<40).map { Fixtures.suggestion(Int64(300 + $0), .move, .done, content: "post number \($0)", minutesAgo: Double($0)) }
        profile.total = 40
        let text = ViewFixtures.text(Renderer.render(Self.state(profile: profile, selected: 39, size: Size(width: 80, height: 24))))
        #expect(text.contains("post number 39") && !text.contains("post number 0 "))
        #expect(text.contains("40/40"))
    }
}
