#!/usr/bin/env python3
"""Pins the extraction quality on samples/parallel (one story in six languages, hand-made gold):
runs bench/parallel_articles.sh with the built causeline and fails when a score falls below its
floor. The floors sit a little under the measured values, so a real regression fails the test.

usage: parallel_scores.py CAUSELINE_BIN SOURCE_DIR SHARED_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

FLOORS = {  # measure: minimum
    "event F1 (text and date)": 0.85,
    "date accuracy on dated gold": 0.95,
    "causal link F1 (directed)": 0.55,
    "cross-document merge F1": 0.85,
}


def main():
    binary, source, shared = sys.argv[1:4]
    if not os.path.exists(os.path.join(shared, "eval/seeds/score_events.py")):
        sys.exit(f"{shared}/eval/seeds/score_events.py is needed beside the checkout")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "score.json")
        subprocess.run([os.path.join(source, "bench/parallel_articles.sh"), binary, "--json", out],
                       check=True, env={**os.environ, "CAUSELINE_SHARED": shared})
        with open(out, encoding="utf-8") as f:
            s = json.load(f)
    got = {
        "event F1 (text and date)": s["overall"]["events_strict"]["f1"],
        "date accuracy on dated gold": s["overall"]["date_accuracy_on_dated_gold"],
        "causal link F1 (directed)": s["overall"]["causal"]["f1"],
        "cross-document merge F1": s["merge"]["pairwise_cross_doc"]["f1"],
    }
    failed = False
    for name, floor in FLOORS.items():
        ok = got[name] >= floor
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {got[name]:.3f} (floor {floor:.2f})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
