import DiscordREST
import Foundation

/// The one decision path every front end takes (console, `modconsole queue`,
/// bulk work): the store records the decision by one rule, and the engine
/// runs what must run on Discord, logging in only then. Each call returns the
/// suggestion as it now stands; its `outcome` says what came of it.
extension ModerationEngine {
    /// A moderator's decision: approve and override execute at once (an
    /// approve of a failed action runs the chosen action again, resuming its
    /// journal); dismiss, veto and approving an allow only change the store,
    /// without logging in to Discord. `details` carry the reason the author
    /// is told, whether to DM them, and for a ban how much history Discord
    /// deletes. Throws naming the problem if the suggestion is unknown, not
    /// open for this decision, or taken by another process.
    public func decide(_ id: Int64, _ decision: Decision, details: DecisionDetails = .none,
                       moderator: String? = nil) async throws(EngineError) -> Suggestion {
        let who = moderator ?? settings.moderator
        if let seconds = details.deleteMessageSeconds, !(0...604_800).contains(seconds) {
            throw EngineError("a ban deletes 0 to 604800 seconds (7 days) of messages, not \(seconds)")
        }
        return try await asEngineError {
            guard let current = try await store.suggestion(id) else { throw EngineError("no suggestion \(id); `modconsole queue list --all` shows them") }
            if case .override(let action) = decision, action == .timeout || action == .ban, current.guildID == nil {
                throw EngineError("suggestion \(id) has no known guild, so its author cannot be timed out or banned")
            }
            if let refusal = moveRefusal(current, decision) { throw refusal }
            // Log in before recording a decision that executes, so a bad token leaves nothing approved behind.
            if current.state(after: decision).isDecided { _ = try await loggedIn() }
            let decided = try await store.decide(id, decision, details: details, moderator: who, dryRun: settings.dryRun)
            guard decided.state.isDecided else { return decided }
            guard let claimed = try await store.claim(id, from: [decided.state], holder: holder) else {
                // Another engine sharing the store picked the approved suggestion up first: report its outcome.
                return try await outcome(of: id)
            }
            return try await makeExecutor().execute(claimed)
        }
    }

    /// Takes back a done action as far as Discord allows (see `Undo`). A
    /// finished undo leaves the suggestion `reverted`, which is open: the
    /// moderator may decide again (approve, another action, dismiss) or reopen it.
    public func undo(_ id: Int64, moderator: String? = nil) async throws(EngineError) -> Suggestion {
        let who = moderator ?? settings.moderator
        return try await asEngineError {
            guard let suggestion = try await store.suggestion(id) else { throw EngineError("no suggestion \(id); `modconsole queue list --all` shows them") }
            guard suggestion.state == .done else { throw EngineError("suggestion \(id) is \(suggestion.state.rawValue); only done actions can be undone") }
            guard suggestion.undo != .nothingToUndo else { throw EngineError("suggestion \(id) did nothing on Discord; there is nothing to undo") }
            let executor = try await makeExecutor()
            guard let claimed = try await store.claim(id, from: [.done], to: .undoing, holder: holder, decidedBy: who) else {
                throw EngineError("suggestion \(id) is being handled by another process")
            }
            return try await executor.undo(claimed, moderator: who)
        }
    }

    /// Opens a dismissed or reverted suggestion again for a new decision, as
    /// if new: chosen action, due time, failure and details are cleared; the
    /// withdrawn decision no longer teaches the classifier; the audit log
    /// keeps a "reopen" entry. Nothing is sent to Discord. An allowed or
    /// pending suggestion is open already and comes back unchanged.
    public func reopen(_ id: Int64, moderator: String? = nil) async throws(EngineError) -> Suggestion {
        let who = moderator ?? settings.moderator
        return try await asEngineError { try await store.reopen(id, moderator: who) }
    }

    /// Sets the moderators' private note on a suggestion (empty text clears
    /// it). Stored and shown to every console; never sent to Discord.
    public func setNote(_ id: Int64, _ text: String, moderator: String? = nil) async throws(EngineError) -> Suggestion {
        let who = moderator ?? settings.moderator
        return try await asEngineError { try await store.setNote(id, text, moderator: who) }
    }

    /// Everything the store holds on an author, for the author view (see `Store.authorProfile`).
    public func authorProfile(_ authorID: Snowflake, limit: Int = 200) async throws(EngineError) -> AuthorProfile {
        try await asEngineError { try await store.authorProfile(authorID, limit: limit) }
    }

    /// The suggestion once another engine has finished running it (or a minute has passed).
    func outcome(of id: Int64) async throws -> Suggestion {
        let deadline = Date().addingTimeInterval(60)
        while true {
            guard let current = try await store.suggestion(id) else { throw EngineError("suggestion \(id) disappeared from the store") }
            if ![.approved, .overridden, .executing].contains(current.state) || Date() > deadline { return current }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Runs `body`, reporting store and other errors as engine errors.
    func asEngineError<T>(_ body: () async throws -> T) async throws(EngineError) -> T {
        do {
            return try await body()
        } catch let error as EngineError {
            throw EngineError(redactor.clean(error.description))
        } catch let error as StoreError {
            throw EngineError(redactor.clean(error.description))
        } catch {
            throw EngineError(redactor.clean("\(error)"))
        }
    }
}
