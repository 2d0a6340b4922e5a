"""Write one held-out set (heldoutN/) and its label sidecars, then validate them.

The builder shared by build_heldout6.py to build_heldout9.py, which differ only in
their data, split name and shuffle seed: each of those sets was first built by its own copy of this
script, and each copy kept every check of the one before and added its own (the history below), so the
last copy serves them all and rebuilds each set byte for byte (the sets before heldout6 break checks
added later, so they keep their own builders).

A copy of build_heldout8.py adapted to heldout9: same file format (NAME.md
plus NAME.labels.json, one line per paragraph or list item; PDF-extracted
tables kept line by line), with "split": "heldout9" and names
heldout9_NN_topic.md, numbered by a fixed shuffle (seed 20261205).  Every
check of build_heldout8.py is kept (see its docstring): quote and
not_a_defect uniqueness, word counts (150-400), one label per defect
document, kind and control counts, the arithmetic recorded in each label,
re-adding every table total, balance, change, share, sub-total and index
column or row in pipe and PDF-extracted tables (a mismatch is allowed only on
a row quoted by an arithmetic label), the table value of each text_vs_table
label written in its table quote, refugee figures written out in full being
reference values unless labelled, a citation defect being beyond the 10
percent line or another year's exact reference value, UNHCR citations
appearing only in citation and citation-control documents and UNHCR or the
UN refugee agency not being mentioned anywhere else, periods ordered,
no stray runs of spaces outside PDF-extracted tables, direction words and
figures recorded as written occurring in their quotes, stated_fold matching
stated_change_pct, number_reuse values in both quotes.

New in this script, because heldout9 writes things differently:
- the citation pattern covers the new styles: a bracketed source line
  "(UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024)", chat
  shorthand "(UNHCR stats, Dec-2022)", "UNHCR's tally for December 2019",
  "whom UNHCR registered at the end of 2023", "UNHCR's statistics as on
  31.12.2020", "UNHCR (YE2024)" and "(per the UNHCR year-end 2024 register)";
- every check of build_heldout8.py is kept unchanged, including the
  July-June fiscal quarters added there.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SETS = Path(__file__).resolve().parent.parent
KINDS = ["text_vs_table", "arithmetic", "garbled", "number_reuse", "direction", "scope", "citation"]
PER_KIND = 6
WANT_CONTROLS = {"control": 6, "citation_control": 3}
MIN_WORDS, MAX_WORDS = 150, 400
CITATION_MIN_DEVIATION = 0.10  # a citation defect is beyond this, or another year's exact value
REFUGEES = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
            "2022": 1743278, "2023": 1987717, "2024": 1559964}
CITATION_RE = re.compile(
    r"\(UNHCR,? (?:[A-Z][a-z]{2,8} )?(\d{4})\)"
    r"|\[UNHCR,? (\d{4})\]"
    r"|\(source: UNHCR, (\d{4})\)"
    r"|UNHCR's end-(\d{4}) figure"
    r"|according to UNHCR's (\d{4}) figures"
    r"|UNHCR data for (?:end-)?(\d{4}) show"
    r"|per UNHCR's (?:end-)?(\d{4}) (?:count|figures|data)"
    r"|\[\^\d+\]: UNHCR\b[^\n]*?(\d{4})"
    r"|(\d{4}),? as reported by the UN refugee agency"
    # new in heldout5
    r"|UNHCR \((\d{4})\)"
    r"|\(UNHCR Refugee Data Finder, (\d{4})\)"
    r"|UNHCR's end-of-year (\d{4}) statistics"
    r"|UN refugee agency's figure for (?:[A-Z][a-z]+ )?(\d{4})"
    r"|^\[\d+\] UNHCR\b[^\n]*?(\d{4})"
    # new in heldout6
    r"|^\d+\. UNHCR\b[^\n]*?(\d{4})"
    r"|Source: UNHCR,? (?:\d{1,2} [A-Z][a-z]{2,8} )?(\d{4})"
    r"|\(UNHCR Operational Data Portal, (?:end-)?(\d{4})\)"
    r"|UNHCR's year-end report for (\d{4})"
    r"|UNHCR data as of (?:end-)?(\d{4})"
    r"|\(UNHCR Pakistan factsheet, (?:[A-Z][a-z]+ )?(\d{4})\)"
    # new in heldout7
    r"|UNHCR Global Trends (?:report )?(\d{4})"
    r"|\(UNHCR, as at (?:\d{1,2} [A-Z][a-z]+ )?(\d{4})\)"
    r"|UNHCR \((\d{4})[a-z]\)"
    r"|^[a-z]/ UNHCR\b[^\n]*?(\d{4})"
    r"|figures released by UNHCR for (?:end-)?(\d{4})"
    r"|UNHCR's count (?:at|for) the end of (\d{4})"
    # new in heldout8
    r"|\u2014 UNHCR, (?:end-)?(\d{4})"
    r"|UNHCR's figure for (?:end-)?(\d{4})"
    r"|UNHCR year-end data \((\d{4})\)"
    r"|\[UNHCR (\d{4}) year-end statistics\]"
    r"|as counted by UNHCR at the close of (\d{4})"
    # new in heldout9
    r"|UNHCR, Pakistan: registered Afghan refugees, (?:\d{1,2} [A-Z][a-z]{2,8} )?(\d{4})"
    r"|\(UNHCR stats, [A-Z][a-z]{2}-(\d{4})\)"
    r"|UNHCR's tally for (?:[A-Z][a-z]+ )?(\d{4})"
    r"|UNHCR registered at (?:the )?end of (\d{4})"
    r"|UNHCR's statistics as on \d{1,2}\.\d{1,2}\.(\d{4})"
    r"|UNHCR \(YE ?(\d{4})\)"
    r"|per the UNHCR year-end (\d{4}) register",
    re.IGNORECASE | re.MULTILINE)
UNHCR_MENTION = re.compile(r"UNHCR|UN refugee agency|United Nations High Commissioner", re.IGNORECASE)
# Figures of refugee size that count something else (returns, not the register).
NOT_REFUGEE_REGISTER = {"1,217,000"}
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
PDF_LINE = re.compile(r"\S {2,}\S")


def is_pdf_block(lines):
    return sum(bool(PDF_LINE.search(ln)) for ln in lines) >= 2


def unwrap(text):
    """One line per paragraph or list item; tables, headings and PDF-extracted
    tables (rows with runs of spaces) kept as written."""
    blocks = re.split(r"\n\s*\n", text.strip())
    out = []
    for b in blocks:
        lines = b.split("\n")
        if lines[0].startswith("|") or lines[0].startswith("#") or is_pdf_block(lines):
            out.append("\n".join(ln.rstrip() for ln in lines))
            continue
        items = []
        for ln in lines:
            if re.match(r"^(- |\d+\. |[a-z]/ )", ln) or not items:
                items.append(ln.strip())
            else:
                items[-1] += " " + ln.strip()
        out.append("\n".join(items))
    return "\n\n".join(out) + "\n"


def words(text):
    return len(re.findall(r"[A-Za-z0-9][\w,.'-]*", text))


def pct(a, b):
    return round((b - a) / a * 100, 2)


FOOTNOTE_MARK = re.compile(r"(?:\s*\([a-z]\)|[\u00b9\u00b2\u00b3\u2070-\u2079\u1d43-\u1d5b\u2020\u2021])+$")


def num(cell):
    c = cell.replace("*", "").replace(",", "").replace("%", "").replace("\u2212", "-").strip()
    c = FOOTNOTE_MARK.sub("", c).strip()
    c = re.sub(r"^(US\$|USD|PKR|Rs\.?|\$)\s*", "", c)
    c = re.sub(r"\s*(pc|bn|mn|m)$", "", c)
    try:
        return float(c)
    except ValueError:
        return None


def is_change(h):
    return re.search(r"\bchange\b|\bgrowth\b|\by/y\b|\byoy\b", h, re.I) is not None


def is_subtotal(label):
    return re.match(r"sub-?\s?total", label.replace("*", "").strip(), re.I) is not None


def is_ratio(h):
    return re.search(r"\bper\b|\bindex\b|\baverage\b|\bavg\b|\bratio\b", h, re.I) is not None


INDEX_HEAD = re.compile(r"index(?: of ([A-Za-z]+))?\s*\(\s*([^=()]+?)\s*=\s*100\s*\)", re.I)


def is_share(h):
    return re.search(r"\bshare\b", h, re.I) is not None


def period_key(period):
    """Sortable (year, month, day) for the start of a period label:
    '2023' -> (2023, 1, 1); 'CY2024' -> (2024, 1, 1); 'end-2022' -> (2022, 12, 31);
    'FY 2023-24', '2023/24', 'FY24', 'FY2024' -> (2023, 7, 1) (July-June fiscal years);
    'H2 2024', '2H24', '2H2024' -> (2024, 7, 1); 'Q3 2024' -> (2024, 7, 1);
    'Mar-24', 'March 2024' -> (2024, 3, 1); '15 Sep 2023' -> (2023, 9, 15);
    new in heldout6: 'Jul-Sep 2024' -> (2024, 7, 1) (month range, its start);
    '1402 SH' -> (2023, 3, 21) (solar year, starting at Nowruz);
    '30/09/2024' -> (2024, 9, 30) (day/month/year)."""
    p = period.strip()
    # new in heldout8: 'Q3 FY2025' -> (2025, 1, 1) (quarters of a July-June fiscal year)
    m = re.fullmatch(r"Q([1-4])\s?FY\s?(\d{4})", p)
    if m:
        q, fy = int(m.group(1)), int(m.group(2))
        return (fy - 1, 3 * q + 4, 1) if q <= 2 else (fy, 3 * q - 8, 1)
    # new in heldout7: 'end-Q2 2024' -> (2024, 6, 30); 'the twelve months to June 2024' -> (2023, 7, 1)
    m = re.fullmatch(r"end-Q([1-4])\s(\d{4})", p)
    if m:
        return (int(m.group(2)), 3 * int(m.group(1)), 30)
    m = re.fullmatch(r"(?:the )?twelve months to ([A-Za-z]{3})[a-z]*\s(\d{4})", p)
    if m and m.group(1).lower() in MONTHS:
        mo = MONTHS[m.group(1).lower()]
        return (int(m.group(2)) - (1 if mo < 12 else 0), mo % 12 + 1, 1)
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]*\s?[-\u2013]\s?([A-Za-z]{3})[a-z]*\s(\d{4})", p)
    if m and m.group(1).lower() in MONTHS and m.group(2).lower() in MONTHS:
        if MONTHS[m.group(1).lower()] > MONTHS[m.group(2).lower()]:
            raise ValueError(f"month range runs backwards: {period!r}")
        return (int(m.group(3)), MONTHS[m.group(1).lower()], 1)
    m = re.fullmatch(r"(1[34]\d{2})\s?SH", p)
    if m:
        return (int(m.group(1)) + 621, 3, 21)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", p)
    if m:
        if not 1 <= int(m.group(2)) <= 12:
            raise ValueError(f"bad month in {period!r}")
        return (int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?:FY\s?)?(\d{4})\s?[-/\u2013](\d{2}|\d{4})", p)
    if m:
        return (int(m.group(1)), 7, 1)
    m = re.fullmatch(r"FY\s?(\d{2})", p)
    if m:
        return (2000 + int(m.group(1)) - 1, 7, 1)
    m = re.fullmatch(r"FY\s?(\d{4})", p)
    if m:
        return (int(m.group(1)) - 1, 7, 1)
    m = re.fullmatch(r"H([12])\s(\d{4})", p) or re.fullmatch(r"([12])H\s?(\d{2}|\d{4})", p)
    if m:
        y = int(m.group(2))
        return (y + 2000 if y < 100 else y, 1 if m.group(1) == "1" else 7, 1)
    m = re.fullmatch(r"Q([1-4])\s(\d{4})", p)
    if m:
        return (int(m.group(2)), 3 * int(m.group(1)) - 2, 1)
    m = re.fullmatch(r"(\d{1,2})\s([A-Za-z]{3})[a-z]*\s(\d{4})", p)
    if m and m.group(2).lower() in MONTHS:
        return (int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]*[- ](\d{2}|\d{4})", p)
    if m and m.group(1).lower() in MONTHS:
        y = int(m.group(2))
        return (y + 2000 if y < 100 else y, MONTHS[m.group(1).lower()], 1)
    m = re.fullmatch(r"end-(\d{4})", p)
    if m:
        return (int(m.group(1)), 12, 31)
    m = re.fullmatch(r"(?:CY\s?)?(\d{4})", p)
    if m:
        return (int(m.group(1)), 1, 1)
    raise ValueError(f"cannot read period {period!r}")


def is_period(h):
    try:
        period_key(h)
        return True
    except ValueError:
        return False


def tables(text):
    """Yield (header cells, [(row line, row cells)]) for each Markdown pipe table
    and each PDF-extracted table (cells separated by runs of two or more spaces)."""
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
        elif PDF_LINE.search(lines[i]):
            header = re.split(r"\s{2,}", lines[i].rstrip())
            rows = []
            i += 1
            while i < len(lines) and PDF_LINE.search(lines[i]):
                cells = re.split(r"\s{2,}", lines[i].rstrip())
                if len(cells) != len(header):
                    raise ValueError(f"PDF table row has {len(cells)} cells, header {len(header)}: {lines[i]!r}")
                rows.append((lines[i], cells))
                i += 1
            if len(header) >= 2 and rows:
                yield header, rows
        else:
            i += 1


def table_row_lines(text):
    return {line for _, rows in tables(text) for line, _ in rows}


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
            if j == 0 or is_ratio(h):  # new in heldout7: "Index of total" is not a total
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
            if is_period(header[j - 1]) and is_period(header[j - 2]):
                # periods as columns: the change runs across the two columns before it
                for line, cells in rows:
                    v, cur, prev = num(cells[j]), num(cells[j - 1]), num(cells[j - 2])
                    if v is None or cur is None or prev is None:
                        continue
                    if "%" in h or "%" in cells[j]:
                        if abs(round((cur - prev) / prev * 100, 1) - v) > 0.051:
                            mismatch(line, f"percent change column {h!r}")
                    elif abs((cur - prev) - v) > 1e-6:
                        mismatch(line, f"change column {h!r}")
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
                if "%" in cells[j] or "%" in cells[0]:
                    if abs(round((cur - prev) / prev * 100, 1) - v) > 0.051:
                        mismatch(line, "percent change row")
                elif abs((cur - prev) - v) > 1e-6:
                    mismatch(line, "change row")
        # "Share" columns in a table without a total row must sum to 100.
        has_total_row = any(re.match(r"total", c[0].replace("*", "").strip(), re.I) for _, c in rows)
        for j, h in enumerate(header):
            if j == 0 or not is_share(h) or has_total_row:
                continue
            col = [num(c[j]) for _, c in rows]
            if all(v is not None for v in col) and abs(sum(col) - 100) > 0.1001:
                mismatch(rows[-1][0], f"share column {h!r} sums to {sum(col):.1f}")
        # totals and balances given as rows (new in heldout7: sub-total rows sum the
        # rows since the previous sub-total; total rows sum the rows that are not
        # sub-totals; ratio and index columns are left out)
        for i, (line, cells) in enumerate(rows):
            label = cells[0].replace("*", "").strip()
            last_sub = max([k for k in range(i) if is_subtotal(rows[k][1][0])], default=-1)
            for j in range(1, len(cells)):
                if is_change(header[j]) or is_ratio(header[j]):
                    continue
                plain = [num(r[1][j]) for r in rows[:i] if not is_subtotal(r[1][0])]
                since = [num(r[1][j]) for r in rows[last_sub + 1:i] if not is_subtotal(r[1][0])]
                v = num(cells[j])
                if is_subtotal(label):
                    if v is not None and since and all(c is not None for c in since) \
                            and abs(sum(since) - v) > 1e-6:
                        mismatch(line, f"sub-total row {label!r}")
                    continue
                col = [num(r[1][j]) for r in rows[:i]]
                if v is None or any(c is None for c in plain) or not col:
                    continue
                if re.match(r"total", label, re.I) and abs(sum(plain) - v) > 1e-6:
                    mismatch(line, f"row {label!r}")
                if re.match(r"(balance|surplus|deficit)", label, re.I) and None not in col[:2] \
                        and abs(col[0] - col[1] - v) > 1e-6:
                    mismatch(line, f"row {label!r}")
        # new in heldout7: index columns, re-computed from the value column and the base row
        for j, h in enumerate(header):
            m = INDEX_HEAD.search(h)
            if not m or j == 0:
                continue
            src = j - 1
            if m.group(1):
                src = next((k for k in range(1, len(header))
                            if header[k].lower().startswith(m.group(1).lower())), None)
                if src is None:
                    raise ValueError(f"index column {h!r} names no column")
            base = next((r[1] for r in rows if r[1][0].strip() == m.group(2).strip()), None)
            if base is None:
                raise ValueError(f"index column {h!r}: no row for base {m.group(2)!r}")
            b = num(base[src])
            for line, cells in rows:
                v, x = num(cells[j]), num(cells[src])
                if v is None or x is None:
                    continue
                if abs(round(x / b * 100, 1) - v) > 0.051:
                    mismatch(line, f"index column {h!r}")
    return bad_rows


def check_values(stem, lab, text, errors):
    """Re-derive the computed fields of a label from its own inputs."""
    ev, kind = lab["expected_values"], lab["kind"]
    row_lines = table_row_lines(text)

    def bad(msg):
        errors.append(f"{stem}: {kind}: {msg}")

    # new in heldout6: figures and names recorded as written must be in a quote
    written = [ev[k] for k in ("stated_as_written", "text_as_written", "named_as") if k in ev]
    if isinstance(ev.get("as_written"), dict):
        written += list(ev["as_written"].values())
    for w in written:
        if not any(w in q for q in lab["quotes"]):
            bad(f"{w!r} (as written) is not in any quote")

    if kind == "arithmetic":
        known = False
        if "parts" in ev:
            known = True
            s = sum(ev["parts"].values())
            if s != ev["sum_of_parts"] or ev["stated_total"] - s != ev["difference"] or s == ev["stated_total"]:
                bad(f"parts sum {s} vs {ev}")
        if "computed_balance" in ev:
            known = True
            if ev["exports"] - ev["imports"] != ev["computed_balance"] or ev["computed_balance"] == ev["stated_balance"]:
                bad("balance")
        if "shares_pct" in ev:
            known = True
            s = sum(ev["shares_pct"].values())
            if s != ev["sum_pct"] or s <= 100:
                bad(f"shares sum {s}")
        if "computed_change_pct" in ev:
            known = True
            c = pct(ev["from"], ev["to"])
            if abs(c - ev["computed_change_pct"]) > 0.01 or abs(c - ev["stated_change_pct"]) < 2:
                bad(f"change {c}")
            if "stated_fold" in ev and abs((ev["stated_fold"] - 1) * 100 - ev["stated_change_pct"]) > 1e-6:
                bad("stated_fold does not match stated_change_pct")
            if "stated_index" in ev:
                if abs(round(ev["to"] / ev["from"] * 100, 1) - ev["computed_index"]) > 0.051:
                    bad("computed_index")
                if abs(ev["stated_index"] - 100 - ev["stated_change_pct"]) > 1e-6:
                    bad("stated_index does not match stated_change_pct")
        if not known:
            bad("unknown arithmetic subtype")
    elif kind == "direction":
        c = pct(ev["from"], ev["to"])
        actual = "rise" if c > 0 else "fall"
        if actual != ev["actual_direction"] or actual == ev["stated_direction"]:
            bad("direction")
        if abs(c - ev["change_pct"]) > 0.01:
            bad(f"change_pct {c}")
        if "change" in ev and abs(ev["to"] - ev["from"] - ev["change"]) > 1e-6:
            bad("change")
        if period_key(ev["from_period"]) >= period_key(ev["to_period"]):
            bad("from_period is not before to_period")
        w = ev.get("direction_word")
        if w is not None and not any(w in q for q in lab["quotes"]):
            bad("direction word not in the quote")
    elif kind == "citation":
        if REFUGEES[ev["period"]] != ev["reference"]:
            bad("reference")
        dev = abs(ev["stated"] / ev["reference"] - 1)
        if dev <= CITATION_MIN_DEVIATION and "same_as_year" not in ev:
            bad(f"deviation {dev:.3f} is not beyond {CITATION_MIN_DEVIATION}")
        if "same_as_year" in ev and (REFUGEES[ev["same_as_year"]] != ev["stated"]
                                     or ev["same_as_year"] == ev["period"]):
            bad("same_as_year value")
        years = [next(g for g in m.groups() if g) for q in lab["quotes"] for m in CITATION_RE.finditer(q)]
        if ev["period"] not in years:
            bad("no quote carries the cited year")
    elif kind == "text_vs_table":
        vals = [v for k, v in ev.items() if k.endswith("_value")]
        if len(vals) != 2 or vals[0] == vals[1]:
            bad("values")
        tq = [q for q in lab["quotes"] if q.startswith("|") or q in row_lines]
        tv = ev.get("table_value")
        if tq and tv is None:
            bad("a table row is quoted but no table_value is given")
        elif tq and not any(f"{tv:,}" in q or str(tv) in q for q in tq):
            bad("table value not in the table quote")
        if not tq and "table_value" in ev:
            bad("table_value given but no table row quoted")
        if "headline_value" in ev and "table_value" in ev:
            bad("headline case must not give a table_value")
    elif kind == "number_reuse":
        w = ev.get("value_as_written")
        if w is not None:
            if not all(w in q for q in lab["quotes"]):
                bad("value as written not in every quote")
        elif not all(f"{ev['value']:,}" in q or str(ev["value"]) in q for q in lab["quotes"]):
            bad("value not in every quote")
        if len(lab["quotes"]) != 2 or ev["quantity_1"] == ev["quantity_2"]:
            bad("two quotes for two quantities")
    elif kind == "garbled":
        if "start_value" in ev:
            if ev["start_value"] != ev["end_value"] or ev["start_period"] != ev["end_period"]:
                bad("start and end differ")
        elif "stated_period_start" in ev:
            if period_key(ev["stated_period_start"]) <= period_key(ev["stated_period_end"]):
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


def main(data, split, seed):
    """Writes the set `split` from `data`, numbered by the shuffle `seed`, and exits 1 on any error."""
    OUT = SETS / split
    SPLIT = split
    SEED = seed
    HELDOUT = data
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("*"):
        f.unlink()
    errors = []
    summary = Counter()
    rng = random.Random(SEED)
    order = list(range(len(HELDOUT)))
    rng.shuffle(order)
    rows = []
    nad_count = 0
    names = Counter(d["name"] for d in HELDOUT)
    for n, c in names.items():
        if c > 1:
            errors.append(f"name {n} used {c} times")
    for new_no, idx in enumerate(order, 1):
        d = HELDOUT[idx]
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
        mentions = bool(UNHCR_MENTION.search(text))
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
        if mentions and role not in ("citation", "citation_control"):
            errors.append(f"{stem}: UNHCR or the UN refugee agency is mentioned in a {role} document")
        covered = " ".join(q for lab in labels for q in lab["quotes"])
        # A line with a run of spaces must sit in a PDF-extracted table of two or more such lines.
        lines = text.split("\n")
        for k, ln in enumerate(lines):
            if PDF_LINE.search(ln) and not (k > 0 and PDF_LINE.search(lines[k - 1])
                                            or k + 1 < len(lines) and PDF_LINE.search(lines[k + 1])):
                errors.append(f"{stem}: stray run of spaces outside a PDF table: {ln!r}")
        # Tables: a total, balance or change that does not add up must be a labelled quote.
        try:
            bad_rows = check_tables(stem, text, covered, errors)
            row_lines = table_row_lines(text)
        except ValueError as e:
            errors.append(f"{stem}: {e}")
            bad_rows, row_lines = [], set()
        arith_table = any(lab["kind"] == "arithmetic"
                          and any(q.startswith("|") or q in row_lines for q in lab["quotes"])
                          for lab in labels)
        if arith_table and not bad_rows:
            errors.append(f"{stem}: labelled table error not found by the table check")
        # Every refugee-sized figure written in full (1,559,964 or 15,59,964) must be a
        # reference value, unless it is part of a labelled quote.
        for m in re.finditer(r"\b1,\d{3},\d{3}\b|\b1\d,\d{2},\d{3}\b", text):
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
