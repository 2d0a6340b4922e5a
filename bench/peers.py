"""The peer engines of `cargo xtask bench`: the same work as dyad's ingest, in DuckDB, Polars and pandas.

Usage: python peers.py ENGINE gdelt FOLDER    (ENGINE: duckdb, polars, pandas)
       python peers.py pandas acled FILE

For GDELT, each engine reads every `*.CSV` export in FOLDER with all 61 columns as text, keeps the events
of the Pakistan-Afghanistan pair (actors PAK and AFG in either order, or the action placed in PK or AF),
materialises them, and computes monthly aggregates per subject: event count, QuadClass counts, Goldstein
mean, tone mean and mentions. For ACLED, pandas reads the export and writes it to SQLite.
It prints one JSON line: the engine, the seconds taken and the counts, so the harness can check that the
engines agree with dyad.
"""

import glob
import json
import os
import sqlite3
import sys
import tempfile
import time

COLUMNS = [f"c{i}" for i in range(61)]
FILTER_SQL = "((c7 = 'PAK' AND c17 = 'AFG') OR (c7 = 'AFG' AND c17 = 'PAK') OR c53 IN ('PK', 'AF'))"


def gdelt_duckdb(folder):
    import duckdb

    files = sorted(glob.glob(os.path.join(folder, "*.CSV")))
    con = duckdb.connect()
    columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS) + "}"
    con.execute(
        f"""CREATE TABLE kept AS SELECT * FROM read_csv({files!r}, delim='\t', header=false, quote='',
            escape='', columns={columns}, auto_detect=false) WHERE {FILTER_SQL}"""
    )
    aggregates = con.execute(
        """SELECT subject, substr(c1, 1, 6) AS month, count(*) AS n,
                  sum((c29 = '1')::INT), sum((c29 = '2')::INT), sum((c29 = '3')::INT), sum((c29 = '4')::INT),
                  avg(c30::DOUBLE), avg(c34::DOUBLE), sum(c31::BIGINT)
           FROM (SELECT *, CASE WHEN c7 = 'PAK' AND c17 = 'AFG' THEN 'PAK→AFG'
                                WHEN c7 = 'AFG' AND c17 = 'PAK' THEN 'AFG→PAK' END AS subject FROM kept
                 UNION ALL
                 SELECT *, CASE c53 WHEN 'PK' THEN 'in PAK' WHEN 'AF' THEN 'in AFG' END AS subject FROM kept)
           WHERE subject IS NOT NULL GROUP BY ALL"""
    ).fetchall()
    kept = con.execute("SELECT count(*) FROM kept").fetchone()[0]
    return kept, len(aggregates)


def gdelt_polars(folder):
    import polars as pl

    files = sorted(glob.glob(os.path.join(folder, "*.CSV")))
    schema = {c: pl.String for c in COLUMNS}
    frame = pl.scan_csv(files, separator="\t", has_header=False, schema=schema, quote_char=None)
    kept = frame.filter(
        ((pl.col("c7") == "PAK") & (pl.col("c17") == "AFG"))
        | ((pl.col("c7") == "AFG") & (pl.col("c17") == "PAK"))
        | pl.col("c53").is_in(["PK", "AF"])
    ).collect()
    direction = pl.when((pl.col("c7") == "PAK") & (pl.col("c17") == "AFG")).then(pl.lit("PAK→AFG")).when(
        (pl.col("c7") == "AFG") & (pl.col("c17") == "PAK")
    ).then(pl.lit("AFG→PAK"))
    place = pl.when(pl.col("c53") == "PK").then(pl.lit("in PAK")).when(pl.col("c53") == "AF").then(pl.lit("in AFG"))
    both = pl.concat([kept.with_columns(direction.alias("subject")), kept.with_columns(place.alias("subject"))])
    aggregates = (
        both.filter(pl.col("subject").is_not_null())
        .with_columns(pl.col("c1").str.slice(0, 6).alias("month"))
        .group_by(["subject", "month"])
        .agg(
            pl.len().alias("n"),
            *[(pl.col("c29") == str(q)).sum().alias(f"q{q}") for q in range(1, 5)],
            pl.col("c30").cast(pl.Float64).mean(),
            pl.col("c34").cast(pl.Float64).mean(),
            pl.col("c31").cast(pl.Int64).sum(),
        )
    )
    return kept.height, aggregates.height


def gdelt_pandas(folder):
    import csv

    import pandas as pd

    files = sorted(glob.glob(os.path.join(folder, "*.CSV")))
    kept_parts = []
    for path in files:
        for chunk in pd.read_csv(path, sep="\t", header=None, names=COLUMNS, dtype=str, quoting=csv.QUOTE_NONE,
                                 keep_default_na=False, chunksize=500_000):
            mask = (((chunk.c7 == "PAK") & (chunk.c17 == "AFG")) | ((chunk.c7 == "AFG") & (chunk.c17 == "PAK"))
                    | chunk.c53.isin(["PK", "AF"]))
            kept_parts.append(chunk[mask])
    kept = pd.concat(kept_parts)
    direction = kept.assign(subject=None)
    direction.loc[(kept.c7 == "PAK") & (kept.c17 == "AFG"), "subject"] = "PAK→AFG"
    direction.loc[(kept.c7 == "AFG") & (kept.c17 == "PAK"), "subject"] = "AFG→PAK"
    place = kept.assign(subject=kept.c53.map({"PK": "in PAK", "AF": "in AFG"}))
    both = pd.concat([direction, place]).dropna(subset=["subject"])
    both["month"] = both.c1.str.slice(0, 6)
    both["g"] = both.c30.astype(float)
    both["t"] = both.c34.astype(float)
    both["m"] = both.c31.astype(int)
    for q in range(1, 5):
        both[f"q{q}"] = (both.c29 == str(q)).astype(int)
    aggregates = both.groupby(["subject", "month"]).agg(n=("c0", "size"), q1=("q1", "sum"), q2=("q2", "sum"),
                                                         q3=("q3", "sum"), q4=("q4", "sum"), g=("g", "mean"),
                                                         t=("t", "mean"), m=("m", "sum"))
    return len(kept), len(aggregates)


def acled_pandas(path):
    import pandas as pd

    frame = pd.read_csv(path, dtype={"event_id_cnty": str})
    with tempfile.TemporaryDirectory() as folder:
        connection = sqlite3.connect(os.path.join(folder, "acled.sqlite"))
        frame.to_sql("event", connection, index=False, chunksize=100_000)
        connection.commit()
        connection.close()
    return len(frame), 0


def main():
    engine, kind, path = sys.argv[1:4]
    runner = {
        ("duckdb", "gdelt"): gdelt_duckdb,
        ("polars", "gdelt"): gdelt_polars,
        ("pandas", "gdelt"): gdelt_pandas,
        ("pandas", "acled"): acled_pandas,
    }[(engine, kind)]
    start = time.perf_counter()
    kept, n_aggregates = runner(path)
    seconds = time.perf_counter() - start
    print(json.dumps({"engine": engine, "kind": kind, "seconds": seconds, "kept": kept, "aggregates": n_aggregates}))


if __name__ == "__main__":
    main()
