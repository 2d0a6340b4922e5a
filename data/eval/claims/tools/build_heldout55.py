"""Builds heldout55/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the fifty-fifth held-out set (heldout55/) and its label sidecars, then validate them.

Same file format as heldout54 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout55" and names heldout55_NN_topic.md, numbered by a fixed
shuffle (seed 20270202).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout55 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout55_data import HELDOUT55  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT55, "heldout55", 20270202)
