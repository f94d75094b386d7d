import DiscordREST
import Foundation

/// Carries out claimed suggestions on Discord, one journaled step at a time.
///
/// Each step is journaled `started` before it runs and `done` (or `skipped`)
/// after, so a run resumed after a crash skips what finished. A step left
/// `started` may or may not have happened: deletes and reactions are safe to
/// repeat (an unknown message counts as deleted), and a step that posts a
/// message sends a nonce Discord enforces (a repeat within minutes returns the
/// first post) and, resumed, first looks for the post it may already have
/// made, by the marker every modconsole post ends with; when the channel is
/// too busy to tell, it posts again only inside the nonce window.
/// An answer that says success but is not Discord's is checked on Discord
/// before the step is journaled done (`Executor+Verification.swift`).
struct Executor: Sendable {
    let client: DiscordClient
    let store: Store
    let botID: Snowflake
    let context: PlanContext
    let timeoutMinutes: Int
    /// This engine's name: it holds the claims this executor works on.
    let holder: String

    /// Why a step stopped the action, and whether trying again later may
    /// succeed (a timeout, a 5xx, an unreadable answer) or not (a missing
    /// permission, a refusal that names the fix).
    struct StepFailure: Error {
        var message: String
        var temporary = false
    }

    /// How many times a temporary failure puts an action back before it fails for a human.
    static let attemptLimit = 5

    /// When the next attempt runs: 5 s, 15 s, 45 s … doubling-and-a-half, at most 5 minutes.
    static func retryDelay(afterAttempt attempt: Int) -> TimeInterval {
        min(5 * pow(3, Double(max(attempt, 0))), 300)
    }

    /// Runs a suggestion claimed in state `executing`; returns it done or failed.
    func execute(_ suggestion: Suggestion) async throws(StoreError) -> Suggestion {
        let context = context(for: suggestion)
        let plan = context.execution(of: suggestion)
        let outcome = await run(plan, phase: .execute, suggestion, context)
        if case .failure(let why) = outcome, why.temporary,
           let retried = try await retryLater(suggestion, why) {
            return retried
        }
        let (state, failure): (Suggestion.State, String?) = switch outcome {
        case .success: (.done, nil)
        case .failure(let why): (.failed, why.message)
        }
        let result = failure.map { "failed: \($0)" } ?? (try? outcome.get()) ?? "done"
        let audit = AuditEntry(moderator: context.moderator, action: suggestion.action.rawValue, suggestionID: suggestion.id,
                               messageID: suggestion.messageID, channelID: suggestion.channelID, result: result,
                               reason: suggestion.reason, dryRun: context.dryRun)
        return try await store.finish(suggestion.id, to: state, holder: holder, failure: failure,
                                      event: state == .done ? .executed : .failed, detail: result, audit: audit)
    }

    /// Puts an action that failed for a temporary reason back to run again,
    /// in the state it was claimed from; nil once its attempts are used up.
    func retryLater(_ suggestion: Suggestion, _ failure: StepFailure) async throws(StoreError) -> Suggestion? {
        // Claimed from: overridden (a moderator chose the action), approved (a moderator approved it), or pending (auto mode).
        let from: Suggestion.State = suggestion.chosenAction != nil ? .overridden : suggestion.decidedBy != nil ? .approved : .pending
        let attempt = try await store.attempts(of: suggestion.id)
        return try await store.retryLater(suggestion.id, to: from, holder: holder, failure: failure.message,
                                          dueAt: Date().addingTimeInterval(Self.retryDelay(afterAttempt: attempt)),
                                          limit: Self.attemptLimit)
    }

