#!/usr/bin/env bash
# Single-core prediction throughput of the local classifier against
# scikit-learn's HashingVectorizer (word 1-2 + char_wb 2-5 grams) with
# LogisticRegression, on the same 50,000 messages, in one run:
#   - modconsole: `eval` over the messages, pinned to one core; the figure is
#     its classification alone, not file reading. eval shows no evidence, so it
#     builds none but the matched rules (the engine explains every verdict it
#     stores: about 1.5x the cost);
#   - scikit-learn: trained on data/corpus-train.jsonl, then `predict` on the
#     same messages (vectorising included), pinned to the same core with one thread.
# scikit-learn is installed into a private virtual environment under
# ${XDG_CACHE_HOME:-~/.cache}/modconsole-bench (PyPI is needed the first time).
#
#   scripts/bench-classifier.sh [path/to/modconsole] [count]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/modconsole}"
count="${2:-50000}"
data="../shared/data"
[ -x "$binary" ] || { echo "no binary at $binary: run swift build -c release --product modconsole" >&2; exit 1; }
venv="${XDG_CACHE_HOME:-$HOME/.cache}/modconsole-bench"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import sklearn" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q scikit-learn
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The messages: the project's corpus and, when present, the third-party sets,
# cycled to `count` (real chat lengths, many languages).
python3 - "$data" "$work/messages.jsonl" "$count" <<'PY'
import json, os, sys, itertools
data, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = []
for path in ["data/corpus-train.jsonl", "data/corpus-dev.jsonl"] + [os.path.join(data, f) for f in
             ["devchat-gitter.jsonl", "social-janitr.jsonl", "sms-spam.jsonl", "youtube-comments-spam.jsonl"]]:
    if os.path.exists(path):
        texts += [json.loads(line)["message"] for line in open(path, encoding="utf-8") if line.strip()]
with open(out, "w", encoding="utf-8") as f:
    for text in itertools.islice(itertools.cycle(texts), count):
        f.write(json.dumps({"message": text, "author": "member", "channel_name": "general",
                            "intent": "other", "action": "allow"}, ensure_ascii=False) + "\n")
PY

ours=$(taskset -c 0 "$binary" eval --dataset "$work/messages.jsonl" --classifier local --json --misses 0 \
       | python3 -c "import json,sys; print(json.load(sys.stdin)['messages_per_second'])")

theirs=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 taskset -c 0 "$venv/bin/python" - "$work/messages.jsonl" <<'PY'
import json, sys, time
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union
train = [json.loads(line) for line in open("data/corpus-train.jsonl", encoding="utf-8") if line.strip()]
messages = [json.loads(line)["message"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
model = make_pipeline(
    make_union(HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=2**18, alternate_sign=False),
               HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2**18, alternate_sign=False)),
    LogisticRegression(max_iter=1000))
model.fit([r["message"] for r in train], [r["action"] for r in train])
started = time.perf_counter()
model.predict(messages)
print(len(messages) / (time.perf_counter() - started))
PY
)
python3 - "$ours" "$theirs" "$count" <<'PY'
import sys
ours, theirs, count = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"{count} messages, one core: modconsole local {ours:,.0f} messages/s, "
      f"scikit-learn HashingVectorizer+LogisticRegression predict {theirs:,.0f} messages/s: "
      f"ratio {ours / theirs:.2f}x (target >= 5x)")
PY
