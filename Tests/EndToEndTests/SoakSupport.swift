import DiscordSimulator
import Foundation
import Testing

/// What the crash-loop and fault-soak suites share: the long-variant switch,
/// an engine configuration that acts at once, the texts they post, and the
/// store's suggestions as the queue command lists them.
enum Soak {
    /// `MODCONSOLE_SOAK=1` runs the long variants (200 crash iterations, a 12-minute fault soak).
    static var isLong: Bool { ProcessInfo.processInfo.environment["MODCONSOLE_SOAK"] == "1" }

    /// Writes a configuration that polls every second, executes confident
    /// auto actions at once and judges every message on its own (no cross-post
    /// grouping, which would depend on which poll saw which copy), so every
    /// run on the store (the killed ones and the last clean one) acts alike;
    /// returns the environment that selects it.
    static func fastAutoConfiguration(in directory: String) throws -> [String: String] {
        let path = directory + "/soak.toml"
        try """
            [engine]
            poll_interval_seconds = 1
            cross_post_window_seconds = 0

            [auto]
            grace_seconds = 0
            min_confidence = 0.5
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return ["MODCONSOLE_CONFIG": path]
    }

    /// The arguments of a long-running auto engine.
    static let autoRun = ["run", "--headless", "--auto", "--auto-grace", "0", "--auto-min-confidence", "0.5"]

    private static let scams = [
        "🎁 Free Discord Nitro for 3 months, gifted by Steam: https://dlscord-nitro.gift/{n}",
        "🚀 $SWIFT airdrop is LIVE for early devs, claim before it closes: https://swift-airdrop.claims/claim?ref={n}",
        "hey, I accidentally reported your account 😟 please contact Discord staff here before you get banned: https://discorcl.com/support/{n}",
        "who wants free nitro? first 50 people only 👉 https://nitro-claim.xyz/gift/{n}",
        "🎁 FREE NITRO for everyone! claim now before it expires: https://disc0rd-gift.com/claim/{n} @everyone",
    ]

    private static let jobPosts = [
        "We're hiring a senior iOS engineer (Swift, SwiftUI), fully remote, $150k-$180k. Apply at careers.example.com/ios/{n}",
        "[HIRING] Swift backend engineer (Vapor) at Northwind | remote within EU timezones | €85k | Apply: https://northwind.dev/careers/{n}",
    ]

    /// The `n`th scam text: each one differs, so none is grouped with another as a cross-post.
    static func scam(_ n: Int) -> String { scams[n % scams.count].replacingOccurrences(of: "{n}", with: "c\(n)") }

    /// The `n`th job post text (auto mode moves these: a repost, a delete, a DM, an audit message).
    static func jobPost(_ n: Int) -> String { jobPosts[n % jobPosts.count].replacingOccurrences(of: "{n}", with: "r\(n)") }

    /// The posters of scams and job posts, taken in turn.
    static let authors = ["pointfree_paul", "swiftlyjen", "recruiter_rachel"]

    /// One suggestion as `queue list --all --json` shows it.
    struct Suggestion {
        var id: Int
        var messageID: String
        var action: String
        var state: String
        var confidence: Double
        /// Scheduled by auto mode (it runs on its own once due).
        var scheduled: Bool
        var failure: String?
    }

    /// Every suggestion in the store.
    static func suggestions(_ setup: EngineCommandTests.Setup) async throws -> [Suggestion] {
        let rows = try #require(try await setup.json(["queue", "list", "--all", "--json"]) as? [[String: Any]])
        return rows.compactMap { row in
            guard let id = row["id"] as? Int, let message = row["message_id"] as? String,
                  let action = row["action"] as? String, let state = row["state"] as? String else { return nil }
            return Suggestion(id: id, messageID: message, action: action, state: state, confidence: row["confidence"] as? Double ?? 0,
                              scheduled: row["due_at"].map { !($0 is NSNull) } ?? false, failure: row["failure"] as? String)
        }
    }

    /// States an action is still on its way through: after a run has ended
    /// (or settled) none may be left in them.
    static let unfinishedStates: Set<String> = ["approved", "overridden", "executing", "undoing"]

    /// Whether a suggestion is still to run: mid-way, scheduled by auto mode,
    /// or pending with a verdict auto mode (as `fastAutoConfiguration` sets
    /// it, local classifier only) takes but has not scheduled yet.
    static func isOutstanding(_ suggestion: Suggestion) -> Bool {
        guard suggestion.state == "pending" else { return unfinishedStates.contains(suggestion.state) }
        return suggestion.scheduled || (["move", "flag", "delete"].contains(suggestion.action) && suggestion.confidence >= 0.5)
    }

    /// The same effect posted twice: bot posts (live or since deleted) sharing
    /// a channel and the marker that ends every modconsole post, plus messages
    /// executed by more than one suggestion. A repeated delete answered 10008
    /// changes nothing on Discord, so it never shows here.
    static func duplicatedEffects(_ snapshot: GuildSnapshot, bot: String, suggestions: [Suggestion]) -> [String] {
        var posts: [String: Int] = [:]
        let live = snapshot.messagesByChannel.values.joined().filter { $0.authorID == bot }.map { ($0.channelID, $0.content) }
        let deleted = snapshot.deletedMessages.filter { $0.authorID == bot }.map { ($0.channelID, $0.content) }
        for (channel, content) in live + deleted {
            guard let marker = content.split(separator: "\n").last, marker.hasPrefix("-# ") else { continue }
            posts["#\(channel) \(marker)", default: 0] += 1
        }
        let executed = Dictionary(grouping: suggestions.filter { $0.state == "done" }, by: \.messageID)
        return posts.filter { $0.value > 1 }.map { "\($0.value)× \($0.key)" }.sorted()
            + executed.filter { $0.value.count > 1 }.map { "message \($0.key) executed by suggestions \($0.value.map(\.id))" }.sorted()
    }
}
