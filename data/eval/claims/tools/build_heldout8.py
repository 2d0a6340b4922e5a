"""Builds heldout8/ with build_heldout_common.py, which holds the checks this file first held.

Write the eighth held-out set (heldout8/) and its label sidecars, then validate them.

A copy of build_heldout7.py adapted to heldout8: same file format (NAME.md
plus NAME.labels.json, one line per paragraph or list item; PDF-extracted
tables kept line by line), with "split": "heldout8" and names
heldout8_NN_topic.md, numbered by a fixed shuffle (seed 20261204).  Every
check of build_heldout7.py is kept (see its docstring): quote and
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

New in this script, because heldout8 writes things differently:
- the citation pattern covers the new styles: a pull-quote attribution
  ("\u2014 UNHCR, end-2022"), "UNHCR's figure for end-2021" (also in a
  correction note), "[UNHCR year-end data (2024)]", "[UNHCR 2023 year-end
  statistics]" and "as counted by UNHCR at the close of 2020";
- periods may also be written as quarters of a July-June fiscal year
  ("Q3 FY2025" is January-March 2025);
- a text_vs_table label without a table row may record its two values under
  any two keys ending in "_value" (here also "action_point_value" and
  "correction_value"); this was already allowed by the check.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout8_data import HELDOUT8  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT8, "heldout8", 20261204)
