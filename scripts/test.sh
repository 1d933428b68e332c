#!/usr/bin/env bash
# Every check of the project, in the order CI runs them; installs what is missing first.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "setup"
bash scripts/setup.sh --browser
. scripts/env.sh
export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}

step "cargo fmt --all --check"
cargo fmt --all --check

step "cargo clippy (native, every target)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (the page, wasm32)"
cargo clippy -p article-lens --all-targets --target wasm32-unknown-unknown --locked -- -D warnings

step "cargo test (native)"
cargo test --workspace --locked

step "wasm-bindgen-test: the App in headless Chromium"
cargo test -p article-lens --target wasm32-unknown-unknown --test web --locked

step "trunk build --release"
trunk build --release --locked

step "end-to-end: dist/ in Chromium (playwright-core)"
node --test tests/e2e/

echo
echo "All checks passed in $((SECONDS - started)) s."
