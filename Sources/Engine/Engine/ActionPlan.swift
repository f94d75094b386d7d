import DiscordREST
import Foundation

/// The Discord steps of one action or one undo, in order (DESIGN.md
/// "Actions on Discord"). A plan is a pure function of the suggestion (and,
/// for undo, of what the execution journaled), so after a crash the same plan
/// is rebuilt and the journal says which steps already ran.
struct ActionPlan: Sendable {
    enum Step: Sendable, Hashable {
        /// Post the message in the jobs channel, attributed, pinging nobody.
        case repost(to: Snowflake)
        /// Post the message back in its channel, attributed (undo).
        case restore(to: Snowflake)
        case deleteMessage(MessageRef)
        /// Delete the repost an execution made (undo of move); the id comes from the journal.
        case deleteRepost(channel: Snowflake, message: Snowflake)
        case react(MessageRef)
        case unreact(MessageRef)
        case directMessage(String)
        case timeout
        case clearTimeout
        /// Ban the author; Discord also deletes their messages from this many seconds back.
        case ban(deleteMessageSeconds: Int)
        case unban
        /// The audit message in the mod channel.
        case auditMessage(String)

        /// What the step is called in the journal.
        var name: String {
            switch self {
            case .repost: return "repost"
            case .restore: return "restore"
            case .deleteMessage(let ref): return "delete \(ref.messageID)"
            case .deleteRepost: return "delete repost"
            case .react(let ref): return "react \(ref.messageID)"
            case .unreact(let ref): return "unreact \(ref.messageID)"
            case .directMessage: return "dm"
            case .timeout: return "timeout"
            case .clearTimeout: return "clear timeout"
            case .ban: return "ban"
            case .unban: return "unban"
            case .auditMessage: return "audit message"
            }
        }

        /// Whether the step changes Discord beyond the audit channel (skipped in dry run).
        var isMutation: Bool {
            if case .auditMessage = self { return false }
            return true
        }

        /// Whether the step posts a message, which a resumed run must look for before posting again.
        var createsMessage: Bool {
            switch self {
            case .repost, .restore, .directMessage, .auditMessage: return true
            default: return false
            }
        }
    }

    var steps: [Step]

    /// How a posting step journals what it posted: "channel/message".
    static func postedDetail(channel: Snowflake, message: Snowflake) -> String { "\(channel)/\(message)" }

    /// The channel and message a posting step journaled.
    static func posted(_ detail: String?) -> MessageRef? {
        guard let parts = detail?.split(separator: "/"), parts.count == 2,
              let channel = Snowflake(parts[0]), let message = Snowflake(parts[1]) else { return nil }
        return MessageRef(messageID: message, channelID: channel)
    }
}

/// What the plans need beyond the suggestion.
struct PlanContext: Sendable {
    var jobsChannel: Snowflake?
    var auditChannel: Snowflake?
    var channelNames: [Snowflake: String]
    var templates: DMTemplates
    var moderator: String
    var dryRun: Bool

    func name(of channel: Snowflake?) -> String {
        channel.flatMap { channelNames[$0] } ?? channel?.description ?? "jobs"
    }

    /// The steps that carry out the suggestion's action.
    func execution(of suggestion: Suggestion) -> ActionPlan {
        let targets = suggestion.targets.map { MessageRef(messageID: $0.messageID, channelID: $0.channelID) }
        let message = directMessage(for: suggestion).map(ActionPlan.Step.directMessage)
        var steps: [ActionPlan.Step] = []
        switch suggestion.action {
        case .allow:
            return ActionPlan(steps: [])
        case .move:
            if let jobs = jobsChannel { steps.append(.repost(to: jobs)) }
            steps += targets.map(ActionPlan.Step.deleteMessage)
        case .flag:
            steps += targets.map(ActionPlan.Step.react)
        case .delete:
            steps += targets.map(ActionPlan.Step.deleteMessage)
        case .timeout:
            steps.append(.timeout)
        case .ban:
            // The judged message and its copies go first, as for delete (and
            // come back on undo); the DM before the ban, while the bot can still reach them.
            steps += targets.map(ActionPlan.Step.deleteMessage)
            steps += [message, .ban(deleteMessageSeconds: suggestion.deleteMessageSeconds ?? 0)].compactMap { $0 }
            return ActionPlan(steps: steps + [.auditMessage(auditText(suggestion, undo: false))])
        }
        steps += [message, .auditMessage(auditText(suggestion, undo: false))].compactMap { $0 }
        return ActionPlan(steps: steps)
    }

