"""Builds heldout7/ with build_heldout_common.py, which holds the checks this file first held.

Write the seventh held-out set (heldout7/) and its label sidecars, then validate them.

Same file format as build_heldout6.py (NAME.md plus NAME.labels.json, one line
per paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout7" and names heldout7_NN_topic.md, numbered by a fixed
shuffle (seed 20261203).  Every check of build_heldout6.py is kept: quote and
not_a_defect uniqueness, word counts (150-400), one label per defect
document, kind and control counts, the arithmetic recorded in each label
(sums, balances, shares, percentage changes, multiples, directions,
same-value and backwards-period garbles, repeated sentences), re-adding every
table total, surplus, deficit or balance and re-computing every change,
growth or y/y column or row in pipe and PDF-extracted tables (a mismatch is
allowed only on a row quoted by an arithmetic label), share columns without
a total row summing to 100, the table value of each text_vs_table label
written in its table quote (and no table_value where no table row is
quoted), refugee figures written out in full (also in lakh-style grouping)
being reference values unless labelled, a citation defect being beyond the
10 percent line or another year's exact reference value, UNHCR citations
appearing only in citation and citation-control documents and UNHCR or the
UN refugee agency not being mentioned anywhere else, periods ordered on
months, half-years, quarters, fiscal years, solar years and dates, no stray
runs of spaces outside PDF-extracted tables, direction words and figures
recorded as written occurring in their quotes, stated_fold matching
stated_change_pct, and number_reuse labels' value_as_written appearing in
both quotes.

New in this script, because heldout7 writes things differently:
- the citation pattern covers the new styles: "(UNHCR Global Trends 2022)",
  "(UNHCR, as at 31 December 2024)", author-date with a letter
  ("UNHCR (2021a)"), table notes "a/ UNHCR, ... end-2023." behind a marker
  in a table cell, "figures released by UNHCR for 2024" and "UNHCR's count
  at the end of 2019";
- table notes written "a/ ..." start their own line, like list items;
- cells may carry footnote markers ("227\u1d43", "236\u1d56", "(p)", "\u2020"),
  which are stripped before a cell is read as a number;
- tables may have sub-total rows ("Sub-total H2 2024"): a sub-total must be
  the sum of the rows since the previous sub-total, and a total row is the
  sum of the rows that are not sub-totals;
- columns that are ratios ("per partner", "per 1,000 residents", "average")
  or indices are left out of totals; an index column headed "Index (2019=100)"
  or "Index of exports (2019=100)" is re-computed from the column it names
  (or the column before it) and the row of its base year, to one decimal;
- periods may also be written "end-Q2 2024" (the end of a quarter) and
  "the twelve months to June 2024";
- an arithmetic label that records an index (stated_index) must have
  computed_index = to / from x 100 and stated_change_pct = stated_index - 100.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout7_data import HELDOUT7  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT7, "heldout7", 20261203)
