#!/usr/bin/env bash
# The quote-speaker benchmark (PolNeAR direct quotes, ../shared/bench/quotes; see its README)
# as a regression guard: builds the release CLI, runs `dateline parse` on every article of the
# dev and train splits, scores the bundle with the data's own score.py (quotes found; speaker
# right overall and by source kind: named, nominal, pronoun) and fails when a dev or train
# figure falls under its line in baseline.txt by more than the margin given there. Skipped
# with a message when the data is absent.
# Usage: bench/quotes/check.sh [--errors N]   (N: print the scorer's first N dev errors)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${QUOTES_BENCH:-$root/../shared/bench/quotes}"
if [ ! -f "$data/polnear-dev/gold.jsonl" ] || [ ! -f "$data/score.py" ]; then
    echo "benchmark data not found at $data: skipped"
    exit 0
fi
errors=()
if [ "${1:-}" = "--errors" ]; then
    errors=(--errors "${2:?--errors needs a number}")
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet --release -p dateline-cli --manifest-path "$root/Cargo.toml"
bin="$CARGO_TARGET_DIR/release/dateline"
bundle="$(mktemp)"
trap 'rm -f "$bundle"' EXIT
failed=0
for split in dev train; do
    dir="$data/polnear-$split"
    [ -f "$dir/gold.jsonl" ] || { echo "quotes bench ($split): no gold.jsonl at $dir: skipped"; continue; }
    "$bin" parse "$dir"/*.txt 2>/dev/null >"$bundle"
    extra=()
    [ "$split" = dev ] && extra=("${errors[@]}")
    # The scorer's report goes to stderr; its last line (the summary) is compared.
    report="$(python3 "$data/score.py" "$dir/gold.jsonl" "$bundle" "${extra[@]}")"
    printf '%s\n' "$report" >&2
    summary="$(grep '^polnear:' <<<"$report" | tail -n 1)"
    python3 - "$split" "$summary" "$here/baseline.txt" <<'PY' || failed=1
import re, sys
split, summary, baseline_path = sys.argv[1], sys.argv[2], sys.argv[3]

def counts(text):
    # "quotes_found=423/433 speaker_acc=326/433 ... named_source_acc=213/269 ..."
    return {k: (int(a), int(b)) for k, a, b in re.findall(r"(\w+)=(\d+)/(\d+)", text)}

got = counts(summary)
line = next((l for l in open(baseline_path) if l.startswith(split + " ")), None)
if line is None:
    sys.exit(f"quotes bench ({split}): no '{split}' line in {baseline_path}")
fields = line.split()
margin = float(fields[-1])
want = counts(" ".join(fields[1:-1]))
pct = lambda c: 100.0 * c[0] / c[1] if c[1] else 0.0
bad = []
for key, base in want.items():
    if key not in got:
        bad.append(f"{key} missing from the scorer's summary")
    elif pct(got[key]) < pct(base) - margin:
        bad.append(f"{key} {pct(got[key]):.1f}% < baseline {pct(base):.1f}% - {margin}")
shown = " ".join(f"{k} {pct(v):.1f}% ({v[0]}/{v[1]})" for k, v in got.items() if k in want)
if bad:
    print(f"quotes bench ({split}): REGRESSION: " + "; ".join(bad), file=sys.stderr)
    sys.exit(1)
print(f"quotes bench ({split}): {shown}: ok against baseline (minus {margin} points)")
PY
done
exit "$failed"
