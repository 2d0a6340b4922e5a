#!/usr/bin/env bash
# GDELT ingest on two data shapes, each one plain file of about 1.5 GB, against DuckDB in paired,
# interleaved runs:
#   generated  `cargo xtask gen-gdelt --rows 3400000 --files 1` (dyad's generator: 6% of rows of the pair)
#   resampled  bench/gen_gdelt_resampled.py over the real export in the shared data (real field widths,
#              3.8% of rows of the pair), 3.68 M rows
# Each turn reads the file once untimed, then times `dyad ingest gdelt` into a fresh home (after
# `dyad sources`, untimed) and DuckDB's same query (bench/peers.py), and prints DuckDB's time over
# dyad's. With BASELINE=path/to/another/dyad, that binary takes a turn too, before this one.
# Usage: bench/ingest_shapes.sh [RUNS]   (from the workspace root; default 5; about 4 GB of disk)
set -euo pipefail
runs="${1:-5}"
shared="${DYAD_SHARED_DATA:-../shared/data}"
real="$shared/conflict/gdelt2_export_20191024143000.export.CSV"
[ -f "$real" ] || { echo "missing $real: set DYAD_SHARED_DATA to the shared data folder" >&2; exit 1; }
cargo build --release -p dyad -p xtask
dir=target/bench/shapes
mkdir -p "$dir/generated" "$dir/resampled"
[ -f "$dir/generated/plain/20240101000000.export.CSV" ] ||
    target/release/xtask gen-gdelt --rows 3400000 --files 1 --no-zip --out "$dir/generated"
[ -f "$dir/resampled/20241231000000.export.CSV" ] ||
    python3 bench/gen_gdelt_resampled.py "$real" "$dir/resampled/20241231000000.export.CSV" 3680000 0.038
python=target/bench/venv/bin/python
if ! "$python" -c "import duckdb" 2>/dev/null; then
    python3 -m venv target/bench/venv
    "$python" -m pip install --quiet duckdb
fi
lscpu | grep -E "Model name|^CPU\(s\)"
free -g | sed -n 2p | awk '{print "Memory: " $2 " GB"}'
echo "DuckDB $("$python" -c 'import duckdb; print(duckdb.__version__)')"
seconds() { # prints "SECONDS KB" of a command, its output dropped
    /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$dir/time.err" || { cat "$dir/time.err" >&2; exit 1; }
    tail -1 "$dir/time.err"
}
dyad_once() { # BINARY FILE
    rm -rf "$dir/home"
    "$1" --home "$dir/home" sources >/dev/null
    seconds "$1" --home "$dir/home" ingest gdelt "$2"
}
for run in $(seq "$runs"); do
    for shape in generated/plain resampled; do
        file=$(ls "$dir/$shape"/*.CSV)
        cat "$file" >/dev/null
        if [ -n "${BASELINE:-}" ]; then
            read -r base base_kb < <(dyad_once "$BASELINE" "$file")
            echo "run $run ${shape%/plain}: baseline $base s ${base_kb} KB"
        fi
        read -r ours ours_kb < <(dyad_once target/release/dyad "$file")
        read -r duck duck_kb < <(seconds "$python" bench/peers.py duckdb gdelt "$dir/$shape")
        echo "run $run ${shape%/plain}: dyad $ours s ${ours_kb} KB, DuckDB $duck s ${duck_kb} KB," \
            "ratio $(awk -v d="$duck" -v o="$ours" 'BEGIN { printf "%.2f", d / o }')"
    done
done
rm -rf "$dir/home"
