#!/usr/bin/env python3
"""The title audit of issue 13: events sampled by a fixed seed from PolNeAR dev and TimeBank,
judged by hand against the rubric in README.md ("Title audit"), the judgments kept in
audit.tsv by document id and byte span (no text copied: a title is kept as its FNV-1a hash).

    audit.py sample [--per-set 80]   runs the CLI, samples, and prints each sampled event
                                     (sentence, date, title) with an audit.tsv row to judge
    audit.py check                   runs the CLI and reports the pass rate of audit.tsv and
                                     every judged title that changed since it was judged
    audit.py fresh --set S --seed N  prints 40 events (--count) of a set the audit never draws
                                     from (AQUAINT, polnear-train): 30 documents by the seed,
                                     then the events; to judge once by the same rubric, as a
                                     measure of titles on unseen news (the audit's rows are
                                     what the title rules were written against). AQUAINT
                                     has only 73 documents: by seed 23 nearly every sentence
                                     a fresh AQUAINT sample draws was in an earlier seed's
                                     sample, so only polnear-train (840) is still unseen

Rows of audit.tsv (tab-separated): set, doc, published, start, end (the event's first source
sentence, UTF-8 bytes), when (start..end), title_fnv (FNV-1a 64 of the UTF-8 title, hex),
verdict (pass/fail, or gone: no longer an event, not counted), failed criteria (agent, verb, object, grammar, cut, date; comma
separated), note. The Rust test `event::judged_titles_stay_as_judged` re-checks the passing
rows. Standard library only. Run from the repository root; the CLI is
$CARGO_TARGET_DIR/release-native/dateline (or --run BIN).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
SETS = {
    "polnear-dev": os.path.join(SHARED, "bench", "quotes", "polnear-dev"),
    "TimeBank": os.path.join(SHARED, "bench", "events", "TimeBank"),
}
SEED = 13
# Sets no title rule was written against, for `fresh` samples; never judged into audit.tsv.
FRESH_SETS = {
    "AQUAINT": os.path.join(SHARED, "bench", "events", "AQUAINT"),
    "polnear-train": os.path.join(SHARED, "bench", "quotes", "polnear-train"),
}
FRESH_DOCS = 30


def fnv1a(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def documents(name):
    """(doc id, publication date) of a set, sorted."""
    d = SETS[name]
    if name in ("TimeBank", "AQUAINT"):
        gold = json.load(open(os.path.join(d, "gold.json")))
        return sorted((doc, g["dct"][:10]) for doc, g in gold.items())
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(d, "metadata.tsv"), encoding="utf-8")]
    head = rows[0]
    return sorted((r[head.index("filename")], r[head.index("publication_date")]) for r in rows[1:])


def events(binary, name, doc, published, out):
    path = os.path.join(SETS[name], doc + ".txt")
    with open(out, "w") as f:
        subprocess.run([binary, "parse", "--published", published, path], stdout=f, check=True)
    bundle = json.load(open(out))
    text = bundle["articles"][0]["text"].encode("utf-8")
    for e in bundle["events"]:
        s = e["sources"][0]
        yield dict(set=name, doc=doc, published=published, start=s["start"], end=s["end"],
                   when=f"{e['when']['start']}..{e['when']['end']}", title=e["title"],
                   sentence=text[s["start"]:s["end"]].decode("utf-8", "replace"))


def all_events(binary):
    tmp = tempfile.mkdtemp(prefix="dateline-audit-")
    found = {}
    for name in SETS:
        found[name] = []
        for doc, published in documents(name):
            found[name].extend(events(binary, name, doc, published, os.path.join(tmp, doc + ".json")))
    return found


def fresh(binary, name, seed, count):
    """Print `count` events of FRESH_DOCS documents of set `name`, both drawn by `seed`."""
    SETS[name] = FRESH_SETS[name]
    rng = random.Random(seed)
    docs = sorted(rng.sample(documents(name), min(FRESH_DOCS, len(documents(name)))))
    tmp = tempfile.mkdtemp(prefix="dateline-fresh-")
    found = []
    for doc, published in docs:
        found.extend(events(binary, name, doc, published, os.path.join(tmp, doc + ".json")))
    for e in sorted(rng.sample(found, min(count, len(found))), key=lambda e: (e["doc"], e["start"])):
        print(f"{name}\t{e['doc']}\t{e['start']}\t{e['end']}")
        print(f"    sentence: {e['sentence'][:500]}")
        print(f"    when {e['when']}  title: {e['title']!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["sample", "check", "fresh"])
    ap.add_argument("--per-set", type=int, default=80)
    ap.add_argument("--set", choices=sorted(FRESH_SETS), default="AQUAINT")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--count", type=int, default=40)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    ap.add_argument("--run", default=os.path.join(target, "release-native", "dateline"))
    a = ap.parse_args()
    if not all(os.path.isdir(d) for d in list(SETS.values()) + list(FRESH_SETS.values())):
        print(f"benchmark data not found at {SHARED}: skipped")
        return
    if a.mode == "fresh":
        fresh(a.run, a.set, a.seed, a.count)
        return
    found = all_events(a.run)
    if a.mode == "sample":
        rng = random.Random(SEED)
        for name in SETS:
            for e in sorted(rng.sample(found[name], min(a.per_set, len(found[name]))),
                            key=lambda e: (e["doc"], e["start"])):
                print(f"# {e['sentence'][:400]}\n#   {e['when']}  {e['title']}")
                print("\t".join([name, e["doc"], e["published"], str(e["start"]), str(e["end"]),
                                 e["when"], fnv1a(e["title"]), "", "", ""]))
        return
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "audit.tsv"), encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    index = {(e["set"], e["doc"], e["start"], e["end"], fnv1a(e["title"])) for n in found for e in found[n]}
    gone = sum(r[7] == "gone" for r in rows)
    rows = [r for r in rows if r[7] != "gone"]
    passed = sum(r[7] == "pass" for r in rows)
    changed = [r for r in rows if (r[0], r[1], int(r[3]), int(r[4]), r[6]) not in index]
    print(f"judged {len(rows)} (and {gone} no longer events): pass {passed} "
          f"({100 * passed / max(len(rows), 1):.1f} %); "
          f"titles changed since judged: {len(changed)} (of which judged good: "
          f"{sum(r[7] == 'pass' for r in changed)})")
    for r in changed:
        print("  changed:", " ".join(r[:7]), r[7])
    sys.exit(1 if any(r[7] == "pass" for r in changed) else 0)


if __name__ == "__main__":
    main()
