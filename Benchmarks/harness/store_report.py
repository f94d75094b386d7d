#!/usr/bin/env python3
"""Part 4's section: query times (from `StoreBench queries`), plans and size.

    store_report.py STORE BUILT.json TIMINGS.json BUILD_SECONDS VERIFY_SECONDS COMMAND

The plans are SQLite's `EXPLAIN QUERY PLAN` of the SQL each Store call runs
(copied here from Sources/Engine/Store, named by the function): a plan that
searches or scans an index is an index use; `SCAN <table>` without one on a
table that grows is a full scan. Writes $BENCH_OUT/store.json.
"""
import json
import os
import sqlite3
import sys

from store_common import write_section

OPEN = "state IN ('approved', 'executing', 'failed', 'overridden', 'pending')"
# (timing name, SQL the Store call runs). Growing tables: suggestion, message, audit, label, event.
PLANS = {
    "open queue (overview, `queue list`)": [f"SELECT * FROM suggestion WHERE {OPEN} ORDER BY id DESC LIMIT ? OFFSET ?"],
    "recent queue page (overview)": ["SELECT * FROM suggestion ORDER BY id DESC LIMIT ? OFFSET ?"],
    "`queue list --all`": ["SELECT * FROM suggestion ORDER BY id DESC LIMIT ? OFFSET ?"],
    "row versions (overview resync)": [f"SELECT id, updated_at FROM suggestion WHERE {OPEN} ORDER BY id DESC LIMIT ?",
                                       "SELECT id, updated_at FROM suggestion ORDER BY id DESC LIMIT ?"],
    "changed rows by id (overview update)": ["SELECT * FROM suggestion WHERE id IN (?, ?, ?)"],
    "counts (status bar, after every change)": [
        "SELECT state, n FROM suggestion_tally",
        "SELECT decided, agreed FROM label_tally",
    ],
    "audit page (overview, `audit`)": ["SELECT * FROM audit ORDER BY id DESC LIMIT ? OFFSET ?"],
    "newer audit entries (overview update)": ["SELECT * FROM audit WHERE id > ? ORDER BY id DESC LIMIT ?"],
    "author view, most active author": [
        "SELECT * FROM suggestion WHERE author_id = ? ORDER BY message_id DESC LIMIT ?",
        "SELECT CASE WHEN state = 'reverted' THEN 'allow' ELSE COALESCE(chosen_action, suggested_action) END AS standing, "
        "COUNT(*) AS n FROM suggestion WHERE author_id = ? GROUP BY standing",
        "SELECT MIN(created_at) FROM message WHERE author_id = ?",
    ],
    "suggestion by id (detail, decisions)": ["SELECT * FROM suggestion WHERE id = ?"],
    "events after a sequence (console feed)": ["SELECT id, body FROM event WHERE id > ? ORDER BY id LIMIT ?",
                                               "SELECT MAX(id) FROM event"],
    "due and unscheduled (engine, every 0.5 s)": [
        "SELECT id, state FROM suggestion WHERE (state IN ('approved', 'overridden') AND (due_at IS NULL OR due_at <= ?)) "
        "OR (state = 'pending' AND due_at IS NOT NULL AND due_at <= ?) ORDER BY id",
        "SELECT * FROM suggestion WHERE state = 'pending' AND due_at IS NULL AND decided_by IS NULL ORDER BY id",
        "SELECT id, state, claimed_by, claimed_at FROM suggestion WHERE state IN ('executing', 'undoing')",
    ],
}
PLANS["author view, typical author"] = PLANS["author view, most active author"]
GROWING = ("suggestion", "message", "audit", "label", "event")


def plan(db, sql):
    arguments = [1] * sql.count("?")
    try:
        return [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, arguments)]
    except sqlite3.Error as error:
        return [f"(cannot plan: {error})"]


def bounded(sql, lines):
    """A newest-first page with no filter: SQLite walks the table's rowid
    b-tree from its end and stops after LIMIT rows, which its plan prints
    as `SCAN table` (without a temp b-tree, so nothing else is read)."""
    return " WHERE " not in sql and "ORDER BY id DESC LIMIT" in sql and not any("TEMP B-TREE" in line for line in lines)


def scans(sql, lines):
    """Lines that read a growing table without an index (a bounded page excepted)."""
    if bounded(sql, lines):
        return []
    return [line for line in lines
            if line.startswith("SCAN ") and "INDEX" not in line and line.split()[1] in GROWING]


