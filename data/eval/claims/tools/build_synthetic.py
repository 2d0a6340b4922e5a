"""Write the synthetic documents and their label sidecars, then validate them.

Paragraphs and list items are unwrapped to one line each, so every label quote
is a plain substring of the written file (line breaks inside quotes in the
source become single spaces)."""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_dev import DEV  # noqa: E402
from synthetic_test import TEST  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "synthetic"
KINDS = ["text_vs_table", "arithmetic", "garbled", "number_reuse", "direction", "scope", "citation"]


def unwrap(text):
    blocks = re.split(r"\n\s*\n", text.strip())
    out = []
    for b in blocks:
        lines = b.split("\n")
        if lines[0].startswith("|") or lines[0].startswith("#"):
            out.append(b)
            continue
        items = []
        for ln in lines:
            if re.match(r"^(- |\d+\. )", ln) or not items:
                items.append(ln.strip())
            else:
                items[-1] += " " + ln.strip()
        out.append("\n".join(items))
    return "\n\n".join(out) + "\n"


def words(text):
    return len(re.findall(r"[A-Za-z0-9][\w,.'-]*", text))


def main():
    for f in OUT.glob("*"):
        f.unlink()
    errors = []
    summary = defaultdict(Counter)
    rng = random.Random(20240601)
    for split, docs in (("dev", DEV), ("test", TEST)):
        order = list(range(len(docs)))
        rng.shuffle(order)
        for new_no, idx in enumerate(order, 1):
            d = docs[idx]
            slug = d["name"].split("_", 2)[2]
            stem = f"{split}_{new_no:02d}_{slug}"
            text = unwrap(d["text"])
            labels = []
            for lab in d["labels"]:
                lab = dict(lab)
                lab["quotes"] = [re.sub(r"\s*\n\s*", " ", q) for q in lab["quotes"]]
                for q in lab["quotes"]:
                    n = text.count(q)
                    if n != 1:
                        errors.append(f"{stem}: quote occurs {n} times: {q!r}")
                labels.append(lab)
            wc = words(text)
            if not 150 <= wc <= 400:
                errors.append(f"{stem}: {wc} words")
            kinds = sorted({lab["kind"] for lab in labels})
            control = not labels
            role = "control" if control else "+".join(kinds)
            if control and "(UNHCR," in text:
                role = "citation_control"
            summary[split][role] += 1
            (OUT / f"{stem}.md").write_text(text, encoding="utf-8")
            side = {"doc": f"{stem}.md", "split": split, "control": control,
                    "control_type": (role if control else None), "kinds": kinds,
                    "word_count": wc, "labels": labels}
            (OUT / f"{stem}.labels.json").write_text(
                json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for e in errors:
        print("ERROR", e)
    for split in ("dev", "test"):
        print(split, dict(sorted(summary[split].items())), "total", sum(summary[split].values()))
        for k in KINDS:
            if summary[split][k] < 2:
                print("  too few", k)


if __name__ == "__main__":
    main()
