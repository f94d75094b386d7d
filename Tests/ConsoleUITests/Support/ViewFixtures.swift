import DiscordREST
import Engine
import Foundation
@testable import ConsoleUI

/// States for the view tests: a suggestion with everything the detail pane
/// can show, a queue holding every state, an author's profile.
enum ViewFixtures {
    /// An author whose account was created `days` before `Fixtures.now`.
    static func authorID(accountDaysOld days: Double) -> UInt64 {
        Snowflake(date: Fixtures.now.addingTimeInterval(-days * 86_400)).rawValue
    }

    /// A delete overridden to flag and done, by a three-day-old account,
    /// cross-posted twice, with a moderator's reason, a DM choice and a note.
    static let decided: Suggestion = {
        var suggestion = Fixtures.suggestion(
            8, .delete, .done, author: "fresh_airdrops", authorID: authorID(accountDaysOld: 3),
            content: "Claim your free nitro at disc0rd-gift.com before it runs out", confidence: 0.97,
            evidence: [Evidence(kind: .rule, text: "gift-phishing", weight: 2.5, detail: "gift lure")], minutesAgo: 4)
        suggestion.chosenAction = .flag
        suggestion.decidedBy = "alice"
        suggestion.moderatorReason = "Gift scams get a warning first; the second one is a ban, as the server rules say"
        suggestion.notifyAuthor = false
        suggestion.note = "Same wording as last week's raid: watch for alts"
        suggestion.copies = [
            Suggestion.Copy(messageID: Snowflake(date: Fixtures.now.addingTimeInterval(-200)), channelID: 11, channelName: "help"),
            Suggestion.Copy(messageID: Snowflake(date: Fixtures.now.addingTimeInterval(-190)), channelID: 12, channelName: "showcase"),
        ]
        return suggestion
    }()

    /// A pending move whose message is `lines` lines long.
    static func longMessage(lines: Int) -> Suggestion {
        Fixtures.suggestion(9, .move, .pending, content: (1...lines).map { "line \($0) of a long job post" }.joined(separator: "\n"),
                            intent: .postJob, minutesAgo: 1)
    }

    /// One suggestion in each state (and a pending one with an auto countdown), newest first.
    static let everyState: [Suggestion] = {
        var queue = Suggestion.State.allCases.enumerated().map { index, state in
            Fixtures.suggestion(Int64(100 + index), state == .allowed ? .allow : .move, state, author: "user\(index)",
                                authorID: UInt64(200 + index), content: "message in state \(state.rawValue)", minutesAgo: Double(index))
        }
        queue.append(Fixtures.suggestion(99, .delete, .pending, author: "due", content: "auto delete soon",
                                         dueAt: Fixtures.now.addingTimeInterval(20), minutesAgo: 12))
        return queue
    }()

    /// A state showing `suggestion` selected, with the detail pane focused.
    static func detail(_ suggestion: Suggestion, size: Size, unicode: Bool = true) -> ConsoleState {
        var state = Fixtures.state(size, overview: Fixtures.overview(queue: [suggestion, Fixtures.jobPost, Fixtures.flagged]), unicode: unicode)
        state.selectedID = suggestion.id
        state.focus = .detail
        return state
    }

    /// What the store holds on `ViewFixtures.decided`'s author: three messages, newest first.
    static let profile: AuthorProfile = {
        let older = Fixtures.suggestion(20, .allow, .allowed, author: "fresh_airdrops", authorID: authorID(accountDaysOld: 3),
                                        channel: "help", content: "hi all, new here", minutesAgo: 60 * 30)
        let reverted = Fixtures.suggestion(21, .move, .reverted, author: "fresh_airdrops", authorID: authorID(accountDaysOld: 3),
                                           content: "selling accounts, DM me", minutesAgo: 60 * 5)
        return AuthorProfile(authorID: Snowflake(authorID(accountDaysOld: 3)), name: "fresh\u{1B}[31m_airdrops",
                             messages: [decided, reverted, older], countsByAction: [.flag: 1, .move: 1, .allow: 1], total: 3,
                             firstSeen: Fixtures.now.addingTimeInterval(-2 * 86_400))
    }()

    /// Every row of a screen joined, for "is it on the screen" checks.
    static func text(_ buffer: CellBuffer) -> String { buffer.lines.joined(separator: "\n") }

    /// The column and row where `text` first appears on the screen at or right of column `from`, if it does.
    /// (Columns are counted as characters: for screens of one-cell characters.)
    static func find(_ text: String, in buffer: CellBuffer, from: Int = 0) -> (x: Int, y: Int)? {
        for (y, line) in buffer.lines.enumerated() {
            let tail = line.dropFirst(from)
            if let range = tail.range(of: text) { return (from + tail.distance(from: tail.startIndex, to: range.lowerBound), y) }
        }
        return nil
    }
}
