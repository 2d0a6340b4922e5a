"""Resolve the hand-entered White House claims against the exact file bytes
and write whitehouse_claims.jsonl.  Only the labeller's own data file is read;
nothing from the dyad implementation is used."""
import json
import re
import sys
from collections import Counter
import os
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wh_claims_data import CLAIMS, DOCS  # noqa: E402

SRC = Path(os.environ.get("DYAD_SHARED_DATA", "../shared/data")) / "documents" / "whitehouse"
OUT = Path(__file__).resolve().parent.parent / "whitehouse_claims.jsonl"


def body_start(text):
    """Offset just after the closing '---' of the YAML front matter."""
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    return m.end() if m else 0


def pattern(quote):
    parts = []
    for ch in quote:
        if ch == " ":
            parts.append(r"\s+")
        elif ch == "'":
            parts.append("['\u2019]")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts))


def main():
    texts = {k: (SRC / v).read_text(encoding="utf-8") for k, v in DOCS.items()}
    rows, problems = [], []
    for cl in CLAIMS:
        text = texts[cl["doc"]]
        start = body_start(text)
        hits = [m for m in pattern(cl["quote"]).finditer(text) if m.start() >= start]
        if not hits:
            problems.append(f"NOT FOUND {cl['doc']}:{cl['line_hint']} {cl['quote']!r}")
            continue
        def line_of(m):
            return text.count("\n", 0, m.start()) + 1
        best = min(hits, key=lambda m: abs(line_of(m) - cl["line_hint"]))
        line = line_of(best)
        if abs(line - cl["line_hint"]) > 2:
            problems.append(f"LINE {cl['doc']} hint {cl['line_hint']} found {line} {cl['quote']!r}")
        exact = text[best.start():best.end()]
        row = {"doc": DOCS[cl["doc"]]}
        if "\n" in exact:
            row["quote"] = re.sub(r"[ \t]*\n[ \t]*", " ", exact)
            row["quote_raw"] = exact
        else:
            row["quote"] = exact
        for key in ("number_text", "value", "value_high", "unit", "unit_note", "hedge", "about",
                    "indicator", "subject", "period", "cited_source", "is_projection", "uncertain", "note"):
            val = cl[key]
            if key in ("value_high", "unit_note", "note") and val is None:
                continue
            if isinstance(val, float) and val.is_integer() and key in ("value", "value_high") and abs(val) >= 1:
                val = int(val)
            row[key] = val
        row["line"] = line
        rows.append(row)
    rows.sort(key=lambda r: (r["doc"], r["line"]))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for p in problems:
        print(p)
    per_doc = Counter(r["doc"] for r in rows)
    for d in DOCS.values():
        unc = sum(1 for r in rows if r["doc"] == d and r["uncertain"])
        print(f"{per_doc.get(d, 0):4d} ({unc:2d} uncertain)  {d}")
    print("total", len(rows), "uncertain", sum(r["uncertain"] for r in rows),
          "with indicator", sum(1 for r in rows if r["indicator"]))


if __name__ == "__main__":
    main()
