#!/usr/bin/env bash
# The TIMEX3 benchmark (TempEval-3 training corpus, 256 news documents) as a regression test:
# builds the release CLI, scores `dateline timex` on every document, prints the per-set and
# overall figures, and fails if value F1 falls below the figure recorded in baseline.txt minus
# 0.5. Usage: bench/timex/check.sh [extra timex_score.py options, e.g. --show-errors]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${TIMEX_BENCH:-$root/../shared/bench/timex}"
if [ ! -f "$bench/tbaq.jsonl" ]; then
    echo "benchmark data not found at $bench: skipped"
    exit 0
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet --release -p dateline-cli --manifest-path "$root/Cargo.toml"
bin="$CARGO_TARGET_DIR/release/dateline"
# The scorer's report goes to stderr through this shell's own descriptor (`tee /dev/stderr`
# would reopen a log file that stderr points to and truncate it).
report="$(python3 "$bench/timex_score.py" "$bench/tbaq.jsonl" \
    --cmd "$bin timex --dct {dct} {file}" --timeout 20 --jobs "${JOBS:-2}" --by-set "$@")"
printf '%s\n' "$report" >&2
summary="$(tail -n 1 <<<"$report")"
value="$(sed -E 's/.*value_f1=([0-9.]+).*/\1/' <<<"$summary")"
baseline="$(grep -Eo '^[0-9.]+' "$here/baseline.txt" | head -n 1)"
if python3 -c "import sys; sys.exit(0 if float('$value') >= float('$baseline') - 0.5 else 1)"; then
    echo "timex bench: value F1 $value (baseline $baseline): ok"
else
    echo "timex bench: value F1 $value fell below baseline $baseline - 0.5" >&2
    exit 1
fi
