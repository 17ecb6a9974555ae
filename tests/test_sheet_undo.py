"""An applied Notes sheet import is one undoable step in the window: Edit > Undo takes it back
and Redo applies it again (the steps themselves, without the window: test_sheet_conflicts.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sheet_support import (
    edit_sheet,
    export_notes,
    note_value,
)
from sqlalchemy import select
from ui_support import activate, click_row, press, settle, type_into, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets import file_dialogs

# ------------------------------------------------------------------------------------------
# in the window: Edit > Undo names the import and takes it back
# ------------------------------------------------------------------------------------------


def test_ctrl_z_takes_an_applied_import_back(
    window: MainWindow, store: Store, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Before: after an import applied in the window, Undo still offered the edit before it
    (and undoing that edit wrote its old fields over the imported ones)."""
    activate(qtbot, window)
    window.nav_tabs.setCurrentIndex(1)
    settle(window)
    click_row(qtbot, window.workgroup_tree, 0)
    settle(window)
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Standpunt van de delegatie")
    qtbot.keyClick(window.notes.body, Qt.Key.Key_Tab)
    window.notes.priority.setFocus()
    qtbot.keyClick(window.notes.priority, Qt.Key.Key_Down)
    qtbot.keyClick(window.notes.priority, Qt.Key.Key_Tab)
    window.notes.commit()
    wait_for(qtbot, lambda: window.undo_stack.undoText() == "Change priority", window)
    with store.read() as s:
        (uuid,) = s.scalars(select(Annotation.uuid).where(Annotation.deleted_at.is_(None)))

    path = tmp_path / "notes.xlsx"
    export_notes(store, path)
    edit_sheet(path, {uuid: {"Text": "Bijgewerkt in Excel", "Priority": "high"}})
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()
    settle(window)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: note_value(store, uuid) == "Bijgewerkt in Excel", window)
    assert "Edit > Undo" in window.statusBar().currentMessage()
    undo = window.registry[ActionId.UNDO]
    assert undo.text().replace("&", "") == "Undo Import notes from notes.xlsx"

    press(qtbot, window, "Ctrl+Z")
    wait_for(qtbot, lambda: note_value(store, uuid) == "Standpunt van de delegatie", window)
    assert int(note_value(store, uuid, "priority")) == 1  # the edit before the import stays
    assert "Import undone: 1 note put back." in window.statusBar().currentMessage()
    assert undo.text().replace("&", "") == "Undo Change priority"

    window.table.setFocus()
    press(qtbot, window.table, "Ctrl+Y")
    wait_for(qtbot, lambda: note_value(store, uuid) == "Bijgewerkt in Excel", window)
    assert int(note_value(store, uuid, "priority")) == 3
