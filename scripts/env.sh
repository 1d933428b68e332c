# Sourced by serve.sh and test.sh (run from the repository root): the tools that setup.sh
# installed come first on PATH, so Trunk finds binaryen 132's wasm-opt and the pinned
# wasm-bindgen rather than any system copy.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
