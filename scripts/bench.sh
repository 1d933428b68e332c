#!/usr/bin/env bash
# Runs a benchmark of the dev splits in ../shared/bench and prints its scorer's summary.
# Usage: bash scripts/bench.sh AREA   (AREA: one of the scripts in scripts/bench/, e.g. boilerplate;
# `page` times the built site in Chromium and needs no benchmark data)
set -euo pipefail
cd "$(dirname "$0")/.."
areas=$(cd scripts/bench && ls *.sh | sed 's/\.sh$//' | tr '\n' ' ')
area=${1:-}
if [ -z "$area" ] || [ ! -f "scripts/bench/$area.sh" ]; then
  echo "usage: bash scripts/bench.sh AREA   (areas: $areas)" >&2
  exit 2
fi
# BENCH_DIR: the benchmark data, ../shared/bench beside the project unless set.
export BENCH_DIR=${BENCH_DIR:-../shared/bench}
if [ "$area" != page ] && [ ! -d "$BENCH_DIR" ]; then
  echo "bench: $BENCH_DIR is not there (the benchmark data sits beside the project; BENCH_DIR points elsewhere)" >&2
  exit 2
fi
cargo build --quiet --release -p article-lens-cli
shift
exec bash "scripts/bench/$area.sh" "$@"
