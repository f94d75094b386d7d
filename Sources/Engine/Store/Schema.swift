import GRDB

/// The store's tables, as versioned migrations. A migration, once shipped,
/// is never edited: a change is a new migration appended to the list.
///
/// Snowflakes are stored as INTEGER (they fit in 63 bits until 2084), times
/// as Unix seconds (REAL), structured values as JSON text.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE channel (
                    id INTEGER PRIMARY KEY, guild_id INTEGER, name TEXT NOT NULL, role TEXT NOT NULL);
                CREATE TABLE message (
                    id INTEGER PRIMARY KEY, channel_id INTEGER NOT NULL, author_id INTEGER NOT NULL,
                    author_name TEXT NOT NULL, content TEXT NOT NULL, created_at REAL NOT NULL, seen_at REAL NOT NULL,
                    suggestion_id INTEGER);
                CREATE INDEX message_author ON message(author_id, created_at);
                CREATE TABLE suggestion (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    message_id INTEGER NOT NULL UNIQUE, channel_id INTEGER NOT NULL, guild_id INTEGER,
                    author_id INTEGER NOT NULL, author_name TEXT NOT NULL, channel_name TEXT NOT NULL,
                    content TEXT NOT NULL, copies TEXT NOT NULL DEFAULT '[]',
                    verdict TEXT NOT NULL, suggested_action TEXT NOT NULL, confidence REAL NOT NULL,
                    chosen_action TEXT, state TEXT NOT NULL, due_at REAL, decided_by TEXT,
                    claimed_by TEXT, claimed_at REAL, failure TEXT,
                    created_at REAL NOT NULL, updated_at REAL NOT NULL);
                CREATE INDEX suggestion_state ON suggestion(state, due_at);
                CREATE INDEX suggestion_author ON suggestion(author_id, created_at);
                CREATE TABLE journal (
                    suggestion_id INTEGER NOT NULL, phase TEXT NOT NULL, step INTEGER NOT NULL,
                    name TEXT NOT NULL, status TEXT NOT NULL, detail TEXT, started_at REAL NOT NULL, finished_at REAL,
                    PRIMARY KEY (suggestion_id, phase, step));
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, moderator TEXT NOT NULL,
                    action TEXT NOT NULL, suggestion_id INTEGER, message_id INTEGER, channel_id INTEGER,
                    result TEXT NOT NULL, reason TEXT NOT NULL, dry_run INTEGER NOT NULL,
                    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
                CREATE TABLE cursor (
                    channel_id INTEGER PRIMARY KEY, last_message_id INTEGER NOT NULL, polled_at REAL NOT NULL);
                CREATE TABLE label (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, message_id INTEGER NOT NULL, content TEXT NOT NULL,
                    author TEXT NOT NULL, channel_name TEXT NOT NULL, intent TEXT NOT NULL, action TEXT NOT NULL,
                    suggested_action TEXT NOT NULL, source TEXT NOT NULL, moderator TEXT NOT NULL, at REAL NOT NULL);
                CREATE TABLE lease (
                    name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at REAL NOT NULL);
                CREATE TABLE status (
                    key TEXT PRIMARY KEY, value TEXT NOT NULL, at REAL NOT NULL);
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, body TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("v2: dry run per suggestion") { db in
            // The mode a decision was made in travels with the suggestion, so
            // whichever engine executes or resumes it honours that mode.
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN dry_run INTEGER")
        }
        migrator.registerMigration("v3: forwards and attachments") { db in
            // A forward's text lives in its snapshot and a file's name is
            // evidence: both are judged, so both are kept with the suggestion.
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN forwarded TEXT")
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'")
        }
        migrator.registerMigration("v4: decision details and notes") { db in
            // What a moderator adds to a decision travels with the suggestion,
            // so whichever engine executes or resumes it tells the author the
            // moderator's reason, honours the DM choice and the ban's reach.
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN moderator_reason TEXT")
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN notify_author INTEGER")
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN ban_delete_seconds INTEGER")
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN note TEXT")
        }
        migrator.registerMigration("v5: withdrawn labels and poll state") { db in
            // A reopened decision was taken back: its labels stay for the
            // record but no longer teach the classifier.
            try db.execute(sql: "ALTER TABLE label ADD COLUMN withdrawn_at REAL")
            // How each channel's last poll went, typed, for every console's status bar.
            try db.execute(sql: """
                CREATE TABLE poll_state (
                    channel_id INTEGER PRIMARY KEY, condition TEXT NOT NULL, detail TEXT NOT NULL, at REAL NOT NULL)
                """)
        }
        migrator.registerMigration("v6: sec rate limits and setup cache") { db in
            // What Discord's rate-limit headers taught any process, so the
            // next one does not run into a limit an earlier one found.
            try db.execute(sql: """
                CREATE TABLE rate_limit_route (route_key TEXT PRIMARY KEY, bucket TEXT NOT NULL);
                CREATE TABLE rate_limit_bucket (id TEXT PRIMARY KEY, remaining INTEGER NOT NULL, reset_at REAL NOT NULL);
                """)
            // The bot's user, channels and guild name, briefly, so a decision
            // from the command line does not ask Discord for them every time.
            try db.execute(sql: "CREATE TABLE setup_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL, at REAL NOT NULL)")
        }
        migrator.registerMigration("v7: retries of temporary failures") { db in
            // How many times a temporary failure (a timeout, a 5xx, an unreadable answer) put the action back to run again.
            try db.execute(sql: "ALTER TABLE suggestion ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v8: indexes for incremental reads") { db in
            // Each poll cycle prunes the events older than a day: with a busy
            // store that scanned the whole table every cycle.
            try db.execute(sql: "CREATE INDEX event_at ON event(at)")
        }
        migrator.registerMigration("v9: author index and tallies for a million messages") { db in
            // The author view: the author's newest suggestions without sorting
            // all of them, and their counts by standing action from the index
            // alone (a prolific author has tens of thousands of rows). It
            // serves every search by author, so the older index goes.
            try db.execute(sql: """
                CREATE INDEX suggestion_author_standing ON suggestion(author_id, message_id, state, chosen_action, suggested_action);
                DROP INDEX suggestion_author;
                """)
            // A message's labels, for withdrawing them and for the tally below.
            try db.execute(sql: "CREATE INDEX label_message ON label(message_id, id)")
            // The overview's check of the open rows' versions, from the index
            // alone: each open row sits on a page of its own in a large store.
            try db.execute(sql: """
                DROP INDEX suggestion_state;
                CREATE INDEX suggestion_state ON suggestion(state, due_at, updated_at);
                """)
            try db.execute(sql: StoreTally.schema)
        }
        return migrator
    }
}
