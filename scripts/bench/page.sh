#!/usr/bin/env bash
# The page in the browser: builds the release site (trunk), runs the native baseline (criterion
# bench `pipeline`, --quick) and times the site in headless Chromium on the same texts (see
# page.mjs). Needs no benchmark data: it uses the seed fixtures. Run through
# `bash scripts/bench.sh page`, which builds the release CLI first.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh --browser >/dev/null
. scripts/env.sh
trunk build --release --locked >/dev/null 2>&1
cargo bench --quiet -p article-lens-core --bench pipeline -- --quick >/dev/null 2>&1
exec node scripts/bench/page.mjs
