"""Running an export on the database worker: a progress dialog with Cancel, the file written
under a temporary name and moved into place, then Saved with Open file / Show in folder (and,
when no program opens it, where the file is).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from bnldesk.domain.errors import BnldeskError
from bnldesk.services.files import ExportError, move_into_place
from bnldesk.store.engine import Store
from bnldesk.ui.error_texts import error_text
from bnldesk.ui.exports.common import tr
from bnldesk.ui.widgets.dialogs import WritingDialog

if TYPE_CHECKING:
    from bnldesk.services.reports import CancelCheck
    from bnldesk.ui.browse.window import MainWindow


# ------------------------------------------------------------------------------------------
# running an export on the worker
# ------------------------------------------------------------------------------------------


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))


def show_in_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve().parent)))


def say_where(parent: QWidget, path: Path, what: str) -> QMessageBox:
    """Opening failed (no viewer, no file manager): say so and give the path to copy."""
    box = QMessageBox(parent)
    box.setObjectName("openFailed")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Export finished"))
    box.setText(what)
    box.setInformativeText(tr("The file is here:") + f"\n{path}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(tr("Copy path"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def done_box(parent: QWidget, path: Path, summary: str) -> QMessageBox:
    """ "Saved ..." with Open file / Show in folder / Close; shown window-modal, not blocking.
    When no program opens the file or its folder, a second message says so, with the path."""
    box = QMessageBox(parent)
    box.setObjectName("exportDone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Export finished"))
    box.setText(tr("Saved %1").replace("%1", path.name))
    box.setInformativeText(f"{summary}\n{path}")
    open_button = box.addButton(tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    open_button.setObjectName("openFile")
    folder_button.setObjectName("showInFolder")

    def open_it() -> None:
        if not open_file(path):
            box.failure = say_where(  # type: ignore[attr-defined]
                parent, path, tr("No program to open this file was found on this computer.")
            )

    def show_folder() -> None:
        if not show_in_folder(path):
            box.failure = say_where(  # type: ignore[attr-defined]
                parent, path, tr("The folder could not be shown: no file manager answered.")
            )

    open_button.clicked.connect(open_it)
    folder_button.clicked.connect(show_folder)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def _progress_dialog(owner: QWidget, path: Path) -> QProgressDialog:
    """ "Writing <file>..." with Cancel, shown window-modal once the export takes a moment."""
    progress = QProgressDialog(
        tr("Writing %1...").replace("%1", path.name), tr("Cancel"), 0, 0, owner
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(tr("Exporting"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    return progress


class _RunningExport:
    """One export under way: its progress dialog, its temporary file and what ends it.

    Cancel sets :attr:`stop`, which the job may check (the Excel export stops at its next
    check); whatever the job does, a cancelled export's file is discarded. ``form``, the
    export's dialog, stays open while the file is written: a fault is shown over it and it
    stays open as set (another folder is one edit away); it closes once the file is saved."""

    def __init__(
        self,
        window: MainWindow,
        owner: QWidget,
        path: Path,
        describe: Callable[[Any], str],
        form: WritingDialog | None = None,
    ) -> None:
        self.window, self.owner, self.path, self.describe = window, owner, path, describe
        self.form = form
        self.partial = path.with_name(f".{path.stem}.partial-{os.getpid()}{path.suffix}")
        self.stop = threading.Event()
        self.progress = _progress_dialog(form or owner, path)
        self.progress.canceled.connect(self.stop.set)
        window.setProperty("exportBusy", True)

    def _close_progress(self) -> None:
        # Closing a progress dialog emits canceled(): the export is over, that is no cancel.
        self.progress.canceled.disconnect()
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()
        self.window.setProperty("exportBusy", False)

    def _discard(self) -> None:
        # The folder may be no folder at all (a file of that name): the fault is still shown.
        with contextlib.suppress(OSError):
            self.partial.unlink(missing_ok=True)

    def _refused(self, text: str) -> None:
        if self.form is not None:
            self.form.refused(text)
        else:
            self.window.show_error(text)

    def _cancelled(self) -> None:
        if self.form is not None:
            self.form.reject()
        self.window.show_message(tr("Export cancelled: nothing was saved."))

    def done(self, result: Any) -> None:
        """The job wrote the temporary file: moved into place and offered, unless cancelled."""
        self._close_progress()
        window, path = self.window, self.path
        if self.stop.is_set():
            self._discard()
            self._cancelled()
            return
        try:
            move_into_place(self.partial, path)
        except ExportError as exc:
            self._discard()
            self._refused(error_text(exc))
            return
        if self.form is not None:
            self.form.written()
        window.export_done_box = done_box(self.owner, path, self.describe(result))  # type: ignore[attr-defined]
        window.show_message(tr("Saved %1").replace("%1", str(path)))

    def failed(self, exc: BaseException) -> None:
        """The job failed: nothing saved; the fault said (over the export's dialog, which
        stays open) unless the delegate cancelled."""
        self._close_progress()
        self._discard()
        if self.stop.is_set():
            self._cancelled()
            return
        # An export fault in the interface language; anything else as its own line.
        shown = error_text(exc) if isinstance(exc, BnldeskError) else str(exc)
        self._refused(shown or exc.__class__.__name__)


def run_export(
    window: MainWindow,
    job: Callable[[Store, Path, CancelCheck], Any],
    path: Path,
    describe: Callable[[Any], str],
    *,
    parent: QWidget | None = None,
    form: WritingDialog | None = None,
) -> None:
    """Run ``job(store, temporary_path, cancelled)`` on the database worker under a progress
    dialog with Cancel, then move the file into place and offer it.

    The export writes to a temporary name beside ``path``; ``cancelled()`` says whether the
    delegate pressed Cancel, which the job may check to stop early. A cancelled export's file
    is discarded, so it leaves no file and never replaces an existing one. ``form``: the
    export's dialog, kept open until the file is in place (see :class:`_RunningExport`)."""
    running = _RunningExport(window, parent or window, path, describe, form)
    window.worker.run(
        lambda store: job(store, running.partial, running.stop.is_set),
        running.done,
        running.failed,
    )
