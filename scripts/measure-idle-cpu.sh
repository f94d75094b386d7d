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
# The store is made honestly (Benchmarks/harness/console_store.sh, shared
# with the benchmarks' console part, says how). Benchmarks/parts/console.sh
# measures this and the console's other figures in one run.
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
source Benchmarks/harness/console_store.sh
console_private_home "$work"
console_simulator "$bin" "$work"
sim_pid="$CONSOLE_SIM_PID"
console_store "$bin" "$work" "$messages"
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