    /// Takes back a suggestion claimed in state `undoing`; returns it reverted,
    /// or done again with the reason the undo failed.
    func undo(_ suggestion: Suggestion, moderator: String) async throws(StoreError) -> Suggestion {
        var context = context(for: suggestion)
        context.moderator = moderator
        let executed = try await store.journal(suggestion.id, phase: .execute)
        let plan = context.undo(of: suggestion, executed: executed)
        let outcome = await run(plan, phase: .undo, suggestion, context)
        let failure: String? = if case .failure(let why) = outcome { why.message } else { nil }
        let audit = AuditEntry(moderator: moderator, action: "undo \(suggestion.action.rawValue)", suggestionID: suggestion.id,
                               messageID: suggestion.messageID, channelID: suggestion.channelID,
                               result: failure.map { "failed: \($0)" } ?? "reverted", reason: suggestion.reason, dryRun: context.dryRun)
        return try await store.finish(suggestion.id, to: failure == nil ? .reverted : .done, holder: holder,
                                      failure: failure.map { "undo failed: \($0)" },
                                      event: failure == nil ? .undone : .failed, detail: failure == nil ? "reverted by \(moderator)" : nil,
                                      audit: audit)
    }

    /// The plan's context for one suggestion: who decided it, and the mode it was decided in.
    func context(for suggestion: Suggestion) -> PlanContext {
        var context = context
        context.moderator = suggestion.decidedBy ?? "auto"
        context.dryRun = suggestion.dryRun ?? context.dryRun
        return context
    }

    /// Runs the steps not yet journaled as finished. Success carries the result line.
    func run(_ plan: ActionPlan, phase: JournalPhase, _ suggestion: Suggestion, _ context: PlanContext) async -> Result<String, StepFailure> {
        let journal: [Int: JournalStep]
        do { journal = try await store.journal(suggestion.id, phase: phase) } catch { return .failure(StepFailure(message: error.description)) }
        var notes: [String] = []
        for (index, step) in plan.steps.enumerated() {
            let previous = journal[index]
            if let previous, previous.name != step.name {
                // The plan changed since these steps ran (another action, another jobs channel): never guess.
                return .failure(StepFailure(message: "step \(index) ran as \"\(previous.name)\" but the plan now says \"\(step.name)\"; "
                                                   + "the configuration changed since it started; finish it by hand and dismiss it"))
            }
            if let previous, previous.status != .started {
                if let detail = previous.detail, previous.status == .skipped { notes.append(detail) }
                continue
            }
            do {
                if context.dryRun && step.isMutation {
                    try await store.journal(suggestion.id, phase: phase, step: index, name: step.name, status: .skipped, detail: "dry run")
                    continue
                }
                // A step resumed after a crash keeps its first start time, and with it its nonce.
                let started = previous?.startedAt ?? Date()
                try await store.journal(suggestion.id, phase: phase, step: index, name: step.name, status: .started, now: started)
                try await store.heartbeat(suggestion.id, holder: holder)
                let attempt = Attempt(phase: phase, index: index, started: started)
                if previous != nil, step.createsMessage {
                    switch await alreadyPosted(step, phase: phase, suggestion, context, since: started) {
                    case .found(let posted):
                        try await store.journal(suggestion.id, phase: phase, step: index, name: step.name, status: .done, detail: posted)
                        continue
                    case .unknown where Date().timeIntervalSince(started) < Self.nonceTrusted:
                        break  // within the nonce window Discord itself returns the first post instead of posting again
                    case .unknown(let why):
                        // Posting again could duplicate what a crashed run already posted: stop, and try later.
                        return .failure(StepFailure(message: "\(step.name): cannot tell whether it was already posted (\(why))", temporary: true))
                    case .notFound:
                        break
                    }
                }
                switch await perform(step, attempt, suggestion, context) {
                case .success(let outcome):
                    try await store.journal(suggestion.id, phase: phase, step: index, name: step.name,
                                            status: outcome.skipped ? .skipped : .done, detail: outcome.detail)
                    if outcome.skipped, let detail = outcome.detail { notes.append(detail) }
                case .failure(let failure):
                    return .failure(failure)
                }
            } catch {
                return .failure(StepFailure(message: error.description))
            }
        }
        return .success((["done"] + notes).joined(separator: "; "))
    }

    struct Outcome { var detail: String?; var skipped = false }

    /// Which run of a step this is: its phase, its place in the plan and when it
    /// first started, which together name its nonce.
    struct Attempt {
        var phase: JournalPhase
        var index: Int
        var started: Date
    }

