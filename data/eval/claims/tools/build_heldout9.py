"""Builds heldout9/ with build_heldout_common.py, which holds the checks this file first held.

Write the ninth held-out set (heldout9/) and its label sidecars, then validate them.

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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout9_data import HELDOUT9  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT9, "heldout9", 20261205)
