"""Builds heldout47/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the forty-seventh held-out set (heldout47/) and its label sidecars, then validate them.

Same file format as heldout46 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout47" and names heldout47_NN_topic.md, numbered by a fixed
shuffle (seed 20270113).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout47 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout47_data import HELDOUT47  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT47, "heldout47", 20270113)
