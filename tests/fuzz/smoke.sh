#!/usr/bin/env bash
# A short run of every cargo-fuzz target (FUZZING.md records the long ones). The targets build with the
# nightly toolchain and cargo-fuzz; without a nightly toolchain the step says so and is skipped.
set -euo pipefail
cd "$(dirname "$0")/../../fuzz"
seconds="${1:-10}"
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz smoke run skipped: no nightly toolchain (rustup toolchain install nightly)"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked --quiet
fi
cargo +nightly fuzz build -O
for target in $(cargo +nightly fuzz list); do
  corpus="target/smoke-corpus/$target"
  log="target/smoke-$target.log"
  mkdir -p "$corpus"
  if cargo +nightly fuzz run -O "$target" "$corpus" -- -max_total_time="$seconds" -rss_limit_mb=2048 -detect_leaks=0 >"$log" 2>&1; then
    echo "-- $target: $(grep -E '^Done [0-9]+ runs' "$log" || echo 'done')"
  else
    tail -40 "$log" >&2
    echo "fuzz target $target failed: see fuzz/$log and fuzz/artifacts/$target" >&2
    exit 1
  fi
done
