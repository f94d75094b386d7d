import Engine
import Foundation
import Testing
@testable import ConsoleUI

/// The status bar gives way by priority: whole parts go, least important
/// first, and no word is ever cut.
@Suite struct StatusBarTests {
    /// Auto on, the poll failing, a 429 back-off, watching another engine poll, a model named.
    static func troubled() -> EngineOverview {
        var overview = Fixtures.overview(auto: true)
        overview.backOff = "tooManyRequests on GET /channels/10/messages: waiting 2.10 s"
        overview.pollStates[10] = ChannelPollState(.error, detail: "cannot poll #general: HTTP 503", at: Fixtures.now)
        overview.statuses["classifier"] = "hybrid local + gpt-5-nano"
        overview.polling = false
        overview.counts.failed = 1
        return overview
    }

    static func bar(_ overview: EngineOverview, width: Int, unicode: Bool = true) -> String {
        Renderer.render(Fixtures.state(Size(width: width, height: 24), overview: overview, unicode: unicode)).lines[0]
    }

    @Test("at 120, 80, 60 and 40 columns the bar keeps the mode, then the counts, the poll state and the back-off")
    func degradesByPriority() {
        let overview = Self.troubled()
        #expect(Self.bar(overview, width: 120)
                == "  AUTO 30 s  poll FAILING  429 wait 2.1s  · watching (poller host#1) · Swift Developers   pending 2 · done 2 · failed 1 ")
        #expect(Self.bar(overview, width: 80) == "  AUTO 30 s  poll FAILING  429 wait 2.1s          pending 2 · done 2 · failed 1 ")
        #expect(Self.bar(overview, width: 60) == "  AUTO 30 s  poll FAILING     pending 2 · done 2 · failed 1 ")
        #expect(Self.bar(overview, width: 40) == "  AUTO 30 s    pend 2 · done 2 · fail 1 ")
    }

    @Test("a healthy poll shows its age; with room, the guild, agreement, model and name follow, and go in reverse")
    func healthy() {
        var overview = Fixtures.overview()
        overview.statuses["classifier"] = "local"
        let wide = Self.bar(overview, width: 120)
        #expect(wide.hasPrefix("  MANUAL  poll ok 12s · Swift Developers · local · modconsole "))
        #expect(wide.hasSuffix(" pending 2 · done 2 · agree 75% "))
        // The model goes before the agreement rate, which goes before the guild;
        // then the agreement rate, which fits where the guild did not, comes back.
        #expect(Self.bar(overview, width: 80) == "  MANUAL  poll ok 12s · Swift Developers         pending 2 · done 2 · agree 75% ")
        #expect(Self.bar(overview, width: 60) == "  MANUAL  poll ok 12s        pending 2 · done 2 · agree 75% ")
    }

    @Test("every word on the bar is whole at every width from 20 to 200")
    func noWordIsCut() {
        let overview = Self.troubled()
        let words = Set(Self.bar(overview, width: 400).split(separator: " ") + ["pend", "fail"])
        for width in 20...200 {
            let bar = Self.bar(overview, width: width)
            #expect(bar.hasPrefix("  AUTO 30 s "), "the mode at \(width)")
            if width >= 40 { #expect(bar.contains("pend") && bar.contains("fail"), "the counts at \(width)") }
            for word in bar.split(separator: " ") { #expect(words.contains(word), "\"\(word)\" at \(width) columns") }
        }
    }

    @Test("the back-off reads as the cause and the wait")
    func backOffShortForm() {
        #expect(StatusBarView.backOff("tooManyRequests on GET /x: waiting 2.10 s") == "429 wait 2.1s")
        #expect(StatusBarView.backOff("globalPause on POST /y: waiting 0.50 s") == "global 429 wait 0.5s")
        #expect(StatusBarView.backOff("bucketExhausted on GET /z: waiting 12.00 s") == "rate limit wait 12.0s")
        #expect(StatusBarView.backOff("globalPace on GET /z: waiting 0.02 s") == "pacing wait 0.0s")
        #expect(StatusBarView.backOff("something else") == "back-off")
    }

    @Test("with no UTF-8 the separators are ASCII")
    func asciiSeparators() {
        #expect(Self.bar(Self.troubled(), width: 120).contains("·"))
        #expect(Self.bar(Self.troubled(), width: 120, unicode: false).allSatisfy { $0.isASCII })
        #expect(Self.bar(Self.troubled(), width: 120, unicode: false).contains("pending 2 - done 2 - failed 1"))
    }
}
