#!/usr/bin/env bash
# Scores the local classifier on the third-party data in ../shared/data
# (evaluation only: nothing here is trained on it). Prints the measures the
# data's README suggests: the false-positive rate on developer chat posted in
# #general, scam+phishing recall on janitr, spam precision/recall on SMS and
# YouTube comments.
#
#   scripts/eval-shared-data.sh [path/to/modconsole] [--classifier local|llm|hybrid]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/modconsole}"
shift || true
data="../shared/data"
[ -x "$binary" ] || { echo "no binary at $binary: run swift build -c release --product modconsole" >&2; exit 1; }
[ -d "$data" ] || { echo "no $data: the third-party data lives beside the project" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$data" "$work" <<'PY'
import json, sys, os
data, work = sys.argv[1], sys.argv[2]
def rows(name):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
def write(name, items):
    with open(os.path.join(work, name + ".jsonl"), "w", encoding="utf-8") as f:
        for message, action in items:
            f.write(json.dumps({"message": message, "author": "member", "channel_name": "general",
                                "intent": "other", "action": action}, ensure_ascii=False) + "\n")
write("gitter", ((r["message"], "allow") for r in rows("devchat-gitter.jsonl")))
write("janitr", ((r["message"], "delete" if {"scam", "phishing"} & set(r["labels"]) else "allow")
                 for r in rows("social-janitr.jsonl")))
for name, file in [("sms", "sms-spam.jsonl"), ("youtube", "youtube-comments-spam.jsonl")]:
    write(name, ((r["message"], "delete" if r["label"] == "spam" else "allow") for r in rows(file)))
PY

for name in gitter janitr sms youtube; do
    "$binary" eval --dataset "$work/$name.jsonl" --json "$@" > "$work/$name.json"
done

python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
def confusion(name):
    with open(os.path.join(work, name + ".json")) as f:
        return json.load(f)["confusion"]
def acted(row):  # anything but allow
    return sum(v for k, v in row.items() if k != "allow")
c = confusion("gitter")
total = sum(c["allow"].values())
print(f"devchat-gitter as #general: false-positive rate {acted(c['allow']) / total:.1%} "
      f"({acted(c['allow'])} of {total}: flag {c['allow']['flag']}, move {c['allow']['move']}, delete {c['allow']['delete']})")
c = confusion("janitr")
bad = sum(c["delete"].values())
caught = c["delete"]["delete"] + c["delete"]["flag"]
print(f"social-janitr scam+phishing: recall {caught / bad:.1%} ({caught} of {bad} deleted or flagged; "
      f"{c['delete']['delete']} deleted), clean rows acted on {acted(c['allow'])} of {sum(c['allow'].values())}")
for name in ["sms", "youtube"]:
    c = confusion(name)
    tp = c["delete"]["delete"] + c["delete"]["flag"]
    fp = acted(c["allow"])
    spam = sum(c["delete"].values())
    print(f"{name} spam: precision {tp / max(tp + fp, 1):.1%}, recall {tp / spam:.1%} "
          f"(spam {spam}, caught {tp}, normal messages acted on {fp})")
PY
