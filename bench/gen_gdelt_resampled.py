#!/usr/bin/env python3
"""Writes a GDELT 2.0 events export of any size by resampling the rows of a real one.

A second data shape for the ingest benchmark, made independently of `cargo xtask gen-gdelt`: every row
is a row of a real published export (so its field widths, empty fields, names and URLs are those GDELT
writes), with only its event number, its dates and its date added changed. Rows of the pair (actors PAK and
AFG in either order, or the action in PK or AF) are drawn at the share asked for, the rest from the other rows.

Usage: gen_gdelt_resampled.py REAL_EXPORT OUT_FILE ROWS [PAIR_SHARE] [SEED]
  REAL_EXPORT  a real GDELT 2.0 export (61 tab-separated fields, no header), e.g.
               $DYAD_SHARED_DATA/conflict/gdelt2_export_20191024143000.export.CSV
  PAIR_SHARE   the share of rows of the pair, default 0.038
The output is written to OUT_FILE and is never meant to be committed: it is derived from GDELT's data.
"""

import datetime
import random
import sys

PAIR_ACTORS = {b"PAK", b"AFG"}
PAIR_PLACES = {b"PK", b"AF"}


def of_pair(fields):
    """Whether a row is of the pair as dyad and bench/peers.py keep it: actors PAK and AFG in either
    order, or the action placed in PK or AF."""
    return {fields[7], fields[17]} == PAIR_ACTORS or fields[53] in PAIR_PLACES


def main():
    """Reads the real export's rows as bytes, then writes the asked number of rows, drawn from them."""
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    real, out, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
    share = float(sys.argv[4]) if len(sys.argv) > 4 else 0.038
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 20261202)
    pair, other = [], []
    with open(real, "rb") as f:
        for line in f:
            fields = line.rstrip(b"\n").split(b"\t")
            if len(fields) != 61:
                sys.exit(f"{real}: a row of {len(fields)} fields, expected 61")
            (pair if of_pair(fields) else other).append(fields)
    if not pair or not other:
        sys.exit(f"{real}: needs rows of the pair and rows of others")
    start = datetime.date(2019, 1, 1)
    n_days = (datetime.date(2024, 12, 31) - start).days + 1
    # Days and times are drawn once per block of rows, as a real 15-minute batch shares its date added.
    with open(out, "wb") as f:
        written, event_id = 0, 900_000_000
        while written < rows:
            day = start + datetime.timedelta(days=rng.randrange(n_days))
            added = day.strftime("%Y%m%d") + f"{rng.randrange(24):02d}{rng.randrange(4) * 15:02d}00"
            block = []
            for _ in range(min(2_000, rows - written)):
                source = rng.choice(pair) if rng.random() < share else rng.choice(other)
                fields = list(source)
                event_day = day - datetime.timedelta(days=rng.choice((0, 0, 0, 1, 2, 7)))
                fields[0] = str(event_id).encode()
                fields[1] = event_day.strftime("%Y%m%d").encode()
                fields[2] = event_day.strftime("%Y%m").encode()
                fields[3] = event_day.strftime("%Y").encode()
                fields[4] = f"{event_day.year + (event_day.timetuple().tm_yday - 1) / 365:.4f}".encode()
                fields[59] = added.encode()
                block.append(b"\t".join(fields))
                event_id += 1
            f.write(b"\n".join(block))
            f.write(b"\n")
            written += len(block)
    print(f"wrote {rows} rows to {out} ({len(pair)} pair rows and {len(other)} others resampled)")


if __name__ == "__main__":
    main()
