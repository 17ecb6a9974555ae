"""A damaged database opens to the restore dialog, and restoring the offered backup works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from bnldesk.domain.models import Annotation
from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import open_store
from bnldesk.ui.settings.backups import RestoreDialog, startup_open


def _damaged_copy(tmp_path: Path) -> Path:
    """A database with one note, a backup of it, then the live file corrupted."""
    db = tmp_path / "bnldesk.db"
    store = open_store(db)
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="the note to keep"))
    backup.backup_database(db, "auto")
    store.close()
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(b"\x5a" * (size // 2))
    return db


def _count(db: Path) -> int:
    store = open_store(db)
    try:
        with store.read() as s:
            return int(s.scalar(select(func.count()).select_from(Annotation)) or 0)
    finally:
        store.close()


def test_damaged_database_opens_to_the_restore_dialog(
    qapp: QApplication, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _damaged_copy(tmp_path)
    damaged_bytes = db.read_bytes()
    seen: list[RestoreDialog] = []

    def drive(dialog: RestoreDialog) -> int:
        seen.append(dialog)
        dialog.show()
        # The newest good backup is offered (selected), with the problem explained.
        newest = backup.newest_good_backup(db)
        assert newest is not None and dialog.backups.selected() == newest.path
        assert "failed its check" in dialog.problem.text()
        # The delegate clicks "Restore" and confirms.
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.restore_button.click()
        return dialog.result()

    opened = startup_open(db, run_dialog=drive)
    assert len(seen) == 1
    assert opened is not None and opened.store is not None and not opened.damaged
    try:
        with opened.store.read() as s:
            bodies = [a.body for a in s.scalars(select(Annotation))]
        assert bodies == ["the note to keep"]
    finally:
        opened.close()
    # The damaged file was kept aside, byte for byte.
    aside = list((backups_dir(db) / backup.SET_ASIDE).glob("*.db"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes


def test_quitting_the_restore_dialog_changes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    db = _damaged_copy(tmp_path)
    before = db.read_bytes()

    def quit_dialog(dialog: RestoreDialog) -> int:
        dialog.reject()
        return int(QDialog.DialogCode.Rejected.value)

    assert startup_open(db, run_dialog=quit_dialog) is None
    assert db.read_bytes() == before


def test_restore_dialog_without_backups(qapp: QApplication, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    dialog = RestoreDialog(db, "damaged")
    assert not dialog.restore_button.isEnabled()
    assert dialog.none_label.isVisibleTo(dialog)
    dialog.deleteLater()