    /// How long after a step first started its nonce is relied on to stop a
    /// second post: Discord keeps nonces "a few minutes"; this stays well inside.
    static let nonceTrusted: TimeInterval = 120

    /// One step on Discord, with Discord's answers mapped to what they mean here.
    func perform(_ step: ActionPlan.Step, _ attempt: Attempt, _ suggestion: Suggestion, _ context: PlanContext) async -> Result<Outcome, StepFailure> {
        let reason = context.auditLogReason(suggestion)
        let phase = attempt.phase
        let nonce = PlanContext.nonce(suggestion, phase: phase, step: attempt.index, started: attempt.started)
        do {
            switch step {
            case .repost(let channel), .restore(let channel):
                let posted = try await client.createMessage(in: channel, NewMessage(content: context.attributedText(suggestion, step), nonce: nonce))
                return .success(Outcome(detail: ActionPlan.postedDetail(channel: channel, message: posted.id)))
            case .deleteMessage(let ref):
                try await client.deleteMessage(in: ref.channelID, id: ref.messageID, reason: reason)
                return .success(Outcome(detail: nil))
            case .deleteRepost(let channel, let message):
                try await client.deleteMessage(in: channel, id: message, reason: reason)
                return .success(Outcome(detail: nil))
            case .react(let ref):
                try await client.addReaction(in: ref.channelID, message: ref.messageID, emoji: Self.flagEmoji)
                return .success(Outcome(detail: nil))
            case .unreact(let ref):
                try await client.removeOwnReaction(in: ref.channelID, message: ref.messageID, emoji: Self.flagEmoji)
                return .success(Outcome(detail: nil))
            case .directMessage(let text):
                let channel = try await client.createDM(with: suggestion.authorID)
                let posted = try await client.createMessage(in: channel.id, NewMessage(content: text + "\n" + PlanContext.marker(suggestion, step, phase: phase),
                                                                                       nonce: nonce))
                return .success(Outcome(detail: posted.id.description))
            case .timeout, .clearTimeout:
                guard let guild = suggestion.guildID else { return .failure(StepFailure(message: "the guild of #\(suggestion.channelName) is not known yet")) }
                let until = step == .timeout ? Date().addingTimeInterval(Double(timeoutMinutes) * 60) : nil
                try await client.timeoutMember(suggestion.authorID, in: guild, until: until, reason: reason)
                return .success(Outcome(detail: until.map { ISO8601DateFormatter().string(from: $0) }))
            case .ban(let seconds):
                guard let guild = suggestion.guildID else { return .failure(StepFailure(message: "the guild of #\(suggestion.channelName) is not known yet")) }
                try await client.ban(suggestion.authorID, in: guild, deleteMessageSeconds: seconds, reason: reason)
                return .success(Outcome(detail: seconds > 0 ? "with \(seconds) s of their messages" : nil))
            case .unban:
                guard let guild = suggestion.guildID else { return .failure(StepFailure(message: "the guild of #\(suggestion.channelName) is not known yet")) }
                try await client.unban(suggestion.authorID, in: guild, reason: reason)
                return .success(Outcome(detail: nil))
            case .auditMessage(let text):
                guard let channel = context.auditChannel else { return .success(Outcome(detail: "no audit channel configured", skipped: true)) }
                let posted = try await client.createMessage(in: channel, NewMessage(content: text, nonce: nonce))
                return .success(Outcome(detail: ActionPlan.postedDetail(channel: channel, message: posted.id)))
            }
        } catch .anomalousSuccess {
            return await verify(step, attempt, suggestion, context)
        } catch {
            return interpret(error, of: step, suggestion, context)
        }
    }

