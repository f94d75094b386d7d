#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/install-deps.sh
swift build --build-tests
# Retraining the whole model is seconds of pure CPU on both cores; it runs in a
# phase of its own so the rest of the suite is not slowed by it.
# The end-to-end suites drive the modconsole binary; they run once, below,
# against the release binary users run.
# Twelve tests at a time: Swift Testing otherwise starts all 440 at once, and
# some 170 in-process simulators and fake LLM servers then wait behind each
# other's work on a two-core machine until their clients time out (seen on
# a quiet machine too: 3 failures in 108 s unbounded, none in 42-64 s at 12).
SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH=12 swift test --skip-build --skip TrainingTests --skip EndToEndTests
swift test --skip-build --filter TrainingTests
# What users run is what is tested: the release binary (scripts/demo.sh builds
# it) through every end-to-end path, LLM and hybrid included. The optimiser
# once broke a path every debug test passed.
swift build -c release --product modconsole
MODCONSOLE_BINARY="$PWD/.build/release/modconsole" swift test --skip-build --filter EndToEndTests
# Every parser of outside input under libFuzzer: 20,000 inputs per target
# from a fixed seed, the same on every machine (new crashers are kept in
# Fuzz/Crashers/ and fail the run; FuzzRegressionTests above replays the kept
# ones and every seed).
MODCONSOLE_FUZZ_RUNS="${MODCONSOLE_FUZZ_RUNS:-20000}" bash scripts/fuzz.sh
