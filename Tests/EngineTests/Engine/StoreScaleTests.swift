import DiscordREST
import Foundation
import GRDB
import Testing
@testable import Engine

/// What the console asks after every change (the counts) and when a
/// moderator opens an author must stay a few index searches at a million
/// messages (Benchmarks/parts/store.sh times them), and the counts kept for
/// that must always equal counting the rows afresh.
@Suite("Store at scale")
struct StoreScaleTests {
    /// `count` suggestions by a few authors (every 7th pending, the rest allowed) and no labels.
    static func fill(_ store: Store, count: Int) async throws {
        try await store.pool.write { db in
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO suggestion (message_id, channel_id, author_id, author_name, channel_name, content, verdict,
                    suggested_action, confidence, state, created_at, updated_at)
                SELECT 1000 + i, 1, i % 5, 'author', 'general', 'text', '{}', CASE WHEN i % 7 = 0 THEN 'delete' ELSE 'allow' END,
                    0.9, CASE WHEN i % 7 = 0 THEN 'pending' ELSE 'allowed' END, i, i
                FROM n
                """, arguments: [count])
            try db.execute(sql: """
                INSERT INTO message (id, channel_id, author_id, author_name, content, created_at, seen_at, suggestion_id)
                SELECT message_id, channel_id, author_id, author_name, content, created_at, created_at, id FROM suggestion
                """)
        }
    }

    /// The tallies next to the same figures counted from the rows, as `counts()` counted them before v9.
    static func tallies(_ store: Store) async throws -> (kept: [String], counted: [String]) {
        try await store.pool.read { db in
            let kept = try String.fetchAll(db, sql: "SELECT state || '=' || n FROM suggestion_tally WHERE n > 0 ORDER BY state")
                + [try String.fetchOne(db, sql: "SELECT decided || '/' || agreed FROM label_tally") ?? "none"]
            let counted = try String.fetchAll(db, sql: "SELECT state || '=' || COUNT(*) FROM suggestion GROUP BY state ORDER BY state")
                + [try String.fetchOne(db, sql: """
                    SELECT COUNT(*) || '/' || COALESCE(SUM(action = suggested_action), 0) FROM label
                    WHERE id IN (SELECT MAX(id) FROM label WHERE withdrawn_at IS NULL GROUP BY message_id)
                    """) ?? "none"]
            return (kept, counted)
        }
    }

    /// SQLite's plan for `sql`, one line per step.
    static func plan(_ sql: String, _ store: Store) async throws -> [String] {
        try await store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql,
                             arguments: StatementArguments(Array(repeating: 3, count: sql.filter { $0 == "?" }.count)))
                .map { row throws(StoreError) in try row.decoded("detail", in: "query plan", as: String.self) }
        }
    }

    @Test("the counts the status bar reads stay equal to counting the rows, through decisions, reopens, undos and raw edits")
    func talliesFollowEveryChange() async throws {
        let path = StoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await Self.fill(store, count: 70)
        func check(_ step: String) async throws {
            let (kept, counted) = try await Self.tallies(store)
            #expect(kept == counted, "after \(step)")
        }
        try await check("filling")
        let pending = try await store.queue(.open, limit: 100).map(\.id).sorted()
        try #require(pending.count == 10)
        try await store.decide(pending[0], .dismiss, moderator: "alice")
        try await store.decide(pending[1], .approve, moderator: "alice")
        try await store.decide(pending[2], .override(.flag), moderator: "bob")
        try await check("three decisions")
        try await store.reopen(pending[0], moderator: "bob")
        try await check("a reopen withdrawing a label")
        try await store.decide(pending[0], .approve, moderator: "bob")
        try await store.decide(pending[3], .approve, moderator: "alice")
        try await check("deciding again")
        // An approved action runs, then is undone: its undo is labelled allow.
        _ = try #require(try await store.claim(pending[1], from: [.approved], holder: "engine"))
        try await store.finish(pending[1], to: .done, holder: "engine", event: .executed)
        _ = try #require(try await store.claim(pending[1], from: [.done], to: .undoing, holder: "engine"))
        try await store.finish(pending[1], to: .reverted, holder: "engine", event: .undone)
        try await check("an execution and its undo")
        try await store.pool.write { db in
            try db.execute(sql: "UPDATE label SET withdrawn_at = 1")
            try db.execute(sql: "UPDATE label SET withdrawn_at = NULL WHERE id % 2 = 0")
            try db.execute(sql: "UPDATE label SET message_id = message_id + 1, action = 'allow' WHERE id = 1")
            try db.execute(sql: "DELETE FROM label WHERE id = 2")
            try db.execute(sql: "DELETE FROM suggestion WHERE id % 10 = 3")
            try db.execute(sql: "UPDATE suggestion SET state = 'failed' WHERE id % 10 = 4")
        }
        try await check("edits of many rows at once")
        let counts = try await store.counts()
        let (_, counted) = try await Self.tallies(store)
        #expect(counts.pending + counts.done + counts.failed + counts.allowed == 63)
        #expect("\(counts.decided)/\(counts.agreed)" == counted.last)
    }

    @Test("a store from before v9 gets its tallies from the rows it holds")
    func migrationFillsTallies() async throws {
        let path = StoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Store.createPrivately(path)
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v8: indexes for incremental reads")
            try await queue.write { db in
                try db.execute(sql: """
                    INSERT INTO suggestion (message_id, channel_id, author_id, author_name, channel_name, content, verdict,
                        suggested_action, confidence, state, created_at, updated_at)
                    VALUES (1, 1, 1, 'a', 'general', 't', '{}', 'delete', 0.9, 'done', 0, 0),
                           (2, 1, 1, 'a', 'general', 't', '{}', 'delete', 0.9, 'pending', 0, 0),
                           (3, 1, 2, 'b', 'general', 't', '{}', 'allow', 0.9, 'allowed', 0, 0);
                    INSERT INTO label (message_id, content, author, channel_name, intent, action, suggested_action, source, moderator, at)
                    VALUES (1, 't', 'a', 'general', 'scam', 'allow', 'delete', 'dismiss', 'm', 0),
                           (1, 't', 'a', 'general', 'scam', 'delete', 'delete', 'approve', 'm', 1),
                           (2, 't', 'a', 'general', 'scam', 'delete', 'delete', 'approve', 'm', 2);
                    UPDATE label SET withdrawn_at = 3 WHERE message_id = 2;
                    """)
            }
        }
        let store = try Store(path: path)
        let (kept, counted) = try await Self.tallies(store)
        #expect(kept == counted)
        #expect(kept == ["allowed=1", "done=1", "pending=1", "1/1"])
        let counts = try await store.counts()
        #expect(counts.pending == 1 && counts.done == 1 && counts.allowed == 1 && counts.decided == 1 && counts.agreed == 1)
    }

    @Test("the counts, the author view, withdrawing labels and the cross-post lookup search an index with 20,000 suggestions; none scans a table")
    func queriesUseIndexes() async throws {
        let path = StoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await Self.fill(store, count: 20_000)
        let queries = ["state counts": Store.stateCountsQuery, "label counts": Store.labelCountsQuery,
                       "author's suggestions": Store.authorSuggestionsQuery, "author's counts": Store.authorCountsQuery,
                       "author first seen": Store.authorFirstSeenQuery, "withdraw labels": Store.withdrawLabelsStatement]
        // The tallies are read whole: they hold a row per state.
        let growing = ["suggestion", "message", "label"]
        for (name, sql) in queries {
            let plan = try await Self.plan(sql, store)
            let scans = plan.filter { line in
                let words = line.split(separator: " ").map(String.init)
                return words.first == "SCAN" && words.count > 1 && growing.contains(words[1]) && !line.contains("INDEX")
            }
            #expect(scans.isEmpty, "\(name): \(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(name) sorts every row it finds: \(plan)")
        }
        // A new message's cross-post lookup reads only the author's entries inside the window.
        let crossPost = try await Self.plan(Store.crossPostQuery, store)
        #expect(crossPost.contains { $0.contains("suggestion_author_standing (author_id=? AND message_id>?)") }, "\(crossPost)")
        // The overview's check of the open rows' versions reads the index alone.
        let versions = try await Self.plan(Store.openVersionsQuery, store)
        #expect(versions.contains { $0.contains("COVERING INDEX suggestion_state") }, "\(versions)")
        // The author view's counts are read from the index alone.
        let plan = try await Self.plan(Store.authorCountsQuery, store)
        #expect(plan.contains { $0.contains("COVERING INDEX suggestion_author_standing") }, "\(plan)")
        // The answers are right too: author 3 wrote every 5th of the 20,000.
        let profile = try await store.authorProfile(Snowflake(UInt64(3)), limit: 10)
        #expect(profile.total == 4_000 && profile.messages.count == 10)
        #expect(profile.messages.first?.messageID == Snowflake(UInt64(20_998)))
    }
}
