"""One Dutch word for one thing in the window, the notes sheet and the brief (trial 10: "who
to consult" was "Nog te raadplegen" in the window, "Consulteren" in the sheet and "Nog intern
af te stemmen met" in the brief; the position state "Te coördineren" in the window but "af te
stemmen" in the sheet and brief; "nota" meant a note in the window and the brief in the PDF;
Belgian "enkel ikzelf" and "Inhoudstafel" for a Dutch delegate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pypdf
from export_helpers import fill_sample
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_support import choose_language

from bnldesk.domain.models import Annotation
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
    ExportFilters,
    XlsxOptions,
    export_brief,
    export_workbook,
)
from bnldesk.store.engine import Store

CONSULT = "Nog te raadplegen"
TO_COORDINATE = "af te stemmen"


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_window_the_sheet_and_the_brief_use_the_same_dutch_terms(
    controller: Any, window: Any, store: Store, qtbot: Any, tmp_path: Path
) -> None:
    fill_sample(store)
    with store.transaction() as session:
        note = session.scalars(
            select(Annotation).where(Annotation.consult == "FOD Binnenlandse Zaken")
        ).one()
        note.position_state = "to_coordinate"

    # The window, in Dutch.
    dutch = choose_language(qtbot, controller, window, "Nederlands")
    editor = dutch.notes
    assert editor.consult_label.text().replace("&", "").rstrip(":") == CONSULT
    states = [editor.position_state.itemText(i) for i in range(editor.position_state.count())]
    assert TO_COORDINATE in [state.lower() for state in states]
    assert not any("coördineren" in state for state in states)
    visibilities = [editor.visibility.itemText(i) for i in range(editor.visibility.count())]
    assert "Privé (alleen ikzelf)" in visibilities
    assert QApplication.translate("ExportDialogs", "Table of contents") == "Inhoudsopgave"

    # The notes sheet, in Dutch.
    sheet = tmp_path / "nota's.xlsx"
    export_workbook(
        store, sheet, ExportFilters(), XlsxOptions(kinds=["annotations"], language="nl")
    )
    book = openpyxl.load_workbook(sheet, read_only=True)
    cells = [
        str(value)
        for worksheet in book.worksheets
        for row in worksheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    book.close()
    assert CONSULT in cells
    assert TO_COORDINATE in cells
    assert not any("Consulteren" in cell or "notitie" in cell.lower() for cell in cells)

    # The brief, in Dutch.
    brief = tmp_path / "briefing.pdf"
    export_brief(
        store,
        BriefSubject(workgroup="SENN-CRISE"),
        BriefOptions(language="nl", include_private=True),
        brief,
    )
    text = _pdf_text(brief)
    assert CONSULT in text
    assert TO_COORDINATE in text
    for other in ("Consulteren", "Nog intern af te stemmen", "Deze nota bevat", "notitie"):
        assert other not in text.replace("Persoonlijke notitie", ""), other
