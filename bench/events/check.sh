#!/usr/bin/env bash
# The events benchmark (TempEval-3 training: TimeBank, 183 news documents; AQUAINT, 73) as a
# regression guard: builds the release CLI, runs ../shared/bench/events/score.py on each set
# (`dateline parse --published <DCT>` per document), prints its report, and fails when a
# figure falls more than 1 point under its line in baseline.txt: events found is reported,
# date precision (lenient and strict) and recall of dated happenings (TimeML OCCURRENCE) are
# guarded, each also against issue 13's floor (the `floor` lines of baseline.txt). Skipped with
# a message when the data is absent.
# Usage: bench/events/check.sh [extra score.py options, e.g. --examples 20]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${EVENTS_BENCH:-$root/../shared/bench/events}"
if [ ! -f "$bench/score.py" ] || [ ! -f "$bench/TimeBank/gold.json" ]; then
    echo "benchmark data not found at $bench: skipped"
    exit 0
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet --release -p dateline-cli --manifest-path "$root/Cargo.toml"
bin="$CARGO_TARGET_DIR/release/dateline"
bundles="$(mktemp -d)"
trap 'rm -rf "$bundles"' EXIT
status=0
for set in TimeBank AQUAINT; do
    report="$(python3 "$bench/score.py" --dir "$bench/$set" --run "$bin" \
        --bundles "$bundles/$set" --examples 0 "$@")"
    printf '%s: %s\n' "$set" "$report" >&2
    # The figures, in baseline.txt's order: lenient, strict, happenings' recall.
    lenient="$(sed -nE 's/^date precision, lenient[^:]*: ([0-9.]+)%.*/\1/p' <<<"$report")"
    strict="$(sed -nE 's/^date precision, strict[^:]*: ([0-9.]+)%.*/\1/p' <<<"$report")"
    recall="$(sed -nE 's/^ *of which happenings[^:]*: ([0-9.]+)%.*/\1/p' <<<"$report")"
    read -r b_lenient b_strict b_recall < <(awk -v s="$set" '$1 == s {print $2, $3, $4; exit}' "$here/baseline.txt")
    for pair in "lenient $lenient $b_lenient" "strict $strict $b_strict" "recall $recall $b_recall"; do
        read -r name value base <<<"$pair"
        # The issue's floors hold whatever the baseline's tolerance allows.
        floor="$(awk -v s="$name" '$1 == "floor" && $2 == s {print $3; exit}' "$here/baseline.txt")"
        if ! python3 -c "import sys; sys.exit(0 if float('$value') >= float('$base') - 1 else 1)"; then
            echo "events bench ($set): $name $value % fell below baseline $base - 1" >&2
            status=1
        elif [ -n "$floor" ] && ! python3 -c "import sys; sys.exit(0 if float('$value') >= float('$floor') else 1)"; then
            echo "events bench ($set): $name $value % fell below issue 13's floor $floor" >&2
            status=1
        else
            echo "events bench ($set): $name $value % (baseline $base, floor ${floor:-none}): ok"
        fi
    done
done
exit "$status"