    /// The DM telling the author, if they are told: as the moderator chose,
    /// else by default for move and delete only.
    func directMessage(for suggestion: Suggestion) -> String? {
        let template: String
        switch suggestion.action {
        case .allow: return nil
        case .move: template = templates.move
        case .flag: template = templates.flag
        case .delete: template = templates.delete
        case .timeout: template = templates.timeout
        case .ban: template = templates.ban
        }
        guard suggestion.notifyAuthor ?? [.move, .delete].contains(suggestion.action) else { return nil }
        return dmText(suggestion, template: template)
    }

    /// The steps that take the action back, given what the execution
    /// journaled (where the repost went, whether the delete found the message).
    func undo(of suggestion: Suggestion, executed: [Int: JournalStep]) -> ActionPlan {
        let ran = executed.values.filter { $0.status == .done }
        func done(_ name: String) -> JournalStep? { ran.first { $0.name == name } }
        // A delete that found the message already gone (its author removed it) is not undone by reposting it;
        // one that removed any copy (a cross-post, or what an earlier undo restored) is.
        let deletedByUs = suggestion.targets.contains { target in
            let ref = MessageRef(messageID: target.messageID, channelID: target.channelID)
            return done(ActionPlan.Step.deleteMessage(ref).name).map { $0.detail != "already gone" } ?? false
        }
        var steps: [ActionPlan.Step] = []
        switch suggestion.action {
        case .allow:
            break
        case .move:
            if let repost = ActionPlan.posted(done("repost")?.detail) {
                steps.append(.deleteRepost(channel: repost.channelID, message: repost.messageID))
            }
            if deletedByUs { steps.append(.restore(to: suggestion.channelID)) }
        case .flag:
            steps += suggestion.targets.map { MessageRef(messageID: $0.messageID, channelID: $0.channelID) }
                .filter { done(ActionPlan.Step.react($0).name) != nil }.map(ActionPlan.Step.unreact)
        case .delete:
            if deletedByUs { steps.append(.restore(to: suggestion.channelID)) }
        case .timeout:
            if done("timeout") != nil { steps.append(.clearTimeout) }
        case .ban:
            if done("ban") != nil { steps.append(.unban) }
            if deletedByUs { steps.append(.restore(to: suggestion.channelID)) }
        }
        steps.append(.auditMessage(auditText(suggestion, undo: true)))
        return ActionPlan(steps: steps)
    }

    /// The marker that ends every message modconsole posts for a suggestion,
    /// so a resumed run can recognise what it already posted.
    static func marker(_ suggestion: Suggestion, _ step: ActionPlan.Step, phase: JournalPhase = .execute) -> String {
        switch step {
        case .repost: return "-# moved by modconsole · ref \(suggestion.id)"
        case .restore: return "-# restored by modconsole · ref \(suggestion.id)"
        case .directMessage: return "-# modconsole · ref \(suggestion.id)"
        default: return phase == .undo ? "-# audit · undo · ref \(suggestion.id)" : "-# audit · ref \(suggestion.id)"
        }
    }

    /// The idempotency key of one run of a posting step (Discord's enforced
    /// nonce, at most 25 characters): the suggestion, the phase, the step and
    /// when the step first started, so a resumed step sends the same nonce and
    /// a later round (after an undo) a new one.
    static func nonce(_ suggestion: Suggestion, phase: JournalPhase, step: Int, started: Date) -> String {
        let milliseconds = Int64((started.timeIntervalSince1970 * 1000).rounded(.down))
        let nonce = String(suggestion.id, radix: 36) + (phase == .undo ? "u" : "x") + String(step, radix: 36)
            + "-" + String(milliseconds, radix: 36)
        return String(nonce.suffix(NewMessage.nonceLimit))
    }

