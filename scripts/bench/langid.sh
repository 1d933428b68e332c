#!/usr/bin/env bash
# Language identification: runs `article-lens langid` over every file of the dev split in
# ../shared/bench/langid and prints the scorer's summary (single texts and mixed documents
# together, then the seed lines, each article analysed as one document). Run through
# `bash scripts/bench.sh langid`, which builds the release CLI first. BENCH_DIR overrides
# ../shared/bench; extra arguments go to the scorer (e.g. --per-lang).
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${BENCH_DIR:-../shared/bench}/langid
out=target/bench/langid
mkdir -p "$out"
: > "$out/predictions.jsonl"
for file in words pairs sentences paragraphs mixed; do
  ./target/release/article-lens langid "$bench/$file.jsonl" >> "$out/predictions.jsonl"
done
./target/release/article-lens langid "$bench/seed_lines.jsonl" > "$out/seed_lines.jsonl"
python3 "$bench/score.py" --gold "$bench" --pred "$out/predictions.jsonl" "$@"
echo
echo "seed lines (one document per article):"
python3 "$bench/score.py" --gold "$bench/seed_lines.jsonl" --pred "$out/seed_lines.jsonl" "$@"
