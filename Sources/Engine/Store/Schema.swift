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
        migrator.registerMigration("v5: indexes for incremental reads") { db in
            // Each poll cycle prunes the events older than a day: with a busy
            // store that scanned the whole table every cycle.
            try db.execute(sql: "CREATE INDEX event_at ON event(at)")
        }
        return migrator
    }
}
