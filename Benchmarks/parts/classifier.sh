#!/usr/bin/env bash
# Section 1: the offline classifier against scikit-learn, on one core.
#
# Both sides train on the same rows (data/corpus-train.jsonl plus the
# third-party `train` rows when ../shared/data is there, as the shipped model
# does), are scored on the same dev rows (data/corpus-dev.jsonl), and are
# timed on the same 100,000 messages, pinned to CPU 0 with one BLAS thread:
#   - modconsole: Benchmarks/Sources/ClassifierBench (Engine's LocalClassifier
#     called directly: classification alone, no file reading or JSON);
#   - scikit-learn: Benchmarks/harness/classifier_sklearn.py, installed into a
#     private virtual environment under ${XDG_CACHE_HOME:-~/.cache}/modconsole-bench.
# Absorbs scripts/bench-classifier.sh (which timed `modconsole eval`).
#
#   BENCH_OUT=DIR BENCH_PACKAGE=Benchmarks/.build/release bash Benchmarks/parts/classifier.sh
# Env: CLASSIFIER_BENCH_MESSAGES (100000), CLASSIFIER_BENCH_SINGLE (scikit-learn
# messages predicted one at a time; 5000: about 10 s), MODCONSOLE_SHARED_DATA (../shared/data).
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
root="$PWD"
package="${BENCH_PACKAGE:-$root/Benchmarks/.build/release}"
count="${CLASSIFIER_BENCH_MESSAGES:-100000}"
single="${CLASSIFIER_BENCH_SINGLE:-5000}"
shared="${MODCONSOLE_SHARED_DATA:-$root/../shared/data}"
venv="${XDG_CACHE_HOME:-$HOME/.cache}/modconsole-bench"
[ -x "$package/ClassifierBench" ] || { echo "no $package/ClassifierBench: run swift build -c release --package-path Benchmarks" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import sklearn" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q scikit-learn
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Nothing of the user's is read or written.
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
unset MODCONSOLE_CONFIG MODCONSOLE_DB
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

taskset -c 0 "$package/ClassifierBench" "$root" "$shared" "$count" "$work"
taskset -c 0 "$venv/bin/python" Benchmarks/harness/classifier_sklearn.py \
    "$work/train.jsonl" "$work/dev.jsonl" "$work/messages.jsonl" "$single" "$work/sklearn.json"
python3 Benchmarks/harness/classifier_section.py "$work/modconsole.json" "$work/sklearn.json" "${BENCH_OUT:-}"
echo "classifier part: $(( $(date +%s) - started )) s (budget 150 s)" >&2
