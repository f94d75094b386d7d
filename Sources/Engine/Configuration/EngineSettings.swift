import Foundation

/// How the engine runs: polling, first-run backfill, modes, DM wording, who
/// the moderator is. Read from `[engine]`, `[auto]` and `[dm]`, plus DRY_RUN.
public struct EngineSettings: Sendable {
    /// Time between two polls of every channel (`engine.poll_interval_seconds`).
    public var pollInterval: Duration = .seconds(30)
    /// Messages per channel read on the very first poll, as the original bot did (`engine.backfill`).
    public var backfill = 20
    /// No Discord mutation except an audit message marked as a dry run (`engine.dry_run`, DRY_RUN, `--dry-run`).
    public var dryRun = false
    /// How long a moderator timeout lasts (`engine.timeout_minutes`).
    public var timeoutMinutes = 60
    /// Same author, near-identical text in several channels within this window is one suggestion
    /// (`engine.cross_post_window_seconds`).
    public var crossPostWindow: Duration = .seconds(600)
    /// The name written into the audit log and X-Audit-Log-Reason (`engine.moderator`).
    public var moderator: String = EngineSettings.defaultModerator()
    public var auto = AutoSettings()
    public var messages = DMTemplates()

    public init() {}

    /// The login name, plus the SSH client's address when there is one, so
    /// the local audit log tells two moderators on one account apart (the
    /// address is never sent to Discord: see `withoutAddress`).
    public static func defaultModerator(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let login = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
        guard let ssh = environment["SSH_CLIENT"] ?? environment["SSH_CONNECTION"],
              let address = ssh.split(separator: " ").first else { return login }
        return "\(login)@\(address)"
    }

    /// A moderator name without the "@address" the default adds.
    public static func withoutAddress(_ moderator: String) -> String {
        guard let at = moderator.lastIndex(of: "@") else { return moderator }
        let address = moderator[moderator.index(after: at)...]
        let isAddress = !address.isEmpty && address.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
        return isAddress ? String(moderator[..<at]) : moderator
    }
}

/// Auto mode: which suggestions run without a keypress, and after how long.
public struct AutoSettings: Sendable, Equatable {
    /// `auto.enabled` or `--auto`.
    public var enabled = false
    /// Seconds a pending auto action waits for a veto (`auto.grace_seconds`, `--auto-grace`).
    public var grace: Duration = .seconds(30)
    /// The verdict's confidence must reach this (`auto.min_confidence`, `--auto-min-confidence`).
    public var minConfidence = 0.9
    /// Actions auto mode may take (`auto.actions`); timeout and ban never.
    public var actions: Set<ModerationAction> = [.move, .flag, .delete]

    public init() {}

    /// Whether a verdict qualifies: confident, of an allowed action, and not a
    /// disagreement between classifiers.
    public func accepts(_ verdict: Verdict) -> Bool {
        enabled && actions.contains(verdict.action) && ModerationAction.classifiable.contains(verdict.action)
            && verdict.confidence >= minConfidence && verdict.disagreement == nil
    }
}

/// What the author is told by DM. `{author}`, `{channel}`, `{jobs}` and
/// `{reason}` are filled in; the result never pings anyone.
public struct DMTemplates: Sendable {
    /// `dm.move`.
    public var move = "Hi {author}, your message in #{channel} was moved to #{jobs}. {reason}"
    /// `dm.delete`.
    public var delete = "Hi {author}, your message in #{channel} was removed. {reason}"
    /// `dm.flag` (sent only when a moderator asks for a DM with a flag).
    public var flag = "Hi {author}, a moderator will review your message in #{channel}. {reason}"
    /// `dm.timeout` (sent only when a moderator asks for a DM with a timeout).
    public var timeout = "Hi {author}, you were timed out after your message in #{channel}. {reason}"
    /// `dm.ban` (sent only when a moderator asks for a DM with a ban, before the ban).
    public var ban = "Hi {author}, you were banned after your message in #{channel}. {reason}"

    public init() {}

    /// Fills in a template in one pass, so a value that itself contains
    /// `{reason}` (an author named so) is never expanded again.
    public static func render(_ template: String, author: String, channel: String, jobs: String, reason: String) -> String {
        let values = ["{author}": author, "{channel}": channel, "{jobs}": jobs, "{reason}": reason]
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let tail = rest[open...]
            if let (key, value) = values.first(where: { tail.hasPrefix($0.key) }) {
                out += value
                rest = tail.dropFirst(key.count)
            } else {
                out += "{"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }
}
