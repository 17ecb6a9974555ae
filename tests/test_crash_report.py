"""An uncaught exception in the desktop application: written to the log with its traceback and
shown in one dialog that offers "Copy details" and names the log file; Qt's warnings go to the log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, qWarning
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from ui_support import WAIT_MS, settle

from bnldesk import logs
from bnldesk.ui import crash_report


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logs.setup_logging("info", db_path=tmp_path / "bnldesk.db", folder=tmp_path / "log")
    assert path is not None
    yield path
    logs.shutdown_logging()


@pytest.fixture
def reporter(qapp: QApplication, log_file: Path) -> Iterator[crash_report.CrashReporter]:
    installed = crash_report.install(qapp)
    yield installed
    installed.uninstall()


def _press_debug_crash(window: Any, qtbot: Any) -> None:
    """The hidden shortcut, typed on the main window as a support person would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F12,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )


# pytest-qt would turn the exception into a test failure; here it is the thing under test.
@pytest.mark.qt_no_exception_capture
def test_forced_exception_is_logged_and_shown_in_one_dialog(
    reporter: crash_report.CrashReporter, window: Any, qtbot: Any, log_file: Path
) -> None:
    _press_debug_crash(window, qtbot)
    qtbot.waitUntil(
        lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = reporter.dialog
    assert dialog is not None

    log = log_file.read_text(encoding="utf-8")
    assert "CRITICAL bnldesk" in log and "uncaught exception" in log
    assert "Traceback (most recent call last)" in log
    assert "DebugCrashError: a test error raised on purpose" in log

    # The dialog names the log file; "Copy details" puts versions and traceback on the clipboard.
    texts = " ".join(label.text() for label in dialog.findChildren(crash_report.QLabel))
    assert str(log_file) in texts
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("bnldesk ")
    assert f"log file: {log_file}" in copied
    assert "DebugCrashError: a test error raised on purpose" in copied

    # A second error while the (modal) dialog is open, from a timer as from background work,
    # joins it instead of opening another dialog.
    QTimer.singleShot(0, window.findChild(QAction, "debug_crash").trigger)
    qtbot.waitUntil(
        lambda: dialog.details.toPlainText().count("DebugCrashError:") == 2, timeout=WAIT_MS
    )
    assert reporter.dialog is dialog
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, crash_report.CrashDialog)]
    assert [d for d in dialogs if d.isVisible()] == [dialog]
    assert log_file.read_text(encoding="utf-8").count("DebugCrashError: a test error") == 2

    dialog.reject()
    settle(window)


def test_qt_warnings_go_to_the_log(reporter: crash_report.CrashReporter, log_file: Path) -> None:
    qWarning("a Qt warning about something on screen")
    log = log_file.read_text(encoding="utf-8")
    assert "WARNING bnldesk.qt" in log
    assert "a Qt warning about something on screen" in log


def test_uninstall_puts_back_the_previous_hooks(qapp: QApplication, log_file: Path) -> None:
    import sys

    before = sys.excepthook
    installed = crash_report.install(qapp)
    assert sys.excepthook == installed.excepthook
    installed.uninstall()
    assert sys.excepthook is before
