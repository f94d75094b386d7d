#!/usr/bin/env bash
# Section 5, the console, on a store of 100,000 messages: the frame time in
# process (ConsoleBench), then in tmux the time to the first frame of `run`
# and `demo`, bytes per key press and per incoming message (against a full
# repaint of the same screen), resident memory and idle CPU of `run`.
#
#   BENCH_OUT=DIR BENCH_BIN=.build/release/modconsole BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/console.sh
#
# Budget: 200 s. Nothing of the user's is read: HOME and XDG_* point at a
# scratch folder, removed on exit with everything started here.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
bin="$(realpath "${BENCH_BIN:-.build/release/modconsole}")"
package="$(realpath "${BENCH_PACKAGE:-Benchmarks/.build/release}")"
work="$(mktemp -d)"
CONSOLE_SIM_PID=""
cleanup() {
    [ -n "$CONSOLE_SIM_PID" ] && kill "$CONSOLE_SIM_PID" 2>/dev/null && wait "$CONSOLE_SIM_PID" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

source Benchmarks/harness/console_store.sh
console_private_home "$work"
console_simulator "$bin" "$work"
console_store "$bin" "$work" 100000
echo "console: store of $(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM message').fetchone()[0])" \
    "$work/store.sqlite") messages made in $(( $(date +%s) - started )) s" >&2

taskset -c 0 "$package/ConsoleBench" "$work/store.sqlite" 2000 > "$work/render.json"
python3 Benchmarks/harness/console_terminal.py "$bin" "$work" "$work/render.json"
echo "console: $(( $(date +%s) - started )) s (budget 200 s)" >&2
