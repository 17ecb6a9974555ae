"""A damaged database opens to the restore dialog, and restoring the offered backup works."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from ui_support import WAIT_MS, click_row, go_to, settle, write_note

from bnldesk.domain.models import Annotation
from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.fault_dialogs import Offer, StartupFaultDialog
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
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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
        assert (
            "is damaged" in dialog.problem.text() and "newest good backup" in dialog.problem.text()
        )
        # The delegate clicks "Restore" and confirms.
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
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


def test_quitting_the_restore_dialog_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    db = _damaged_copy(tmp_path)
    before = db.read_bytes()
    seen: list[RestoreDialog] = []

    def quit_dialog(dialog: RestoreDialog) -> int:
        """The delegate clicks Quit: what the dialog answers decides, not the test."""
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog, timeout=WAIT_MS)
        with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        return dialog.result()

    assert startup_open(db, run_dialog=quit_dialog) is None
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Rejected
    assert db.read_bytes() == before
    assert not (backups_dir(db) / backup.SET_ASIDE).exists()  # nothing was moved aside


def test_restore_dialog_without_backups(qapp: QApplication, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    dialog = RestoreDialog(db, "damaged")
    assert not dialog.restore_button.isEnabled()
    assert not dialog.backups.isVisibleTo(dialog)  # no empty list under "restore one"
    dialog.deleteLater()


def _live_bodies(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT body FROM annotation WHERE deleted_at IS NULL ORDER BY id")
        return [r[0] for r in rows]
    finally:
        conn.close()


def test_restore_in_the_app_reopens_clears_undo_and_reloads(
    controller: Controller, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Backups > Restore: the window then shows the restored file, Ctrl+Z has nothing of
    the replaced file to undo, and new edits reach the file at the path at once."""
    window = controller.open_window(restore=False)
    settle(window)
    store = controller.store
    go_to(qtbot, window, "SENN-CRISE")
    write_note(qtbot, window, "In the backup")
    made = backup.backup_database(store.path, "manual")
    write_note(qtbot, window, "Written after the backup")
    assert window.notes.list_model.rowCount() == 2
    assert controller.undo_stack.canUndo()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog = window.meeting_features.show_backups()
    rows = [dialog.list.model.row(i).path for i in range(dialog.list.model.rowCount())]
    click_row(qtbot, dialog.list.view, rows.index(made))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.worker.wait_idle(WAIT_MS), "the restore never finished"
    new_window = controller.window
    assert new_window is not None and new_window is not window
    settle(new_window)
    assert warnings == []
    assert shown and "Restored the backup" in shown[-1] and "kept at" in shown[-1]
    assert _live_bodies(store.path) == ["In the backup"]
    # The undo history of the replaced file is gone: Ctrl+Z does nothing, says nothing.
    assert not controller.undo_stack.canUndo()
    new_window.activateWindow()
    QTest.keyClick(new_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(new_window)
    assert warnings == []
    assert _live_bodies(store.path) == ["In the backup"]
    # Every view reads the restored file: the notes panel shows the one note it holds.
    go_to(qtbot, new_window, "SENN-CRISE")
    assert new_window.notes.list_model.rowCount() == 1
    # A new edit goes into the file at the path, seen by another program at once.
    write_note(qtbot, new_window, "Written after the restore")
    assert _live_bodies(store.path) == ["In the backup", "Written after the restore"]
    # The replaced file is kept aside with both notes.
    (aside,) = (backups_dir(store.path) / backup.SET_ASIDE).glob("*.db")
    assert _live_bodies(aside) == ["In the backup", "Written after the backup"]


def _drive(choice: str, seen: list[StartupFaultDialog]) -> Callable[[StartupFaultDialog], int]:
    def run(dialog: StartupFaultDialog) -> int:
        seen.append(dialog)
        dialog.show()
        dialog.buttons[Offer(choice)].click()
        return dialog.result()

    return run


def test_a_locked_database_at_start_offers_retry_and_read_only(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bnldesk.store import engine as store_engine

    db = tmp_path / "bnldesk.db"
    open_store(db).close()
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    seen: list[StartupFaultDialog] = []

    def release_then_retry(dialog: StartupFaultDialog) -> int:
        seen.append(dialog)
        holder.execute("ROLLBACK")
        holder.close()  # the other program is closed, the delegate tries again
        dialog.buttons[Offer.RETRY].click()
        return dialog.result()

    try:
        assert startup_open(db, run_fault_dialog=_drive("quit", seen)) is None
        opened = startup_open(db, run_fault_dialog=release_then_retry)
    finally:
        with contextlib.suppress(sqlite3.Error):
            holder.close()
    assert len(seen) == 2
    assert set(seen[0].buttons) == {Offer.RETRY, Offer.READ_ONLY, Offer.QUIT}
    assert "in use by another program" in seen[0].message.text()
    assert "damaged" not in seen[0].message.text()
    assert opened is not None and opened.store is not None and not opened.store.read_only
    opened.close()


def test_a_newer_database_at_start_offers_another_and_writes_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    db = tmp_path / "bnldesk.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9001'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    seen: list[StartupFaultDialog] = []
    assert startup_open(db, run_fault_dialog=_drive("quit", seen)) is None
    assert set(seen[0].buttons) == {Offer.OPEN_OTHER, Offer.CREATE_NEW, Offer.QUIT}
    assert "newer version of bnldesk" in seen[0].message.text()
    assert db.read_bytes() == before
    assert backup.list_backups(db) == []


def test_an_empty_database_at_start_offers_its_backup(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "bnldesk.db"
    store = open_store(db)
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="in the backup"))
    backup.backup_database(db, "auto")
    store.close()
    db.write_bytes(b"")
    db.with_name(db.name + "-wal").unlink(missing_ok=True)
    seen: list[StartupFaultDialog] = []

    def restore(dialog: RestoreDialog) -> int:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.restore_button.click()
        return dialog.result()

    opened = startup_open(db, run_dialog=restore, run_fault_dialog=_drive("restore", seen))
    assert set(seen[0].buttons) == {Offer.RESTORE, Offer.OPEN_OTHER, Offer.CREATE_NEW, Offer.QUIT}
    assert "is empty (0 bytes)" in seen[0].message.text()
    assert opened is not None and opened.store is not None
    try:
        with opened.store.read() as s:
            assert [a.body for a in s.scalars(select(Annotation))] == ["in the backup"]
    finally:
        opened.close()


def test_queries_do_not_wait_behind_a_backup(window: MainWindow, qtbot: QtBot) -> None:
    """A backup runs beside the database worker: held half-way through its copy, the worker
    still answers a query and saves a note; the backup then completes with its snapshot."""
    import threading

    from bnldesk.ui.background_backup import BackgroundBackup

    store = window.store
    halfway = threading.Event()
    release = threading.Event()

    def held(done_pages: int, all_pages: int) -> None:
        halfway.set()
        if not release.wait(60):
            raise TimeoutError("the test never released the backup")

    runner = BackgroundBackup(window)
    made: list[Path | None] = []
    monkey_steps = pytest.MonkeyPatch()
    monkey_steps.setattr(backup, "STEP_PAGES", 1)
    try:
        assert runner.start(
            lambda: backup.backup_database(store.path, "manual", progress=held), made.append
        )
        assert halfway.wait(60), "the backup never started copying"
        assert not runner.start(lambda: None), "a second backup must wait for the first"

        def count_and_write(st: Store) -> int:
            with st.transaction() as s:
                add_annotation(
                    s, resolve_target(s, "SENN-CRISE"), NoteFields(body="during the backup")
                )
            with st.read() as s:
                return int(s.scalar(select(func.count()).select_from(Annotation)) or 0)

        assert window.worker.call(count_and_write, timeout_ms=60000) == 1
        assert runner.running()
        with qtbot.waitSignal(runner.done, timeout=60000):
            release.set()
    finally:
        release.set()
        monkey_steps.undo()
    (path,) = made
    assert path is not None and backup.quick_check(path)
    assert _live_bodies(path) == []  # the snapshot taken before the note was written
    assert _live_bodies(store.path) == ["during the backup"]


def test_a_restore_refuses_while_a_connection_is_still_open(tmp_path: Path) -> None:
    from bnldesk.ui.settings.backups import restore_in_place

    db = tmp_path / "bnldesk.db"
    store = open_store(db)
    made = backup.backup_database(db, "manual", force=True)
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="kept"))
    leaked = store.session()
    leaked.connection()  # a session someone forgot to close holds a connection
    try:
        with pytest.raises(backup.BackupError, match="still in use"):
            restore_in_place(store, made)
        assert _live_bodies(db) == ["kept"]
    finally:
        leaked.close()
    restore_in_place(store, made)
    assert _live_bodies(db) == []
    store.close()
