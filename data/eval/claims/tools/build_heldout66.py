"""Builds heldout66/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the sixty-sixth held-out set (heldout66/) and its label sidecars, then validate them.

Same file format as heldout65 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout66" and names heldout66_NN_topic.md, numbered by a fixed
shuffle (seed 20270522).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout66 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout66_data import HELDOUT66  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT66, "heldout66", 20270522)
