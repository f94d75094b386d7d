#!/usr/bin/env bash
# Part 3: engine throughput (fetched JSON -> stored suggestion, offline
# classifier) against raw SQLite inserts of the same rows, and store bytes
# per message. Writes $BENCH_OUT/engine.json (see Benchmarks/README.md).
#
#   BENCH_OUT=DIR BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/engine.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
package="${BENCH_PACKAGE:-Benchmarks/.build/release}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No configuration or store of the user's is read or touched.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset MODCONSOLE_CONFIG MODCONSOLE_DB
export PYTHONDONTWRITEBYTECODE=1

taskset -c 0 "$package/StoreBench" engine --store "$work/engine.sqlite" \
    --corpus data/corpus-dev.jsonl,data/corpus-train.jsonl --channels 4 --per-poll 100 --cycles "${ENGINE_CYCLES:-10}" \
    > "$work/engine.json"
taskset -c 0 python3 Benchmarks/harness/engine_baseline.py "$work/engine.sqlite" "$work/engine.json" \
    "bash Benchmarks/parts/engine.sh"
echo "engine part: $(( $(date +%s) - started )) s" >&2
