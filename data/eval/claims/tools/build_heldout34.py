"""Builds heldout34/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the thirty-fourth held-out set (heldout34/) and its label sidecars, then validate them.

Same file format as heldout33 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout34" and names heldout34_NN_topic.md, numbered by a fixed
shuffle (seed 20261231).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout34 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout34_data import HELDOUT34  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT34, "heldout34", 20261231)
