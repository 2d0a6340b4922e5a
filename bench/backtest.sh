#!/usr/bin/env bash
# Times `dyad backtest` on the bundled evidence against the same backtests in NumPy and statsmodels,
# in one run. Usage: bench/backtest.sh   (from the workspace root; needs hyperfine and python3)
set -euo pipefail
cargo build --release -p dyad
export DYAD_HOME="$(mktemp -d)"
target/release/dyad tables >/dev/null            # load the bundled evidence once
mkdir -p target/bench
venv=target/bench/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check numpy statsmodels
hyperfine -w 2 -r 15 'target/release/dyad backtest' --export-json target/bench/backtest-dyad.json
target/release/dyad backtest --format json > target/bench/backtest.json
for run in 1 2 3; do "$venv/bin/python" bench/backtest_peer.py target/bench/backtest.json; done
