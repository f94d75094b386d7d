#!/usr/bin/env bash
# Part 4: the store at 1,000,000 messages and 1,000,000 audit entries: the
# time of every query the console and the command line make (through the
# Engine's Store API), their query plans, and the store's size. Writes
# $BENCH_OUT/store.json (see Benchmarks/README.md).
#
#   BENCH_OUT=DIR BENCH_BIN=.build/release/modconsole BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/store.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
bin="$(realpath "${BENCH_BIN:-.build/release/modconsole}")"
package="${BENCH_PACKAGE:-Benchmarks/.build/release}"
messages="${STORE_MESSAGES:-1000000}"
# On tmpfs where there is one: the figures are warm-cache query times, and
# building 1.6 GB on a busy disk would only make the run longer.
work="$(mktemp -d -p "$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")"
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
# No configuration or store of the user's is read or touched.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset MODCONSOLE_CONFIG MODCONSOLE_DB
export PYTHONDONTWRITEBYTECODE=1

# Real rows and the binary's own schema: the release binary polls the simulator's backlog.
"$bin" simulate --traffic-every 0 > "$work/simulator.env" &
sim_pid=$!
for _ in $(seq 300); do grep -q DISCORD_AUDIT_CHANNEL_ID "$work/simulator.env" 2>/dev/null && break; sleep 0.1; done
eval "$(grep '^export ' "$work/simulator.env")"
"$bin" run --headless --once --db "$work/templates.sqlite" > /dev/null 2>&1
kill "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=""

build_start=$(date +%s)
python3 Benchmarks/harness/store_build.py "$work/templates.sqlite" "$work/store.sqlite" "$messages" "$messages" > "$work/built.json"
build_seconds=$(( $(date +%s) - build_start ))
top=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['top_author'])" "$work/built.json")
typical=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['typical_author'])" "$work/built.json")
taskset -c 0 "$package/StoreBench" queries --store "$work/store.sqlite" --top-author "$top" --typical-author "$typical" \
    --runs 7 > "$work/timings.json"
# The hash chain the build wrote must hold, as the binary checks it.
verify_start=$(date +%s.%N)
"$bin" audit --verify --db "$work/store.sqlite" >&2
verify_seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$verify_start" "$(date +%s.%N)")
[ -n "${STORE_KEEP:-}" ] && cp "$work/store.sqlite" "$work/built.json" "$STORE_KEEP/"
python3 Benchmarks/harness/store_report.py "$work/store.sqlite" "$work/built.json" "$work/timings.json" "$build_seconds" \
    "$verify_seconds" "bash Benchmarks/parts/store.sh"
echo "store part: $(( $(date +%s) - started )) s (building the store: $build_seconds s)" >&2
