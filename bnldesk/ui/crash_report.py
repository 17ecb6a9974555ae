"""What the desktop application does with what goes wrong: Qt's messages and uncaught exceptions.

:func:`install` (called by ``bnldesk.ui.app.run_gui``) routes Qt's own warnings to the log file
(``bnldesk.logs``) and turns every uncaught exception, on the GUI thread or a worker thread, into
a log entry with its traceback and one :class:`CrashDialog` that says where the log is and
offers "Copy details" for a support request. Further exceptions while the dialog is open are
added to it rather than opening more dialogs.

:func:`add_debug_action` gives a window a hidden action (Ctrl+Alt+Shift+F12, in no menu) that
raises :class:`DebugCrashError`, so support and the tests can check the whole path.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QThread,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bnldesk import __version__, logs

DEBUG_CRASH_SHORTCUT = "Ctrl+Alt+Shift+F12"

qt_log = logging.getLogger("bnldesk.qt")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class DebugCrashError(RuntimeError):
    """Raised on purpose by the hidden debug action, to check crash reporting."""


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashReport", text)


def qt_message_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A Qt message handler: Qt's debug/info/warning/critical/fatal messages into the log."""
    category = getattr(context, "category", None) or "default"
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)


def describe(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text "Copy details" puts on the clipboard: versions, platform, log file, traceback."""
    log_file = logs.current_log_file()
    head = [
        f"bnldesk {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.platform()} ({platform.machine()}), Qt platform "
        f"{QGuiApplication.platformName() or '?'}",
        f"log file: {log_file if log_file is not None else '(none)'}",
    ]
    return "\n".join([*head, "", *traceback.format_exception(kind, value, tb)]).rstrip()


class CrashDialog(QDialog):
    """One dialog for the unexpected errors of a session: what happened, where the log is,
    "Copy details" and "Open log folder"."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(tr("bnldesk: unexpected error"))
        self.log_file = log_file
        layout = QVBoxLayout(self)
        where = (
            tr("The details are in the log file:") + f"<br><b>{_escape(str(log_file))}</b>"
            if log_file is not None
            else tr("No log file could be written on this computer.")
        )
        message = QLabel(
            tr(
                "bnldesk ran into an error it did not expect. The last change you made may not "
                "have been saved; check it, and consider restarting bnldesk."
            )
            + "<br><br>"
            + where
            + "<br>"
            + tr("When you ask for help, send that file or the copied details.")
        )
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 180)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(tr("Copy details"))
        self.copy_button.setObjectName("copy_details")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_file is not None:
            folder_button = QPushButton(tr("Open log folder"))
            folder_button.clicked.connect(self.open_log_folder)
            buttons.addButton(folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_details(self, details: str) -> None:
        """Another error while the dialog is open: append it."""
        self.details.appendPlainText("\n" + "-" * 40 + "\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CrashReporter(QObject):
    """Installed as ``sys.excepthook`` (chaining to the previous one) and Qt's message handler."""

    _show = Signal(str)  # details; queued to the GUI thread when raised elsewhere

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._show.connect(self._show_dialog)
        sys.excepthook = self.excepthook
        self._previous_qt_handler = qInstallMessageHandler(qt_message_to_log)
        screen = app.primaryScreen()
        logs.log.info(
            "desktop application: PySide6 %s, Qt %s, platform %s, screen %s at %.0f dpi",
            pyside_version,
            qVersion(),
            app.platformName(),
            f"{screen.size().width()}x{screen.size().height()}" if screen else "(none)",
            screen.logicalDotsPerInch() if screen else 0,
        )

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        on_gui_thread = QThread.currentThread() is self.thread()
        logs.log_exception(kind, value, tb, "" if on_gui_thread else "a worker thread")
        self._show.emit(describe(kind, value, tb))
        if sys.__stderr__ is not None:  # a console, when there is one
            traceback.print_exception(kind, value, tb, file=sys.__stderr__)

    def _show_dialog(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(details, logs.current_log_file(), parent)
        self.dialog.setModal(True)
        self.dialog.show()  # not exec(): no nested event loop inside an exception hook
        self.dialog.raise_()

    def uninstall(self) -> None:
        """Put back the exception hook and Qt message handler found at :func:`install`."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_qt_handler)
        if self.dialog is not None:
            self.dialog.close()


def install(app: QApplication) -> CrashReporter:
    """Route Qt's messages to the log and show uncaught exceptions in one dialog."""
    return CrashReporter(app)


def add_debug_action(window: QWidget) -> QAction:
    """A hidden action on ``window`` (Ctrl+Alt+Shift+F12) that raises :class:`DebugCrashError`."""
    # No text: it is in no menu and no shortcut list, and has nothing to translate.
    action = QAction(window)
    action.setObjectName("debug_crash")
    action.setShortcut(QKeySequence(DEBUG_CRASH_SHORTCUT))
    action.triggered.connect(_raise_debug_crash)
    window.addAction(action)
    return action


def _raise_debug_crash() -> None:
    raise DebugCrashError(f"a test error raised on purpose ({DEBUG_CRASH_SHORTCUT})")
