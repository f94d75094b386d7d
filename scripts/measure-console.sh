#!/usr/bin/env bash
# Measures the console in a real terminal (tmux): the time from launch to the
# first frame and to the first classified rows, and the bytes written to the
# terminal per new message (tmux pipe-pane counts what the program sends).
#
#   scripts/measure-console.sh [seconds=20] [traffic-every=0.5]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
every="${2:-0.5}"
bin=.build/release/modconsole
[ -x "$bin" ] || { echo "build first: swift build -c release --product modconsole" >&2; exit 1; }
work="$(mktemp -d)"
socket="modconsole-measure-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
now() { date +%s%N; }
count() { "$bin" queue list --all --json --db "$work/demo.sqlite" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }

start=$(now)
tmux -L "$socket" new-session -d -s m -x 120 -y 40 \
    "env LANG=C.UTF-8 TERM=tmux-256color $bin demo --db $work/demo.sqlite --traffic-every $every"
until tmux -L "$socket" capture-pane -p -t m | grep -q MANUAL; do sleep 0.01; done
first=$(now)
until tmux -L "$socket" capture-pane -p -t m | grep -q '%'; do sleep 0.01; done
rows=$(now)
echo "time to first frame: $(( (first - start) / 1000000 )) ms; to first classified rows: $(( (rows - start) / 1000000 )) ms"

sleep 3
before=$(count)
tmux -L "$socket" pipe-pane -o -t m "cat >> $work/bytes"
sleep "$seconds"
tmux -L "$socket" pipe-pane -t m
after=$(count)
bytes=$(stat -c %s "$work/bytes")
new=$(( after - before ))
echo "in ${seconds} s: $new new messages, $bytes bytes to the terminal: $(( bytes / (new > 0 ? new : 1) )) bytes per new message (clock updates included)"
