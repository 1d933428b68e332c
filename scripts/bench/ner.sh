#!/usr/bin/env bash
# Tags the named-entity dev split with `article-lens ner` and prints the scorer's summary.
# Run through `bash scripts/bench.sh ner` (which builds the release CLI). Extra arguments go to
# the scorer (e.g. --json). Predictions are left in target/bench/ner.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${BENCH_DIR:-../shared/bench}/ner
mkdir -p target/bench
./target/release/article-lens ner "$data/dev.jsonl" > target/bench/ner.jsonl
python3 "$data/score.py" target/bench/ner.jsonl --gold "$data/dev.jsonl" "$@"
