"""Builds heldout69/ with build_heldout_common.py, which holds every check of the earlier builders.

Write the sixty-ninth held-out set (heldout69/) and its label sidecars, then validate them.

Same file format as heldout68 (NAME.md plus NAME.labels.json, one line per
paragraph or list item; PDF-extracted tables kept line by line), with
"split": "heldout69" and names heldout69_NN_topic.md, numbered by a fixed
shuffle (seed 20270717).  Every check of build_heldout_common.py applies
unchanged (see its docstring); the heldout69 texts were written to pass the
existing checks, so the shared builder was not changed for this set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_heldout_common import main  # noqa: E402
from heldout69_data import HELDOUT69  # noqa: E402

if __name__ == "__main__":
    main(HELDOUT69, "heldout69", 20270717)
