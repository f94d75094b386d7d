#!/usr/bin/env python3
"""Builds a store of MESSAGES messages and AUDIT audit entries from real rows.

    store_build.py TEMPLATES.sqlite STORE.sqlite MESSAGES AUDIT

TEMPLATES is a store the release binary wrote by polling the simulator's
backlog (`run --headless --once`): its schema is the binary's own (every
migration applied), its rows are real verdicts. STORE starts as a copy of it
with the rows taken out; the history is those rows repeated, with:
- message ids as Discord makes them (time << 22), one every few seconds over
  80 days, so ids and times grow together as they do in a real store;
- authors drawn from 20,000 members with a Zipf-like skew (exponent 0.8):
  a few write a lot, most write little (the most active has ~3%);
- the settled shape of scripts/measure-idle-cpu.sh: an allowed message stays
  `allowed`; of the others 1% are still pending, 74% done, 25% dismissed,
  each decision with its moderator label;
- AUDIT audit entries for those decisions, hash-chained exactly as
  `Store.appendAudit` chains them (so `modconsole audit --verify` holds).
Indexes are dropped during the bulk insert and created again from the
schema's own SQL (but for the one the tally triggers search); the triggers
keep the status bar's tallies as they do in use; the journal is off while building and WAL afterwards, as
the binary leaves it. Prints the newest and a typical author id as JSON.
"""
import bisect
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import time

import settled_history

AUTHORS = 20_000


def audit_hash(previous, at_ms, moderator, action, suggestion_id, message_id, channel_id, result, reason, dry_run):
    """AuditEntry.computeHash: each field as its UTF-8 length, a colon and its bytes."""
    fields = [previous, str(at_ms), moderator, action,
              "" if suggestion_id is None else str(suggestion_id),
              "" if message_id is None else str(message_id),
              "" if channel_id is None else str(channel_id),
              result, reason, "1" if dry_run else "0"]
    data = bytearray()
    for field in fields:
        raw = field.encode()
        data += str(len(raw)).encode() + b":" + raw
    return hashlib.sha256(data).hexdigest()


def main():
    templates_path, path, target, audit_target = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    shutil.copyfile(templates_path, path)
    db = sqlite3.connect(path, isolation_level=None)
    db.row_factory = sqlite3.Row
    templates = db.execute("SELECT * FROM suggestion ORDER BY id").fetchall()
    if not templates:
        sys.exit("store_build.py: the template store holds no suggestions (did the binary poll the simulator?)")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -200000")
    indexes = [row["sql"] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name != 'label_message'")]
    db.execute("BEGIN")
    for table in ("suggestion", "message", "label", "audit", "journal"):
        db.execute(f"DELETE FROM {table}")
    db.execute("DELETE FROM sqlite_sequence WHERE name IN ('suggestion', 'label', 'audit')")
    # The tally triggers (migration v9) look labels up by message: that index stays.
    for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name != 'label_message'").fetchall():
        db.execute(f"DROP INDEX {row['name']}")

    rng = random.Random(1)
    weights = [1 / (k + 1) ** 0.8 for k in range(AUTHORS)]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    author_ids = [200_000_000_000_000_000 + k * 7919 for k in range(AUTHORS)]

    now_ms = int(time.time() * 1000)
    first_ms, span_ms = now_ms - 90 * 86_400_000, 80 * 86_400_000
    columns = [c for c in templates[0].keys() if c != "id"]
    decided = []  # (suggestion id, message id, channel id, action, result, reason, at)
    labels = []
    counts = [0] * AUTHORS

    def suggestions():
        for n in range(target):
            t = dict(templates[n % len(templates)])
            ms = first_ms + n * span_ms // target
            message_id = settled_history.message_id(ms, n)
            at = ms / 1000
            rank = bisect.bisect_left(cumulative, rng.random() * total)
            counts[rank] += 1
            author_id, author_name = author_ids[rank], f"{t['author_name']}_{rank}"
            action = t["suggested_action"]
            state, chosen, by, label = settled_history.settle(t, message_id, author_name, at, rng.random)
            if label:
                labels.append(label)
                reason = json.loads(t["verdict"]).get("reason", "")
                decided.append((n + 1, message_id, t["channel_id"], chosen or action,
                                "dismissed" if chosen else "done", reason, at + 60))
            t.update(message_id=message_id, author_id=author_id, author_name=author_name, state=state, chosen_action=chosen,
                     decided_by=by, due_at=None, claimed_by=None, claimed_at=None, failure=None, copies="[]",
                     created_at=at, updated_at=at + 60, dry_run=None if by is None else 0)
            yield (n + 1,) + tuple(t[c] for c in columns)

    db.executemany(f"INSERT INTO suggestion (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})",
                   suggestions())
    db.execute("""
        INSERT INTO message (id, channel_id, author_id, author_name, content, created_at, seen_at, suggestion_id)
        SELECT message_id, channel_id, author_id, author_name, content, created_at, created_at, id FROM suggestion
        """)
    db.executemany("INSERT INTO label (message_id, content, author, channel_name, intent, action, suggested_action, source, "
                   "moderator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", labels)

    def audit_rows():
        previous = "0" * 64
        moderators = ["moderator", "alice", "bob", "carol"]
        for n in range(audit_target):
            sid, mid, cid, action, result, reason, at = decided[n % len(decided)]
            at_ms = round((at + n % 1000) * 1000)
            moderator = moderators[n % len(moderators)]
            digest = audit_hash(previous, at_ms, moderator, action, sid, mid, cid, result, reason, False)
            yield (at_ms / 1000, moderator, action, sid, mid, cid, result, reason, 0, previous, digest)
            previous = digest

    if not decided:
        sys.exit("store_build.py: no template row had an action other than allow, so there is nothing to audit")
    db.executemany("INSERT INTO audit (at, moderator, action, suggestion_id, message_id, channel_id, result, reason, dry_run, "
                   "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", audit_rows())
    for sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    # No ANALYZE: the binary never runs it, so the planner sees what it sees in use.
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    order = sorted(range(AUTHORS), key=lambda k: -counts[k])
    typical = order[len([c for c in counts if c > 0]) // 2]
    print(json.dumps({"top_author": author_ids[order[0]], "top_author_messages": counts[order[0]],
                      "typical_author": author_ids[typical], "typical_author_messages": counts[typical],
                      "labels": len(labels)}))


if __name__ == "__main__":
    main()
