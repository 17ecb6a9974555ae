"""What the ninth delegate re-check left on the window (trial 9 N3, N4, N5), each driven with
keys and mouse as the delegate did, then checked in the database or on the screen."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QToolTip
from sqlalchemy import func, select
from test_ui_trial import _actions, _in_language, _open_due_editor, _window_on_a_note
from ui_support import WAIT_MS, open_meetings, settle, type_text, wait_for

from bnldesk.domain.models import Meeting
from bnldesk.store.engine import Store
from bnldesk.ui import dates
from bnldesk.ui.browse.window import MainWindow

# ------------------------------------------------------------------------------------------
# N4: a refused due date moves nothing (the next click on Add landed on a date cell)
# ------------------------------------------------------------------------------------------


TITLES = (
    "Standpunt rondsturen",
    "Nota voor de minister",
    "Draaiboek oefening",
    "Vergadering voorbereiden",
    "Verslag delen",
)


def _add_button_place(w: MainWindow) -> QPoint:
    button = w.notes.add_action_button
    return button.mapTo(w, QPoint(0, 0))


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_refused_due_date_moves_nothing(
    store: Store, settings: Any, qtbot: Any, language: str
) -> None:
    """Before: the red line under the action table was scrolled into view, and the form with
    the Add button moved up by about 25 px; the next click on Add opened the first action's
    due date, and the next date typed went into it."""
    with _in_language(store, settings, language) as controller:
        w = _window_on_a_note(controller.open_window(restore=False), store, qtbot)
        w.resize(1280, 720)
        settle(w)
        add = w.notes.add_action_button
        for title in TITLES[:2]:  # two by mouse and keys, as the delegate did
            qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
            settle(w)
            title_editor = QApplication.focusWidget()  # the new row's Action cell, opened
            assert isinstance(title_editor, QLineEdit)
            title_editor.selectAll()
            type_text(title_editor, title)
            qtbot.keyClick(title_editor, Qt.Key.Key_Return)
            settle(w)
        for title in TITLES[2:]:
            w.notes.add_action(title)
            settle(w)
        wait_for(qtbot, lambda: sorted(t for t, _o, _d in _actions(store)) == sorted(TITLES), w)
        # The pane is scrolled to its top, the line under the table out of sight.
        w.panes.notes_scroll.verticalScrollBar().setValue(0)
        QApplication.processEvents()
        before = _add_button_place(w)
        table_before = w.notes.actions_view.mapTo(w, QPoint(0, 0))
        due = _open_due_editor(w, qtbot)
        type_text(due, "31/02/2026")
        qtbot.keyClick(due, Qt.Key.Key_Return)
        settle(w)
        qtbot.waitUntil(lambda: "31/02/2026" in w.notes.saved_label.toolTip(), timeout=WAIT_MS)
        QApplication.processEvents()
        assert _add_button_place(w) == before
        assert w.notes.actions_view.mapTo(w, QPoint(0, 0)) == table_before
        # Said where the delegate looks: a balloon on the cell, the reason whole.
        qtbot.waitUntil(lambda: "31/02/2026" in QToolTip.text(), timeout=WAIT_MS)
        assert dates.example_date() in QToolTip.text()
        # A click where Add was adds an action item; no date went into the first one.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton, pos=add.rect().center())
        wait_for(qtbot, lambda: len(_actions(store)) == len(TITLES) + 1, w)
        assert {due for _t, _o, due in _actions(store)} == {None}


# ------------------------------------------------------------------------------------------
# N3: Escape in a new meeting's Workgroup field closes nothing
# ------------------------------------------------------------------------------------------


def test_escape_in_a_new_meetings_workgroup_field_closes_nothing(
    window: MainWindow, qtbot: Any, store: Store
) -> None:
    """Before: with no completer open, Escape in the field asked "The new meeting is not saved
    yet. Save it?" and would close the window. Now a completer takes the first Escape, and
    Escape with none open leaves the window and the typed text; nothing is saved or lost."""
    window.show()
    panel = open_meetings(qtbot, window)
    tool = panel.window()
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(window)
    field = editor.workgroup
    field.setFocus()
    qtbot.keyClicks(field, "SENN-CRI")
    settle(window)
    completer = field.completer()
    if completer is not None and completer.popup().isVisible():
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Escape)  # the completer's own Escape
        assert not completer.popup().isVisible()
    with _questions_cancelled() as asked:
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        settle(window)
    assert asked == [], "a question was asked"
    assert tool.isVisible() and field.text() == "SENN-CRI"
    assert _meeting_count(store) == 0
    # Once nothing is being edited, Escape closes the window (the fourth trial's wish).
    field.clear()
    editor.title.clear()
    assert not editor.has_unsaved()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tool.isVisible(), timeout=WAIT_MS)
    assert window.isVisible()


def _meeting_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Meeting)) or 0)


@contextlib.contextmanager
def _questions_cancelled() -> Iterator[list[str]]:
    """The texts of the questions (message boxes) asked inside the block, each answered with
    Cancel so that the block goes on (the old code asked, and waited for an answer)."""
    asked: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(cancel)
    poll.start()
    try:
        yield asked
    finally:
        poll.stop()
