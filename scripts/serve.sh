#!/usr/bin/env bash
# Builds the page and serves it with live reload at http://127.0.0.1:8080/ (PORT=… to change).
# Usage: bash scripts/serve.sh [extra trunk serve options, e.g. --release]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
port=${PORT:-8080}
echo "Article Lens: building, then serving at http://127.0.0.1:$port/ (Ctrl+C stops)"
exec trunk serve --address 127.0.0.1 --port "$port" "$@"
