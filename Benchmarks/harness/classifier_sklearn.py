"""scikit-learn's side of the classifier benchmark (Benchmarks/parts/classifier.sh).

HashingVectorizer (word 1-2 grams + char_wb 2-5 grams, 2**18 features each)
with LogisticRegression, trained on exactly the rows modconsole's trainer saw
(the Swift harness writes them), scored on the same dev rows, then timed on
the same messages: one `predict` over all of them (batch) and one `predict`
per message (one at a time). The channel's role is given as a leading word,
as modconsole's policy sees it. Run pinned to one core with one BLAS thread;
times are the process's CPU seconds (`time.process_time`), as on the Swift side.

    python classifier_sklearn.py TRAIN.jsonl DEV.jsonl MESSAGES.jsonl ONE_AT_A_TIME OUT.json
"""
import json
import pickle
import sys
import time

import sklearn
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline, make_union


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def text(row):
    return "__" + row["role"] + "__ " + row["message"]


def main():
    train_path, dev_path, messages_path, one_count, out = sys.argv[1:6]
    train, dev, messages = rows(train_path), rows(dev_path), rows(messages_path)
    model = make_pipeline(
        make_union(HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=2**18, alternate_sign=False),
                   HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2**18, alternate_sign=False)),
        LogisticRegression(max_iter=1000))
    started = time.process_time()
    model.fit([text(r) for r in train], [r["action"] for r in train])
    training = time.process_time() - started

    predicted = model.predict([text(r) for r in dev])
    labels = sorted({r["action"] for r in dev})
    macro_f1 = f1_score([r["action"] for r in dev], predicted, labels=labels, average="macro")

    texts = [text(r) for r in messages]
    model.predict(texts[:1000])  # warm-up, not timed
    started = time.process_time()
    model.predict(texts)
    batch = len(texts) / (time.process_time() - started)

    sample = texts[:int(one_count)]
    started = time.process_time()
    for t in sample:
        model.predict([t])
    single = len(sample) / (time.process_time() - started)

    with open(out, "w") as f:
        json.dump({"name": f"scikit-learn {sklearn.__version__} HashingVectorizer + LogisticRegression",
                   "macro_f1": macro_f1, "training_seconds": training, "batch_per_second": batch,
                   "single_per_second": single, "single_count": len(sample),
                   "model_bytes": len(pickle.dumps(model))}, f)


main()
