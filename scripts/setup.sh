#!/usr/bin/env bash
# Installs what building and testing the page needs, skipping whatever is already there:
# the wasm32 target, Trunk, wasm-bindgen-cli (the exact version of Cargo.lock), the npm tools
# (binaryen's wasm-opt, playwright-core) and, with --browser, Chromium and chromedriver (apt).
# Usage: bash scripts/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."

# Trunk 0.22 needs a newer rustc than the project's 1.95: keep this pin (see README).
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || { echo "setup: '$tool' is required (rustup, Node.js 18+ with npm)" >&2; exit 1; }
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WBG_VERSION (a few minutes, once)"
  # Its own lockfile names a crate version the registry no longer serves: retry unlocked.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --locked ||
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if ! { [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] &&
  [ node_modules/.package-lock.json -nt package-lock.json ]; }; then
  step "npm ci (wasm-opt from binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = --browser ] && ! { command -v chromium && command -v chromedriver; } >/dev/null; then
  step "apt-get install chromium chromium-driver"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi
