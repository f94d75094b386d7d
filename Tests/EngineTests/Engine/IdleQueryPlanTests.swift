import Foundation
import GRDB
import Testing
@testable import Engine

/// What the engine runs every half second, whatever the console shows, must
/// stay an index search when the store holds 100,000 suggestions.
@Suite("Idle query plans")
struct IdleQueryPlanTests {
    @Test("executeDue's queries (unscheduled, orphaned claims, due ids) search an index with 100,000 suggestions; none scans the table")
    func executeDueUsesIndexes() async throws {
        let path = StoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try Store(path: path)
        try await store.pool.write { db in
            // Mostly settled history, a few waiting: the shape of a store after months of use.
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                INSERT INTO suggestion (message_id, channel_id, author_id, author_name, channel_name, content, verdict,
                    suggested_action, confidence, state, due_at, created_at, updated_at)
                SELECT i, 1, i % 97, 'author', 'general', 'text', '{}', 'allow', 0.9,
                    CASE WHEN i % 1000 = 0 THEN 'pending' WHEN i % 10 = 0 THEN 'done' ELSE 'allowed' END,
                    CASE WHEN i % 2000 = 0 THEN 1.0 END, 0, 0
                FROM n
                """)
        }
        let queries = ["unscheduled": Store.unscheduledQuery, "orphaned claims": Store.orphanedClaimsQuery, "due ids": Store.dueQuery]
        for (name, sql) in queries {
            let plan = try await store.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: Date().timeIntervalSince1970, count: sql.filter { $0 == "?" }.count)))
                    .map { row throws(StoreError) in try row.decoded("detail", in: "query plan", as: String.self) }
            }
            #expect(plan.contains { $0.contains("USING") && $0.contains("INDEX") }, "\(name): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN suggestion") }, "\(name): \(plan)")
        }
        // The plans answer correctly too: 50 pending auto actions are due (every 2,000th row), none unscheduled is missing.
        #expect(try await store.dueIDs().count == 50)
        #expect(try await store.unscheduledIDs().count == 50)
    }
}
