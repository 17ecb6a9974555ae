"""PDF and DOCX versions of the seed documents, made by the tests themselves.

Each line of the seed becomes a line of the PDF (long lines wrap, as in a real PDF) or a paragraph
of the DOCX, so that the PDF and Word readers are exercised on real files.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DejaVuSans.ttf"


def make_pdf(source: Path, target: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    width, height = landscape(A4)
    c = canvas.Canvas(str(target), pagesize=(width, height))
    size = 6.5
    y = height - 30
    for raw in source.read_text(encoding="utf-8").splitlines():
        raw = raw.replace("\t", "    ")
        pieces = textwrap.wrap(raw, 190, drop_whitespace=False) or [""] if raw.strip() else [""]
        for piece in pieces:
            if y < 30:
                c.showPage()
                y = height - 30
            c.setFont("DejaVuSans", size)
            if piece.strip():
                c.drawString(30, y, piece)
            y -= size + 2
    c.save()
    return target


def make_docx(source: Path, target: Path, *, styled: bool = False) -> Path:
    """One paragraph per line; ``styled`` turns Markdown headings into Word heading styles."""
    import re

    import docx

    document = docx.Document()
    for raw in source.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(#{1,6})\s+(.*)$", raw) if styled else None
        if m:
            document.add_heading(m.group(2), level=min(len(m.group(1)), 6))
        else:
            document.add_paragraph(raw)
    document.save(str(target))
    return target


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
_PARSED: dict[Path, object] = {}


def parsed(path: Path):  # type: ignore[no-untyped-def]
    """Parse a document once per test session (parsing is pure: the result is not modified)."""
    from bnldesk.services.importer import parse_file

    if path not in _PARSED:
        _PARSED[path] = parse_file(path)
    return _PARSED[path]
