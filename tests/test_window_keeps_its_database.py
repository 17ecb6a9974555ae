"""A window keeps its hold on its database file through an import and a receive (trial 9, N1).

The tester imported a plan (File > Import document...) or received a bundle (File > Receive
notes...) in the window, then ran one ``bnldesk --db FILE list plans``: the window's -wal and
-shm were deleted under it, its notes went to a deleted file and replaced the command line's
when it quit. Cause, found with strace on the real window: Qt's file dialog read every file of
the folder it showed (to tell its type from its content), the database, its -wal and -shm
included, and closed them, dropping the window's POSIX locks (see
``bnldesk/ui/widgets/file_dialogs.py``). Here the real window, offscreen, opens its dialogs
on the database's own folder; the dialog lists it all; then real command-line processes run.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from other_programs import deleted_files_of, run_bnldesk, sqlite_answer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sync_support import pair
from ui_support import (
    WAIT_MS,
    activate,
    answering,
    go_to,
    leave,
    press,
    settle,
    type_into,
    wait_for,
)

from bnldesk.domain.models import Visibility
from bnldesk.services import sync
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog
from bnldesk.ui.meetings.features import ReceivePreview

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="reads /proc/self/fd; POSIX locks dropped by a close are what this guards against",
)

DOCS = Path(__file__).resolve().parents[2] / "shared" / "cases" / "import" / "docs"


def _listed_everything(dialog: QFileDialog, folder: Path, names: list[str]) -> bool:
    """Whether the dialog's model has gathered what it shows of each of ``names`` (its type:
    gathering it is what read the files before)."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    for name in names:
        index = model.index(str(folder / name), 2)
        if not index.isValid() or not model.data(index):
            return False
    return True


def _choose_in_dialog(qtbot: QtBot, chosen: Path, db: Path) -> Callable[[Any], None]:
    """Act on the file dialog as a delegate who looks at every file of the folder (All
    files), waits for the listing, then picks ``chosen``."""

    def act(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(chosen.parent))
        everything = [f for f in dialog.nameFilters() if "(*)" in f]
        if everything:
            dialog.selectNameFilter(everything[0])
            dialog.filterSelected.emit(everything[0])
        names = [db.name, db.name + "-wal", db.name + "-shm", chosen.name]
        qtbot.waitUntil(lambda: _listed_everything(dialog, chosen.parent, names), timeout=WAIT_MS)
        dialog.selectFile(str(chosen))
        dialog.accept()

    return act


def _file_dialog() -> QFileDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QFileDialog) else None


def _the_window_still_holds_its_file(window: MainWindow, store: Store, home: Path) -> None:
    db = Path(store.path)
    with store.read() as session:  # the window's pooled connection is open
        session.execute(text("SELECT count(*) FROM plan")).one()
    run_bnldesk(db, "list", "plans", home=home)
    assert deleted_files_of(db) == []
    with store.transaction() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('probe', 'window')"))
    # A third process sees what the window wrote after the command line ran.
    shown = run_bnldesk(db, "list", "plans", home=home)
    assert "2023" in shown or "Jaarplan" in shown
    assert sqlite_answer(db, "SELECT value FROM setting WHERE key = 'probe'") == "('window',)"
    assert deleted_files_of(db) == []


