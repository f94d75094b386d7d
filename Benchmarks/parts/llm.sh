#!/usr/bin/env bash
# Part 6: the LLM path against the simulator's fake OpenAI-compatible server:
# calls for a cross-post burst in ten channels (clustering, cache) and
# throughput at concurrency 1, 4 and 8 with a fixed server latency
# (Benchmarks/Sources/TrafficBench/LLMBench.swift).
#
#   BENCH_OUT=DIR BENCH_BIN=.build/release/modconsole BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/llm.sh
set -euo pipefail
start=$(date +%s%N)
"${BENCH_PACKAGE:?set BENCH_PACKAGE to Benchmarks/.build/release}/TrafficBench" llm
echo "llm: ${BENCH_OUT:+wrote $BENCH_OUT/llm.json in }$(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
