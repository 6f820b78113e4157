#!/usr/bin/env bash
# The syntax benchmark as a regression guard, in two steps, each scored by score.py (UPOS, UAS,
# LAS over every word, gold tokenization) on `dateline syntax --conllu`:
# 1. news: crates/syntax/testdata/news.conllu, the Dateline team's own hand-annotated news-style
#    sentences (always runs: the file is in the repository); fails when a figure falls more than
#    2 points under the news line of baseline.txt (the set has ~1,300 words: 2 points is ~26).
# 2. EWT: UD English EWT's test (or dev) set from ../shared; fails when a figure falls under the
#    first line of baseline.txt minus 0.3 or under the issue's floor (UPOS 95, UAS 84, LAS 80);
#    skipped with a message when the data is absent.
# Usage: bench/syntax/check.sh [dev|test]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${UD_EWT:-$root/../shared/data/ud-english-ewt}"
split="${1:-test}"
gold="$data/en_ewt-ud-$split.conllu"
news="$root/crates/syntax/testdata/news.conllu"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --quiet --release -p dateline-cli --manifest-path "$root/Cargo.toml"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
floor() { python3 -c "print(max($1 - $2, $3))"; }

# 1. news (our own file)
read -r nupos nuas nlas < <(awk '$1 == "news" && $2 ~ /^[0-9.]+$/ {print $2, $3, $4; exit}' "$here/baseline.txt")
"$CARGO_TARGET_DIR/release/dateline" syntax --conllu "$news" >"$out"
printf 'news: '
python3 "$here/score.py" "$news" "$out" --min-upos "$(floor "$nupos" 2 0)" \
    --min-uas "$(floor "$nuas" 2 0)" --min-las "$(floor "$nlas" 2 0)"
echo "syntax bench (news): ok against baseline UPOS $nupos UAS $nuas LAS $nlas (minus 2)"

# 2. UD English EWT
if [ ! -f "$gold" ]; then
    echo "benchmark data not found at $data: EWT step skipped"
    exit 0
fi
read -r upos uas las < <(awk '/^[0-9.]+ [0-9.]+ [0-9.]+/ {print $1, $2, $3; exit}' "$here/baseline.txt")
"$CARGO_TARGET_DIR/release/dateline" syntax --conllu "$gold" >"$out"
printf 'EWT %s: ' "$split"
python3 "$here/score.py" "$gold" "$out" --min-upos "$(floor "$upos" 0.3 95)" \
    --min-uas "$(floor "$uas" 0.3 84)" --min-las "$(floor "$las" 0.3 80)"
echo "syntax bench ($split): ok against baseline UPOS $upos UAS $uas LAS $las (minus 0.3)"
