import DiscordREST
import Engine
import Foundation
@testable import ConsoleUI

/// Console states built from plain values, at a fixed time in UTC, so
/// screens render the same everywhere.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 07:46:40 UTC

    static func verdict(_ action: ModerationAction, _ confidence: Double, intent: Intent = .other, reason: String? = nil,
                        evidence: [Evidence] = []) -> Verdict {
        Verdict(intent: intent, action: action, reason: reason ?? "Reason for \(action.rawValue).",
                reasoning: "Local model: intent \(intent.rawValue), content looks \(action == .delete ? "abusive" : "clean").",
                confidence: confidence, evidence: evidence, classifier: "local", classifierVersion: "local-test")
    }

    static func suggestion(_ id: Int64, _ action: ModerationAction, _ state: Suggestion.State, author: String = "swiftlyjen",
                           authorID: UInt64 = 42, channel: String = "general", content: String, confidence: Double = 0.93,
                           intent: Intent = .other, evidence: [Evidence] = [], dueAt: Date? = nil, minutesAgo: Double = 0) -> Suggestion {
        let posted = now.addingTimeInterval(-minutesAgo * 60)
        return Suggestion(id: id, messageID: Snowflake(Snowflake(date: posted).rawValue + UInt64(id)), channelID: Snowflake(channel == "general" ? 10 : 11), guildID: 1,
                   authorID: Snowflake(authorID), authorName: author, channelName: channel, content: content,
                   verdict: verdict(action, confidence, intent: intent, evidence: evidence), state: state, dueAt: dueAt,
                   createdAt: posted)
    }

    static let jobPost = suggestion(
        7, .move, .pending, content: "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k. Apply at careers.example.com/ios",
        intent: .postJob, evidence: [Evidence(kind: .token, text: "hiring", weight: 1.4), Evidence(kind: .token, text: "apply", weight: 0.6)],
        minutesAgo: 1)
    static let scam = suggestion(
        6, .delete, .pending, author: "nitro.drops", authorID: 66, content: "FREE NITRO for everyone, claim it at disc0rd-gift.com @everyone",
        confidence: 0.99, evidence: [Evidence(kind: .rule, text: "gift-phishing", weight: 2.5, detail: "gift lure"),
                                     Evidence(kind: .token, text: "nitro", weight: 1.1)], dueAt: now.addingTimeInterval(12), minutesAgo: 2)
    static let question = suggestion(5, .allow, .allowed, author: "pointfree_paul", authorID: 43,
                                     content: "does anyone know why my SwiftUI preview crashes with @Observable?", confidence: 0.88, minutesAgo: 3)
    static let flagged = suggestion(4, .flag, .done, author: "drama_llama", authorID: 44, channel: "help",
                                    content: "the mods here are useless, I'll post wherever I want", confidence: 0.71, minutesAgo: 5)
    static let earlierJob = suggestion(3, .move, .done, content: "Also looking for a backend dev, Go and Postgres, DM me", confidence: 0.8,
                                       intent: .postJob, minutesAgo: 30)

    static let audit: [AuditEntry] = [
        AuditEntry(at: now.addingTimeInterval(-240), moderator: "alice", action: "flag", suggestionID: 4, messageID: 1004, channelID: 11,
                   result: "done", reason: "A moderator will review this message.", dryRun: false),
        AuditEntry(at: now.addingTimeInterval(-1700), moderator: "auto", action: "move", suggestionID: 3, messageID: 1003, channelID: 10,
                   result: "done; DM not delivered: the author's DMs are closed (50007)", reason: "Job offers belong in #jobs.", dryRun: false),
    ]

    static func overview(queue: [Suggestion] = [jobPost, scam, question, flagged, earlierJob], audit: [AuditEntry] = audit,
                         auto: Bool = false, dryRun: Bool = false) -> EngineOverview {
        var counts = Store.Counts()
        counts.pending = queue.filter { $0.state == .pending }.count
        counts.done = queue.filter { $0.state == .done }.count
        counts.decided = 4
        counts.agreed = 3
        var settings = AutoSettings()
        settings.enabled = auto
        return EngineOverview(queue: queue, audit: audit, counts: counts,
                              statuses: ["guild_name": "Swift Developers"], lastPoll: now.addingTimeInterval(-12),
                              leaseHolder: "host#1#abc", polling: true, auto: settings, dryRun: dryRun, moderator: "alice")
    }

    /// A state of the given size showing `overview`, on screen long enough
    /// that the hold-back after the first selection is over (unless `settled` is false).
    static func state(_ size: Size, overview: EngineOverview? = Fixtures.overview(), unicode: Bool = true,
                      settled: Bool = true) -> ConsoleState {
        var state = ConsoleState(size: size, unicode: unicode, now: now)
        state.timeZone = TimeZone(identifier: "UTC")!
        if let overview { state = Console.update(state, .overview(overview)).0 }
        if settled { state.holdBackUntil = nil }
        return state
    }

    /// The state a moment later (past any hold-back).
    static func later(_ state: ConsoleState, by seconds: TimeInterval = 1) -> ConsoleState {
        Console.update(state, .tick(state.now.addingTimeInterval(seconds))).0
    }

    /// Feeds keys through `update`, collecting the commands they produce.
    static func press(_ keys: [Key], on state: ConsoleState) -> (ConsoleState, [ConsoleCommand]) {
        var state = state
        var commands: [ConsoleCommand] = []
        for key in keys {
            let (next, produced) = Console.update(state, .key(key))
            state = next
            commands += produced
        }
        return (state, commands)
    }
}
