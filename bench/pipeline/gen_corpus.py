#!/usr/bin/env python3
"""Writes a generated news corpus of about N MB for the pipeline benchmark.

Articles are the TempEval-3 news texts (../shared/bench/timex/tbaq.jsonl), each given a
headline (its first sentence) and a stated dateline built from its creation date, and written
as one .txt file per article, round after round until the size is reached. Rounds repeat the
same stories, so the corpus also stresses cross-article merging (every event has many sources).
Standard library only.
"""
import argparse
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, required=True, help="target size in MB (10^6 bytes)")
    ap.add_argument("--out", required=True, help="folder to write .txt files into")
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__),
                    "../../../shared/bench/timex/tbaq.jsonl"))
    args = ap.parse_args()
    docs = [json.loads(line) for line in open(args.source, encoding="utf-8")]
    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1_000_000)
    written = 0
    n = 0
    while written < target:
        doc = docs[n % len(docs)]
        body = doc["text"].strip()
        headline = body.split(".")[0].strip().replace("\n", " ")[:120]
        text = f"{headline}\n\nPublished {doc['dct']}\n\n{body}\n"
        data = text.encode("utf-8")
        with open(os.path.join(args.out, f"{n:06d}_{doc['id']}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
        n += 1
    print(f"{n} files, {written} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