    /// The repost or restore text: attribution, the quoted message (with any
    /// forwarded text and file names, marked) cut to fit Discord's 2,000
    /// characters, and the marker.
    func attributedText(_ suggestion: Suggestion, _ step: ActionPlan.Step) -> String {
        let header: String
        if case .restore = step {
            header = "**Restored by the moderators:** message from <@\(suggestion.authorID)> (\(suggestion.authorName)), originally in <#\(suggestion.channelID)>:"
        } else {
            header = "**Job post from <@\(suggestion.authorID)>** (\(suggestion.authorName)), moved from <#\(suggestion.channelID)>:"
        }
        let marker = Self.marker(suggestion, step)
        let room = NewMessage.contentLimit - header.unicodeScalars.count - marker.unicodeScalars.count - 10
        return header + "\n>>> " + Self.cut(suggestion.judged.classifierText, scalars: room) + "\n" + marker
    }

    func dmText(_ suggestion: Suggestion, template: String) -> String {
        let text = DMTemplates.render(template, author: suggestion.authorName, channel: suggestion.channelName,
                                      jobs: name(of: jobsChannel), reason: Self.publicReason(suggestion))
        return Self.cut(text, scalars: 1900)
    }

    /// The mod-channel line: what, where, whose, who decided, why, and a link.
    func auditText(_ suggestion: Suggestion, undo: Bool) -> String {
        let what = (undo ? "undo " : "") + suggestion.action.rawValue
        let guild = suggestion.guildID?.description ?? "@me"
        let link = "https://discord.com/channels/\(guild)/\(suggestion.channelID)/\(suggestion.messageID)"
        var lines = ["\(dryRun ? "[DRY RUN] " : "")**\(what)** · <#\(suggestion.channelID)> · <@\(suggestion.authorID)> (\(suggestion.authorName)) · by \(publicModerator)"]
        if suggestion.copies.count > 0 { lines.append("covers \(suggestion.copies.count + 1) copies of a cross-post") }
        lines.append("Reason: " + Self.publicReason(suggestion))
        lines.append("Message: \(link)")
        let quoted = Self.cut(suggestion.judged.classifierText.replacingOccurrences(of: "\n", with: " "), scalars: 600)
        lines.append("> " + quoted)
        return lines.joined(separator: "\n") + "\n" + Self.marker(suggestion, .auditMessage(""), phase: undo ? .undo : .execute)
    }

    /// The reason sent as X-Audit-Log-Reason.
    func auditLogReason(_ suggestion: Suggestion) -> String {
        "modconsole: \(suggestion.action.rawValue) by \(publicModerator): \(Self.publicReason(suggestion))"
    }

    /// The longest reason told to the author, the mod channel and Discord's audit log.
    static let reasonLimit = 300

    /// The reason (the moderator's, else the verdict's) as it leaves the
    /// process: one line without control characters, at most `reasonLimit`
    /// scalars, and unable to ping: a zero-width space after every @ keeps
    /// `@everyone`, `@here`, `<@id>` and `<@&role>` from being mentions.
    static func publicReason(_ suggestion: Suggestion) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in suggestion.reason.unicodeScalars { scalars.append(CharacterSet.controlCharacters.contains(scalar) ? " " : scalar) }
        let line = String(scalars).replacingOccurrences(of: "@", with: "@\u{200B}")
        return cut(line.trimmingCharacters(in: .whitespaces), scalars: reasonLimit)
    }

    /// The moderator as Discord sees it: without the SSH client's address,
    /// which stays in the local audit log only.
    var publicModerator: String { EngineSettings.withoutAddress(moderator) }

    /// `text` cut to at most `scalars` Unicode scalars on a grapheme boundary, with an ellipsis when cut.
    static func cut(_ text: String, scalars limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var out = "", count = 0
        for character in text {
            let n = character.unicodeScalars.count
            if count + n > limit - 1 { break }
            out.append(character)
            count += n
        }
        return out + "…"
    }
}
