"""Hostile documents: each gives one clear line on the command line and changes nothing.

Random bytes dressed as PDF or Word, a truncated PDF, a zip bomb (a part compressed a thousand
times, or thousands of parts), a presentation renamed .docx, an encrypted PDF, a PDF with no
text layer. The database is compared row for row before and after.
"""

from __future__ import annotations

import io
import random
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from _seed_documents import CASES, DATA
from test_import_formats import _spreadsheet_as_pdf

from bnldesk.cli import main


def _random_pdf(path: Path) -> None:
    rng = random.Random(11)
    path.write_bytes(b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(20_000)))


def _random_docx(path: Path) -> None:
    rng = random.Random(12)
    path.write_bytes(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(20_000)))


def _truncated_pdf(path: Path) -> None:
    whole = (CASES / "docs" / "jaarplan-2013-2col.pdf").read_bytes()
    path.write_bytes(whole[: len(whole) // 3])


def _zip_bomb(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())


def _many_parts(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(2500):
            archive.writestr(f"word/media/p{index}.xml", "")
    path.write_bytes(buffer.getvalue())


def _presentation(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    path.write_bytes(buffer.getvalue())


def _encrypted(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(CASES / "docs" / "jaarplan-2013-2col.pdf"))
    writer.encrypt(user_password="geheim", algorithm="AES-128")
    with path.open("wb") as handle:
        writer.write(handle)


def _scanned(path: Path) -> None:
    path.write_bytes((DATA / "scanned-plan.pdf").read_bytes())


def _renamed_sheet(path: Path) -> None:
    _spreadsheet_as_pdf(path)


def _rtf(path: Path) -> None:
    path.write_bytes(b"{\\rtf1\\ansi Jaarplan 2031\\par 1. Inleiding\\par}")


def _odt(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    path.write_bytes(buffer.getvalue())


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "random.pdf": (_random_pdf, "PDF"),
    "random.docx": (_random_docx, "damaged .docx"),
    "truncated.pdf": (_truncated_pdf, "PDF"),
    "bomb.docx": (_zip_bomb, "zip bomb"),
    "parts.docx": (_many_parts, "zip bomb"),
    "slides.docx": (_presentation, "presentation"),
    "encrypted.pdf": (_encrypted, "password-protected"),
    "scanned.pdf": (_scanned, "no text layer"),
    "sheet.pdf": (_renamed_sheet, "not a PDF"),
    "plan.txt": (_rtf, "Rich Text (RTF)"),
    "plan.docx": (_odt, "OpenDocument"),
}


def _dump(db: Path) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_document_one_line_nothing_changed(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = HOSTILE[name]
    db = tmp_path / "plans.db"
    assert main(["--db", str(db), "list", "plans"]) == 0
    capsys.readouterr()
    before = _dump(db)
    path = tmp_path / name
    make(path)
    assert main(["--db", str(db), "import", str(path)]) == 1
    captured = capsys.readouterr()
    message = captured.err.strip()
    assert message.count("\n") == 0, message
    assert message.startswith(f"bnldesk: {name}") and expected in message, message
    assert "Traceback" not in captured.err
    assert _dump(db) == before


def test_utf16_text_from_notepad_imports(tmp_path: Path) -> None:
    from bnldesk.services.importer import parse_file

    source = (CASES / "docs" / "plan-annuel-2023-fr.md").read_text(encoding="utf-8")
    path = tmp_path / "plan-annuel-2023.md"
    path.write_bytes(source.replace("\n", "\r\n").encode("utf-16"))
    doc = parse_file(path)
    assert doc.year == 2023
    assert [c.title for c in doc.chapters] == [
        "Une Benelux compétitive et durable",
        "Une Benelux sûre et juste",
    ]
    assert len(doc.iter_workgroups()) == 8
