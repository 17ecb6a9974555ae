"""Backups in the window: the list, "Back up now", restore after confirmation, and at start the
restore dialog for a damaged database (offering the newest good backup).

Restoring never overwrites the current file: it is moved aside by the backup service, and the
dialog says where.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.guard import GuardedOpen, open_guarded
from bnldesk.store.check import CheckReport, check_database
from bnldesk.store.engine import Store
from bnldesk.ui.meetings.start_page import RowsModel, make_table

Row = dict[str, Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


REASONS = {
    "auto": "automatic",
    "manual": "made by hand",
    "before-receive": "before receiving notes",
    "before-import": "before an import",
    "before-restore": "before a restore",
}


def _reason(reason: str) -> str:
    if reason.startswith("before-migrate"):
        return tr("before updating the database")
    return tr(REASONS.get(reason, reason))


def backup_rows(db_path: Path) -> list[Row]:
    return [
        {
            "path": b.path,
            "label": b.label,
            "when": b.label.rsplit(" (", 1)[0],
            "reason": _reason(b.reason),
            "size": _size(b.size),
        }
        for b in backup.list_backups(db_path)
    ]


class BackupList(QWidget):
    """The backups of one database, newest first."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.model = RowsModel(
            [(tr("Made"), "when"), (tr("Why"), "reason"), (tr("Size"), "size")], self
        )
        self.view = make_table(self.model, "backupList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        rows = backup_rows(self.db_path)
        self.model.set_rows(rows)
        paths = [r["path"] for r in rows]
        if select in paths:
            self.view.selectRow(paths.index(select))
        elif rows:
            self.view.selectRow(0)

    def selected(self) -> Path | None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            path = self.model.row(row)["path"]
            return Path(path)
        return None


def confirm_restore(parent: QWidget | None, label: str) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Restore backup"),
        tr(
            "Replace the database by the backup of %s?\n\nThe current file is not deleted: "
            "it is kept aside in the backups folder."
        )
        % label,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Shown at start when the database is damaged: explains, and offers the newest good backup."""

    def __init__(self, db_path: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("The database is damaged"))
        self.db_path = Path(db_path)
        self.result_info: backup.RestoreResult | None = None
        heading = QLabel(tr("bnldesk cannot use its database"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.problem = QLabel(
            tr(
                "The file %1 failed its check (%2). This happens after a crash of the disk or "
                "a copy that was interrupted. Your notes are safe in the backups below: restore "
                "the newest good one. The damaged file is kept aside, not deleted."
            )
            .replace("%1", str(self.db_path))
            .replace("%2", problem)
        )
        self.problem.setWordWrap(True)
        self.backups = BackupList(self.db_path, self)
        self.newest_good = backup.newest_good_backup(self.db_path)
        if self.newest_good is not None:
            self.backups.refresh(select=self.newest_good.path)
        self.none_label = QLabel(
            tr("There is no usable backup. Close bnldesk and ask for help before doing anything.")
        )
        self.none_label.setVisible(self.newest_good is None)
        self.restore_button = QPushButton(tr("Restore selected backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(self.model_has_rows())
        self.restore_button.clicked.connect(self._restore_clicked)
        quit_button = QPushButton(tr("Quit"))
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.none_label)
        layout.addLayout(buttons)
        self.resize(720, 420)

    def model_has_rows(self) -> bool:
        return self.backups.model.rowCount() > 0

    def _restore_clicked(self) -> None:
        self.restore_selected(confirm=True)

    def restore_selected(self, *, confirm: bool = True) -> backup.RestoreResult | None:
        chosen = self.backups.selected()
        if chosen is None:
            return None
        if confirm and not confirm_restore(self, chosen.name):
            return None
        try:
            self.result_info = backup.restore(self.db_path, chosen)
        except backup.BackupError as exc:
            QMessageBox.warning(self, tr("Restore backup"), str(exc))
            return None
        self.accept()
        return self.result_info


def startup_open(
    db_path: Path,
    *,
    demo: bool = True,
    parent: QWidget | None = None,
    run_dialog: Callable[[RestoreDialog], int] | None = None,
) -> GuardedOpen | None:
    """Open the database for the window; a damaged one goes through the restore dialog first.

    Returns None when the delegate quits instead of restoring. ``run_dialog`` lets tests drive
    the dialog (default: ``dialog.exec()``).
    """
    for _attempt in range(3):
        opened = open_guarded(db_path, demo=demo)
        if not opened.damaged:
            for notice in opened.notices:
                QMessageBox.information(parent, "bnldesk", notice)
            return opened
        assert opened.damage is not None
        dialog = RestoreDialog(db_path, "; ".join(opened.damage.problems), parent)
        code = run_dialog(dialog) if run_dialog else dialog.exec()
        if code != QDialog.DialogCode.Accepted or dialog.result_info is None:
            return None
    return None


class BackupsDialog(QDialog):
    """File > Backups: list, back up now, restore after confirmation."""

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        run_restore: Callable[[Path, Callable[[Any], None]], None] | None = None,
        worker: Any | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        # The window's database worker: a backup of a big database takes seconds, which must
        # not freeze the window (without one, as at start-up, it runs here).
        self.worker = worker
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
        if self.worker is None:
            try:
                made = backup.backup_database(db_path, "manual")
            except backup.BackupError as exc:
                QMessageBox.warning(self, tr("Backups"), str(exc))
                return
            self.list.refresh(select=made)
            return

        def done(made: Path) -> None:
            self.now_button.setEnabled(True)
            self.list.refresh(select=made)

        def failed(exc: BaseException) -> None:
            self.now_button.setEnabled(True)
            QMessageBox.warning(self, tr("Backups"), str(exc))

        self.now_button.setEnabled(False)
        self.worker.run(lambda _store: backup.backup_database(db_path, "manual"), done, failed)

    def restore(self) -> None:
        chosen = self.list.selected()
        if chosen is None or not confirm_restore(self, chosen.name):
            return
        if self.run_restore is not None:
            self.run_restore(chosen, lambda _r: self.list.refresh())
            return
        try:
            backup.restore(self.db_path, chosen)
        except backup.BackupError as exc:
            QMessageBox.warning(self, tr("Backups"), str(exc))
        self.list.refresh()


def restore_in_place(store: Store, chosen: Path) -> backup.RestoreResult:
    """The worker job of an in-app restore: close the pooled connections, swap the file.

    Runs on the one database worker, so no other query holds a connection meanwhile; the next
    query opens the restored file at the same path.
    """
    backup.backup_store(store, "before-restore")
    store.engine.dispose()
    return backup.restore(store.path, chosen)


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
    lines = [head, "", *(f"{name}: {result}" for name, result in report.checks)]
    if not report.ok:
        lines.append(report.summary())
    lines.append(str(report.path))
    return "\n".join(lines)


def run_check(db_path: Path) -> CheckReport:
    return check_database(db_path)
