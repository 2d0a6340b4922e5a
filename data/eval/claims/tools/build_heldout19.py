"""Builds heldout19/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the nineteenth held-out set (heldout19/) and its label sidecars, then validate them.

Same file format as heldout18 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout19" and names heldout19_NN_topic.md, numbered by a fixed
shuffle (seed 20261215).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout19 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout19_data import HELDOUT19  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT19, "heldout19", 20261215)
