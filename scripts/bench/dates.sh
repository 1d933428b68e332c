#!/usr/bin/env bash
# The dates benchmark (dev split of ../shared/bench/dates): runs `article-lens dates` over it
# and prints the scorer's table (per group and kind), then the same table restricted to the
# calendar kinds (written day/month/year: day_month_year, day_month, month_year, year), whose
# rows are the per-language figures of issue 6.
# Usage: bash scripts/bench.sh dates [OUT.jsonl]   (default target/bench/dates.jsonl)
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${BENCH_DIR:-../shared/bench}/dates
out=${1:-target/bench/dates.jsonl}
mkdir -p "$(dirname "$out")"
./target/release/article-lens dates "$bench/dev.jsonl" > "$out"
echo "== all items"
python3 "$bench/score.py" "$out"
calendar_gold=$(mktemp)
trap 'rm -f "$calendar_gold"' EXIT
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if json.loads(line).get("kind") in ("day_month_year", "day_month", "month_year", "year"):
        sys.stdout.write(line)
' "$bench/dev.jsonl" > "$calendar_gold"
echo
echo "== calendar kinds only (value P/R per language)"
python3 "$bench/score.py" "$out" --gold "$calendar_gold" | grep -v "missing predictions"
