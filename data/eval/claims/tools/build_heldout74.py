"""Builds heldout74/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the seventy-fourth held-out set (heldout74/) and its label sidecars, then validate them.

Same file format as heldout73 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout74" and names heldout74_NN_topic.md, numbered by a fixed
shuffle (seed 20270921).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout74 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout74_data import HELDOUT74  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT74, "heldout74", 20270921)
