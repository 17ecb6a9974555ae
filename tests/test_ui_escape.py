"""Escape closes or cancels every window and dialog but the main window (fourth delegate trial:
Escape did nothing in the Meetings window). Escape and Ctrl+W close the Meetings window like its
close button, asking about what is typed and unsaved first (trial 14).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from shiboken6 import isValid
from ui_support import WAIT_MS, answering, go_to, open_meetings, press, settle

from bnldesk.ui.actions import ActionId
from bnldesk.ui.meetings.features import install_meeting_actions


def _tool_window(widget: QWidget) -> QWidget:
    return widget.window()


def test_escape_closes_the_meetings_window_from_a_field(window: Any, qtbot: Any) -> None:
    window.show()
    panel = open_meetings(qtbot, window)
    tool = _tool_window(panel)
    field = panel.findChild(QLineEdit)
    assert field is not None
    tool.activateWindow()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)
    assert window.isVisible()  # the main window stays


@pytest.mark.parametrize("which", ["start page", "conflicts"])
def test_escape_closes_the_other_windows(window: Any, qtbot: Any, which: str) -> None:
    window.show()
    features = install_meeting_actions(window)
    panel = features.show_start_page() if which == "start page" else features.show_conflicts()
    settle(window)
    tool = _tool_window(panel)
    assert tool.isVisible()
    focus = tool.focusWidget() or tool
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)


def test_escape_on_an_unsaved_meeting_asks_as_ctrl_w(window: Any, qtbot: Any) -> None:
    """Escape while a new meeting is typed but not saved asks, as Ctrl+W and the close button
    do (trial 14: Escape did nothing; trial 9's worry, a question where none was expected, is
    a question that loses nothing); Cancel keeps the window and what was typed."""
    window.show()
    install_meeting_actions(window).new_meeting()
    settle(window)
    panel = install_meeting_actions(window).meetings_panel()
    assert panel is not None
    tool = _tool_window(panel)
    editor = panel.editor
    editor.place.setFocus()
    qtbot.keyClicks(editor.place, "Zaal 2")
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    def question() -> QMessageBox | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QMessageBox) else None

    for keys in ("Escape", "Ctrl+W"):
        with answering(qtbot, question, cancel, f"the unsaved meeting question ({keys})"):
            editor.place.setFocus()
            press(qtbot, editor.place, keys)  # the window active again after the question
        assert len(asked) == (1 if keys == "Escape" else 2) and tool.isVisible()
        assert editor.place.text() == "Zaal 2"


DIALOGS = [
    ActionId.PREFERENCES,
    ActionId.SHORTCUTS,
    ActionId.QUICK_OPEN,
    ActionId.EXPORT_PDF,
    ActionId.EXPORT_EXCEL,
]


@pytest.mark.parametrize("action", DIALOGS, ids=[a.value for a in DIALOGS])
def test_escape_cancels_every_dialog(window: Any, qtbot: Any, action: ActionId) -> None:
    window.show()
    install_meeting_actions(window)
    go_to(qtbot, window, "SENN-CRISE")  # a subject for the brief and the workbook
    seen: list[QWidget] = []

    def find() -> QWidget | None:
        widget = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(widget, QDialog) and widget is not window:
            return widget
        return None

    def escape(dialog: QDialog) -> None:
        seen.append(dialog)
        target = dialog.focusWidget() or dialog
        qtbot.keyClick(target, Qt.Key.Key_Escape)

    with answering(qtbot, find, escape, f"the dialog of {action.value}"):
        window.registry[action].trigger()
    settle(window)
    assert seen
    assert not isValid(seen[0]) or not seen[0].isVisible()
    assert type(seen[0]).__name__ != "QMessageBox", "a message instead of the dialog"
