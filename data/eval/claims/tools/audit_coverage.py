"""List number-like tokens in each body that no labelled quote covers, so the
labeller can confirm each omission is deliberate (dates, times, names...)."""
import json, re
import os
from pathlib import Path
SRC = Path(os.environ.get("DYAD_SHARED_DATA", "../shared/data")) / "documents" / "whitehouse"
rows = [json.loads(l) for l in open(Path(__file__).parent.parent / "whitehouse_claims.jsonl", encoding="utf-8")]
WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|decades?|half|twice|double|percent|quarter|scores?|zero"
tok = re.compile(r"\d[\d,.]*|\b(?:%s)\b" % WORDS, re.I)
for f in sorted(SRC.glob("*.md")):
    text = f.read_text(encoding="utf-8")
    start = re.match(r"---\n.*?\n---\n", text, re.S).end()
    lines = text.split("\n")
    covered = []
    for r in rows:
        if r["doc"] != f.name: continue
        q = r.get("quote_raw", r["quote"])
        off = sum(len(l) + 1 for l in lines[: r["line"] - 1])
        i = text.find(q, off)
        assert i >= 0, r
        covered.append((i, i + len(q)))
    print("=====", f.name[:60])
    for m in tok.finditer(text, start):
        if any(a <= m.start() < b for a, b in covered): continue
        ln = text.count("\n", 0, m.start()) + 1
        ctx = text[max(0, m.start()-30): m.end()+30].replace("\n", " ")
        print(f"{ln:5d} {m.group(0)!r:14} …{ctx}…")