def test_importing_from_the_databases_folder_keeps_the_hold(
    window: MainWindow, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    db = Path(store.path)
    plan = db.parent / "plan-annuel-2023-fr.md"
    shutil.copy(DOCS / plan.name, plan)
    window.settings.set("folders/document", str(db.parent))
    activate(qtbot, window)
    with answering(qtbot, _file_dialog, _choose_in_dialog(qtbot, plan, db), "Import dialog"):
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = window.findChildren(ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
    assert dialog.import_button.isEnabled(), dialog.status.text()
    with qtbot.waitSignal(window.plan_model.loaded, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(window)
    home = tmp_path / "home"
    home.mkdir()
    _the_window_still_holds_its_file(window, store, home)
    assert "2023" in run_bnldesk(db, "list", "plans", home=home)


def test_receiving_from_the_databases_folder_keeps_the_hold(
    window: MainWindow, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    db = Path(store.path)
    other_folder = tmp_path / "laptop-2"
    other_folder.mkdir()
    other = open_store(other_folder / "other.db")
    try:
        pair(store, other)
        with other.transaction() as session:
            target = resolve_target(session, "SENN-CRISE")
            fields = NoteFields(body="Van laptop 2", visibility=Visibility.SHAREABLE.value)
            add_annotation(session, target, fields)
        bundle = db.parent / "laptop-2.bnlnotes"
        sync.share(other, bundle, author="Laptop 2", delegation="LU")
    finally:
        other.close()
    window.settings.set("folders/bundle", str(db.parent))
    activate(qtbot, window)
    receive = next(a for a in window.menus["file"].actions() if a.objectName().endswith("receive"))

    def merge(preview: ReceivePreview) -> None:
        preview.accept()

    def preview_dialog() -> ReceivePreview | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, ReceivePreview) else None

    with answering(qtbot, preview_dialog, merge, "Receive preview"):
        with answering(qtbot, _file_dialog, _choose_in_dialog(qtbot, bundle, db), "Receive"):
            receive.trigger()
        settle(window)
    settle(window)
    home = tmp_path / "home"
    home.mkdir()
    _the_window_still_holds_its_file(window, store, home)
    assert "Van laptop 2" in run_bnldesk(db, "list", "annotations", home=home)


_MADE_OR_CALLED = re.compile(r"QFileDialog\s*(\(|\.get)")  # a dialog made, or a static one


def test_every_file_dialog_is_made_where_it_reads_no_file() -> None:
    """Qt's static file dialogs (and one made elsewhere) list a folder with Qt's icon
    provider, which reads the files: every dialog comes from bnldesk.ui.widgets.file_dialogs."""
    ui = Path(__file__).resolve().parents[1] / "bnldesk" / "ui"
    allowed = ui / "widgets" / "file_dialogs.py"
    offenders = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path != allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _MADE_OR_CALLED.search(line)
    ]
    assert offenders == []


def test_a_window_that_lost_its_file_says_so_and_keeps_what_was_typed(
    controller: Any,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Trial 9, step 5: with its log deleted, the window said "Saved automatically" for a note
    no other program ever saw. Now it says at once that it no longer holds the file (its
    look for other programs' changes finds it), the note's line says so at the next save,
    nothing claims it saved, and what was typed stays in the editor."""
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, said, *a, **k: warned.append(said)
    )
    db = Path(store.path)
    go_to(qtbot, window, "SENN-CRISE")
    with store.read() as session:  # the window's pooled connection is open
        session.execute(text("SELECT count(*) FROM plan")).one()
    for name in (db, db.with_name(db.name + "-shm")):  # what Qt's file dialog did
        os.close(os.open(name, os.O_RDONLY))
    home = tmp_path / "home"
    home.mkdir()
    run_bnldesk(db, "list", "plans", home=home)
    assert deleted_files_of(db)  # the trial's state
    controller.outside.look()  # what its timer does every few seconds
    wait_for(qtbot, lambda: bool(warned), window)
    assert warned == [
        f"This window no longer holds {db}: another program deleted its write-ahead log while "
        "this window wrote to it. Nothing more is saved from this window; copy what you still "
        "need from it, then close it and open the file again"
    ]
    notes = window.notes
    press(qtbot, window, "Ctrl+N")
    settle(window)
    type_into(qtbot, notes.body, "NOTE-FENETRE-L4")
    leave(qtbot, notes.body)
    wait_for(qtbot, lambda: "no longer holds" in notes.saved_label.text(), window)
    assert "Saved" not in notes.saved_label.text()
    assert notes.body.toPlainText() == "NOTE-FENETRE-L4"
    assert "NOTE-FENETRE-L4" not in run_bnldesk(db, "list", "annotations", home=home)
    assert len(warned) == 1  # said once, not at every look
