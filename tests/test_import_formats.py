"""The same documents as PDF and DOCX (made here with reportlab and python-docx), and bad files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from _seed_documents import SEEDS, make_docx, make_pdf
from pypdf import PdfReader
from test_import_2013 import check_contacts_2013, check_plan_2013
from test_import_2022 import check_plan_2022
from test_import_programmes import check_programme_2021, check_programme_2025

from bnldesk.cli import main
from bnldesk.domain.document import PlanDocument
from bnldesk.services.importer import DocumentImportError, import_file, parse_file
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

SEED_NAMES = [
    "jaarplan-2013.txt",
    "jaarplan-2022.md",
    "werkprogramma-2021-2024.txt",
    "werkprogramma-2025-2028.md",
]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], PlanDocument]:
    folder = tmp_path_factory.mktemp("formats")
    out: dict[tuple[str, str], PlanDocument] = {}
    for name in SEED_NAMES:
        source = SEEDS / name
        stem = Path(name).stem
        pdf = make_pdf(source, folder / f"{stem}.pdf")
        # What the importer reads here is a real PDF of several pages, not the text in disguise.
        assert pdf.read_bytes().startswith(b"%PDF") and len(PdfReader(str(pdf)).pages) >= 2
        docx = make_docx(source, folder / f"{stem}.docx")
        out[(name, "pdf")] = parse_file(pdf)
        out[(name, "docx")] = parse_file(docx)
        if name.endswith(".md"):
            styled = make_docx(source, folder / f"{stem}-styled.docx", styled=True)
            out[(name, "docx-styled")] = parse_file(styled)
    return out


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_plan_2013(converted: dict[tuple[str, str], PlanDocument], fmt: str) -> None:
    doc = converted[("jaarplan-2013.txt", fmt)]
    check_plan_2013(doc)
    check_contacts_2013(doc, (SEEDS / "jaarplan-2013.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["pdf", "docx", "docx-styled"])
def test_plan_2022(converted: dict[tuple[str, str], PlanDocument], fmt: str) -> None:
    check_plan_2022(converted[("jaarplan-2022.md", fmt)])


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_programmes(converted: dict[tuple[str, str], PlanDocument], fmt: str) -> None:
    check_programme_2021(converted[("werkprogramma-2021-2024.txt", fmt)])
    check_programme_2025(converted[("werkprogramma-2025-2028.md", fmt)])


def test_programme_2025_with_word_headings(converted: dict[tuple[str, str], PlanDocument]) -> None:
    check_programme_2025(converted[("werkprogramma-2025-2028.md", "docx-styled")])


def test_designed_pdf_without_markdown_marks(tmp_path: Path) -> None:
    """A 2022-style plan whose headings are only capitals, as text from a designed PDF."""
    import re

    text = (SEEDS / "jaarplan-2022.md").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^#{1,6} *", "", text).replace("**", "")
    text = re.sub(r"</?b>", "", text)
    plain = tmp_path / "jaarplan-2022-plain.txt"
    plain.write_text(text, encoding="utf-8")
    doc = parse_file(make_pdf(plain, tmp_path / "jaarplan-2022-plain.pdf"))
    assert doc.year == 2022 and len(doc.chapters) == 5
    numbers = [s.number for s in doc.iter_sections()]
    assert (
        numbers[:4] == ["1.1", "1.2", "1.3", "1.4"] and "2.1.4" in numbers and numbers[-1] == "5.6"
    )
    flags = [i.title.casefold() for s in doc.iter_sections() for i in s.items if i.flagship]
    assert len(flags) == 6 and any("roadmap fietsstimulering" in t for t in flags)


# ------------------------------------------------------------------------------------------
# Files that are not plans: one clear line, the database unchanged
# ------------------------------------------------------------------------------------------


def _image_only_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFillGray(0.5)
    for i in range(20):
        c.rect(50 + i * 10, 100 + i * 20, 200, 8, fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def _spreadsheet_as_pdf(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Werkgroep", "Code"])
    ws.append(["Strategische werkgroep Crisisbeheersing", "SENN-CRISE"])
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _random_text(path: Path) -> Path:
    path.write_text(
        "Boodschappenlijst\n\nMelk, brood, kaas.\nNiet vergeten: de fiets naar de herstelling.\n"
        * 20,
        encoding="utf-8",
    )
    return path


def _huge(path: Path) -> Path:
    with path.open("wb") as fh:  # sparse: costs no disk space, only its size is looked at
        fh.truncate(101 * 1024 * 1024)
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _binary(path: Path) -> Path:
    path.write_bytes(b"\x00\x01\x02" * 100)
    return path


BAD_FILES = {
    "image.pdf": (_image_only_pdf, "no text layer"),
    "sheet.pdf": (_spreadsheet_as_pdf, "not a PDF"),
    "random.txt": (_random_text, "does not look like an annual plan"),
    "empty.md": (_empty, "is empty"),
    "huge.pdf": (_huge, "too large"),
    "sheet.docx": (_spreadsheet_as_pdf, "spreadsheet"),
    "binary.txt": (_binary, "binary"),
}


def _snapshot(store: Store) -> list[tuple[str, int]]:
    from sqlalchemy import inspect, text

    with store.read() as s:
        tables = inspect(s.connection()).get_table_names()
        return [
            (t, s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in sorted(tables)
        ]


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file(name: str, tmp_path: Path, store: Store) -> None:
    make, expected = BAD_FILES[name]
    path = tmp_path / name
    make(path)
    before = _snapshot(store)
    with pytest.raises(DocumentImportError) as info:
        import_file(store, path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and name in message
    assert _snapshot(store) == before


def test_bad_file_cli_one_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _random_text(tmp_path / "notes.txt")
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("bnldesk: notes.txt")


def test_password_protected_pdf(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "secret.pdf"
    c = canvas.Canvas(str(path), encrypt="geheim")
    c.drawString(50, 700, "Jaarplan 2013")
    c.save()
    with pytest.raises(DocumentImportError, match="password-protected"):
        parse_file(path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "plan.odt"
    path.write_bytes(b"Jaarplan 2013")
    with pytest.raises(DocumentImportError, match="unsupported"):
        parse_file(path)


def test_damaged_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<not-xml")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DocumentImportError):
        parse_file(path)


def test_progress_is_reported(tmp_path: Path, empty_store: Store) -> None:
    pdf = make_pdf(SEEDS / "werkprogramma-2025-2028.md", tmp_path / "w.pdf")
    seen: list[tuple[float, str]] = []
    import_file(empty_store, pdf, progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _m in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert any("page" in m for _f, m in seen)
