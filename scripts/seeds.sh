#!/usr/bin/env bash
# Runs the five seed articles through the CLI and scores them with ../shared/seeds/score.py.
# Usage: bash scripts/seeds.sh [OUT_DIR]   (default target/seeds)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/seeds}
mkdir -p "$out"
cargo build --quiet --release -p article-lens-cli
for text in core/tests/fixtures/seeds/*.txt; do
  ./target/release/article-lens analyze "$text" --json > "$out/$(basename "${text%.txt}").json"
done
python3 ../shared/seeds/score.py "$out"
