#!/usr/bin/env python3
"""End-to-end causal-link evaluation on Causal-TimeBank with causeline's own events.

Runs the evaluation kit's extract_text.py, the extractor with the temporal tagger
(build/tests/extract/extract_tool, no merging, the DCT as publication date) on every text, turns each causal link into the kit's system format (trigger spans in code
points) and runs the kit's score.py. Nothing from the corpus is written outside --work.

usage: bench/causal_timebank.py [--kit ../shared/eval/causal] [--tool build/tests/extract/extract_tool]
                                [--work /tmp/causeline-ctb] [--per-doc]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def cp_offset(data, b):
    return len(data[:b].decode("utf-8", errors="ignore"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kit", default=os.path.join(ROOT, "..", "shared", "eval", "causal"))
    ap.add_argument("--tool", default=os.path.join(ROOT, "build", "tests", "extract", "extract_tool"))
    ap.add_argument("--work", default="/tmp/causeline-ctb")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--types", default="caused,enabled,prevented",
                    help="link types scored (comma-separated)")
    a = ap.parse_args()
    gold_dir = os.path.join(a.kit, "data", "causal-timebank")
    texts = os.path.join(a.work, "texts")
    os.makedirs(texts, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(a.kit, "extract_text.py"), gold_dir, texts],
                   check=True, stderr=subprocess.DEVNULL)
    types = set(a.types.split(","))
    out_path = os.path.join(a.work, "system.jsonl")
    n_links = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(texts)):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(texts, name)
            # The publication date is the article's metadata (the DCT), as an importer reads it.
            tml = open(os.path.join(gold_dir, name[:-4] + ".tml"), encoding="utf-8").read()
            m = re.search(r'<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', tml)
            dct = ["--dct", m.group(1)] if m else []
            res = subprocess.run([a.tool, "--no-build", "--lang", "en", *dct, path], check=True,
                                 capture_output=True)
            tl = json.loads(res.stdout)
            data = open(path, "rb").read()
            trig = {}
            for ev in tl["events"]:
                s = ev["sources"][0]["trigger"]
                trig[ev["id"]] = [cp_offset(data, s[0]), cp_offset(data, s[1])]
            links = []
            for l in tl["links"]:
                if l["type"] not in types or l["from"] not in trig or l["to"] not in trig:
                    continue
                links.append({"cause": trig[l["from"]], "effect": trig[l["to"]]})
            n_links += len(links)
            out.write(json.dumps({"doc": name[:-4], "links": links}) + "\n")
    sys.stderr.write("%d system links -> %s\n" % (n_links, out_path))
    cmd = [sys.executable, os.path.join(a.kit, "score.py"), gold_dir, out_path]
    if a.per_doc:
        cmd.append("--per-doc")
    subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
