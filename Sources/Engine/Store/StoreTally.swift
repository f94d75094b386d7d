/// The counts the status bar shows after every change, kept up to date by
/// triggers in the transaction of each change, so reading them costs a few
/// rows however large the store: counting them afresh scanned every
/// suggestion and every label (tens of milliseconds at a million messages).
///
/// - `suggestion_tally`: how many suggestions are in each state.
/// - `label_tally`: of the messages with a standing moderator label (the
///   newest not withdrawn, as `Store.moderatorLabels` picks them), how many,
///   and how many of those labels kept the suggested action.
///
/// A label change first takes its message's share out of `label_tally` and
/// then puts the message's new share back (BEFORE and AFTER triggers), so
/// any insert, update or delete, of one row or many, keeps the tally exact.
enum StoreTally {
    /// The tables, their triggers, and their first fill from the rows already stored (migration v9).
    static let schema = """
        CREATE TABLE suggestion_tally (state TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO suggestion_tally (state, n) SELECT state, COUNT(*) FROM suggestion GROUP BY state;
        CREATE TRIGGER suggestion_tally_insert AFTER INSERT ON suggestion BEGIN
            \(add("NEW.state"))
        END;
        CREATE TRIGGER suggestion_tally_update AFTER UPDATE OF state ON suggestion WHEN OLD.state IS NOT NEW.state BEGIN
            UPDATE suggestion_tally SET n = n - 1 WHERE state = OLD.state;
            \(add("NEW.state"))
        END;
        CREATE TRIGGER suggestion_tally_delete AFTER DELETE ON suggestion BEGIN
            UPDATE suggestion_tally SET n = n - 1 WHERE state = OLD.state;
        END;

        CREATE TABLE label_tally (id INTEGER PRIMARY KEY CHECK (id = 1), decided INTEGER NOT NULL, agreed INTEGER NOT NULL);
        INSERT INTO label_tally (id, decided, agreed)
            SELECT 1, COUNT(*), COALESCE(SUM(action = suggested_action), 0) FROM label
            WHERE id IN (SELECT MAX(id) FROM label WHERE withdrawn_at IS NULL GROUP BY message_id);
        CREATE TRIGGER label_tally_before_insert BEFORE INSERT ON label BEGIN \(share("-", of: "NEW.message_id")) END;
        CREATE TRIGGER label_tally_after_insert AFTER INSERT ON label BEGIN \(share("+", of: "NEW.message_id")) END;
        CREATE TRIGGER label_tally_before_update BEFORE UPDATE OF message_id, action, suggested_action, withdrawn_at ON label BEGIN
            \(share("-", of: "OLD.message_id")) \(share("-", of: "NEW.message_id", unless: "OLD.message_id"))
        END;
        CREATE TRIGGER label_tally_after_update AFTER UPDATE OF message_id, action, suggested_action, withdrawn_at ON label BEGIN
            \(share("+", of: "OLD.message_id")) \(share("+", of: "NEW.message_id", unless: "OLD.message_id"))
        END;
        CREATE TRIGGER label_tally_before_delete BEFORE DELETE ON label BEGIN \(share("-", of: "OLD.message_id")) END;
        CREATE TRIGGER label_tally_after_delete AFTER DELETE ON label BEGIN \(share("+", of: "OLD.message_id")) END;
        """

    /// Counts one more suggestion in `state`.
    private static func add(_ state: String) -> String {
        "INSERT INTO suggestion_tally (state, n) VALUES (\(state), 1) ON CONFLICT(state) DO UPDATE SET n = n + 1;"
    }

    /// Adds (`+`) or takes out (`-`) a message's share of `label_tally`: 1
    /// decided if it has a standing label, 1 agreed if that label kept the
    /// suggested action. `unless`: nothing when the message is that one (an
    /// update that keeps its message counts it once). Two index searches (label_message).
    private static func share(_ sign: String, of message: String, unless other: String? = nil) -> String {
        let standing = "FROM label WHERE message_id = \(message) AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1"
        let guarded = other.map { " WHERE \(message) IS NOT \($0)" } ?? ""
        return """
            UPDATE label_tally SET decided = decided \(sign) EXISTS (SELECT 1 \(standing)),
                agreed = agreed \(sign) COALESCE((SELECT action = suggested_action \(standing)), 0)\(guarded);
            """
    }
}
