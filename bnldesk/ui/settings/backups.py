"""Backups in the window: the list, "Back up now", restore after confirmation, and at start the
restore dialog for a damaged database (offering the newest good backup).

Restoring never overwrites the current file: it is moved aside by the backup service, and the
dialog says where.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.op_changes import OpChanges
from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.guard import GuardedOpen, ReadOnlyReason, open_guarded
from bnldesk.store.check import CheckReport, check_database
from bnldesk.store.engine import Store, StoreError, open_store, prepare
from bnldesk.ui import dates, i18n
from bnldesk.ui.background_backup import BackgroundBackup
from bnldesk.ui.error_texts import as_sentence, error_text
from bnldesk.ui.fault_dialogs import Offer, StartupFaultDialog
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.widgets import file_dialogs
from bnldesk.ui.widgets.rows_table import Column, RowsModel, make_table

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _size(size: int) -> str:
    """A file size in the interface language: "496 KB", "496 kB" (nl), "496 ko" (fr)."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return i18n.locale().formattedDataSize(size, 1 if size >= 1024 * 1024 else 0, traditional)


def _reason(reason: str) -> str:
    """Why a backup was made, in the interface language (the service's words)."""
    return backup.reason_said(reason, i18n.current())


def backup_columns() -> list[Column[backup.BackupInfo]]:
    """Made (local time, to the second: two backups of one minute looked the same, trial 10),
    why, and how large, in the interface language."""
    return [
        Column(
            tr("Made"),
            lambda made: dates.format_utc(made.created, seconds=True),
            lambda made: made.created,
        ),
        Column(tr("Why"), lambda made: _reason(made.reason)),
        Column(tr("Size"), lambda made: _size(made.size), lambda made: made.size),
    ]


class BackupList(QWidget):
    """The backups of one database, newest first."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.model: RowsModel[backup.BackupInfo] = RowsModel(backup_columns(), self)
        self.view = make_table(self.model, "backupList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        rows = backup.list_backups(self.db_path)
        self.model.set_rows(rows)
        paths = [made.path for made in rows]
        if select in paths:
            self.view.selectRow(paths.index(select))
        elif rows:
            self.view.selectRow(0)

    def selected(self) -> Path | None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            return self.model.row(row).path
        return None


def backup_label(made: backup.BackupInfo) -> str:
    """A backup as the delegate knows it from the Backups list: when it was made, in the
    interface's date format, and why ("01/12/2026 02:41:49 (made by hand)"), never its file's
    name (trial 14: "lu-20261201-024149-243660-manual.db")."""
    when = dates.format_utc(made.created, seconds=True)
    return f"{when} ({_reason(made.reason)})"


def backup_label_of(db_path: Path, chosen: Path) -> str:
    """:func:`backup_label` of the backup file ``chosen`` of ``db_path``; its file name when it
    is not (or no longer) one of the database's backups."""
    for made in backup.list_backups(db_path):
        if made.path == chosen:
            return backup_label(made)
    return chosen.name


