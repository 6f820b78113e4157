#!/usr/bin/env bash
# The tagger's speed in headless Chromium (wasm32, size-optimized like the web app). Needs the
# web toolchain and runner that `./x setup` installs. Prints the TIMEX_WASM line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/wasm"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/tgt-timex-wasm}"
export CHROME_PATH=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export RUSTUP_TOOLCHAIN=dateline-web RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
cargo test --target wasm32-unknown-unknown --test speed 2>&1 | grep -m1 -o 'TIMEX_WASM.*' || true
