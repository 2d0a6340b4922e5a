#!/usr/bin/env bash
# `dyad ingest acled` on 1 million generated ACLED rows (`cargo xtask gen-acled`, 420 MB), in rows a
# second, with pandas (`read_csv` + `to_sql`, bench/peers.py) as the peer in the same run. Each turn
# reads the file once untimed, then ingests it into a fresh home after `dyad sources` and a `sync`, so
# that no turn pays for the last one's written pages. With BASELINE=path/to/another/dyad, that binary
# takes a turn too, before this build on odd turns and after it on even ones. Medians close the output.
# Usage: bench/acled_paired.sh [RUNS]   (from the workspace root; default 5)
set -euo pipefail
runs="${1:-5}"
rows=1000000
cargo build --release -p dyad -p xtask
dir=target/bench/acled
mkdir -p "$dir"
csv="$dir/acled-$rows.csv"
[ -f "$csv" ] || target/release/xtask gen-acled --rows "$rows" --out "$csv"
python=target/bench/venv/bin/python
if ! "$python" -c "import pandas" 2>/dev/null; then
    python3 -m venv target/bench/venv
    "$python" -m pip install --quiet pandas
fi
. bench/lib.sh
machine
# Ingests the file with BINARY into a fresh home; prints "SECONDS KB CORES".
dyad_once() {
    rm -rf "$dir/home"
    "$1" --home "$dir/home" sources >/dev/null
    sync
    measured "$1" --home "$dir/home" ingest acled "$csv"
}
results="$dir/results"
: >"$results"
for run in $(seq "$runs"); do
    cat "$csv" >/dev/null
    if [ -n "${BASELINE:-}" ] && [ $((run % 2)) -eq 1 ]; then
        read -r base base_kb _ <<<"$(dyad_once "$BASELINE")"
    fi
    read -r ours ours_kb ours_cores <<<"$(dyad_once target/release/dyad)"
    if [ -n "${BASELINE:-}" ] && [ $((run % 2)) -eq 0 ]; then
        read -r base base_kb _ <<<"$(dyad_once "$BASELINE")"
    fi
    sync
    read -r peer _ _ <<<"$(measured "$python" bench/peers.py pandas acled "$csv")"
    rate=$(awk -v s="$ours" -v n="$rows" 'BEGIN { printf "%.0f", n / s }')
    line="run $run: dyad $ours s ${ours_kb} KB ${ours_cores} cores, $rate rows/s; pandas $peer s"
    if [ -n "${BASELINE:-}" ]; then
        line="$line; baseline $base s ${base_kb} KB, new/baseline $(awk -v b="$base" -v o="$ours" 'BEGIN { printf "%.3f", o / b }')"
    fi
    echo "$line"
    echo "$ours $rate $peer ${base:-0}" >>"$results"
done
printf "median:"
for column in 1 2 3 4; do
    printf " %s" "$(awk -v c="$column" '{ print $c }' "$results" | median)"
done
echo "  (dyad s, rows/s, pandas s, baseline s)"
rm -rf "$dir/home"
