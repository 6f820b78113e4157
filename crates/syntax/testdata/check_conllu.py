#!/usr/bin/env python3
"""Checks a CoNLL-U file's shape: 10 tab-separated columns, IDs 1..n in order, heads within the
sentence, exactly one root, no cycles (every word reaches the root), a sent_id and text per
sentence, and the text equal to the forms once blanks are removed. Usage: check_conllu.py FILE"""
import re
import sys


def check(path):
    errors, sents, words, block = [], 0, 0, []
    lines = open(path, encoding="utf-8").read().split("\n")
    for n, line in enumerate(lines + [""], 1):
        if line.strip():
            block.append((n, line))
            continue
        if not block:
            continue
        sents += 1
        comments = [l for _, l in block if l.startswith("#")]
        rows = [(k, l.split("\t")) for k, l in block if not l.startswith("#")]
        where = f"{path}:{block[0][0]}"
        sid = [c for c in comments if c.startswith("# sent_id = ")]
        text = [c[len("# text = "):] for c in comments if c.startswith("# text = ")]
        if len(sid) != 1 or len(text) != 1:
            errors.append(f"{where}: needs one sent_id and one text")
        heads = {}
        for i, (k, cols) in enumerate(rows, 1):
            if len(cols) != 10:
                errors.append(f"{path}:{k}: {len(cols)} columns")
                continue
            if cols[0] != str(i):
                errors.append(f"{path}:{k}: ID {cols[0]}, expected {i}")
            if not cols[6].isdigit() or int(cols[6]) > len(rows) or cols[6] == cols[0]:
                errors.append(f"{path}:{k}: bad head {cols[6]}")
            else:
                heads[i] = int(cols[6])
            if (cols[6] == "0") != (cols[7] == "root"):
                errors.append(f"{path}:{k}: root must be head 0 with deprel root")
        words += len(rows)
        if sum(1 for h in heads.values() if h == 0) != 1:
            errors.append(f"{where}: not exactly one root")
        for i in heads:
            seen, j = set(), i
            while j and j in heads and j not in seen:
                seen.add(j)
                j = heads[j]
            if j != 0:
                errors.append(f"{where}: word {i} does not reach the root")
                break
        if text and re.sub(r"\s", "", text[0]) != "".join(c[1] for _, c in rows if len(c) == 10):
            errors.append(f"{where}: text and forms differ")
        block = []
    return errors, sents, words


if __name__ == "__main__":
    errors, sents, words = check(sys.argv[1])
    for e in errors:
        print(e)
    print(f"{sents} sentences, {words} words, {len(errors)} errors")
    sys.exit(1 if errors else 0)
