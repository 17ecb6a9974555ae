"""Helpers for tests that drive the real window (offscreen); the window fixtures themselves
(``settings``, ``controller``, ``window``) are in conftest.py.

The ``press``/``type_into``/``click`` helpers send real key and mouse events (pytest-qt), as a
delegate's keyboard and mouse would; waits poll with a timeout and fail loudly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from bnldesk.ui.browse.window import MainWindow

WAIT_MS = 10000


def settle(w: MainWindow) -> None:
    """Wait until the worker has answered everything. Callbacks and events processed while
    waiting may queue more jobs, so this waits again until a round ends with none; it fails
    when the worker never becomes idle."""
    for _ in range(20):
        w.worker.wait_idle()
        QApplication.processEvents()
        if w.worker.is_idle():
            return
    raise AssertionError(f"the database worker still has {w.worker.pending()} job(s)")


def activate(qtbot: Any, widget: QWidget) -> None:
    """Show ``widget``'s window and make it the active one (shortcuts need that)."""
    window = widget.window()
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def press(qtbot: Any, widget: QWidget, keys: str | QKeySequence.StandardKey) -> None:
    """Press a shortcut ("Ctrl+K", or a standard key) with ``widget``'s window active."""
    activate(qtbot, widget)
    qtbot.keySequence(widget, QKeySequence(keys))


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying each character of ``text`` (QTest.keyClicks accepts only ASCII:
    accents, emoji and Arabic are typed here as a keyboard layout would send them)."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def type_into(qtbot: Any, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Click into ``widget``, select what it holds (Ctrl+A) when ``replace``, type ``text``."""
    widget.setFocus()
    if replace:
        qtbot.keySequence(widget, QKeySequence(QKeySequence.StandardKey.SelectAll))
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def leave(qtbot: Any, widget: QWidget) -> None:
    """Tab out of ``widget`` (what a delegate does after typing)."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a list or table with the mouse."""
    view.scrollTo(view.model().index(row, column))
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    point: QPoint = rect.center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def wait_for(qtbot: Any, condition: Any, w: MainWindow | None = None) -> None:
    """Poll ``condition`` (letting the worker answer) until it holds; fails after WAIT_MS."""

    def check() -> None:
        if w is not None:
            settle(w)
        assert condition()

    qtbot.waitUntil(check, timeout=WAIT_MS)
