"""A Notes sheet applied from the window or with ``bnldesk import-annotations`` first takes the
"before an import" backup a plan import takes (trial 10: File > Backups promised a copy before
every import, yet after a sheet had changed 2 notes the list was empty). The backup restores
the notes as they were before the sheet; a dry run or a refused import takes none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sheet_support import edit_sheet, export_notes, note_value
from ui_support import activate, settle, wait_for

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.backup import BackupInfo, list_backups, restore
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets import file_dialogs

BEFORE = "Standpunt vóór het werkblad"
AFTER = "Bijgewerkt in Excel"


def _note(store: Store) -> str:
    with store.transaction() as session:
        fields = NoteFields(body=BEFORE, visibility="delegation")
        return add_annotation(session, resolve_target(session, "SENN-CRISE"), fields).uuid


def _import_backups(db: Path) -> list[BackupInfo]:
    return [b for b in list_backups(db) if b.reason == "before-import"]


def _restored_body(db: Path, backup: BackupInfo, uuid: str) -> Any:
    restore(db, backup.path)
    store = open_store(db)
    try:
        return note_value(store, uuid)
    finally:
        store.close()


def test_the_command_line_backs_up_before_it_applies_a_sheet(tmp_path: Path, capsys: Any) -> None:
    db = tmp_path / "notes.db"
    sheet = tmp_path / "notes.xlsx"
    store = open_store(db)
    try:
        uuid = _note(store)
        export_notes(store, sheet)
    finally:
        store.close()
    edit_sheet(sheet, {uuid: {"Text": AFTER}})

    assert main(["--db", str(db), "import-annotations", str(sheet), "--dry-run"]) == 0
    assert _import_backups(db) == []  # nothing written, nothing backed up
    assert main(["--db", str(db), "import-annotations", str(sheet), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "applied: 1 note updated, 0 new" in out

    (backup,) = _import_backups(db)
    store = open_store(db)
    try:
        assert note_value(store, uuid) == AFTER
    finally:
        store.close()
    assert _restored_body(db, backup, uuid) == BEFORE


def test_the_window_backs_up_before_it_applies_a_sheet(
    window: MainWindow, store: Store, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    uuid = _note(store)
    sheet = tmp_path / "notes.xlsx"
    export_notes(store, sheet)
    edit_sheet(sheet, {uuid: {"Text": AFTER}})
    assert store.path is not None
    assert _import_backups(store.path) == []
    activate(qtbot, window)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(sheet), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()
    settle(window)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: note_value(store, uuid) == AFTER, window)

    (backup,) = _import_backups(store.path)
    # The backup holds the notes as they were before the sheet (read without the window's
    # store: restore() needs the database closed, which the window's fixture owns).
    copy = tmp_path / "copy.db"
    copy.write_bytes(backup.path.read_bytes())
    restored = open_store(copy)
    try:
        assert note_value(restored, uuid) == BEFORE
    finally:
        restored.close()


def test_the_command_line_says_which_rows_a_conflict_kept_out(tmp_path: Path, capsys: Any) -> None:
    from sqlalchemy import select

    from bnldesk.domain.models import Annotation
    from bnldesk.services.annotations import apply_fields

    db = tmp_path / "notes.db"
    sheet = tmp_path / "notes.xlsx"
    store = open_store(db)
    try:
        first, second = _note(store), _note(store)
        export_notes(store, sheet)
        with store.transaction() as session:
            note = session.scalars(select(Annotation).where(Annotation.uuid == second)).one()
            fields = NoteFields.of(note)
            fields.body = "Changed in bnldesk since the export"
            apply_fields(session, note, fields)
    finally:
        store.close()
    edit_sheet(sheet, {first: {"Text": AFTER}, second: {"Text": "Changed in the sheet"}})
    assert main(["--db", str(db), "import-annotations", str(sheet), "--yes"]) == 0
    out = capsys.readouterr().out
    assert (
        "applied: 1 note updated, 0 new; 1 row not applied because of a conflict "
        "(--dry-run shows them)"
    ) in out, out
