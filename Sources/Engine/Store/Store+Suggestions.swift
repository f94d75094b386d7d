import DiscordREST
import Foundation
import GRDB

/// A polled message with its verdict, ready to store.
public struct ClassifiedMessage: Sendable {
    public var message: Message
    public var verdict: Verdict
    public init(message: Message, verdict: Verdict) {
        self.message = message
        self.verdict = verdict
    }
}

extension Store {
    // MARK: Recording a poll

    /// Stores one channel's new messages in one transaction: each becomes a
    /// suggestion, or a copy of an open suggestion when the same author
    /// posted near-identical text within `window`; the cursor advances to
    /// `cursor`. Messages already stored are skipped, so an overlapping poll
    /// after a lease change adds nothing twice. Returns the new suggestions.
    public func recordPoll(channel: Channel, messages: [ClassifiedMessage], cursor: Snowflake, window: Duration,
                           now: Date = Date()) async throws(StoreError) -> [Suggestion] {
        try await write { db in
            var created: [Int64] = []
            for item in messages {
                let message = item.message
                let judged = JudgedContent(message)
                // Statements run for every message are prepared once per connection: preparing cost more than running them.
                if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM message WHERE id = ?"), arguments: [message.id.sql]) == true { continue }
                let time = message.timestamp.timeIntervalSince1970
                var suggestionID: Int64? = nil
                if let open = try Self.crossPostTarget(db, of: message, judged: judged, verdict: item.verdict, window: window) {
                    var copies = open.copies
                    copies.append(.init(messageID: message.id, channelID: channel.id, channelName: channel.name))
                    try db.execute(sql: "UPDATE suggestion SET copies = ?, updated_at = ? WHERE id = ?",
                                   arguments: [try JSON.text(copies), now.timeIntervalSince1970, open.id])
                    suggestionID = open.id
                    var updated = open
                    updated.copies = copies
                    try db.append(EngineEvent(.suggestionChanged, at: now, suggestion: updated,
                                              detail: "cross-post in #\(channel.name) joined suggestion \(open.id)"))
                } else {
                    let verdict = item.verdict
                    let state: Suggestion.State = verdict.action == .allow ? .allowed : .pending
                    try db.cachedStatement(sql: """
                        INSERT INTO suggestion (message_id, channel_id, guild_id, author_id, author_name, channel_name, content,
                            forwarded, attachments, verdict, suggested_action, confidence, state, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [message.id.sql, channel.id.sql, channel.guildID?.sql, message.author.id.sql,
                                         message.author.displayName, channel.name, StoredText(message.content),
                                         try judged.forwarded.map { try JSON.text($0) }, try JSON.text(judged.attachments),
                                         try JSON.text(verdict),
                                         verdict.action.rawValue, verdict.confidence, state.rawValue,
                                         now.timeIntervalSince1970, now.timeIntervalSince1970])
                    suggestionID = db.lastInsertedRowID
                    created.append(db.lastInsertedRowID)
                }
                try db.cachedStatement(sql: """
                    INSERT INTO message (id, channel_id, author_id, author_name, content, created_at, seen_at, suggestion_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [message.id.sql, channel.id.sql, message.author.id.sql, message.author.displayName,
                                     StoredText(message.content), time, now.timeIntervalSince1970, suggestionID])
            }
            try db.execute(sql: """
                INSERT INTO cursor (channel_id, last_message_id, polled_at) VALUES (?, ?, ?)
                ON CONFLICT(channel_id) DO UPDATE SET last_message_id = MAX(last_message_id, excluded.last_message_id),
                    polled_at = excluded.polled_at
                """, arguments: [channel.id.sql, cursor.sql, now.timeIntervalSince1970])
            let suggestions = try created.compactMap { try Self.fetchSuggestion(db, id: $0) }
            for suggestion in suggestions { try db.append(EngineEvent(.classified, at: now, suggestion: suggestion)) }
            return suggestions
        }
    }

    /// A pending suggestion this message is a cross-post of: same author,
    /// near-identical judged text (a forward of the same scam counts), posted
    /// within the window, and judged the same way here (a copy allowed in the
    /// jobs channel never joins a move elsewhere).
    static func crossPostTarget(_ db: Database, of message: Message, judged: JudgedContent, verdict: Verdict,
                                window: Duration) throws -> Suggestion? {
        let text = judged.classifierText
        guard verdict.action != .allow, CrossPost.isClusterable(text) else { return nil }
        let since = message.timestamp.timeIntervalSince1970 - window.seconds
        // A message id holds its creation time, so the author's index entries
        // from before the window are never read: a prolific author's history
        // cost every new message of theirs a read of all of it.
        let earliest = Snowflake(date: Date(timeIntervalSince1970: since))
        let candidates = try fetchSuggestions(db, sql: crossPostQuery,
                                              arguments: [message.author.id.sql, earliest.sql, since, verdict.action.rawValue], cached: true)
        return candidates.first { CrossPost.nearlyIdentical($0.judged.classifierText, text) }
    }

    /// An index range search (suggestion_author_standing: the author, ids in the window, pending, same action).
    static let crossPostQuery = """
        SELECT s.* FROM suggestion s JOIN message m ON m.id = s.message_id
        WHERE s.author_id = ? AND s.message_id >= ? AND m.created_at >= ? AND s.state = 'pending' AND s.suggested_action = ?
        ORDER BY s.id DESC LIMIT 50
        """

    // MARK: Claiming

    /// Takes a suggestion to execute: one UPDATE that only succeeds from an
    /// expected state, so of several processes exactly one wins. `from`
    /// names the states the caller expects; returns nil if another process
    /// got there first or the state is different.
    ///
    /// From `pending`, only an auto action whose grace window has passed and
    /// that no moderator has vetoed can be claimed; from `executing` or
    /// `undoing` (resuming a dead process's work), only while `orphanOf`
    /// still holds it, so two engines never resume the same claim.
    public func claim(_ id: Int64, from states: [Suggestion.State], to target: Suggestion.State = .executing,
                      holder: String, orphanOf deadHolder: String? = nil, decidedBy: String? = nil,
                      now: Date = Date()) async throws(StoreError) -> Suggestion? {
        try await write { db in
            let placeholders = states.map { _ in "?" }.joined(separator: ", ")
            var arguments: StatementArguments = [target.rawValue, holder, now.timeIntervalSince1970, now.timeIntervalSince1970,
                                                 decidedBy, id]
            arguments += StatementArguments(states.map(\.rawValue))
            var conditions = ""
            if states.contains(.pending) {
                conditions += " AND (state != 'pending' OR (due_at IS NOT NULL AND due_at <= ? AND decided_by IS NULL))"
                arguments += [now.timeIntervalSince1970]
            }
            if let deadHolder {
                conditions += " AND claimed_by = ?"
                arguments += [deadHolder]
            }
            try db.execute(sql: """
                UPDATE suggestion SET state = ?, claimed_by = ?, claimed_at = ?, updated_at = ?, decided_by = COALESCE(?, decided_by)
                WHERE id = ? AND state IN (\(placeholders))\(conditions)
                """, arguments: arguments)
            guard db.changesCount == 1, let suggestion = try Self.fetchSuggestion(db, id: id) else { return nil }
            try db.append(EngineEvent(.suggestionChanged, at: now, suggestion: suggestion, detail: "claimed by \(holder)"))
            return suggestion
        }
    }

    /// Ids ready to execute: decided ones, and pending auto actions whose grace window has passed.
    public func dueIDs(now: Date = Date()) async throws(StoreError) -> [(id: Int64, from: Suggestion.State)] {
        try quickRead { db in
            try Row.fetchAll(db.cachedStatement(sql: Self.dueQuery), arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970])
                .map { row throws(StoreError) in
                    (try row.decoded("id", in: "suggestion"), try row.decoded("state", in: "suggestion", as: Suggestion.State.self))
                }
        }
    }

    /// Run every half second: index searches (suggestion_state), however large the store.
    /// A decided action put back after a temporary failure waits for its due time too.
    static let dueQuery = """
        SELECT id, state FROM suggestion
        WHERE (state IN ('approved', 'overridden') AND (due_at IS NULL OR due_at <= ?))
           OR (state = 'pending' AND due_at IS NOT NULL AND due_at <= ?)
        ORDER BY id
        """

    /// Suggestions left `executing` or `undoing` by a claimant that is gone:
    /// `isAlive` says whether a holder still runs; a claim whose holder has
    /// not recorded a step for `stale` counts as gone whatever `isAlive` says.
    public func orphanedClaims(isAlive: @Sendable @escaping (String) -> Bool, stale: TimeInterval = 600,
                               now: Date = Date()) async throws(StoreError) -> [(id: Int64, state: Suggestion.State, holder: String)] {
        try quickRead { db in
            try Row.fetchAll(db.cachedStatement(sql: Self.orphanedClaimsQuery)).compactMap { row throws(StoreError) in
                let holder = try row.decoded("claimed_by", in: "suggestion", as: String?.self) ?? ""
                let claimedAt = try row.decoded("claimed_at", in: "suggestion", as: Double?.self) ?? 0
                let gone = !isAlive(holder) || now.timeIntervalSince1970 - claimedAt > stale
                return gone ? (try row.decoded("id", in: "suggestion"), try row.decoded("state", in: "suggestion", as: Suggestion.State.self), holder) : nil
            }
        }
    }

    /// Run every half second: an index search (suggestion_state), however large the store.
    static let orphanedClaimsQuery = "SELECT id, state, claimed_by, claimed_at FROM suggestion WHERE state IN ('executing', 'undoing')"

    /// Keeps a claim fresh while its steps run, and moves it on.
    public func heartbeat(_ id: Int64, holder: String, now: Date = Date()) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "UPDATE suggestion SET claimed_at = ? WHERE id = ? AND claimed_by = ?",
                           arguments: [now.timeIntervalSince1970, id, holder])
        }
    }

    /// Ends an execution or an undo (`to` is done, failed or reverted) and
    /// appends its audit entry, in one transaction. A finished undo is the
    /// moderator's latest decision on the message, so it is labelled allow;
    /// the content it reposted joins the suggestion's copies, so a new
    /// decision (the suggestion is open again) acts on the message as it now stands.
    @discardableResult
    public func finish(_ id: Int64, to state: Suggestion.State, holder: String, failure: String? = nil, event: EngineEvent.Kind,
                       detail: String? = nil, audit: AuditEntry? = nil, now: Date = Date()) async throws(StoreError) -> Suggestion {
        let failure = failure.map(redactor.clean), detail = detail.map(redactor.clean), audit = audit.map(redactor.clean)
        return try await write { db in
            try db.execute(sql: "UPDATE suggestion SET state = ?, failure = ?, claimed_by = NULL, updated_at = ? WHERE id = ? AND claimed_by = ?",
                           arguments: [state.rawValue, failure, now.timeIntervalSince1970, id, holder])
            guard db.changesCount == 1 else {
                throw StoreError("suggestion \(id) was taken over by another engine while it ran; its outcome is that engine's to record")
            }
            if let audit { _ = try Self.appendAudit(audit, db) }
            if state == .reverted { try Self.addRestoredCopy(of: id, db, now: now) }
            guard let suggestion = try Self.fetchSuggestion(db, id: id) else { throw StoreError("no suggestion \(id)") }
            if state == .reverted {
                try Self.appendLabel(db, for: suggestion, action: .allow, source: .undo, moderator: suggestion.decidedBy ?? holder, now: now)
            }
            try db.append(EngineEvent(event, at: now, suggestion: suggestion, detail: failure ?? detail))
            return suggestion
        }
    }

    /// How many times a temporary failure has put the action back to run again.
    public func attempts(of id: Int64) async throws(StoreError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT attempts FROM suggestion WHERE id = ?", arguments: [id]) ?? 0 }
    }

    /// After a temporary failure (a timeout, a 5xx, an unreadable answer):
    /// hands the claimed action back to run again at `dueAt`, in the state it
    /// was claimed from (approved and overridden for a moderator's decision,
    /// pending with a due time for auto mode). The journal keeps the steps
    /// that ran, so the next run resumes after them. Returns nil, changing
    /// nothing, once `limit` attempts are used: the action then fails for a human.
    public func retryLater(_ id: Int64, to state: Suggestion.State, holder: String, failure: String, dueAt: Date, limit: Int,
                           now: Date = Date()) async throws(StoreError) -> Suggestion? {
        let failure = redactor.clean(failure)
        return try await write { db in
            try db.execute(sql: """
                UPDATE suggestion SET state = ?, due_at = ?, attempts = attempts + 1, failure = ?, claimed_by = NULL, updated_at = ?
                WHERE id = ? AND claimed_by = ? AND attempts < ?
                """, arguments: [state.rawValue, dueAt.timeIntervalSince1970, failure, now.timeIntervalSince1970, id, holder, limit])
            guard db.changesCount == 1, let suggestion = try Self.fetchSuggestion(db, id: id) else { return nil }
            let when = ISO8601DateFormatter().string(from: dueAt)
            try db.append(EngineEvent(.failed, at: now, suggestion: suggestion, detail: "\(failure); trying again at \(when)"))
            return suggestion
        }
    }

    /// Adds the message an undo reposted (its `restore` step) to the suggestion's copies.
    static func addRestoredCopy(of id: Int64, _ db: Database, now: Date) throws {
        let detail = try String.fetchOne(db, sql: """
            SELECT detail FROM journal WHERE suggestion_id = ? AND phase = 'undo' AND name = ? AND status = 'done'
            """, arguments: [id, ActionPlan.Step.restore(to: Snowflake(0)).name])
        guard let restored = ActionPlan.posted(detail), let suggestion = try fetchSuggestion(db, id: id) else { return }
        let copies = suggestion.copies + [.init(messageID: restored.messageID, channelID: restored.channelID, channelName: suggestion.channelName)]
        try db.execute(sql: "UPDATE suggestion SET copies = ?, updated_at = ? WHERE id = ?",
                       arguments: [try JSON.text(copies), now.timeIntervalSince1970, id])
    }

    // MARK: Queries

    /// One suggestion by id.
    public func suggestion(_ id: Int64) async throws(StoreError) -> Suggestion? {
        try await read { db in try Self.fetchSuggestion(db, id: id) }
    }

    /// The suggestion covering a message (original or copy).
    public func suggestion(forMessage id: Snowflake) async throws(StoreError) -> Suggestion? {
        try await read { db in
            guard let sid = try Int64.fetchOne(db, sql: "SELECT suggestion_id FROM message WHERE id = ?", arguments: [id.sql]) else { return nil }
            return try Self.fetchSuggestion(db, id: sid)
        }
    }

    /// Which suggestions a queue view shows.
    public enum QueueScope: Sendable {
        /// Waiting for a moderator: pending (including auto actions in their grace window) and failed.
        case open
        /// Every classified message.
        case all
    }

    /// A page of the queue, newest first.
    public func queue(_ scope: QueueScope, limit: Int = 200, offset: Int = 0) async throws(StoreError) -> [Suggestion] {
        try await read { db in
            let filter = scope == .open ? "WHERE \(QueueScope.openCondition)" : ""
            return try Self.fetchSuggestions(db, sql: "SELECT * FROM suggestion \(filter) ORDER BY id DESC LIMIT ? OFFSET ?",
                                             arguments: [limit, offset])
        }
    }

    /// Counts for the status bar.
    public struct Counts: Sendable, Hashable {
        public var pending = 0, done = 0, failed = 0, allowed = 0
        /// Messages whose latest moderator decision kept the suggested action, out of all decided messages.
        public var agreed = 0, decided = 0
        public var agreementRate: Double? { decided == 0 ? nil : Double(agreed) / Double(decided) }
        public init() {}
    }

    /// A few rows, however large the store: the tallies the triggers keep (`StoreTally`).
    public func counts() async throws(StoreError) -> Counts {
        try await read { db in
            var counts = Counts()
            for row in try Row.fetchAll(db, sql: Self.stateCountsQuery) {
                let n: Int = try row.decoded("n", in: "suggestion_tally")
                switch Suggestion.State(rawValue: try row.decoded("state", in: "suggestion_tally")) {
                case .pending?, .approved?, .overridden?, .executing?: counts.pending += n
                case .done?, .undoing?: counts.done += n
                case .failed?: counts.failed += n
                // An undone action left the message up, as an allow does; the item is open for a new decision.
                case .allowed?, .dismissed?, .reverted?: counts.allowed += n
                case nil: break
                }
            }
            let row = try Row.fetchOne(db, sql: Self.labelCountsQuery)
            counts.decided = try row?.decoded("decided", in: "label_tally", as: Int?.self) ?? 0
            counts.agreed = try row?.decoded("agreed", in: "label_tally", as: Int?.self) ?? 0
            return counts
        }
    }

    /// How many suggestions are in each state (a state none has may be missing or 0).
    static let stateCountsQuery = "SELECT state, n FROM suggestion_tally"
    /// Messages with a standing moderator label, and how many of those kept the suggested action.
    static let labelCountsQuery = "SELECT decided, agreed FROM label_tally"

    /// Every stored message with the suggestion that covers it, oldest first (for `replay`).
    public func decidedMessages() async throws(StoreError) -> [Suggestion] {
        try await read { db in
            try Self.fetchSuggestions(db, sql: "SELECT * FROM suggestion ORDER BY id")
        }
    }

    static func fetchSuggestion(_ db: Database, id: Int64) throws -> Suggestion? {
        try fetchSuggestions(db, sql: "SELECT * FROM suggestion WHERE id = ?", arguments: [id], cached: true).first
    }

    /// The suggestions `sql` selects, each decoded from SQLite's row where
    /// it stands: a copied row finds a column by comparing lowercased names
    /// (a sixth of the cost of a queue page), a cursor's by a dictionary.
    /// `cached`: SQL that never changes and runs often (per message, per
    /// change) keeps its prepared statement for the connection's life.
    static func fetchSuggestions(_ db: Database, sql: String, arguments: StatementArguments = [], cached: Bool = false) throws -> [Suggestion] {
        var suggestions: [Suggestion] = []
        let rows = try Row.fetchCursor(cached ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() { suggestions.append(try Suggestion(row: row)) }
        return suggestions
    }
}

