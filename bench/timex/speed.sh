#!/usr/bin/env bash
# Tagging speed of `dateline timex` on news text: the 256 TBAQ texts tagged repeatedly up to
# ~50 MB on one core. Native builds are measured at opt-level 3 (what a native build of the
# pipeline uses; the workspace's release profile optimizes the wasm build for size) and, for
# comparison, with the release profile as it stands. Usage: bench/timex/speed.sh [MB]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${TIMEX_BENCH:-$root/../shared/bench/timex}"
mb="${1:-50}"
CARGO_TARGET_DIR=/tmp/tgt-timex-speed CARGO_PROFILE_RELEASE_OPT_LEVEL=3 \
    cargo build --quiet --release -p dateline-cli --manifest-path "$root/Cargo.toml"
echo -n "opt-level 3:        "
/tmp/tgt-timex-speed/release/dateline timex --bench "$bench/tbaq.jsonl" --bench-mb "$mb"
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/tgt-timex}" \
    cargo build --quiet --release -p dateline-cli --manifest-path "$root/Cargo.toml"
echo -n "release profile (z): "
"${CARGO_TARGET_DIR:-/tmp/tgt-timex}/release/dateline" timex --bench "$bench/tbaq.jsonl" --bench-mb "$mb"
