#!/usr/bin/env bash
# Part 7: 30 `modconsole queue approve ID` processes in a row beside one
# engine making the same 30 decisions, each against its own simulated guild:
# requests and responses 429 from the simulator's record
# (Benchmarks/Sources/TrafficBench/DecisionsBench.swift).
#
#   BENCH_OUT=DIR BENCH_BIN=.build/release/modconsole BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/cli-decisions.sh
set -euo pipefail
start=$(date +%s%N)
"${BENCH_PACKAGE:?set BENCH_PACKAGE to Benchmarks/.build/release}/TrafficBench" cli-decisions
echo "cli-decisions: ${BENCH_OUT:+wrote $BENCH_OUT/cli-decisions.json in }$(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