extension Suggestion {
    /// A suggestion as stored. An unreadable verdict or copies list (JSON
    /// written by another version) degrades to a flag for a human; any other
    /// column that cannot be read is a `StoreError` naming it.
    init(row: Row) throws(StoreError) {
        let table = "suggestion"
        let verdictText: String = try row.decoded("verdict", in: table)
        let copiesText: String = try row.decoded("copies", in: table)
        let forwardedText: String? = try row.decoded("forwarded", in: table)
        let attachmentsText: String = try row.decoded("attachments", in: table)
        id = try row.decoded("id", in: table)
        messageID = Snowflake(sql: try row.decoded("message_id", in: table))
        channelID = Snowflake(sql: try row.decoded("channel_id", in: table))
        guildID = try row.decoded("guild_id", in: table, as: Int64?.self).map(Snowflake.init(sql:))
        authorID = Snowflake(sql: try row.decoded("author_id", in: table))
        authorName = try row.decoded("author_name", in: table)
        channelName = try row.decoded("channel_name", in: table)
        content = try row.decoded("content", in: table)
        copies = copiesText == "[]" ? [] : (try? JSON.decode([Copy].self, from: copiesText)) ?? []
        // Unreadable JSON from another version: an unknown forward still shows the message as forwarded.
        forwarded = forwardedText.map { (try? JSON.decode(Forward.self, from: $0)) ?? Forward(text: "") }
        attachments = attachmentsText == "[]" ? [] : (try? JSON.decode([AttachmentNote].self, from: attachmentsText)) ?? []
        verdict = (try? JSON.decode(Verdict.self, from: verdictText))
            ?? Verdict(intent: .other, action: .flag, reason: "The stored verdict could not be read.",
                       reasoning: "unreadable verdict in the store", confidence: 0, classifier: "store", classifierVersion: "")
        chosenAction = try row.decoded("chosen_action", in: table, as: String?.self).flatMap(ModerationAction.init(rawValue:))
        state = try row.decoded("state", in: table)
        dueAt = try row.decoded("due_at", in: table, as: Double?.self).map(Date.init(timeIntervalSince1970:))
        decidedBy = try row.decoded("decided_by", in: table)
        failure = try row.decoded("failure", in: table)
        dryRun = try row.decoded("dry_run", in: table)
        moderatorReason = try row.decoded("moderator_reason", in: table)
        notifyAuthor = try row.decoded("notify_author", in: table)
        deleteMessageSeconds = try row.decoded("ban_delete_seconds", in: table)
        note = try row.decoded("note", in: table)
        createdAt = try row.decodedDate("created_at", in: table)
        updatedAt = try row.decodedDate("updated_at", in: table)
    }
}

/// JSON columns.
enum JSON {
    static func text(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }
    /// One of each for every column: making one costs about as much as coding a verdict.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    private static let decoder = JSONDecoder()
}
