"""An applied Notes sheet import is one undoable step: undo puts every note back, redo applies
the import again, and nothing changed since is overwritten either way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from export_helpers import fill_sample
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sheet_support import (
    apply_sheet,
    edit_sheet,
    export_notes,
    note_value,
    nothing_to_do,
    plan_sheet,
    snapshot,
)
from sqlalchemy import select
from ui_support import activate, click_row, press, settle, type_into, wait_for

from bnldesk.domain.models import Annotation, SheetRow
from bnldesk.services.annotations import NoteFields, apply_fields
from bnldesk.services.reports.sheet_undo import redo_import, undo_import
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow


def _sheet_rows(store: Store) -> set[tuple[str, str, str]]:
    with store.read() as s:
        return {(r.sheet_key, r.row_key, r.note_uuid) for r in s.scalars(select(SheetRow))}


def test_undo_and_redo_of_an_import(empty_store: Store, tmp_path: Path) -> None:
    sample = fill_sample(empty_store)
    first, second, private, _ = sample.note_uuids
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    edit_sheet(
        path,
        {first: {"Text": "Uit het blad", "Tags": "nieuw"}, private: {"Status": "done"}},
        [{"Target": "SENN-CRISE", "Text": "Nieuwe nota uit het blad"}],
    )
    before, rows_before = snapshot(empty_store), _sheet_rows(empty_store)
    offered = plan_sheet(empty_store, path).preview_lines()
    _, report = apply_sheet(empty_store, path)
    assert (report.updated, report.created) == (2, 1)
    after = snapshot(empty_store)

    with empty_store.transaction() as s:
        outcome = undo_import(s, report)
    assert (outcome.notes, outcome.left) == (3, [])
    undone = snapshot(empty_store)
    for uuid in before:
        assert undone[uuid][:5] == before[uuid][:5]  # the same fields, a newer time
    assert note_value(empty_store, report.new_uuids[0], "deleted_at") is not None
    assert _sheet_rows(empty_store) == rows_before
    # After the undo the sheet offers the same changes again, creating nothing twice.
    assert plan_sheet(empty_store, path).preview_lines() == offered

    with empty_store.transaction() as s:
        outcome = redo_import(s, report)
    assert (outcome.notes, outcome.left) == (3, [])
    redone = snapshot(empty_store)
    for uuid in after:
        assert redone[uuid][:5] == after[uuid][:5]
    assert nothing_to_do(plan_sheet(empty_store, path))
    del second


def test_undo_leaves_a_note_changed_since(empty_store: Store, tmp_path: Path) -> None:
    """An edit made after the import (not on the undo stack: another window, a bundle) is
    never overwritten by undoing the import."""
    sample = fill_sample(empty_store)
    first, second = sample.note_uuids[:2]
    path = tmp_path / "notes.xlsx"
    export_notes(empty_store, path)
    edit_sheet(path, {first: {"Text": "Uit het blad"}, second: {"Text": "Ook uit het blad"}})
    _, report = apply_sheet(empty_store, path)
    with empty_store.transaction() as s:
        note = s.scalar(select(Annotation).where(Annotation.uuid == second))
        assert note is not None
        fields = NoteFields.of(note)
        fields.body = "Later in een ander venster"
        apply_fields(s, note, fields)
    with empty_store.transaction() as s:
        outcome = undo_import(s, report)
    assert (outcome.notes, outcome.left) == (1, [second])
    assert note_value(empty_store, first).startswith("België steunt")
    assert note_value(empty_store, second) == "Later in een ander venster"


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
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
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
