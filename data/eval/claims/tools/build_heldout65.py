"""Builds heldout65/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the sixty-fifth held-out set (heldout65/) and its label sidecars, then validate them.

Same file format as heldout64 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout65" and names heldout65_NN_topic.md, numbered by a fixed
shuffle (seed 20270417).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout65 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout65_data import HELDOUT65  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT65, "heldout65", 20270417)
