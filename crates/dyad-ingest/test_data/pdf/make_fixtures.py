"""Writes the PDF fixtures of the document golden tests: small PDFs made from scratch, with a text layer
(two pages of Helvetica text), without one (a page that only draws), cut short, and one whose pages name a
font their resources lack (pdf-extract panics on it: the reader must catch that).

Usage: python3 make_fixtures.py (from this folder). The files are committed; rerun only to change them.
"""


def pdf(pages):
    """A PDF whose pages draw the given content streams, with Helvetica as font F1."""
    objects = []
    n_pages = len(pages)
    page_ids = [3 + 2 * i for i in range(n_pages)]
    font_id = 3 + 2 * n_pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, content in enumerate(pages):
        page_id, content_id = page_ids[i], page_ids[i] + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        stream = content.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text(lines, top=720, step=16):
    """A content stream writing each line below the last; an empty line leaves a gap."""
    ops = ["BT", "/F1 11 Tf"]
    y = top
    for line in lines:
        if line:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"1 0 0 1 72 {y} Tm ({escaped}) Tj")
        y -= step
    ops.append("ET")
    return "\n".join(ops)


two_pages = pdf([
    text([
        "Border trade in the first quarter",
        "",
        "Trucks crossing at Torkham carried fruit, coal and cement,",
        "and the customs house recorded fewer crossings than a year before.",
        "",
        "Traders blamed the closures of the autumn for the fall.",
    ]),
    text([
        "The second page continues with transit trade: goods bound for",
        "Central Asia waited longer at the border than goods for Kabul.",
    ]),
])
drawing_only = pdf(["0 0 1 rg 72 500 200 100 re f"])

with open("ok/two_pages.pdf", "wb") as f:
    f.write(two_pages)
with open("err/scanned_no_text.pdf", "wb") as f:
    f.write(drawing_only)
with open("err/cut_short.pdf", "wb") as f:
    f.write(two_pages[:300])
with open("err/missing_font.pdf", "wb") as f:
    f.write(two_pages.replace(b"/Font << /F1", b"/Font << /F9"))
