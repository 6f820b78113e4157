#!/usr/bin/env bash
# The pipeline benchmark: `dateline parse` (text to bundle) on generated corpora of 1 to 50 MB.
# Prints, per size: wall time, throughput, and peak memory, on one core and on all cores, plus the
# CPU time (user + system) and MB per CPU-second, which load from other processes barely moves.
# Figures go in the README; nothing here fails on speed (benchmarks are not timed tests).
#
#   SIZES="1 5 10 25 50"   corpus sizes in MB
#   RUNS=1                 runs per size and thread count; the fastest is printed (shared machine)
#   PROFILE=release-native the cargo profile of the CLI (Cargo.toml: release at opt-level 3; the
#                          plain release profile is tuned for the wasm bundle's size)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SIZES=${SIZES:-"1 5 10 25 50"}
RUNS=${RUNS:-1}
PROFILE=${PROFILE:-release-native}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cargo build --profile "$PROFILE" --locked -p dateline-cli --manifest-path "$ROOT/Cargo.toml" >&2
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/$PROFILE/dateline"

printf 'profile %s, %s cores, best of %s run(s), load average at start: %s\n' \
  "$PROFILE" "$(nproc)" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s %8s %10s %10s %12s %10s %12s\n' "MB" "threads" "seconds" "MB/s" "peak RSS MB" "CPU s" "MB/CPU-s"
for mb in $SIZES; do
  dir="$WORK/$mb"
  python3 "$ROOT/bench/pipeline/gen_corpus.py" --mb "$mb" --out "$dir" 2>/dev/null
  bytes=$(cat "$dir"/*.txt | wc -c)
  for threads in 1 "$(nproc)"; do
    : >"$WORK/times"
    for _ in $(seq "$RUNS"); do
      RAYON_NUM_THREADS=$threads /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" "$BIN" parse "$dir" >/dev/null 2>"$WORK/err"
      cat "$WORK/time" >>"$WORK/times"
    done
    read -r secs rss_kb user sys < <(sort -n "$WORK/times" | head -1)
    python3 - "$bytes" "$threads" "$secs" "$rss_kb" "$user" "$sys" <<'PY'
import sys
b, t, s, r, u, k = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
mb, cpu = b / 1e6, u + k
print(f"{mb:8.1f} {t:>8} {s:10.2f} {mb / max(s, 1e-3):10.2f} {r / 1024:12.1f} {cpu:10.2f} {mb / max(cpu, 1e-3):12.2f}")
PY
  done
done
printf 'load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
