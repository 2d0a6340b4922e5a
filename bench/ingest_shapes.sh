#!/usr/bin/env bash
# GDELT ingest on two data shapes, each one plain file of about 1.5 GB, against DuckDB in paired,
# interleaved runs:
#   generated  `cargo xtask gen-gdelt --rows 3400000 --files 1 --no-zip` (dyad's generator: 6% of rows of
#              the pair)
#   resampled  bench/gen_gdelt_resampled.py over the real export in the shared data (real field widths,
#              3.8% of rows of the pair), 3.68 M rows
# Each turn reads the file once untimed, then times `dyad ingest gdelt` into a fresh home (after
# `dyad sources`, untimed) and DuckDB's same query (bench/peers.py), checks that both kept the same rows,
# and prints wall time, peak memory, cores used ((user + system) / wall) and DuckDB's time over dyad's.
# With BASELINE=path/to/another/dyad, that binary takes a turn too, before this build on odd turns and
# after it on even ones. The medians of each column close the output.
# Usage: bench/ingest_shapes.sh [RUNS]   (from the workspace root; default 5; about 4 GB of disk)
set -euo pipefail
runs="${1:-5}"
shared="${DYAD_SHARED_DATA:-../shared/data}"
real="$shared/conflict/gdelt2_export_20191024143000.export.CSV"
[ -f "$real" ] || { echo "missing $real: set DYAD_SHARED_DATA to the shared data folder" >&2; exit 1; }
cargo build --release -p dyad -p xtask
dir=target/bench/shapes
mkdir -p "$dir/generated" "$dir/resampled"
if [ ! -f "$dir/generated/plain/20240101000000.export.CSV" ]; then
    rm -rf "$dir/generated.tmp"
    target/release/xtask gen-gdelt --rows 3400000 --files 1 --no-zip --out "$dir/generated.tmp"
    rm -rf "$dir/generated" && mv "$dir/generated.tmp" "$dir/generated"
fi
resampled="$dir/resampled/20241231000000.export.CSV"
if [ ! -f "$resampled" ]; then
    python3 bench/gen_gdelt_resampled.py "$real" "$resampled.tmp" 3680000 0.038
    mv "$resampled.tmp" "$resampled"
fi
python=target/bench/venv/bin/python
if ! "$python" -c "import duckdb" 2>/dev/null; then
    python3 -m venv target/bench/venv
    "$python" -m pip install --quiet duckdb
fi
. bench/lib.sh
machine
echo "DuckDB $("$python" -c 'import duckdb; print(duckdb.__version__)')"
# Ingests FILE with BINARY into a fresh home; prints "SECONDS KB CORES KEPT".
dyad_once() {
    rm -rf "$dir/home"
    "$1" --home "$dir/home" sources >/dev/null
    local timing
    timing=$(measured "$1" --home "$dir/home" ingest gdelt "$2")
    echo "$timing $(cat "$dir/out" "$dir/time.err" | sed -n 's/.* \([0-9]*\) kept.*/\1/p' | head -1)"
}
results="$dir/results"
: >"$results"
for run in $(seq "$runs"); do
    for shape in generated/plain resampled; do
        name=${shape%/plain}
        file=$(ls "$dir/$shape"/*.CSV)
        cat "$file" >/dev/null
        if [ -n "${BASELINE:-}" ] && [ $((run % 2)) -eq 1 ]; then
            read -r base base_kb base_cores base_kept <<<"$(dyad_once "$BASELINE" "$file")"
        fi
        read -r ours ours_kb ours_cores kept <<<"$(dyad_once target/release/dyad "$file")"
        if [ -n "${BASELINE:-}" ] && [ $((run % 2)) -eq 0 ]; then
            read -r base base_kb base_cores base_kept <<<"$(dyad_once "$BASELINE" "$file")"
        fi
        read -r duck duck_kb duck_cores <<<"$(measured "$python" bench/peers.py duckdb gdelt "$dir/$shape")"
        duck_kept=$(sed -n 's/.*"kept": \([0-9]*\).*/\1/p' "$dir/out")
        if [ "$kept" != "$duck_kept" ]; then
            echo "run $run $name: dyad kept $kept events, DuckDB $duck_kept" >&2
            exit 1
        fi
        ratio=$(awk -v d="$duck" -v o="$ours" 'BEGIN { printf "%.2f", d / o }')
        line="run $run $name: dyad $ours s ${ours_kb} KB ${ours_cores} cores, DuckDB $duck s ${duck_kb} KB, ratio $ratio, $kept kept"
        if [ -n "${BASELINE:-}" ]; then
            line="$line; baseline $base s ${base_kb} KB ${base_cores} cores, new/baseline $(awk -v b="$base" -v o="$ours" 'BEGIN { printf "%.3f", o / b }')"
        fi
        echo "$line"
        echo "$name $ours $duck $ratio ${base:-0} $ours_cores" >>"$results"
    done
done
# Medians by shape: dyad, DuckDB, ratio, baseline, cores.
for name in generated resampled; do
    printf "median %s:" "$name"
    for column in 2 3 4 5 6; do
        printf " %s" "$(awk -v n="$name" -v c="$column" '$1 == n { print $c }' "$results" | median)"
    done
    echo "  (dyad s, DuckDB s, ratio, baseline s, dyad cores)"
done
rm -rf "$dir/home"
