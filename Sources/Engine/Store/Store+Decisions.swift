import DiscordREST
import Foundation
import GRDB

/// A moderator's decision on an open suggestion.
public enum Decision: Sendable, Hashable {
    /// Run the suggested action (or the chosen one, when a moderator chose before).
    case approve
    /// Run another action instead.
    case override(ModerationAction)
    /// Leave the message alone (allow).
    case dismiss
    /// Stop a pending auto action; the suggestion waits for a human.
    case veto
}

extension Store {
    // MARK: Decisions

    /// Applies a moderator's decision in one transaction, by the one rule of
    /// `Suggestion.state(after:)`: approve and override leave the suggestion
    /// `approved`/`overridden` for an executor to claim; dismiss, and approving
    /// an allow, end it `dismissed`. Every decision becomes a labelled example
    /// (a veto as allow: the moderator stopped the action; a later decision
    /// replaces it). `details` travel with the suggestion to whichever engine
    /// executes it; retrying a failed action keeps the details it had unless
    /// new ones are given. Throws, naming the state, if the suggestion is
    /// unknown or not open for this decision.
    @discardableResult
    public func decide(_ id: Int64, _ decision: Decision, details: DecisionDetails = .none, moderator: String, dryRun: Bool = false,
                       now: Date = Date()) async throws(StoreError) -> Suggestion {
        try await write { db in
            guard let suggestion = try Self.fetchSuggestion(db, id: id) else { throw StoreError("no suggestion \(id); `modconsole queue list --all` shows them") }
            let chosen: ModerationAction? = switch decision {
            case .approve, .veto: suggestion.chosenAction
            case .override(let action): action
            case .dismiss: .allow
            }
            let action = chosen ?? suggestion.verdict.action
            try Self.checkOpen(suggestion, for: decision, action: action, db)
            let state = suggestion.state(after: decision)
            let retry = suggestion.state == .failed && action == suggestion.action
            // A new round on Discord (after an undo, or another action after a failure) starts with an empty journal.
            if suggestion.state == .reverted || (suggestion.state == .failed && !retry) { try Self.archiveJournal(of: id, db, now: now) }
            let reason = details.reason.flatMap(Self.nonEmpty) ?? (retry ? suggestion.moderatorReason : nil)
            let notify = details.notifyAuthor ?? (retry ? suggestion.notifyAuthor : nil)
            let seconds = action == .ban ? details.deleteMessageSeconds ?? (retry ? suggestion.deleteMessageSeconds : nil) : nil
            try db.execute(sql: """
                UPDATE suggestion SET state = ?, chosen_action = ?, due_at = NULL, attempts = 0, decided_by = ?, failure = NULL, dry_run = ?,
                    moderator_reason = ?, notify_author = ?, ban_delete_seconds = ?, updated_at = ?
                WHERE id = ? AND state = ?
                """, arguments: [state.rawValue, chosen?.rawValue, moderator, dryRun, reason, notify, seconds, now.timeIntervalSince1970,
                                 id, suggestion.state.rawValue])
            guard db.changesCount == 1 else { throw StoreError("suggestion \(id) changed while deciding; try again") }
            try Self.appendLabel(db, for: suggestion, action: decision == .veto ? .allow : action,
                                 source: Self.labelSource(decision), moderator: moderator, now: now)
            guard let decided = try Self.fetchSuggestion(db, id: id) else { throw StoreError("suggestion \(id) vanished while deciding; try again") }
            let detail = decision == .veto ? "auto action vetoed by \(moderator)" : "\(Self.labelSource(decision).rawValue) by \(moderator)"
            if decided.state == .dismissed || decision == .veto {
                // Nothing runs on Discord, but who decided belongs in the audit log.
                _ = try Self.appendAudit(AuditEntry(at: now, moderator: moderator, action: decision == .veto ? "veto" : "allow",
                                                    suggestionID: id, messageID: decided.messageID, channelID: decided.channelID,
                                                    result: decision == .veto ? "vetoed" : "dismissed", reason: decided.reason,
                                                    dryRun: dryRun), db)
            }
            try db.append(EngineEvent(.suggestionChanged, at: now, suggestion: decided, detail: detail))
            return decided
        }
    }

    /// Refuses a decision the suggestion is not open for, saying what would be.
    static func checkOpen(_ suggestion: Suggestion, for decision: Decision, action: ModerationAction, _ db: Database) throws {
        let id = suggestion.id
        if decision == .veto {
            guard suggestion.state == .pending, suggestion.dueAt != nil else {
                throw StoreError("suggestion \(id) has no pending auto action to veto")
            }
            return
        }
        guard suggestion.state.isOpen else {
            let hint = switch suggestion.state {
            case .dismissed: "; `modconsole queue reopen \(id)` opens it again"
            case .done: "; undo it first (`modconsole queue undo \(id)`), and it is open again"
            default: ""
            }
            throw StoreError("suggestion \(id) is \(suggestion.state.rawValue), not open for a decision" + hint)
        }
        if suggestion.state == .failed, action != suggestion.action,
           try Bool.fetchOne(db, sql: "SELECT 1 FROM journal WHERE suggestion_id = ? AND phase = 'execute' AND status = 'done'",
                             arguments: [id]) == true {
            throw StoreError("suggestion \(id) already partly ran its \(suggestion.action.rawValue) before it failed (\(suggestion.failure ?? "")); "
                             + "approve it again to finish that action once the cause is fixed")
        }
    }

