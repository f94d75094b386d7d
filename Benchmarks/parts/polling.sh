#!/usr/bin/env bash
# Part 2: modconsole's poller beside the original bot's design (the last 20
# messages of every channel each cycle) on one simulated guild of ten channels:
# requests and response bytes per idle cycle, messages missed in bursts,
# requests per burst, responses 429 (Benchmarks/Sources/TrafficBench/PollingBench.swift).
#
#   BENCH_OUT=DIR BENCH_BIN=.build/release/modconsole BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/polling.sh
set -euo pipefail
start=$(date +%s%N)
"${BENCH_PACKAGE:?set BENCH_PACKAGE to Benchmarks/.build/release}/TrafficBench" polling
echo "polling: ${BENCH_OUT:+wrote $BENCH_OUT/polling.json in }$(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
