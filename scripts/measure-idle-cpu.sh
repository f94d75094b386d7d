#!/usr/bin/env bash
# Measures what the console costs while nothing happens: `modconsole run` in
# tmux against the simulated guild (no live traffic) on a store holding
# 100,000 messages, sampling the process's CPU time (utime + stime from
# /proc/PID/stat) over a minute. Prints the percent of one core.
#
#   scripts/measure-idle-cpu.sh [binary] [seconds=60] [messages=100000]
#
# Without a binary it builds and uses .build/release/modconsole. Pass another
# build's binary to compare (its own schema is used for its store).
#
# The store is made honestly: the binary polls the simulator's backlog into a
# scratch store (real rows, real verdicts); those rows are the templates for
# the older history, inserted by SQL into a second store with the same schema
# (settled mostly: allowed, done, dismissed, 1% of flagged ones still
# pending, with the moderators' labels); then the binary polls the backlog
# into that store too, so the newest rows are real ones.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bin="${1:-}"
seconds="${2:-60}"
messages="${3:-100000}"
if [ -z "$bin" ]; then
    swift build -c release --product modconsole >&2
    bin=.build/release/modconsole
fi
bin="$(realpath "$bin")"
work="$(mktemp -d)"
socket="modconsole-idle-$$"
sim_pid=""
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
# No configuration or store of the user's is read or touched.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset MODCONSOLE_CONFIG MODCONSOLE_DB

"$bin" simulate --traffic-every 0 > "$work/simulator.env" &
sim_pid=$!
for _ in $(seq 300); do grep -q DISCORD_AUDIT_CHANNEL_ID "$work/simulator.env" 2>/dev/null && break; sleep 0.1; done
eval "$(grep '^export ' "$work/simulator.env")"

# Real rows to copy from, and an empty store with the binary's own schema.
"$bin" run --headless --once --db "$work/templates.sqlite" > /dev/null 2>&1
cp "$work/templates.sqlite" "$work/store.sqlite"
python3 - "$work/store.sqlite" "$messages" <<'EOF'
import json, random, sqlite3, sys, time

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
discord_epoch, now_ms = 1420070400000, int(time.time() * 1000)
first_ms, span_ms = now_ms - 90 * 86_400_000, 80 * 86_400_000
columns = [c for c in templates[0].keys() if c != "id"]
suggestions, rows, labels = [], [], []
for n in range(history):
    t = {k: templates[n % len(templates)][k] for k in columns}
    ms = first_ms + n * span_ms // history
    message_id = ((ms - discord_epoch) << 22) | (n & 0x3FFFFF)
    at = ms / 1000
    action = t["suggested_action"]
    state, chosen, decided = "allowed", None, None
    if action != "allow":
        roll = random.random()
        state = "pending" if roll < 0.01 else "done" if roll < 0.75 else "dismissed"
        if state != "pending":
            decided = "moderator"
            chosen = "allow" if state == "dismissed" else None
            intent = json.loads(t["verdict"]).get("intent", "other")
            labels.append((message_id, t["content"], t["author_name"], t["channel_name"], intent, chosen or action, action,
                           "dismiss" if chosen else "approve", decided, at + 60))
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
EOF
"$bin" run --headless --once --db "$work/store.sqlite" > /dev/null 2>&1
count() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$work/store.sqlite" "$1"; }
echo "store: $(count 'SELECT COUNT(*) FROM message') messages, $(count 'SELECT COUNT(*) FROM suggestion') suggestions, $(count "SELECT COUNT(*) FROM suggestion WHERE state IN ('pending','failed')") open"

tmux -L "$socket" new-session -d -s m -x 120 -y 40 \
    "env LANG=C.UTF-8 TERM=tmux-256color $bin run --db $work/store.sqlite"
for _ in $(seq 600); do tmux -L "$socket" capture-pane -p -t m | grep -q MANUAL && break; sleep 0.1; done
pid="$(tmux -L "$socket" display -p -t m '#{pane_pid}')"
[ "$(cat "/proc/$pid/comm")" = modconsole ] || { echo "the pane runs $(cat "/proc/$pid/comm"), not modconsole" >&2; exit 1; }
# Idle: the first poll and the first full read are done.
sleep 15
cpu() { sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }'; }
ticks="$(getconf CLK_TCK)"
before="$(cpu)"
load_before="$(cut -d' ' -f1 /proc/loadavg)"
sleep "$seconds"
after="$(cpu)"
load_after="$(cut -d' ' -f1 /proc/loadavg)"
tmux -L "$socket" capture-pane -p -t m > "$work/screen"
grep -q MANUAL "$work/screen" || { echo "the console is not showing its status bar" >&2; cat "$work/screen" >&2; exit 1; }
tmux -L "$socket" send-keys -t m q
python3 -c "
used = ($after - $before) / $ticks
print(f'idle CPU of $(basename "$bin") (run, console): {used:.2f} s in $seconds s = {100 * used / $seconds:.2f}% of one core'
      f' (machine load $load_before -> $load_after: other work makes the number noisier)')"
