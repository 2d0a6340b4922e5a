#!/usr/bin/env bash
# Times `dyad tables` and `dyad report` with millions of stored events of the pair against the same
# commands on the bundled evidence alone, in paired, interleaved runs, with peak memory.
# Usage: bench/tables_at_scale.sh [EVENTS] [SHAPE]   (from the workspace root; default 10000000 events
# of the shape `acled`, one ACLED-format export; `gdelt` writes them as GDELT 2.0 batches of about 5,900
# events of the pair each, dated over two years: `cargo xtask gen-gdelt --pair-only`, 1,700 files for
# 10 M. Needs about 8 GB of free disk for 10 M: the export and the evidence base)
set -euo pipefail
events="${1:-10000000}"
shape="${2:-acled}"
runs=5
cargo build --release -p dyad -p xtask
dir=target/bench/scale
mkdir -p "$dir"
case "$shape" in
    acled)
        input="$dir/acled-$events.csv"
        [ -f "$input" ] || target/release/xtask gen-acled --rows "$events" --out "$input"
        inputs=("$input")
        ;;
    gdelt)
        input="$dir/gdelt-$events"
        [ -d "$input/plain" ] || target/release/xtask gen-gdelt --rows "$events" \
            --files $(((events + 5899) / 5900)) --no-zip --pair-only --out "$input"
        inputs=("$input"/plain/*.CSV)
        ;;
    *) echo "the shape is acled or gdelt, not $shape" >&2; exit 2 ;;
esac
. bench/lib.sh
machine
rm -rf "$dir/home" "$dir/bundled"
target/release/dyad --home "$dir/bundled" sources >/dev/null
/usr/bin/time -f "ingest of $events events ($shape): %e s, %M KB peak" \
    target/release/dyad --home "$dir/home" ingest "$shape" "${inputs[@]}" >/dev/null
timed() {
    /usr/bin/time -f "$1 %e s %M KB" "${@:2}" >/dev/null 2>"$dir/time.err" || { cat "$dir/time.err"; exit 1; }
    tail -1 "$dir/time.err"
}
for run in $(seq "$runs"); do
    timed "tables, $events events:" target/release/dyad --home "$dir/home" tables --year 2023
    timed "tables, bundled only:" target/release/dyad --home "$dir/bundled" tables --year 2023
    timed "report, $events events:" target/release/dyad --home "$dir/home" report --out "$dir/report"
    timed "report, bundled only:" target/release/dyad --home "$dir/bundled" report --out "$dir/report-bundled"
done | sort
