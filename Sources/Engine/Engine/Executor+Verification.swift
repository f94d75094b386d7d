import DiscordREST
import Foundation

extension Executor {
    /// Checks on Discord whether a step answered with an anomalous success
    /// (a 2xx whose body is not Discord's: a proxy page, a cut answer) took
    /// effect: a deleted message must be gone (10008), a reaction read back,
    /// a post found by its marker. What cannot be checked fails the step as
    /// unverified, so the action is retried rather than taken as done.
    func verify(_ step: ActionPlan.Step, _ attempt: Executor.Attempt, _ suggestion: Suggestion, _ context: PlanContext) async
        -> Result<Outcome, StepFailure>
    {
        func unverified(_ why: String) -> Result<Outcome, StepFailure> {
            .failure(StepFailure(message: "\(step.name): unverified: Discord's answer was not readable and \(why)", temporary: true))
        }
        switch step {
        case .deleteMessage(let ref):
            return await verifyGone(ref.channelID, ref.messageID, unverified)
        case .deleteRepost(let channel, let message):
            return await verifyGone(channel, message, unverified)
        case .react(let ref), .unreact(let ref):
            let wanted = step == .react(ref)
            switch await fetch(ref.channelID, ref.messageID) {
            case .success(let message?) where message.ownReactions.contains(Self.flagEmoji) == wanted:
                return .success(Outcome(detail: "verified after an unreadable answer"))
            case .success(nil):
                return wanted ? .success(Outcome(detail: "message already deleted", skipped: true)) : .success(Outcome(detail: "already gone"))
            case .success:
                return unverified("the reaction is \(wanted ? "not there" : "still there")")
            case .failure(let error):
                return unverified("reading the message back failed: \(error)")
            }
        case .repost, .restore, .directMessage, .auditMessage:
            switch await alreadyPosted(step, phase: attempt.phase, suggestion, context, since: attempt.started) {
            case .found(let posted): return .success(Outcome(detail: posted))
            case .notFound: return unverified("the post is not in the channel")
            case .unknown(let why): return unverified("the channel could not be searched (\(why))")
            }
        case .timeout, .clearTimeout, .ban, .unban:
            return unverified("this change cannot be read back")
        }
    }

    /// Done when the message is gone (10008), unverified while it is still there.
    private func verifyGone(_ channel: Snowflake, _ message: Snowflake,
                            _ unverified: (String) -> Result<Outcome, StepFailure>) async -> Result<Outcome, StepFailure> {
        switch await fetch(channel, message) {
        case .success(nil): return .success(Outcome(detail: "verified gone after an unreadable answer"))
        case .success: return unverified("the message is still there")
        case .failure(let error): return unverified("reading the message back failed: \(error)")
        }
    }

    /// The message, nil when Discord says it does not exist (10008).
    private func fetch(_ channel: Snowflake, _ message: Snowflake) async -> Result<Message?, DiscordError> {
        do {
            return .success(try await client.message(in: channel, id: message))
        } catch .api(_, .unknownMessage, _, _, _) {
            return .success(nil)
        } catch {
            return .failure(error)
        }
    }
}