def confirm_restore(parent: QWidget | None, label: str) -> bool:
    """Ask before replacing the database by the backup ``label`` (:func:`backup_label`)."""
    answer = QMessageBox.question(
        parent,
        tr("Restore backup"),
        i18n.filled(
            tr(
                "Replace the database by the backup of %1?\n\nThe current file is not deleted: "
                "it is kept aside in the backups folder."
            ),
            label,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _details_box(db_path: Path, problem: str, parent: QWidget) -> QPlainTextEdit:
    """The check's own words (SQLite's, English) for whoever helps, hidden until "Details"."""
    box = QPlainTextEdit(f"{db_path}\n{problem}", parent)
    box.setObjectName("restoreDetailsText")
    box.setReadOnly(True)
    box.setVisible(False)
    return box


class RestoreDialog(QDialog):
    """Shown at start when the database is damaged: one line (the cause and what to do), the
    check's own words behind "Details" (and in the log), and the backups only when there are
    some, the newest good one selected (trial 14: several English lines quoting SQLite, and
    "your notes are safe in the backups below" over an empty list)."""

    def __init__(self, db_path: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("bnldesk")
        self.db_path = Path(db_path)
        self.result_info: backup.RestoreResult | None = None
        log.warning("%s is damaged: %s", self.db_path, problem)
        self.backups = BackupList(self.db_path, self)
        self.newest_good = backup.newest_good_backup(self.db_path)
        if self.newest_good is not None:
            self.backups.refresh(select=self.newest_good.path)
        # An empty or missing file comes here too (its fault dialog's "Restore a backup...").
        self.lost = not self.db_path.exists() or self.db_path.stat().st_size == 0
        heading = QLabel(
            tr("The database file is lost") if self.lost else tr("The database is damaged")
        )
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.problem = QLabel(self._one_line())
        self.problem.setObjectName("restoreProblem")
        self.problem.setWordWrap(True)
        self.details = _details_box(self.db_path, problem, self)
        self.details_button = QPushButton(tr("Details"))
        self.details_button.setObjectName("restoreDetails")
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.toggled.connect(self.details.setVisible)
        self.backups.setVisible(self.model_has_rows())
        self.restore_button = QPushButton(tr("Restore selected backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setVisible(self.model_has_rows())
        self.restore_button.setEnabled(self.model_has_rows())
        self.restore_button.clicked.connect(self._restore_clicked)
        self.quit_button = QPushButton(tr("Quit"))
        self.quit_button.setDefault(not self.model_has_rows())
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.resize(720, 420 if self.model_has_rows() else 160)

    def _one_line(self) -> str:
        """The cause and what to do, as the backups allow: restore the newest good one, look
        at them (none passes its check), or ask for help (there are none)."""
        name = self.db_path.name
        if self.lost:
            text = (
                tr("%1 is empty or missing: restore the newest good backup, selected below.")
                if self.newest_good is not None
                else tr(
                    "%1 is empty or missing and none of its backups passes its check: quit and "
                    "ask for help before restoring one."
                )
            )
        elif self.newest_good is not None:
            text = tr(
                "%1 is damaged (a disk fault or an interrupted copy): restore the newest good "
                "backup, selected below; the damaged file is kept aside."
            )
        elif self.model_has_rows():
            text = tr(
                "%1 is damaged and none of its backups passes its check: quit and ask for help "
                "before restoring one."
            )
        else:
            text = tr(
                "%1 is damaged and has no backup: quit and ask for help; the file is left as it is."
            )
        return i18n.filled(text, name)

    def model_has_rows(self) -> bool:
        return self.backups.model.rowCount() > 0

    def _restore_clicked(self) -> None:
        self.restore_selected(confirm=True)

    def restore_selected(self, *, confirm: bool = True) -> backup.RestoreResult | None:
        chosen = self.backups.selected()
        if chosen is None:
            return None
        if confirm and not confirm_restore(self, backup_label_of(self.db_path, chosen)):
            return None
        try:
            self.result_info = backup.restore(self.db_path, chosen)
        except backup.BackupError as exc:
            QMessageBox.warning(self, tr("Restore backup"), describe_failure(exc))
            return None
        self.accept()
        return self.result_info


def startup_open(
    db_path: Path,
    *,
    demo: bool = True,
    parent: QWidget | None = None,
    run_dialog: Callable[[RestoreDialog], int] | None = None,
    run_fault_dialog: Callable[[StartupFaultDialog], int] | None = None,
    choose_file: Callable[[Offer, Path], Path | None] | None = None,
) -> GuardedOpen | None:
    """Open the database for the window, asking the delegate what to do when it cannot be.

    A damaged file goes through the restore dialog; every other fault through its own dialog
    (:mod:`bnldesk.ui.fault_dialogs`: try again, open read-only, restore, open another or
    create a new database, quit). Returns None when the delegate quits.
    ``run_dialog``/``run_fault_dialog``/``choose_file`` let tests drive the dialogs (default:
    ``dialog.exec()`` and a file dialog, :func:`choose_database`).
    """
    choose = choose_file or (lambda offer, near: choose_database(offer, near, parent))
    while True:
        try:
            opened = open_guarded(db_path, demo=demo)
        except StoreError as fault:
            dialog = StartupFaultDialog(
                fault, has_backups=bool(backup.list_backups(db_path)), parent=parent
            )
            code = run_fault_dialog(dialog) if run_fault_dialog else dialog.exec()
            choice = dialog.choice if code == QDialog.DialogCode.Accepted else Offer.QUIT
            if choice is Offer.RETRY:
                continue
            if choice is Offer.READ_ONLY:
                read_only = _open_read_only(db_path, fault, parent)
                if read_only is not None:
                    return read_only
                continue
            if choice is Offer.RESTORE and _restored(db_path, str(fault), parent, run_dialog):
                continue
            if choice in (Offer.OPEN_OTHER, Offer.CREATE_NEW):
                chosen = choose(choice, db_path)
                if chosen is not None:
                    db_path = chosen  # the window opens on it (its title names it)
                continue
            return None
        if not opened.damaged:
            if opened.read_only_reason is not None:
                QMessageBox.information(
                    parent, "bnldesk", read_only_text(opened.read_only_reason, db_path)
                )
            return opened
        assert opened.damage is not None
        if not _restored(db_path, "; ".join(opened.damage.problems), parent, run_dialog):
            return None


def choose_database(offer: Offer, near: Path, parent: QWidget | None) -> Path | None:
    """A database file to open (``Offer.OPEN_OTHER``) or to create (``Offer.CREATE_NEW``),
    asked in a file dialog in the folder of ``near``; None when cancelled."""
    pattern = tr("bnldesk databases (*.db);;All files (*)")
    if offer is Offer.CREATE_NEW:
        name, _filter = file_dialogs.get_save_file_name(
            parent, tr("Create a new database"), str(near.with_name("bnldesk-new.db")), pattern
        )
    else:
        name, _filter = file_dialogs.get_open_file_name(
            parent, tr("Open another database"), str(near.parent), pattern
        )
    return Path(name) if name else None


def _restored(
    db_path: Path,
    problem: str,
    parent: QWidget | None,
    run_dialog: Callable[[RestoreDialog], int] | None,
) -> bool:
    dialog = RestoreDialog(db_path, problem, parent)
    code = run_dialog(dialog) if run_dialog else dialog.exec()
    return code == QDialog.DialogCode.Accepted and dialog.result_info is not None


def _open_read_only(db_path: Path, fault: StoreError, parent: QWidget | None) -> GuardedOpen | None:
    try:
        store = open_store(db_path, read_only=True)
    except StoreError as again:
        QMessageBox.warning(parent, "bnldesk", as_sentence(error_text(again)))
        return None
    return GuardedOpen(store, None, read_only_reason=ReadOnlyReason.CHOSEN)


def read_only_text(reason: ReadOnlyReason, db_path: Path) -> str:
    """What the delegate is told when the window opens ``db_path`` read-only, in their language."""
    if reason is ReadOnlyReason.READ_ONLY_ON_DISK:
        text = tr("%1 is read-only on disk: you can read it but not save changes.")
        return text.replace("%1", str(db_path))
    if reason is ReadOnlyReason.OPEN_ELSEWHERE:
        text = tr(
            "%1 is already open in another bnldesk window: this window is read-only, changes"
            " are made in the other one."
        )
        return text.replace("%1", db_path.name)
    return tr("%s is open read-only: you can read but not save changes.") % db_path.name


class BackupsDialog(QDialog):
    """File > Backups: list, back up now, restore after confirmation."""

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        run_restore: Callable[[Path, Callable[[Any], None]], None] | None = None,
        runner: BackgroundBackup | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        # A backup of a big database takes seconds: it runs on a thread of its own, beside the
        # database worker, so the window and its queries go on (without one, it runs here).
        self.runner = runner
        self.setWindowTitle(tr("Backups"))
        self.db_path = db_path
        self.run_restore = run_restore
        intro = QLabel(
            tr(
                "bnldesk backs up the database every 30 minutes of use when something changed, "
                "and before every import, update, restore and merge of notes. Older backups are "
                "thinned out: recent ones, then one per day, week and month."
            )
        )
        intro.setWordWrap(True)
        self.list = BackupList(db_path, self)
        now = QPushButton(tr("Back up now"))
        now.setObjectName("backupNow")
        now.setAutoDefault(False)  # Enter closes the dialog; it does not start a backup
        now.clicked.connect(self.backup_now)
        self.now_button = now
        self.restore_button = QPushButton(tr("Restore..."))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore)
        folder = QLabel(f"<small>{html.escape(str(backups_dir(db_path)))}</small>")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(now)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(folder)
        layout.addLayout(row)
        self.resize(640, 420)

    def backup_now(self) -> None:
        db_path = self.db_path

        def job() -> Path:
            return backup.backup_database(db_path, "manual")

        if self.runner is None:
            try:
                made = job()
            except backup.BackupError as exc:
                QMessageBox.warning(self, tr("Backups"), describe_failure(exc))
                return
            self.list.refresh(select=made)
            return

        def done(made: Path | None) -> None:
            self.now_button.setEnabled(True)
            self.list.refresh(select=made)

        def failed(exc: BaseException) -> None:
            self.now_button.setEnabled(True)
            QMessageBox.warning(self, tr("Backups"), describe_failure(exc))

        if self.runner.start(job, done, failed):
            self.now_button.setEnabled(False)

    def restore(self) -> None:
        chosen = self.list.selected()
        if chosen is None or not confirm_restore(self, backup_label_of(self.db_path, chosen)):
            return
        if self.run_restore is not None:
            self.run_restore(chosen, lambda _r: self.list.refresh())
            return
        try:
            backup.restore(self.db_path, chosen)
        except backup.BackupError as exc:
            QMessageBox.warning(self, tr("Backups"), describe_failure(exc))
        self.list.refresh()


def restore_in_place(store: Store, chosen: Path) -> backup.RestoreResult:
    """The worker job of an in-app restore: close every connection, swap the file, reopen.

    Runs on the one database worker, so no other query holds a connection meanwhile; a
    connection still checked out (a bug) stops the restore before anything is swapped. The
    restored file is brought to the current schema before the next query reads it.
    """
    if store.read_only:
        raise backup.BackupError(
            f"{store.path} is open read-only in this window: restore it where it is open for "
            "writing, or close the other bnldesk window first",
            code="restore_read_only",
            values=(str(store.path),),
        )
    if store.open_connections():  # asked before closing: closing starts a new, empty pool
        raise backup.BackupError(
            f"{store.path} is still in use inside bnldesk; nothing was restored, try again",
            code="restore_in_use",
            values=(str(store.path),),
        )
    store.close()
    result = backup.restore(store.path, chosen)
    prepare(store, demo=False)
    return result


def describe_failure(exc: BaseException) -> str:
    """What a dialog may show of a failure: a delegate's message, capitalised, or a plain
    'internal error' (the details go to the log, never into the dialog)."""
    if isinstance(exc, BnldeskError):
        return as_sentence(error_text(exc))
    log.error("internal error", exc_info=exc)
    return tr(
        "bnldesk met an internal error; nothing was changed. The details are in the log: "
        "please report it."
    )


def restore_in_app(window: Any, chosen: Path, done: Callable[[], None] | None = None) -> None:
    """Restore ``chosen`` into the window's database: pending edits are saved first, the swap
    runs on the worker, then the undo history is cleared and every view is reloaded."""
    window.notes.commit()
    label = backup_label_of(Path(window.store.path), chosen)  # before the restore moves files

    def finished(result: backup.RestoreResult) -> None:
        controller = getattr(window, "controller", None)
        target = window
        if controller is not None:
            target = controller.reopen_after_restore() or window
        else:
            window.undo_stack.clear()
            window.changes.announce(OpChanges.everything())
        if done is not None:
            done()
        kept = (
            tr("The replaced database is kept at %s.") % result.set_aside
            if result.set_aside
            else ""
        )
        QMessageBox.information(
            target,
            tr("Backups"),
            (i18n.filled(tr("Restored the backup of %1."), label) + " " + kept).strip(),
        )

    def failed(exc: BaseException) -> None:
        if done is not None:
            done()
        QMessageBox.warning(window, tr("Backups"), describe_failure(exc))

    window.worker.run(lambda store: restore_in_place(store, chosen), finished, failed)


def check_report_text(report: CheckReport) -> str:
    """Plain words first (a delegate's question is "are my notes safe?"), then the details
    for whoever supports them."""
    if report.ok:
        head = tr(
            "The database is in good order: its structure, the links between its records and "
            "the search index were checked."
        )
    else:
        head = tr(
            "The database is damaged. Your notes may be incomplete: open File > Backups... "
            "and restore the newest backup, or ask for help with the details below."
        )
    lines = [head, "", *(_check_line(name, result) for name, result in report.checks)]
    if not report.ok:
        lines += ["", tr("Details for support:"), report.summary()]
    if str(report.path) not in ("", "."):  # a server's report has no file to name
        lines.append(str(report.path))
    return "\n".join(lines)


# The checks a report names (store/check.py, store/check_server.py), in a delegate's words.
_CHECK_NAMES = {
    "integrity_check": QT_TRANSLATE_NOOP("Backups", "Structure of the database file"),
    "quick_check": QT_TRANSLATE_NOOP("Backups", "Structure of the database file"),
    "foreign_key_check": QT_TRANSLATE_NOOP("Backups", "Links between notes, plans and meetings"),
    "fts5 integrity-check": QT_TRANSLATE_NOOP("Backups", "Search index"),
    "search index": QT_TRANSLATE_NOOP("Backups", "Search index"),
    "schema": QT_TRANSLATE_NOOP("Backups", "Database version"),
    "read every table": QT_TRANSLATE_NOOP("Backups", "Every table can be read"),
    "amcheck": QT_TRANSLATE_NOOP("Backups", "The server's own indexes"),
}
_CHECK_RESULTS = {
    "ok": QT_TRANSLATE_NOOP("Backups", "in order"),
    "failed": QT_TRANSLATE_NOOP("Backups", "damaged"),
    "skipped (read-only)": QT_TRANSLATE_NOOP("Backups", "not checked (the file is read-only)"),
    "skipped (extension not installed)": QT_TRANSLATE_NOOP(
        "Backups", "not checked (not available on this server)"
    ),
    "skipped (the administrator's check)": QT_TRANSLATE_NOOP(
        "Backups", "not checked (the administrator checks it)"
    ),
}


def _check_line(name: str, result: str) -> str:
    """One check as a delegate reads it ("Search index: in order"; trial 10: the window
    listed "integrity_check: ok", "fts5 integrity-check: ok"); a check or result this window
    has no words for is shown as the store names it."""
    said_name = _CHECK_NAMES.get(name)
    said_result = _CHECK_RESULTS.get(result)
    return (
        i18n.with_colon(QCoreApplication.translate("Backups", said_name) if said_name else name)
        + " "
        + (QCoreApplication.translate("Backups", said_result) if said_result else result)
    )


def run_check(db_path: Path) -> CheckReport:
    return check_database(db_path)
