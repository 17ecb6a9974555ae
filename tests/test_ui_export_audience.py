"""The export dialogs' "For: my delegation / other delegations", chosen with the keyboard on the
real window (offscreen); the brief and the workbook read back with pypdf and openpyxl.

Before: nothing in the window made a file for another delegation; delegation notes went into
every brief and workbook alike with the shareable ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import go_to, press, settle, wait_for

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow

SHARED = "Gedeeld met de partners: steun voor de oefening"
HIDDEN = {
    "delegation": "Alleen voor de delegatie: budget nog open",
    "private": "Privé: de voorzitter is traag",
}


def _notes(store: Store) -> None:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(s, target, NoteFields(body=SHARED, visibility="shareable"))
        for visibility, body in HIDDEN.items():
            add_annotation(s, target, NoteFields(body=body, visibility=visibility))


def _choose_other_delegations(qtbot: Any, dialog: Any) -> None:
    """Down in the "For" list, from the keyboard."""
    dialog.audience_combo.setFocus()
    qtbot.keyClick(dialog.audience_combo, Qt.Key.Key_Down)
    assert dialog.audience_combo.currentText() == "Other delegations"
    # Private notes cannot go to other delegations: the box is off and cannot be ticked.
    assert not dialog.private_box.isChecked() and not dialog.private_box.isEnabled()
    assert dialog.left_out_label.text().startswith(
        "For other delegations: only notes marked shareable go in."
    )


def test_a_brief_and_a_workbook_for_other_delegations_chosen_with_the_keyboard(
    window: MainWindow, store: Store, settings: Any, qtbot: Any, tmp_path: Path
) -> None:
    settings.set("prefs/export_dir", str(tmp_path))
    _notes(store)
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+P")
    brief = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: brief.year_note.isVisible(), window)
    assert brief.audience_combo.currentText() == "My delegation"  # the default
    mine = brief.path().name
    _choose_other_delegations(qtbot, brief)
    assert brief.path().name == mine.removesuffix(".pdf") + "-for-other-delegations.pdf"
    qtbot.keyClick(brief, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: brief.path().exists(), window)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(brief.path()).pages).split())
    assert SHARED in text and "For other delegations" in text
    assert not [body for body in HIDDEN.values() if body in text]
    settle(window)
    box: QMessageBox = window.export_done_box  # type: ignore[attr-defined]
    assert "for other delegations: shareable notes only" in box.informativeText()
    box.close()

    window.registry[ActionId.EXPORT_EXCEL].trigger()
    excel = window.excel_dialog  # type: ignore[attr-defined]
    excel.sheet_boxes["annotations"].setChecked(True)
    _choose_other_delegations(qtbot, excel)
    assert excel.path().name.endswith("-for-other-delegations.xlsx")
    qtbot.keyClick(excel, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: excel.path().exists(), window)
    notes = openpyxl.load_workbook(excel.path())["Notes"]
    cells = [str(c) for row in notes.iter_rows(values_only=True) for c in row if c is not None]
    assert SHARED in cells
    assert not [body for body in HIDDEN.values() if body in cells]
