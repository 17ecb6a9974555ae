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


CASES = SEEDS.parent / "cases" / "import"
DATA = Path(__file__).resolve().parent / "data" / "import"


def scored_cases() -> list[tuple[str, Path, Path, dict[str, object]]]:
    """(name, document, truth, import options) for every document with a ground truth.

    The seeds, the documents in ``shared/cases/import/docs`` and our own in
    ``tests/data/import`` (each ``NAME.EXT`` with ``NAME.truth.json`` beside it).
    """
    truth = CASES / "truth"
    cases: list[tuple[str, Path, Path, dict[str, object]]] = [
        ("seed jaarplan-2013.txt", SEEDS / "jaarplan-2013.txt", truth / "jaarplan-2013.json", {}),
        ("seed jaarplan-2022.md", SEEDS / "jaarplan-2022.md", truth / "jaarplan-2022.json", {}),
        (
            "seed werkprogramma-2021-2024.txt",
            SEEDS / "werkprogramma-2021-2024.txt",
            truth / "werkprogramma-2021-2024.json",
            {},
        ),
        (
            "seed werkprogramma-2025-2028.md",
            SEEDS / "werkprogramma-2025-2028.md",
            truth / "werkprogramma-2025-2028.json",
            {},
        ),
    ]
    docs = CASES / "docs"
    for name, truth_name in (
        ("jaarplan-2013-2col.pdf", "jaarplan-2013-variants.json"),
        ("jaarplan-2013-headings.docx", "jaarplan-2013-variants.json"),
        ("jaarplan-2013-cp1252-crlf.txt", "jaarplan-2013.json"),
        ("jaarplan-2013-softhyphen-lig-nbsp.txt", "jaarplan-2013.json"),
        ("plan-annuel-2023-fr.md", "plan-annuel-2023-fr.json"),
        ("plan-2023-fr-with-nl-labels.md", "plan-annuel-2023-fr.json"),
    ):
        cases.append((f"case {name}", docs / name, truth / truth_name, {}))
    # Shared documents printed to PDF by LibreOffice (tests/data/import/make_documents.py):
    # Word's own bullets (Symbol font), heading sizes and tab stops as a real export has them.
    for name, truth_name in (
        ("jaarplan-2013-libreoffice.pdf", "jaarplan-2013-variants.json"),
        ("plan-annuel-2023-fr-libreoffice.pdf", "plan-annuel-2023-fr.json"),
    ):
        cases.append((f"ours {name}", DATA / name, truth / truth_name, {}))
    if DATA.is_dir():
        for truth_file in sorted(DATA.glob("*.truth.json")):
            stem = truth_file.name.removesuffix(".truth.json")
            for document in sorted(DATA.glob(stem + ".*")):
                if document != truth_file and not document.name.endswith(".json"):
                    cases.append((f"ours {document.name}", document, truth_file, {}))
    return cases
