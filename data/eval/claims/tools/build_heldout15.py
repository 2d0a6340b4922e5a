"""Builds heldout15/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the fifteenth held-out set (heldout15/) and its label sidecars, then validate them.

Same file format as heldout14 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout15" and names heldout15_NN_topic.md, numbered by a fixed
shuffle (seed 20261211).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout15 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout15_data import HELDOUT15  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT15, "heldout15", 20261211)
