"""Write the third held-out set (heldout3/) and its label sidecars, then validate them.

Same file format as build_heldout2.py (NAME.md plus NAME.labels.json, one line
per paragraph or list item), with "split": "heldout3" and names
heldout3_NN_topic.md.  All checks of build_heldout2.py are kept; in addition
this script re-computes every "Change" column or row in a table (absolute or
percent, rounded to one decimal), checks that the table value of each
text_vs_table label is written in its table quote, and accepts a citation
defect either beyond the 10 percent line or giving another year's exact
reference value.  Besides quote uniqueness and word counts, this script
re-checks the arithmetic recorded in the labels, re-adds every table that has
a total, surplus, deficit or balance row or column (a mismatch is allowed only
on a row quoted by an arithmetic label), checks that every refugee figure
written out in full is a reference value unless it sits inside a labelled
quote, and that UNHCR citations appear only in citation and citation-control
documents."""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout3_data import HELDOUT3  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "heldout3"
SPLIT = "heldout3"
KINDS = ["text_vs_table", "arithmetic", "garbled", "number_reuse", "direction", "scope", "citation"]
PER_KIND = 4
WANT_CONTROLS = {"control": 6, "citation_control": 3}
MIN_WORDS, MAX_WORDS = 180, 350
CITATION_MIN_DEVIATION = 0.10  # a citation defect is beyond this, or another year's exact value
REFUGEES = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
            "2022": 1743278, "2023": 1987717, "2024": 1559964}
CITATION_RE = re.compile(r"\(UNHCR, (\d{4})\)|\(source: UNHCR, (\d{4})\)|UNHCR's end-(\d{4}) figure"
                         r"|according to UNHCR's (\d{4}) figures|UNHCR data for (\d{4}) show",
                         re.IGNORECASE)
# Figures of refugee size that count something else (returns, not the register).
NOT_REFUGEE_REGISTER = {"1,217,000"}


def unwrap(text):
    """One line per paragraph or list item; tables and headings kept as written."""
    blocks = re.split(r"\n\s*\n", text.strip())
    out = []
    for b in blocks:
        lines = b.split("\n")
        if lines[0].startswith("|") or lines[0].startswith("#"):
            out.append(b)
            continue
        items = []
        for ln in lines:
            if re.match(r"^(- |\d+\. )", ln) or not items:
                items.append(ln.strip())
            else:
                items[-1] += " " + ln.strip()
        out.append("\n".join(items))
    return "\n\n".join(out) + "\n"


def words(text):
    return len(re.findall(r"[A-Za-z0-9][\w,.'-]*", text))


def pct(a, b):
    return round((b - a) / a * 100, 2)


def num(cell):
    c = cell.replace("*", "").replace(",", "").replace("%", "").replace("\u2212", "-").strip()
    c = re.sub(r"^(US\$|Rs)\s*", "", c)
    try:
        return float(c)
    except ValueError:
        return None


def is_change(h):
    return re.search(r"\bchange\b", h, re.I) is not None


def year_of(period):
    """First year in a period label: '2023' -> 2023, 'FY2023/24' -> 2023, 'FY24' -> 2024."""
    m = re.search(r"\d{4}", period) or re.search(r"\d{2}", period)
    y = int(m.group())
    return y + 2000 if y < 100 else y


