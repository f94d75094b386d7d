import DiscordREST
import Engine
import Foundation

/// Part 4's Swift side: every read the console and the command line make,
/// through the Engine's own `Store` API (so the figure is the real SQL plus
/// the decoding of its rows), each run `runs` times after one warm-up run.
enum StoreQueries {
    struct Options {
        var store: String
        var topAuthor: Int64
        var typicalAuthor: Int64
        var runs = 7
        /// Only the queries whose name contains this (for profiling one under callgrind).
        var only: String?
    }

    struct Timing: Encodable {
        var name: String
        /// Which `Store` call, with its arguments, as the caller makes it.
        var call: String
        var medianMS: Double
        var minMS: Double
        var maxMS: Double
        var rows: Int
    }

    static func run(_ options: Options) async throws -> [Timing] {
        let store = try Store(path: options.store)
        let newest = try await store.queue(.all, limit: 1).first?.id ?? 0
        let changed = (0..<10).map { newest - Int64($0) * 37 }
        let newestAudit = try await store.audit(limit: 1).first?.id ?? 0
        let queries: [(String, String, () async throws -> Int)] = [
            ("open queue (overview, `queue list`)", "queue(.open, limit: 10_000)",
             { try await store.queue(.open, limit: 10_000).count }),
            ("recent queue page (overview)", "queue(.all, limit: 500)",
             { try await store.queue(.all, limit: 500).count }),
            ("`queue list --all`", "queue(.all, limit: 10_000)",
             { try await store.queue(.all, limit: 10_000).count }),
            ("row versions (overview resync)", "queueVersions(limit: 500, openLimit: 10_000)",
             { let v = try await store.queueVersions(limit: 500, openLimit: 10_000); return v.open.count + v.recent.count }),
            ("changed rows by id (overview update)", "suggestions(10 ids)",
             { try await store.suggestions(changed).count }),
            ("counts (status bar, after every change)", "counts()",
             { let c = try await store.counts(); return c.pending + c.done + c.failed + c.allowed }),
            ("audit page (overview, `audit`)", "audit(limit: 200)",
             { try await store.audit(limit: 200).count }),
            ("newer audit entries (overview update)", "audit(after: newest - 5, limit: 200)",
             { try await store.audit(after: newestAudit - 5, limit: 200).count }),
            ("author view, most active author", "authorProfile(top, limit: 200)",
             { try await store.authorProfile(Snowflake(rawValue: UInt64(bitPattern: options.topAuthor))).messages.count }),
            ("author view, typical author", "authorProfile(median, limit: 200)",
             { try await store.authorProfile(Snowflake(rawValue: UInt64(bitPattern: options.typicalAuthor))).messages.count }),
            ("suggestion by id (detail, decisions)", "suggestion(id)",
             { try await store.suggestion(newest - 1_000) == nil ? 0 : 1 }),
            ("events after a sequence (console feed)", "events(after: last - 50)",
             { try await store.events(after: max(try await store.lastEventSequence() - 50, 0)).count }),
            ("status lines and poll states (overview)", "statuses() + pollStates() + leaseHolder()",
             { let s = try await store.statuses().count + (try await store.pollStates()).count
               return s + ((try await store.leaseHolder()) == nil ? 0 : 1) }),
            ("due and unscheduled (engine, every 0.5 s)", "dueIDs() + unscheduledIDs() + orphanedClaims",
             { let due = try await store.dueIDs().count + (try await store.unscheduledIDs()).count
               return due + (try await store.orphanedClaims(isAlive: { _ in true })).count }),
        ]
        var timings: [Timing] = []
        let clock = ContinuousClock()
        for (name, call, body) in queries where options.only.map(name.contains) ?? true {
            var rows = try await body()  // warm-up: the cache holds what the query reads
            var samples: [Double] = []
            for _ in 0..<max(options.runs, 1) {
                let elapsed = try await clock.measure { rows = try await body() }
                samples.append(elapsed.seconds * 1000)
            }
            samples.sort()
            timings.append(Timing(name: name, call: call, medianMS: samples[samples.count / 2], minMS: samples[0],
                                  maxMS: samples[samples.count - 1], rows: rows))
        }
        return timings
    }
}
