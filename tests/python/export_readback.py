"""Reads dyad's exports back in pandas: CSV and Parquet give the same rows and types, and the figures
`dyad tables` reports are in them with the same values. The documents export's passage spans, counted in
characters, cut Python strings exactly as dyad cut them.

Usage: python export_readback.py PATH_TO_DYAD
Exit code 0 when every check holds; a failed check raises with what differed.
"""

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd


def run(dyad, *args):
    return subprocess.run([dyad, *args], check=True, capture_output=True, text=True).stdout


def main():
    dyad = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        tables = json.loads(run(dyad, "--home", str(home), "tables", "--year", "2023", "--format", "json"))
        for fmt in ("csv", "parquet"):
            run(dyad, "--home", str(home), "export", "observations", "--format", fmt, "--out", str(Path(folder) / fmt))
        from_csv = pd.read_csv(Path(folder) / "csv" / "observations.csv", keep_default_na=False, na_values=[""])
        from_parquet = pd.read_parquet(Path(folder) / "parquet" / "observations.parquet")
        assert from_csv.shape == from_parquet.shape, (from_csv.shape, from_parquet.shape)
        assert list(from_csv.columns) == list(from_parquet.columns)
        for column in ("value", "value_low", "value_high"):
            assert from_csv[column].dtype == "float64", (column, from_csv[column].dtype)
            assert from_parquet[column].dtype == "float64", (column, from_parquet[column].dtype)
            same = (from_csv[column].fillna(-1.0).to_numpy() == from_parquet[column].fillna(-1.0).to_numpy()).all()
            assert same, f"{column} differs between CSV and Parquet"
        assert from_parquet["approximate"].dtype == "int64"
        package = json.loads((Path(folder) / "parquet" / "datapackage.json").read_text())
        fields = {f["name"]: f["type"] for f in package["resources"][0]["schema"]["fields"]}
        assert fields["value"] == "number" and fields["period_start"] == "date"
        # Every observed figure of the tables is in the export, with its value and release.
        checked = 0
        for cell in tables["cells"]:
            if cell["status"] != "observed" or cell["value"] is None:
                continue
            publisher, dataset = cell["source"].split(": ", 1)
            for frame in (from_csv, from_parquet):
                match = frame[(frame.publisher == publisher) & (frame.dataset == dataset) & (frame.vintage == cell["vintage"])
                              & (frame.period == cell["period"]) & (frame.value == cell["value"])]
                assert len(match) >= 1, f"{cell['table']} / {cell['row']}: {cell['value']} not in the export"
            checked += 1
        assert checked >= 10, checked
        # The indicator export: one row per indicator, subject and period, as the tables choose them.
        for fmt in ("csv", "parquet"):
            run(dyad, "--home", str(home), "export", "indicators", "--format", fmt, "--out", str(Path(folder) / f"ind-{fmt}"))
        indicators_csv = pd.read_csv(Path(folder) / "ind-csv" / "indicators.csv", keep_default_na=False, na_values=[""])
        indicators_parquet = pd.read_parquet(Path(folder) / "ind-parquet" / "indicators.parquet")
        assert indicators_csv.shape == indicators_parquet.shape, (indicators_csv.shape, indicators_parquet.shape)
        for frame in (indicators_csv, indicators_parquet):
            stock = frame[(frame.indicator == "refugees.registered") & (frame.period_asked.astype(str) == "2023")]
            assert len(stock) == 1 and stock.value.iloc[0] == 1987717.0, stock
            assert stock.licence.iloc[0].startswith("CC BY 4.0"), stock.licence.iloc[0]
            total = frame[(frame.indicator == "security.border_incidents_total") & (frame.period_asked.astype(str) == "2021")]
            # UCDP GED fills no counter-terrorism row: its clashes with the state are a row of their own.
            parts = frame[frame.indicator.isin(["security.cross_border_attacks", "security.state_nonstate_clashes",
                                                "security.militant_activities"]) & (frame.period_asked.astype(str) == "2021")]
            assert total.value.iloc[0] == parts.value.sum() == 77.0, (total, parts)
        # Every command's CSV reads with its numeric columns as numbers.
        numeric = {
            ("history", "refugees.registered", "--period", "2022"): ["Value", "Change %"],
            ("compare", "refugees.registered", "--period", "2022"): ["Value"],
            ("project", "refugees.registered"): ["Forecast", "80% interval low", "95% interval high"],
            ("scorecard",): ["Projected", "Interval low", "Interval high", "Actual", "Error", "% error"],
            ("backtest",): ["MASE", "80% coverage", "95% coverage"],
        }
        for command, columns in numeric.items():
            text = run(dyad, "--home", str(home), *command, "--format", "csv")
            frame = pd.read_csv(io.StringIO(text))
            for column in columns:
                assert pd.api.types.is_numeric_dtype(frame[column]), (command, column, frame[column].dtype)
        # The documents export: two tables joined by document_id, each passage its document's text at its span.
        for fmt in ("csv", "parquet"):
            run(dyad, "--home", str(home), "export", "documents", "--format", fmt, "--out", str(Path(folder) / f"doc-{fmt}"))
        documents = pd.read_parquet(Path(folder) / "doc-parquet" / "documents.parquet")
        passages = pd.read_parquet(Path(folder) / "doc-parquet" / "passages.parquet")
        passages_csv = pd.read_csv(Path(folder) / "doc-csv" / "passages.csv", keep_default_na=False, na_values=[""])
        assert passages.shape == passages_csv.shape, (passages.shape, passages_csv.shape)
        texts = dict(zip(documents.document_id, documents.text))
        for row in passages.itertuples():
            assert texts[row.document_id][row.char_start:row.char_end] == row.text, (row.document_id, row.passage)
        print(f"export read-back ok: {checked} table cells found in the CSV and Parquet exports, {len(from_csv)} rows each; "
              f"{len(indicators_csv)} indicator values read back; {len(passages)} passages cut from {len(documents)} documents")


if __name__ == "__main__":
    main()
