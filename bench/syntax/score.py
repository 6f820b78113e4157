#!/usr/bin/env python3
"""Scores a CoNLL-U parse against gold with gold tokenization: UPOS accuracy, UAS and LAS.

As the CoNLL 2018 shared task's scorer counts them when the tokens are the gold ones: over
every syntactic word, punctuation included; LAS compares the universal part of DEPREL (the
subtype after ':' is ignored); a word whose HEAD is right but relation wrong counts for UAS
only. Multiword-token range lines and empty nodes are skipped on both sides. The system file
must hold the same sentences with the same word forms, in order; a mismatch is an error, not
a silent skip.

Usage: score.py GOLD.conllu SYSTEM.conllu [--min-upos X --min-uas X --min-las X]
Prints `UPOS 95.12 UAS 84.56 LAS 80.90 words 25094 sentences 2077` and exits 1 when a figure
is under its --min-* floor.
"""
import argparse
import sys


def sentences(path):
    words = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield words
                    words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                sys.exit(f"{path}:{n}: expected 10 columns, found {len(cols)}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append((cols[1], cols[3], cols[6], cols[7].split(":")[0]))
    if words:
        yield words


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--min-upos", type=float, default=0)
    ap.add_argument("--min-uas", type=float, default=0)
    ap.add_argument("--min-las", type=float, default=0)
    a = ap.parse_args()
    gold = list(sentences(a.gold))
    system = list(sentences(a.system))
    if len(gold) != len(system):
        sys.exit(f"{len(gold)} gold sentences but {len(system)} system sentences")
    words = upos = uas = las = 0
    for i, (g, s) in enumerate(zip(gold, system), 1):
        if [w[0] for w in g] != [w[0] for w in s]:
            sys.exit(f"sentence {i}: the system's words differ from gold's")
        for gw, sw in zip(g, s):
            words += 1
            upos += gw[1] == sw[1]
            if gw[2] == sw[2]:
                uas += 1
                las += gw[3] == sw[3]
    pct = lambda n: 100.0 * n / max(words, 1)
    print(f"UPOS {pct(upos):.2f} UAS {pct(uas):.2f} LAS {pct(las):.2f} words {words} sentences {len(gold)}")
    low = [
        f"{name} {pct(n):.2f} < {floor}"
        for name, n, floor in [("UPOS", upos, a.min_upos), ("UAS", uas, a.min_uas), ("LAS", las, a.min_las)]
        if pct(n) < floor
    ]
    if low:
        print("below the floor: " + ", ".join(low), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