    /// What a Discord error means for a step: done already, skipped but not fatal, or a failure naming the fix.
    func interpret(_ error: DiscordError, of step: ActionPlan.Step, _ suggestion: Suggestion, _ context: PlanContext) -> Result<Outcome, StepFailure> {
        guard case .api(let status, let code, _, _, _) = error else {
            return .failure(StepFailure(message: "\(step.name): \(error)", temporary: error.isTemporary))
        }
        switch (step, code) {
        case (.deleteMessage, .unknownMessage), (.deleteRepost, .unknownMessage), (.unreact, .unknownMessage):
            return .success(Outcome(detail: "already gone"))
        case (.react, .unknownMessage):
            return .success(Outcome(detail: "message already deleted", skipped: true))
        case (.directMessage, .cannotMessageUser):
            return .success(Outcome(detail: "DM not delivered: the author's DMs are closed (50007)", skipped: true))
        case (.auditMessage, _):
            return .success(Outcome(detail: "audit message not posted: \(describe(code, step, context))", skipped: true))
        case (_, .missingPermissions), (_, .missingAccess):
            return .failure(StepFailure(message: describe(code, step, context)))
        default:
            return .failure(StepFailure(message: "\(step.name): \(error)", temporary: status >= 500))
        }
    }


    /// A missing permission, named with the channel it is missing in.
    func describe(_ code: DiscordErrorCode, _ step: ActionPlan.Step, _ context: PlanContext) -> String {
        let (permission, channel): (String, Snowflake?) = switch step {
        case .repost(let c), .restore(let c): ("Send Messages", c)
        case .deleteMessage(let ref): ("Manage Messages", ref.channelID)
        case .deleteRepost(let c, _): ("Manage Messages", c)
        case .react(let ref), .unreact(let ref): ("Add Reactions and Read Message History", ref.channelID)
        case .directMessage: ("Send Messages (DM)", nil)
        case .timeout, .clearTimeout: ("Moderate Members", nil)
        case .ban, .unban: ("Ban Members", nil)
        case .auditMessage: ("Send Messages", context.auditChannel)
        }
        let place = channel.map { " in #\(context.name(of: $0))" } ?? " in the guild"
        let what = code == .missingAccess ? "cannot see the channel (View Channel)" : "lacks \(permission)"
        return "the bot \(what)\(place) (Discord \(code.rawValue)); grant it and approve again"
    }

    /// Whether a crashed run already posted this step's message.
    enum Posted {
        case found(String)
        case notFound
        /// The channel could not be read: posting again might duplicate.
        case unknown(String)
    }

    /// The most messages read back from the newest when looking for an earlier post.
    static let searchLimit = 5_000

    /// A message the bot posted for this step since a while before `since`
    /// (clocks differ), found by the marker every modconsole post ends with.
    /// Read from the newest end back to that time, so a busy channel (an
    /// audit channel during a raid) cannot push the post out of view; past
    /// `searchLimit` messages the answer is "unknown", never a guess.
    func alreadyPosted(_ step: ActionPlan.Step, phase: JournalPhase, _ suggestion: Suggestion, _ context: PlanContext, since: Date) async -> Posted {
        let channel: Snowflake?
        do {
            switch step {
            case .repost(let c), .restore(let c): channel = c
            case .auditMessage: channel = context.auditChannel
            case .directMessage: channel = try await client.createDM(with: suggestion.authorID).id
            default: channel = nil
            }
            guard let channel else { return .notFound }
            let marker = PlanContext.marker(suggestion, step, phase: phase)
            let floor = Snowflake(date: since.addingTimeInterval(-600))
            var anchor = MessageAnchor.latest
            var read = 0
            while read < Self.searchLimit {
                let page = try await client.messages(in: channel, anchor, limit: 100)
                if let posted = page.first(where: { $0.author.id == botID && $0.content.hasSuffix(marker) }) {
                    return .found(ActionPlan.postedDetail(channel: channel, message: posted.id))
                }
                read += page.count
                guard page.count == 100, let oldest = page.map(\.id).min(), oldest > floor else { return .notFound }
                anchor = .before(oldest)
            }
            return .unknown("more than \(Self.searchLimit) messages in #\(context.name(of: channel)) since the step started")
        } catch .api(_, .cannotMessageUser, _, _, _) {
            return .notFound  // the author's DMs are closed: nothing can have been sent
        } catch {
            return .unknown(error.description)
        }
    }

    /// The reaction a flag adds.
    static let flagEmoji = "⚠️"
}
