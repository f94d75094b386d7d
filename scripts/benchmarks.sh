#!/usr/bin/env bash
# Runs every benchmark and rewrites BENCHMARKS.md: each figure beside a
# baseline measured in the same run (Benchmarks/README.md says how).
#
#   scripts/benchmarks.sh [part ...]     (default: every Benchmarks/parts/*.sh)
#
# Builds the release binary and the Benchmarks package first (a cold build is
# most of the first run's time); the parts then run one after another, so no
# part's figures are taken while another part loads the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
started=$(date +%s)
bash scripts/install-deps.sh
swift build -c release --product modconsole
swift build -c release --package-path Benchmarks
built=$(date +%s)
export BENCH_BIN="$PWD/.build/release/modconsole"
export BENCH_PACKAGE="$PWD/Benchmarks/.build/release"
export BENCH_OUT
BENCH_OUT="$(mktemp -d)"
trap 'rm -rf "$BENCH_OUT"' EXIT

parts=("$@")
if [ ${#parts[@]} -eq 0 ]; then
    for file in Benchmarks/parts/*.sh; do parts+=("$(basename "$file" .sh)"); done
fi
failed=()
for part in "${parts[@]}"; do
    echo "== $part" >&2
    part_start=$(date +%s)
    if ! bash "Benchmarks/parts/$part.sh"; then
        failed+=("$part")
        echo "== $part FAILED" >&2
    fi
    echo "== $part: $(( $(date +%s) - part_start )) s" >&2
done
python3 Benchmarks/report.py "$BENCH_OUT" BENCHMARKS.md "scripts/benchmarks.sh" \
    "$(( $(date +%s) - started ))" "$(IFS=,; echo "${parts[*]}")" "$(( built - started ))"
[ ${#failed[@]} -eq 0 ] || { echo "failed parts: ${failed[*]}" >&2; exit 1; }
