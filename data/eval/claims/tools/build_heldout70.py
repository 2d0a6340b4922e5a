"""Builds heldout70/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the seventieth held-out set (heldout70/) and its label sidecars, then validate them.

Same file format as heldout69 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout70" and names heldout70_NN_topic.md, numbered by a fixed
shuffle (seed 20270731).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout70 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout70_data import HELDOUT70  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT70, "heldout70", 20270731)
