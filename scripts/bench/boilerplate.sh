#!/usr/bin/env bash
# Boilerplate removal on the dev split: `article-lens body` over every page's text, scored by
# the benchmark's score.py (scrapinghub: shingle P/R/F1; trafilatura: segment P/R/F1; per
# language). Run through `bash scripts/bench.sh boilerplate [score.py options]`, which builds
# the release CLI first. Predictions are left in target/bench/boilerplate for inspection;
# BENCH_DIR points elsewhere than ../shared/bench.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${BENCH_DIR:-../shared/bench}/boilerplate
out=target/bench/boilerplate
rm -rf "$out"
mkdir -p "$out"
find "$bench/text" -name '*.txt' -print0 | sort -z |
  xargs -0 ./target/release/article-lens body --out-dir "$out"
python3 "$bench/score.py" "$out" "$@"