def tables(text):
    """Yield (header cells, [(row line, row cells)]) for each Markdown table."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(lines[i])
                i += 1
            cells = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in block]
            yield cells[0], [(block[k], cells[k]) for k in range(2, len(block))]
        else:
            i += 1


def check_tables(stem, text, quoted, errors):
    """Re-add totals and re-subtract balances; return the rows that do not add up."""
    bad_rows = []

    def mismatch(line, msg):
        bad_rows.append(line)
        if line not in quoted:
            errors.append(f"{stem}: table does not add up ({msg}): {line}")

    for header, rows in tables(text):
        # totals and balances given as columns
        for j, h in enumerate(header):
            if j == 0:
                continue
            for line, cells in rows:
                vals = [num(c) for c in cells]
                if re.search(r"\btotal\b", h, re.I) and all(v is not None for v in vals[1:j + 1]):
                    if abs(sum(vals[1:j]) - vals[j]) > 1e-6:
                        mismatch(line, f"column {h!r}")
                if re.search(r"surplus|deficit|balance", h, re.I) and all(v is not None for v in vals[1:j + 1]):
                    if abs(vals[1] - vals[2] - vals[j]) > 1e-6:
                        mismatch(line, f"column {h!r}")
        # "Change" columns (years as rows): each cell is the change on the row above,
        # absolute, or in percent rounded to one decimal when the header or cell has "%".
        for j, h in enumerate(header):
            if j < 2 or not is_change(h):
                continue
            for i in range(1, len(rows)):
                line, cells = rows[i]
                v, cur, prev = num(cells[j]), num(cells[j - 1]), num(rows[i - 1][1][j - 1])
                if v is None or cur is None or prev is None:
                    continue
                if "%" in h or "%" in cells[j]:
                    if abs(round((cur - prev) / prev * 100, 1) - v) > 0.051:
                        mismatch(line, f"percent change column {h!r}")
                elif abs((cur - prev) - v) > 1e-6:
                    mismatch(line, f"change column {h!r}")
        # "Change" rows (years as columns): each cell is the change across the row above.
        for i, (line, cells) in enumerate(rows):
            if i == 0 or not is_change(cells[0]):
                continue
            above = rows[i - 1][1]
            for j in range(2, len(cells)):
                v, cur, prev = num(cells[j]), num(above[j]), num(above[j - 1])
                if v is None or cur is None or prev is None:
                    continue
                if "%" in cells[j]:
                    if abs(round((cur - prev) / prev * 100, 1) - v) > 0.051:
                        mismatch(line, "percent change row")
                elif abs((cur - prev) - v) > 1e-6:
                    mismatch(line, "change row")
        # totals and balances given as rows
        for i, (line, cells) in enumerate(rows):
            label = cells[0].replace("*", "").strip()
            for j in range(1, len(cells)):
                if is_change(header[j]):
                    continue
                col = [num(r[1][j]) for r in rows[:i]]
                v = num(cells[j])
                if v is None or any(c is None for c in col) or not col:
                    continue
                if re.match(r"total", label, re.I) and abs(sum(col) - v) > 1e-6:
                    mismatch(line, f"row {label!r}")
                if re.match(r"(balance|surplus|deficit)", label, re.I) and abs(col[0] - col[1] - v) > 1e-6:
                    mismatch(line, f"row {label!r}")
    return bad_rows


def check_values(stem, lab, text, errors):
    """Re-derive the computed fields of a label from its own inputs."""
    ev, kind = lab["expected_values"], lab["kind"]

    def bad(msg):
        errors.append(f"{stem}: {kind}: {msg}")

    if kind == "arithmetic":
        if "parts" in ev:
            s = sum(ev["parts"].values())
            if s != ev["sum_of_parts"] or ev["stated_total"] - s != ev["difference"] or s == ev["stated_total"]:
                bad(f"parts sum {s} vs {ev}")
        if "computed_balance" in ev:
            if ev["exports"] - ev["imports"] != ev["computed_balance"] or ev["computed_balance"] == ev["stated_balance"]:
                bad("balance")
        if "shares_pct" in ev:
            s = sum(ev["shares_pct"].values())
            if s != ev["sum_pct"] or s <= 100:
                bad(f"shares sum {s}")
        if "computed_change_pct" in ev:
            c = pct(ev["from"], ev["to"])
            if abs(c - ev["computed_change_pct"]) > 0.01 or abs(c - ev["stated_change_pct"]) < 2:
                bad(f"change {c}")
    elif kind == "direction":
        c = pct(ev["from"], ev["to"])
        actual = "rise" if c > 0 else "fall"
        if actual != ev["actual_direction"] or actual == ev["stated_direction"]:
            bad("direction")
        if abs(c - ev["change_pct"]) > 0.01:
            bad(f"change_pct {c}")
        if "change" in ev and abs(ev["to"] - ev["from"] - ev["change"]) > 1e-6:
            bad("change")
    elif kind == "citation":
        if REFUGEES[ev["period"]] != ev["reference"]:
            bad("reference")
        dev = abs(ev["stated"] / ev["reference"] - 1)
        if dev <= CITATION_MIN_DEVIATION and "same_as_year" not in ev:
            bad(f"deviation {dev:.3f} is not beyond {CITATION_MIN_DEVIATION}")
        if "same_as_year" in ev and (REFUGEES[ev["same_as_year"]] != ev["stated"]
                                     or ev["same_as_year"] == ev["period"]):
            bad("same_as_year value")
        m = CITATION_RE.search(lab["quotes"][0])
        if not m or next(g for g in m.groups() if g) != ev["period"]:
            bad("quote does not carry the cited year")
    elif kind == "text_vs_table":
        vals = [v for k, v in ev.items() if k.endswith("_value")]
        if len(vals) != 2 or vals[0] == vals[1]:
            bad("values")
        tq = [q for q in lab["quotes"] if q.startswith("|")]
        tv = ev.get("table_value")
        if tq and not any(f"{tv:,}" in q or str(tv) in q for q in tq):
            bad("table value not in the table quote")
    elif kind == "number_reuse":
        if not all(f"{ev['value']:,}" in q or str(ev["value"]) in q for q in lab["quotes"]):
            bad("value not in every quote")
    elif kind == "garbled":
        if "start_value" in ev:
            if ev["start_value"] != ev["end_value"] or ev["start_period"] != ev["end_period"]:
                bad("start and end differ")
        elif "stated_period_start" in ev:
            if year_of(ev["stated_period_start"]) <= year_of(ev["stated_period_end"]):
                bad("period is not backwards")
        elif "repeated_sentence" in ev:
            s = ev["repeated_sentence"]
            if text.count(s) != ev["occurrences"] or lab["quotes"][0] != " ".join([s] * ev["occurrences"]):
                bad("repeated sentence")
        else:
            bad("unknown garbled subtype")
    elif kind == "scope":
        if ev["third_country"] not in ev["named_pair"] or ev["pair"] != ["PAK", "AFG"]:
            bad("pair")


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("*"):
        f.unlink()
    errors = []
    summary = Counter()
    rng = random.Random(20261202)
    order = list(range(len(HELDOUT3)))
    rng.shuffle(order)
    rows = []
    nad_count = 0
    for new_no, idx in enumerate(order, 1):
        d = HELDOUT3[idx]
        stem = f"{SPLIT}_{new_no:02d}_{d['name']}"
        text = unwrap(d["text"])
        labels = []
        for lab in d["labels"]:
            lab = dict(lab)
            lab["quotes"] = [re.sub(r"\s*\n\s*", " ", q) for q in lab["quotes"]]
            for q in lab["quotes"]:
                n = text.count(q)
                if n != 1:
                    errors.append(f"{stem}: quote occurs {n} times: {q!r}")
            nad = lab["expected_values"].get("not_a_defect")
            if nad is not None:
                nad_count += lab["kind"] == "scope"
                if text.count(nad) != 1:
                    errors.append(f"{stem}: not_a_defect occurs {text.count(nad)} times")
                if any(nad in q or q in nad for q in lab["quotes"]):
                    errors.append(f"{stem}: not_a_defect overlaps a quote")
            check_values(stem, lab, text, errors)
            labels.append(lab)
        wc = words(text)
        if not MIN_WORDS <= wc <= MAX_WORDS:
            errors.append(f"{stem}: {wc} words")
        kinds = sorted({lab["kind"] for lab in labels})
        control = not labels
        cited = bool(CITATION_RE.search(text))
        if control:
            role = d["control_type"]
            if role not in WANT_CONTROLS:
                errors.append(f"{stem}: control without control_type")
            if (role == "citation_control") != cited:
                errors.append(f"{stem}: citation marker does not match control_type {role}")
        else:
            role = "+".join(kinds)
            if len(labels) != 1 or d["control_type"] is not None:
                errors.append(f"{stem}: a defect document must carry exactly one defect")
            if cited != (role == "citation"):
                errors.append(f"{stem}: UNHCR citation in a {role} document (or missing)")
        covered = " ".join(q for lab in labels for q in lab["quotes"])
        # Tables: a total or balance that does not add up must be a labelled quote.
        bad_rows = check_tables(stem, text, covered, errors)
        arith_table = any(lab["kind"] == "arithmetic" and any(q.startswith("|") for q in lab["quotes"])
                          for lab in labels)
        if arith_table and not bad_rows:
            errors.append(f"{stem}: labelled table error not found by the table check")
        # Every refugee-sized figure written in full must be a reference value,
        # unless it is part of a labelled quote.
        for m in re.finditer(r"\b1,\d{3},\d{3}\b", text):
            v = int(m.group().replace(",", ""))
            if v not in REFUGEES.values() and m.group() not in covered and m.group() not in NOT_REFUGEE_REGISTER:
                errors.append(f"{stem}: refugee-sized figure {m.group()} is not a reference value")
        summary[role] += 1
        rows.append((stem, role, wc))
        (OUT / f"{stem}.md").write_text(text, encoding="utf-8")
        side = {"doc": f"{stem}.md", "split": SPLIT, "control": control,
                "control_type": (role if control else None), "kinds": kinds,
                "word_count": wc, "labels": labels}
        (OUT / f"{stem}.labels.json").write_text(
            json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for k in KINDS:
        if summary[k] != PER_KIND:
            errors.append(f"kind {k}: {summary[k]} documents, want {PER_KIND}")
    for k, n in WANT_CONTROLS.items():
        if summary[k] != n:
            errors.append(f"{k}: {summary[k]} documents, want {n}")
    if nad_count < 2:
        errors.append(f"only {nad_count} scope documents name the third country correctly elsewhere")
    for stem, role, wc in rows:
        print(f"| `{stem}.md` | {role.replace('_', ' ')} | {wc} |")
    print(dict(sorted(summary.items())), "total", sum(summary.values()),
          "words", min(r[2] for r in rows), "-", max(r[2] for r in rows))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
