"""Fills a console benchmark store up to N messages, honestly.

    python3 Benchmarks/harness/console_store.py STORE MESSAGES

STORE already holds what `modconsole run --headless --once` polled from the
simulator's backlog (real rows, real verdicts). Those rows become templates
for the older history, inserted with the binary's own schema and spread over
80 days: settled mostly (allowed, done, dismissed; 1% of the flagged ones
still pending), with the moderators' labels. The backlog itself is then
polled in again by the caller, so the newest rows are real ones.
Used by Benchmarks/harness/console_store.sh (the console part and
scripts/measure-idle-cpu.sh).
"""
import random, sqlite3, sys, time

import settled_history

path, target = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(path)
db.row_factory = sqlite3.Row
templates = db.execute("SELECT * FROM suggestion ORDER BY id").fetchall()
backlog = db.execute("SELECT COUNT(*) FROM message").fetchone()[0]
for table in ("suggestion", "message", "label", "audit", "event", "cursor", "journal", "lease"):
    db.execute(f"DELETE FROM {table}")
db.execute("DELETE FROM sqlite_sequence")
random.seed(1)
history = target - backlog  # the real backlog is polled in again afterwards
now_ms = int(time.time() * 1000)
first_ms, span_ms = now_ms - 90 * 86_400_000, 80 * 86_400_000
columns = [c for c in templates[0].keys() if c != "id"]
suggestions, rows, labels = [], [], []
for n in range(history):
    t = {k: templates[n % len(templates)][k] for k in columns}
    ms = first_ms + n * span_ms // history
    message_id = settled_history.message_id(ms, n)
    at = ms / 1000
    state, chosen, decided, label = settled_history.settle(t, message_id, t["author_name"], at, random.random)
    if label:
        labels.append(label)
    t.update(message_id=message_id, state=state, chosen_action=chosen, decided_by=decided, due_at=None, claimed_by=None,
             claimed_at=None, failure=None, copies="[]", created_at=at, updated_at=at + 60,
             dry_run=None if decided is None else 0)
    suggestions.append(tuple(t[c] for c in columns))
    rows.append((message_id, t["channel_id"], t["author_id"], t["author_name"], t["content"], at, at, n + 1))
db.executemany(f"INSERT INTO suggestion (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})",
               [(n + 1,) + row for n, row in enumerate(suggestions)])
db.executemany("INSERT INTO message (id, channel_id, author_id, author_name, content, created_at, seen_at, suggestion_id) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
db.executemany("INSERT INTO label (message_id, content, author, channel_name, intent, action, suggested_action, source, moderator, at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", labels)
db.commit()