def main():
    store, built_path, timings_path, build_seconds, verify, command = sys.argv[1:7]
    with open(built_path) as f:
        built = json.load(f)
    with open(timings_path) as f:
        timings = json.load(f)
    db = sqlite3.connect(store)
    messages = db.execute("SELECT COUNT(*) FROM message").fetchone()[0]
    audits = db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    suggestions = db.execute("SELECT COUNT(*) FROM suggestion").fetchone()[0]
    open_count = db.execute(f"SELECT COUNT(*) FROM suggestion WHERE {OPEN}").fetchone()[0]
    plans = {name: [(sql, plan(db, sql)) for sql in sqls] for name, sqls in PLANS.items()}
    db.close()
    size = os.path.getsize(store) + (os.path.getsize(store + "-wal") if os.path.exists(store + "-wal") else 0)

    figures, notes = [], []
    for timing in timings:
        name = timing["name"]
        found = [line for sql, lines in plans.get(name, []) for line in scans(sql, lines)]
        met = timing["median_ms"] < 10 and not found
        figures.append({"measure": f"{name}: `{timing['call']}`, {timing['rows']:,} rows", "value": timing["median_ms"],
                        "unit": "ms", "goal": "< 10 ms, with an index", "met": met})
        if not met:
            why = f"{timing['median_ms']:.1f} ms, {timing['median_ms'] / 10:.1f}x the goal" if timing["median_ms"] >= 10 else "within 10 ms"
            cost = ""
            if not found and timing["rows"]:
                cost = (f"; its SQL searches an index (plan below), and {timing['median_ms'] / timing['rows'] * 1000:.0f} µs "
                        f"per row of {timing['rows']:,} is reading the rows")
            notes.append(f"Missed: {name} ({why}" + (f"; scans: {'; '.join(found)}" if found else cost) + ").")
    figures.append({"measure": "store size per message (1M messages, 1M audit entries, file after build)",
                    "value": size / messages, "unit": "bytes", "goal": "<= 1,700 bytes (issue 13's starting point)",
                    "met": size / messages <= 1700})
    notes.append("What the misses share: decoding suggestion rows. A row costs tens of microseconds, two thirds of it the "
                 "verdict's JSON with its evidence list through Foundation's JSONDecoder (perf record on `StoreBench queries "
                 "--only`); the SQL of the same pages without decoding (row versions) is a few milliseconds. What would "
                 "close it: keep what a list shows (action, intent, reason, confidence) as columns and decode the verdict's "
                 "JSON only for the detail view; read the open queue and auto mode's unscheduled rows as ids and decode "
                 "only the rows shown or acted on. `queue list --all` prints 10,000 lines, whose output costs more still.")
    notes.append(f"`modconsole audit --verify` over the {audits:,} entries took {float(verify):.1f} s (it reads and hashes "
                 "every entry by design, so it is not held to 10 ms); the chain the build wrote verified intact.")
    plan_lines = []
    for name, entries in plans.items():
        for sql, lines in entries:
            reads = " (the newest LIMIT rows by rowid)" if bounded(sql, lines) else ""
            plan_lines.append(f"{name}: `{sql}` → " + " / ".join(lines) + reads)
    notes.append("Query plans (EXPLAIN QUERY PLAN on the built store): " + " ¶ ".join(plan_lines))
    section = {
        "order": 4,
        "title": "The store at 1,000,000 messages",
        "command": command,
        "method": (f"A store of {messages:,} messages ({suggestions:,} suggestions, {open_count:,} open, {built['labels']:,} labels) "
                   f"and {audits:,} audit entries ({size / 1e6:,.0f} MB), built in {build_seconds} s by "
                   "Benchmarks/harness/store_build.py from rows the release binary stored by polling the simulator, in the "
                   "binary's own schema (authors Zipf-skewed over 20,000 members: the most active wrote "
                   f"{built['top_author_messages']:,}, the typical one {built['typical_author_messages']:,}; audit entries "
                   "hash-chained as the binary chains them). `StoreBench queries` then times each call through the Engine's "
                   "`Store` API (SQL plus decoding the rows), median of 7 runs after one warm-up run, so with a warm page "
                   "cache, pinned to one core. The pending-first order and the console's filters (by author, channel, action, "
                   "state) work in memory on the open and recent queue the overview reads; the author view is the author's "
                   "own query. Each query's plan is listed in the notes."),
        "figures": figures,
        "notes": notes,
    }
    write_section("store", section)

if __name__ == "__main__":
    main()
