"""Sheets opened in LibreOffice show whole words (trial 17, t17-31).

A Dutch delegate's workbook broke header words in two ("Jaarpla n", "Zichtbaarhei d": a
wrapped cell breaks a word wider than its column) and cut "nog geen standpunt" in a column
that does not wrap. Every header's longest word in bold, beside the filter button, must fit
its column, and a column that does not wrap must be as wide as the labels it holds. Real
workbooks written by the export, reopened with openpyxl, and printed by LibreOffice headless
(read back with pypdf).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from export_helpers import libreoffice_convert
from openpyxl.utils import get_column_letter

from bnldesk.domain.models import PositionState
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import export_workbook
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.rows import ExportFilters
from bnldesk.services.reports.xlsx import PRINTED_NOTE_COLUMNS, XlsxOptions
from bnldesk.store.engine import Store

KINDS = ["workgroups", "contacts", "annotations"]
# A conservative estimate, in Excel units (the width of "0"), made here apart from the code's:
# a bold letter of a header word is at most 1.15 "0"s wide in the sheet's font at 10 pt, the
# filter button takes 2 at the header's right; a plain letter at most 1.05.
BOLD, BUTTON, PLAIN = 1.15, 2.0, 1.05
NO_POSITION_YET = {"nl": "nog geen standpunt", "fr": "pas encore de position"}


def _workbook(store: Store, tmp_path: Path, language: str) -> Path:
    """The three sheets in ``language``, with a note whose position is not taken yet."""
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        add_annotation(
            session,
            target,
            NoteFields(
                body="De kosten worden gedeeld.",
                position_state=PositionState.NONE.value,
                visibility="delegation",
            ),
        )
    out = tmp_path / f"list-{language}.xlsx"
    export_workbook(store, out, ExportFilters(), XlsxOptions(kinds=KINDS, language=language))
    return out


def _dimension(sheet: Any, index: int) -> Any:
    """The column dimension of column ``index`` (1-based): columns written alike are stored
    as one range, which openpyxl files under its first letter."""
    for dimension in sheet.column_dimensions.values():
        if dimension.min is not None and dimension.min <= index <= (dimension.max or 0):
            return dimension
    return sheet.column_dimensions[get_column_letter(index)]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_header_word_and_every_unwrapped_label_fits_its_column(
    store: Store, tmp_path: Path, language: str
) -> None:
    book = openpyxl.load_workbook(_workbook(store, tmp_path, language))
    # Identifiers (a note's UUID, an object's key) are for the program, never printed.
    identifiers = {label("col_id", language), label("col_target_key", language)}
    checked = 0
    for sheet in book.worksheets[:3]:
        for index, cell in enumerate(sheet[1], start=1):
            dimension = _dimension(sheet, index)
            if dimension.hidden or not isinstance(cell.value, str):
                continue
            width = dimension.width
            longest = max(cell.value.split(), key=len)
            assert len(longest) * BOLD + BUTTON <= width, (sheet.title, longest, width)
            for (value_cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                value = value_cell.value
                unwrapped = not value_cell.alignment.wrap_text and cell.value not in identifiers
                if isinstance(value, str) and unwrapped:
                    assert len(value) * PLAIN <= width, (sheet.title, cell.value, value, width)
            checked += 1
    assert checked >= 25


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_libreoffice_prints_whole_header_words_and_labels(
    store: Store, tmp_path: Path, language: str
) -> None:
    """Printed by LibreOffice headless: each word of the notes sheet's printed headers whole
    (a broken word is printed over two lines), the position label whole, the about sheet's
    editing hint to its last words."""
    import pypdf

    book = _workbook(store, tmp_path, language)
    headers = [label(f"col_{key}", language) for key in sorted(PRINTED_NOTE_COLUMNS)]
    pdf = libreoffice_convert(book, tmp_path / "lo", "pdf")
    lines = [
        line.strip()
        for page in pypdf.PdfReader(str(pdf)).pages
        for line in page.extract_text().splitlines()
    ]
    words = {word for line in lines for word in line.split()}
    for header in headers:
        for word in header.split():
            assert word in words, (header, word, sorted(words)[:80])
    assert any(NO_POSITION_YET[language] in line for line in lines), sorted(lines)[:80]
    # The about sheet's editing hint printed to its end (its row as tall as its lines).
    hint = label("about_roundtrip", language).split()
    assert " ".join(hint[-3:]).rstrip(".") in " ".join(" ".join(lines).split()), hint[-3:]
