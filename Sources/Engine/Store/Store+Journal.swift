import Foundation
import GRDB

/// One Discord step of an execution or an undo, as journaled.
public struct JournalStep: Sendable, Hashable {
    public enum Status: String, Sendable {
        /// Written before the step runs: after a crash, the step may or may not have happened.
        case started
        /// The step ran (or needed nothing, e.g. the message was already gone).
        case done
        /// The step was not run (dry run), or failed in a way that does not fail the action (closed DMs).
        case skipped
    }
    public var step: Int
    public var name: String
    public var status: Status
    /// What the step produced or met: a created message id, "dm closed", ...
    public var detail: String?
    /// When the step was first started, to look for what it may have posted.
    public var startedAt: Date
}

/// Which journal an entry belongs to.
public enum JournalPhase: String, Sendable {
    case execute, undo
}

extension Store {
    /// The journal of one phase of a suggestion, by step number.
    public func journal(_ id: Int64, phase: JournalPhase) async throws(StoreError) -> [Int: JournalStep] {
        try await read { db in
            var steps: [Int: JournalStep] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM journal WHERE suggestion_id = ? AND phase = ?", arguments: [id, phase.rawValue]) {
                let step = JournalStep(step: try row.decoded("step", in: "journal"), name: try row.decoded("name", in: "journal"),
                                       status: try row.decoded("status", in: "journal"), detail: try row.decoded("detail", in: "journal"),
                                       startedAt: try row.decodedDate("started_at", in: "journal"))
                steps[step.step] = step
            }
            return steps
        }
    }

    /// Records a step's state: `started` before it runs, `done` or `skipped` after.
    public func journal(_ id: Int64, phase: JournalPhase, step: Int, name: String, status: JournalStep.Status,
                        detail: String? = nil, now: Date = Date()) async throws(StoreError) {
        let detail = detail.map(redactor.clean)
        try await write { db in
            try db.execute(sql: """
                INSERT INTO journal (suggestion_id, phase, step, name, status, detail, started_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(suggestion_id, phase, step) DO UPDATE SET status = excluded.status, detail = excluded.detail,
                    finished_at = excluded.finished_at,
                    started_at = CASE WHEN journal.status = 'started' THEN journal.started_at ELSE excluded.started_at END
                """, arguments: [id, phase.rawValue, step, name, status.rawValue, detail, now.timeIntervalSince1970,
                                 status == .started ? nil : now.timeIntervalSince1970])
        }
    }
}
