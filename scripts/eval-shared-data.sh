#!/usr/bin/env bash
# Prints every classifier measure of issue 10's table in one command: the
# project's dev split (a batch written by a writer the model never saw), and
# the `test` rows of the third-party sets in ../shared/data (the shipped model
# trains on their `train` rows only; test rows are never trained on, and
# settings are never chosen by reading them one by one):
#   - devchat-gitter posted in #general: share given any action (false positives);
#   - social-janitr: scam+phishing recall (delete or flag), and the share of
#     rows labelled exactly ["clean"] that get any action;
#   - sms-spam and youtube-comments-spam: spam recall and precision (delete or flag).
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

# Test rows only, as evaluation files: the expected action is what "caught"
# means for the measure (delete), and allow for everything else.
python3 - "$data" "$work" <<'PY'
import json, sys, os
data, work = sys.argv[1], sys.argv[2]
def rows(name):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row["split"] == "test":
                    yield row
def write(name, items):
    with open(os.path.join(work, name + ".jsonl"), "w", encoding="utf-8") as f:
        for message, action in items:
            f.write(json.dumps({"message": message, "author": "member", "channel_name": "general",
                                "intent": "other", "action": action}, ensure_ascii=False) + "\n")
write("gitter", ((r["message"], "allow") for r in rows("devchat-gitter.jsonl")))
janitr = list(rows("social-janitr.jsonl"))
write("janitr-bad", ((r["message"], "delete") for r in janitr if {"scam", "phishing"} & set(r["labels"])))
write("janitr-clean", ((r["message"], "allow") for r in janitr if r["labels"] == ["clean"]))
for name, file in [("sms", "sms-spam.jsonl"), ("youtube", "youtube-comments-spam.jsonl")]:
    write(name, ((r["message"], "delete" if r["label"] == "spam" else "allow") for r in rows(file)))
PY

"$binary" eval --dataset data/corpus-dev.jsonl --json "$@" > "$work/dev.json"
for name in gitter janitr-bad janitr-clean sms youtube; do
    "$binary" eval --dataset "$work/$name.jsonl" --json "$@" > "$work/$name.json"
done

python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
def report(name):
    with open(os.path.join(work, name + ".json")) as f:
        return json.load(f)
def acted(row):  # anything but allow
    return sum(v for k, v in row.items() if k != "allow")
dev = report("dev")
flag = dev["per_action"]["flag"]
print(f"corpus-dev (held-out batch): macro-F1 {dev['macro_f1']:.3f}, accuracy {dev['accuracy']:.3f}, "
      f"intent accuracy {dev['intent_accuracy']:.3f}, flag F1 {flag['f1']:.3f}   target macro-F1 >= 0.85")
c = report("gitter")["confusion"]
total = sum(c["allow"].values())
print(f"devchat-gitter test as #general: acted on {acted(c['allow']) / total:.2%} "
      f"({acted(c['allow'])} of {total}: flag {c['allow']['flag']}, move {c['allow']['move']}, delete {c['allow']['delete']})   target <= 0.5%")
c = report("janitr-bad")["confusion"]
bad = sum(c["delete"].values())
caught = c["delete"]["delete"] + c["delete"]["flag"]
clean = report("janitr-clean")["confusion"]["allow"]
print(f"social-janitr test scam+phishing: recall {caught / bad:.1%} ({caught} of {bad}; {c['delete']['delete']} deleted); "
      f"[\"clean\"] rows acted on {acted(clean) / sum(clean.values()):.1%} ({acted(clean)} of {sum(clean.values())})   "
      f"target recall >= 85% with <= 2% clean acted on")
for name in ["sms", "youtube"]:
    c = report(name)["confusion"]
    tp = c["delete"]["delete"] + c["delete"]["flag"]
    fp = acted(c["allow"])
    spam = sum(c["delete"].values())
    print(f"{name} test spam: recall {tp / spam:.1%}, precision {tp / max(tp + fp, 1):.1%} "
          f"(spam {spam}, caught {tp}, normal messages acted on {fp})   target recall >= 60% at precision >= 80%")
PY
