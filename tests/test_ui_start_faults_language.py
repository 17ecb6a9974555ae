"""Every way a database cannot be used at start is said in one line in the delegate's language
(trial 14: a damaged copy opened under a French interface showed several English lines quoting
SQLite, "your notes are safe in the backups below" over an empty list, then "there is no usable
backup"; a read-only copy's notice was English too: the start-up dialogs came before the
window installed the language).

The start is driven as the delegate meets it (``_open_and_run`` with the language chosen in the
preferences, the dialog answered as it opens); the other faults are raised for real where a
file can be made so (damaged, a PDF renamed .db, a newer schema, empty, read-only on disk) and
constructed where a test cannot make them (a full disk, a server that refuses or is away).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from ui_support import answering

from bnldesk.services import backup
from bnldesk.services.guard import open_guarded
from bnldesk.store.engine import StoreError, open_store
from bnldesk.store.errors import (
    CannotOpenError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    DiskIOError,
    ServerLoginError,
    ServerUnreachableError,
)
from bnldesk.ui import i18n
from bnldesk.ui.app import _open_and_run
from bnldesk.ui.dates import format_utc
from bnldesk.ui.fault_dialogs import StartupFaultDialog
from bnldesk.ui.settings import Settings
from bnldesk.ui.settings.backups import BackupsDialog, RestoreDialog

# Words of the English texts these dialogs had; none is a word of Dutch or French.
ENGLISH = re.compile(
    r"\b(cannot|damaged|backup|backups|safe|below|there|usable|help|the|file|failed|check|"
    r"read-only|disk|full|you|not|and|quit|details|try|again|another|program)\b",
    re.IGNORECASE,
)
SQLITE_WORDS = re.compile(r"quick_check|btree|error code|integrity_check|\*\*\*")


@pytest.fixture(params=["nl", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Any:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _damaged(tmp_path: Path, *, with_backup: bool) -> Path:
    """A database (with a backup when asked), then 4 KB of its pages overwritten (as the
    trial's ``dd ... seek=8192``)."""
    db = tmp_path / "bureau.db"
    open_store(db).close()
    if with_backup:
        backup.backup_database(db, "manual")
    with db.open("r+b") as fh:
        fh.seek(8192)
        fh.write(bytes(range(256)) * 16)
    return db


def _shown_texts(dialog: QWidget) -> list[str]:
    """The texts a delegate sees: title, visible labels and buttons, a message box's text."""
    texts = [dialog.windowTitle()]
    for child in dialog.findChildren(QWidget):
        shown = isinstance(child, QLabel | QAbstractButton) and child.isVisibleTo(dialog)
        if shown and child.text():
            texts.append(child.text())
    if isinstance(dialog, QMessageBox):
        texts.append(dialog.text())
    return texts


def _english_in(texts: list[str], *names: str) -> list[str]:
    found = []
    for text in texts:
        for name in names:  # a file name is the delegate's, not ours
            text = text.replace(name, "")
        if ENGLISH.search(text.replace("bnldesk", "")):
            found.append(text)
    return found


def test_a_damaged_database_at_start_speaks_the_preferred_language(
    qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    """The language chosen in the preferences is the dialog's, though no window exists yet."""
    Settings().set("prefs/language", "fr")
    i18n.install("en")
    db = _damaged(tmp_path, with_backup=False)
    seen: list[str] = []

    def read_and_quit(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen.extend(_shown_texts(dialog))
        dialog.quit_button.click()

    try:
        with answering(qtbot, QApplication.activeModalWidget, read_and_quit, "the dialog"):
            code = _open_and_run(qapp, db, demo=False)
    finally:
        i18n.install("en")
        qapp.setStyleSheet("")
    assert code == 1
    assert any(db.name in text for text in seen), seen
    assert _english_in(seen, db.name) == []


@pytest.mark.parametrize("with_backup", [False, True])
def test_a_damaged_database_is_one_line_with_its_details_behind_a_toggle(
    qtbot: Any, tmp_path: Path, language: str, with_backup: bool
) -> None:
    db = _damaged(tmp_path, with_backup=with_backup)
    opened = open_guarded(db, demo=False)
    assert opened.damage is not None
    dialog = RestoreDialog(db, "; ".join(opened.damage.problems))
    qtbot.addWidget(dialog)
    line = dialog.problem.text()
    assert "\n" not in line and db.name in line
    assert not SQLITE_WORDS.search(line)
    assert _english_in(_shown_texts(dialog), db.name) == []
    # The backups (and the offer to restore one) only where there are some.
    assert dialog.backups.isVisibleTo(dialog) is with_backup
    assert dialog.restore_button.isVisibleTo(dialog) is with_backup
    details = dialog.findChild(QPlainTextEdit, "restoreDetailsText")
    assert details is not None and not details.isVisibleTo(dialog)
    dialog.details_button.click()
    assert details.isVisibleTo(dialog)
    assert SQLITE_WORDS.search(details.toPlainText()), details.toPlainText()


def _real_fault(kind: str, tmp_path: Path) -> StoreError:
    """The fault open_guarded raises for a file made so."""
    db = tmp_path / "bureau.db"
    if kind == "pdf renamed":
        db.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    elif kind == "empty":
        db.write_bytes(b"")
    else:  # newer schema
        open_store(db).close()
        conn = sqlite3.connect(db)
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
        conn.close()
    with pytest.raises(StoreError) as raised:
        open_guarded(db, demo=False)
    return raised.value


MADE_FAULTS = {
    "disk full": lambda db: DiskFullError(db),
    "locked": lambda db: DatabaseLockedError(db),
    "read-only": lambda db: DatabaseReadOnlyError(db),
    "disk error": lambda db: DiskIOError(db),
    "cannot open": lambda db: CannotOpenError(db),
    "server refuses the password": lambda _db: ServerLoginError("bnl@server/notes"),
    "server away": lambda _db: ServerUnreachableError("bnl@server/notes"),
}


@pytest.mark.parametrize("kind", ["pdf renamed", "empty", "newer schema", *MADE_FAULTS])
def test_every_start_fault_is_one_line_in_the_language(
    qtbot: Any, tmp_path: Path, language: str, kind: str
) -> None:
    db = tmp_path / "bureau.db"
    fault = MADE_FAULTS[kind](db) if kind in MADE_FAULTS else _real_fault(kind, tmp_path)
    dialog = StartupFaultDialog(fault, has_backups=False)
    qtbot.addWidget(dialog)
    assert "\n" not in dialog.message.text()
    assert _english_in(_shown_texts(dialog), str(db), "bnl@server/notes") == []


def test_the_restore_prompt_names_the_backup_by_its_date_and_kind(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    """Trial 14: "par la sauvegarde du lu-20261201-024149-243660-manual.db ?"."""
    db = tmp_path / "bureau.db"
    open_store(db).close()
    backup.backup_database(db, "manual")
    (made,) = backup.list_backups(db)
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    with answering(qtbot, QApplication.activeModalWidget, read_and_cancel, "the prompt"):
        dialog.restore()
    (text,) = seen
    assert made.path.name not in text and "manual" not in text
    assert format_utc(made.created, seconds=True) in text
    assert {"nl": "met de hand gemaakt", "fr": "faite à la main"}[language] in text


def test_an_empty_database_restored_from_its_fault_dialog_is_called_lost_not_damaged(
    qtbot: Any, tmp_path: Path, language: str
) -> None:
    db = tmp_path / "bureau.db"
    open_store(db).close()
    backup.backup_database(db, "manual")
    db.write_bytes(b"")
    dialog = RestoreDialog(db, "bureau.db is empty (0 bytes)")
    qtbot.addWidget(dialog)
    line = dialog.problem.text()
    assert {"nl": "is leeg of ontbreekt", "fr": "est vide ou absent"}[language] in line, line
    assert dialog.backups.isVisibleTo(dialog) and dialog.restore_button.isEnabled()
    assert _english_in(_shown_texts(dialog), db.name) == []
