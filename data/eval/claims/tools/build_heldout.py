"""Write the held-out synthetic documents and their label sidecars, then validate them.

Same file format as build_synthetic.py (NAME.md plus NAME.labels.json, one
line per paragraph), with "split": "heldout" and names heldout_NN_topic.md.
Besides quote uniqueness and word counts, this script re-checks the
arithmetic recorded in the labels and that every refugee figure written out
in full is a reference value unless it sits inside a labelled quote."""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from heldout_data import HELDOUT  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "heldout"
KINDS = ["text_vs_table", "arithmetic", "garbled", "number_reuse", "direction", "scope", "citation"]
PER_KIND = 4
WANT_CONTROLS = {"control": 5, "citation_control": 3}
MIN_WORDS, MAX_WORDS = 180, 350
REFUGEES = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
            "2022": 1743278, "2023": 1987717, "2024": 1559964}
# Figures of refugee size that count something else (returns, not the register).
NOT_REFUGEE_REGISTER = {"1,217,000"}


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


def pct(a, b):
    return round((b - a) / a * 100, 2)


def check_values(stem, lab, errors):
    """Re-derive the computed fields of a label from its own inputs."""
    ev, kind = lab["expected_values"], lab["kind"]

    def bad(msg):
        errors.append(f"{stem}: {kind}: {msg}")

    if kind == "arithmetic":
        if "parts" in ev:
            s = sum(ev["parts"].values())
            if s != ev["sum_of_parts"] or ev["stated_total"] - s != ev["difference"] or s == ev["stated_total"]:
                bad(f"parts sum {s} vs {ev}")
        if "computed_balance" in ev:
            if ev["exports"] - ev["imports"] != ev["computed_balance"] or ev["computed_balance"] == ev["stated_balance"]:
                bad("balance")
        if "shares_pct" in ev:
            s = sum(ev["shares_pct"].values())
            if s != ev["sum_pct"] or s <= 100:
                bad(f"shares sum {s}")
        if "computed_change_pct" in ev:
            c = pct(ev["from"], ev["to"])
            if abs(c - ev["computed_change_pct"]) > 0.01 or abs(c - ev["stated_change_pct"]) < 2:
                bad(f"change {c}")
    elif kind == "direction":
        c = pct(ev["from"], ev["to"])
        actual = "rise" if c > 0 else "fall"
        if actual != ev["actual_direction"] or actual == ev["stated_direction"]:
            bad("direction")
        if abs(c - ev["change_pct"]) > 0.01:
            bad(f"change_pct {c}")
        if "change" in ev and ev["to"] - ev["from"] != ev["change"]:
            bad("change")
    elif kind == "citation":
        if REFUGEES[ev["period"]] != ev["reference"]:
            bad("reference")
        if abs(ev["stated"] / ev["reference"] - 1) <= 0.05:
            bad("within 5 percent")
    elif kind == "text_vs_table":
        vals = [v for k, v in ev.items() if k.endswith("_value")]
        if len(vals) != 2 or vals[0] == vals[1]:
            bad("values")
    elif kind == "number_reuse":
        if not any(f"{ev['value']:,}" in q or str(ev["value"]) in q for q in lab["quotes"]):
            bad("value not in quotes")


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("*"):
        f.unlink()
    errors = []
    summary = Counter()
    rng = random.Random(20250917)
    order = list(range(len(HELDOUT)))
    rng.shuffle(order)
    rows = []
    for new_no, idx in enumerate(order, 1):
        d = HELDOUT[idx]
        stem = f"heldout_{new_no:02d}_{d['name']}"
        text = unwrap(d["text"])
        labels = []
        for lab in d["labels"]:
            lab = dict(lab)
            lab["quotes"] = [re.sub(r"\s*\n\s*", " ", q) for q in lab["quotes"]]
            for q in lab["quotes"]:
                n = text.count(q)
                if n != 1:
                    errors.append(f"{stem}: quote occurs {n} times: {q!r}")
            nad = lab["expected_values"].get("not_a_defect")
            if nad is not None and text.count(nad) != 1:
                errors.append(f"{stem}: not_a_defect occurs {text.count(nad)} times")
            check_values(stem, lab, errors)
            labels.append(lab)
        wc = words(text)
        if not MIN_WORDS <= wc <= MAX_WORDS:
            errors.append(f"{stem}: {wc} words")
        kinds = sorted({lab["kind"] for lab in labels})
        control = not labels
        if control:
            role = d["control_type"]
            if role not in WANT_CONTROLS:
                errors.append(f"{stem}: control without control_type")
            if (role == "citation_control") != ("(UNHCR," in text):
                errors.append(f"{stem}: citation marker does not match control_type {role}")
        else:
            role = "+".join(kinds)
            if len(labels) != 1 or d["control_type"] is not None:
                errors.append(f"{stem}: a defect document must carry exactly one defect")
        # Every refugee-sized figure written in full must be a reference value,
        # unless it is part of a labelled quote.
        covered = " ".join(q for lab in labels for q in lab["quotes"])
        for m in re.finditer(r"\b1,\d{3},\d{3}\b", text):
            v = int(m.group().replace(",", ""))
            if (v not in REFUGEES.values() and m.group() not in covered
                    and m.group() not in NOT_REFUGEE_REGISTER):
                errors.append(f"{stem}: refugee-sized figure {m.group()} is not a reference value")
        summary[role] += 1
        rows.append((stem, role, wc))
        (OUT / f"{stem}.md").write_text(text, encoding="utf-8")
        side = {"doc": f"{stem}.md", "split": "heldout", "control": control,
                "control_type": (role if control else None), "kinds": kinds,
                "word_count": wc, "labels": labels}
        (OUT / f"{stem}.labels.json").write_text(
            json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for k in KINDS:
        if summary[k] != PER_KIND:
            errors.append(f"kind {k}: {summary[k]} documents, want {PER_KIND}")
    for k, n in WANT_CONTROLS.items():
        if summary[k] != n:
            errors.append(f"{k}: {summary[k]} documents, want {n}")
    for stem, role, wc in rows:
        print(f"| `{stem}.md` | {role.replace('_', ' ')} | {wc} |")
    print(dict(sorted(summary.items())), "total", sum(summary.values()))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