    /// Opens a dismissed or reverted suggestion again for a new decision: the
    /// chosen action, due time, failure and decision details are cleared, the
    /// decision's labels are withdrawn (training no longer learns what was
    /// taken back), and the audit log records the reopen. A suggestion that
    /// is open with nothing decided (`allowed`, `pending`) is returned as it is.
    /// One transaction; throws naming the state when it cannot be reopened.
    @discardableResult
    public func reopen(_ id: Int64, moderator: String, now: Date = Date()) async throws(StoreError) -> Suggestion {
        try await write { db in
            guard let suggestion = try Self.fetchSuggestion(db, id: id) else { throw StoreError("no suggestion \(id); `modconsole queue list --all` shows them") }
            switch suggestion.state {
            case .dismissed, .reverted: break
            case .allowed, .pending: return suggestion
            case .failed:
                throw StoreError("suggestion \(id) failed and is open already: approve it to retry, or choose another action")
            case .done:
                throw StoreError("suggestion \(id) is done; undo it (`modconsole queue undo \(id)`) and it is open again")
            case .approved, .overridden, .executing, .undoing:
                throw StoreError("suggestion \(id) is \(suggestion.state.rawValue); reopen it once that has finished")
            }
            let state: Suggestion.State = suggestion.verdict.action == .allow ? .allowed : .pending
            try Self.archiveJournal(of: id, db, now: now)
            try db.execute(sql: """
                UPDATE suggestion SET state = ?, chosen_action = NULL, due_at = NULL, attempts = 0, decided_by = ?, failure = NULL, dry_run = NULL,
                    moderator_reason = NULL, notify_author = NULL, ban_delete_seconds = NULL, updated_at = ?
                WHERE id = ? AND state = ?
                """, arguments: [state.rawValue, moderator, now.timeIntervalSince1970, id, suggestion.state.rawValue])
            guard db.changesCount == 1 else { throw StoreError("suggestion \(id) changed while reopening; try again") }
            try Self.withdrawLabels(of: suggestion.messageID, db, now: now)
            _ = try Self.appendAudit(AuditEntry(at: now, moderator: moderator, action: "reopen", suggestionID: id,
                                                messageID: suggestion.messageID, channelID: suggestion.channelID,
                                                result: "reopened (was \(suggestion.state.rawValue) \(suggestion.action.rawValue))",
                                                reason: suggestion.reason, dryRun: false), db)
            guard let reopened = try Self.fetchSuggestion(db, id: id) else { throw StoreError("suggestion \(id) vanished while reopening; try again") }
            try db.append(EngineEvent(.suggestionChanged, at: now, suggestion: reopened, detail: "reopened by \(moderator)"))
            return reopened
        }
    }

    /// The longest private note kept on a case.
    public static let noteLimit = 2_000

    /// Sets the moderators' private note on a suggestion (empty text clears
    /// it). Only the store changes: nothing is sent to Discord. Every console
    /// sees the change through its event.
    @discardableResult
    public func setNote(_ id: Int64, _ text: String, moderator: String, now: Date = Date()) async throws(StoreError) -> Suggestion {
        let note = Self.nonEmpty(text)
        if let note, note.count > Self.noteLimit {
            throw StoreError("the note has \(note.count) characters; keep it under \(Self.noteLimit)")
        }
        return try await write { db in
            try db.execute(sql: "UPDATE suggestion SET note = ?, updated_at = ? WHERE id = ?", arguments: [note, now.timeIntervalSince1970, id])
            guard db.changesCount == 1, let suggestion = try Self.fetchSuggestion(db, id: id) else {
                throw StoreError("no suggestion \(id); `modconsole queue list --all` shows them")
            }
            try db.append(EngineEvent(.suggestionChanged, at: now, suggestion: suggestion,
                                      detail: note == nil ? "note cleared by \(moderator)" : "note set by \(moderator)"))
            return suggestion
        }
    }

    static func labelSource(_ decision: Decision) -> ModeratorLabel.Source {
        switch decision {
        case .approve: return .approve
        case .override: return .override
        case .dismiss: return .dismiss
        case .veto: return .veto
        }
    }

    /// Sets a finished round's journal aside (kept, renamed "execute until <time>"),
    /// so the next execution or undo starts from its first step.
    static func archiveJournal(of id: Int64, _ db: Database, now: Date) throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        try db.execute(sql: "UPDATE journal SET phase = phase || ' until ' || ? WHERE suggestion_id = ? AND phase IN ('execute', 'undo')",
                       arguments: [formatter.string(from: now), id])
    }

    /// Trimmed text, nil when nothing is left.
    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
