"""Builds heldout36/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the thirty-sixth held-out set (heldout36/) and its label sidecars, then validate them.

Same file format as heldout35 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout36" and names heldout36_NN_topic.md, numbered by a fixed
shuffle (seed 20270102).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout36 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout36_data import HELDOUT36  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT36, "heldout36", 20270102)
