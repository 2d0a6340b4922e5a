"""Builds heldout6/ with build_heldout_common.py, which holds the checks this file first held.

Write the sixth held-out set (heldout6/) and its label sidecars, then validate them.

Same file format as build_heldout5.py (NAME.md plus NAME.labels.json, one line
per paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout6" and names heldout6_NN_topic.md, numbered by a fixed
shuffle (a new seed).  Every check of build_heldout5.py is kept: quote and
not_a_defect uniqueness, word counts (150-400), one label per defect
document, kind and control counts, the arithmetic recorded in each label
(sums, balances, shares, percentage changes, directions, same-value and
backwards-period garbles, repeated sentences), re-adding every table total,
surplus, deficit or balance and re-computing every change, growth or y/y
column or row in pipe and PDF-extracted tables (a mismatch is allowed only
on a row quoted by an arithmetic label), share columns without a total row
summing to 100, the table value of each text_vs_table label written in its
table quote, no table_value for a headline-against-body case, refugee
figures written out in full (also in lakh-style grouping) being reference
values unless labelled, a citation defect being beyond the 10 percent line
or another year's exact reference value, UNHCR citations appearing only in
citation and citation-control documents and UNHCR or the UN refugee agency
not being mentioned anywhere else, periods ordered on months, half-years,
quarters, fiscal years and dates, direction words occurring in their
quotes, and number_reuse labels' value_as_written appearing in both quotes.

New in this script, because heldout6 writes things differently:
- the citation pattern covers the new styles: numbered notes
  "4. UNHCR, ... end-2022 figures." (with superscript markers in the body),
  source lines "(Source: UNHCR, 31 Dec 2021)", "(UNHCR Operational Data
  Portal, end-2023)", "UNHCR's year-end report for 2019", "UNHCR data as
  of end-2022" and "(UNHCR Pakistan factsheet, December 2020)";
- periods may also be written as month ranges with a year ("Jul-Sep 2024",
  "Jan-Sep 2023"), as solar (Hijri Shamsi) years ("1402 SH", which starts
  on 21 March 2023) and as numeric dates ("30/09/2024", day/month/year);
  such headers count as periods, so change columns across them are
  re-computed;
- a line with a run of two or more spaces must belong to a PDF-extracted
  table of at least two such lines (a stray double space in prose would
  otherwise be read as a table);
- a text_vs_table label that quotes a table row must give a table_value,
  and one that quotes none (caption against table is allowed; footnote
  against body, section against section) must not;
- an arithmetic label with a change written as a multiple (stated_fold)
  must have stated_change_pct = (fold - 1) x 100;
- stated_as_written (arithmetic, citation), text_as_written and
  named_as (scope), and the as_written start and end of a direction
  label must occur in one of the label's quotes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout6_data import HELDOUT6  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT6, "heldout6", 20261202)
