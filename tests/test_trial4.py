"""Defects the fourth delegate trial found (besides data loss and privacy, which have files of
their own): each driven in the real window or through the command line, then checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import answering, settle

from bnldesk.ui.meetings.features import ShareDialog, install_meeting_actions


def test_working_ends_when_the_share_job_ends(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """'Working...' stayed on behind the "Wrote ... .bnlnotes" message (and after it)."""
    features = install_meeting_actions(window)
    busy: list[bool] = []
    window.worker.busy_changed.connect(busy.append)
    bundle = tmp_path / "voor-anna.bnlnotes"

    def fill_and_save(dialog: ShareDialog) -> None:
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(bundle))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    said: list[tuple[str, list[bool], str]] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append((box.text(), list(busy), window.status.busy.text()))
        box.accept()

    def message_box() -> QMessageBox | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QMessageBox) else None

    with answering(qtbot, QApplication.activeModalWidget, fill_and_save, "the share dialog"):
        features.share()
    with answering(qtbot, message_box, read_and_close, "the written message"):
        settle(window)
    settle(window)
    text, busy_then, status_then = said[0]
    assert str(bundle) in text
    assert busy_then[-1] is False and status_then == ""  # over while the message is read
    assert window.status.busy.text() == ""
