"""Label builders shared by the held-out sets' data files (heldout25_data.py onwards).

Each function returns one label in the sidecar format that build_heldout_common.py checks; the key
order of `expected_values` is part of the format, so the sidecars these functions write are byte for
byte those each set was first built with. `PAIR` and `REFS` are the pair and the reference refugee
series (UNHCR, registered Afghan refugees in Pakistan at each year's end) every set cites.
"""

PAIR = ["PAK", "AFG"]
REFS = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
        "2022": 1743278, "2023": 1987717, "2024": 1559964}


def change_pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_lines(rows, gap=4):
    """A table as PDF text extraction gives it: label column padded on the
    right, number columns padded on the left, no pipes."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in range(1, len(r))]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def line_of(table, start):
    hits = [ln for ln in table.split("\n") if ln.startswith(start)]
    assert len(hits) == 1, (start, hits)
    return hits[0]


def adder(documents):
    """The `add` of a set: appends one document, with its label if it has one, to `documents`."""
    def add(name, text, label=None, control_type=None):
        documents.append(dict(name=name, control_type=control_type,
                              labels=[label] if label else [], text=text))
    return add


def direction(quote, a, b, pa, pb, word, stated, unit, subject, location, explanation, **extra):
    ev = {"from": a, "to": b, "change": b - a, "change_pct": change_pct(a, b),
          "from_period": pa, "to_period": pb}
    ev.update(extra)
    ev.update({"stated_direction": stated, "actual_direction": "rise" if b > a else "fall",
               "direction_word": word, "unit": unit, "subject": subject, "location": location})
    return dict(kind="direction", quotes=[quote], explanation=explanation, expected_values=ev)


def parts_total(quotes, parts, stated, unit, period, subject, location, explanation, **extra):
    s = sum(parts.values())
    ev = {"parts": parts, "sum_of_parts": s, "stated_total": stated, "difference": stated - s,
          "unit": unit, "period": period, "subject": subject, "location": location}
    ev.update(extra)
    return dict(kind="arithmetic", quotes=quotes, explanation=explanation, expected_values=ev)


def arith(quotes, explanation, **ev):
    return dict(kind="arithmetic", quotes=quotes, explanation=explanation, expected_values=ev)


def citation(quotes, stated, year, form, location, explanation, **extra):
    ev = {"stated": stated, "reference": REFS[year]}
    if "same_as_year" in extra:
        ev["same_as_year"] = extra.pop("same_as_year")
    ev.update({"indicator": "refugees.registered",
               "subject": "registered Afghan refugees in Pakistan", "period": year,
               "cited_source": "UNHCR", "citation_form": form, "location": location})
    ev.update(extra)
    return dict(kind="citation", quotes=quotes, explanation=explanation, expected_values=ev)


def tvt(quotes, values, unit, subject, period, location, explanation, **extra):
    ev = dict(values)
    ev.update({"unit": unit, "subject": subject, "period": period})
    ev.update(extra)
    ev["location"] = location
    return dict(kind="text_vs_table", quotes=quotes, explanation=explanation, expected_values=ev)


def reuse(quotes, value, unit, q1, q2, expected, explanation, **extra):
    ev = {"value": value}
    ev.update(extra)
    ev.update({"unit": unit, "quantity_1": q1, "quantity_2": q2, "expected_value_2": expected})
    return dict(kind="number_reuse", quotes=quotes, explanation=explanation, expected_values=ev)


def reuse_fields_first(quotes, value, unit, q1, q2, expected, explanation, **extra):
    """`reuse` as heldout24 and heldout25 wrote it: the fields first, then the extra ones."""
    ev = {"value": value, "unit": unit, "quantity_1": q1, "quantity_2": q2,
          "expected_value_2": expected}
    ev.update(extra)
    return dict(kind="number_reuse", quotes=quotes, explanation=explanation, expected_values=ev)


def scope(quote, code, named_pair, named_as, explanation, **extra):
    ev = {"third_country": code, "named_pair": named_pair, "pair": PAIR, "named_as": named_as}
    ev.update(extra)
    return dict(kind="scope", quotes=[quote], explanation=explanation, expected_values=ev)


def garbled(quotes, explanation, **ev):
    return dict(kind="garbled", quotes=quotes, explanation=explanation, expected_values=ev)


def repeated(sentence, n, subject, location, explanation):
    return garbled([" ".join([sentence] * n)], explanation, repeated_sentence=sentence,
                   occurrences=n, subject=subject, location=location)
