"""The Meetings window as trial 14 found it awkward: it opened on an empty "New meeting" with a
meeting next week; Escape did not close it; Ctrl+Shift+E (the Excel list) did nothing in it;
the "Removed point / Undo" line pushed the agenda down a line, and the next click hit the row
below. The real window offscreen, keys sent to the window (whatever has the focus gets them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from ui_support import answering, click_row, open_meetings, settle, type_into, wait_for

from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.panel import MeetingsPanel


def _meeting(store: Store, title: str, days: int, points: tuple[str, ...] = ()) -> int:
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=days), dt.time(10, 0))
    with store.transaction() as s:
        meeting = svc.create_meeting(
            s,
            svc.MeetingFields(title=title, starts_at=start, ends_at=start + dt.timedelta(hours=2)),
        )
        for point in points:
            svc.add_agenda_item(s, meeting.id, svc.AgendaFields(title=point))
        return meeting.id


def _current_title(panel: MeetingsPanel) -> str | None:
    index = panel.view.currentIndex()
    return panel.model.row(index.row()).title if index.isValid() else None


@pytest.mark.parametrize(
    ("days", "opened"),
    [((-30, 7, 14), "in 7 days"), ((-30, -3), "3 days ago"), ((), None)],
    ids=["one to come", "all past", "none"],
)
def test_the_window_opens_on_the_next_meeting(
    store: Store, window: MainWindow, qtbot: Any, days: tuple[int, ...], opened: str | None
) -> None:
    """The next meeting to come (else the latest) is shown and current in the list; without
    meetings, the empty form of a new one."""
    for offset in days:
        _meeting(store, f"in {offset} days" if offset > 0 else f"{-offset} days ago", offset)
    window.show()
    panel = open_meetings(qtbot, window)
    if opened is None:
        settle(window)
        assert panel.editor.meeting_id is None
        return
    wait_for(qtbot, lambda: panel.editor.title.text() == opened, window)
    assert _current_title(panel) == opened
    assert not panel.editor.has_unsaved()


def test_a_new_meeting_asked_for_is_not_replaced(
    store: Store, window: MainWindow, qtbot: Any
) -> None:
    """Meetings > New meeting opens the window on an empty form, even with one to come."""
    from bnldesk.ui.meetings.features import install_meeting_actions

    _meeting(store, "next week", 7)
    window.show()
    install_meeting_actions(window).new_meeting()
    settle(window)
    panel = install_meeting_actions(window).meetings_panel()
    assert panel is not None
    settle(window)
    assert panel.editor.meeting_id is None and panel.editor.title.text() == ""


def _escape(tool: QWidget) -> None:
    handle = tool.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Escape)


@pytest.mark.parametrize("focus_list", [False, True], ids=["focus as opened", "focus in list"])
def test_escape_closes_the_window_on_a_meeting(
    store: Store, window: MainWindow, qtbot: Any, focus_list: bool
) -> None:
    """Escape with the focus where the window put it (or in the list) closes it."""
    _meeting(store, "next week", 7)
    window.show()
    panel = open_meetings(qtbot, window)
    wait_for(qtbot, lambda: panel.editor.meeting_id is not None, window)
    tool = panel.window()
    tool.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tool)
    if focus_list:
        panel.view.setFocus()
    _escape(tool)
    qtbot.waitUntil(lambda: not tool.isVisible())
    assert window.isVisible()


def test_escape_on_an_unsaved_new_meeting_asks_as_ctrl_w(
    store: Store, window: MainWindow, qtbot: Any
) -> None:
    """A new meeting typed and not saved: Escape asks (save, discard, cancel) as Ctrl+W does;
    Cancel keeps the window and the text."""
    window.show()
    panel = open_meetings(qtbot, window)
    editor = panel.editor
    type_into(qtbot, editor.place, "Luxembourg")
    tool = panel.window()
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    def question() -> QMessageBox | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QMessageBox) else None

    with answering(qtbot, question, cancel, "the unsaved meeting question"):
        _escape(tool)
    assert asked and tool.isVisible()
    assert editor.place.text() == "Luxembourg"


def test_ctrl_shift_e_in_the_meetings_window_opens_the_excel_list(
    window: MainWindow, qtbot: Any
) -> None:
    """The main window's Ctrl+Shift+E (Export Excel list) works with the Meetings window
    active, as Ctrl+Q does."""
    window.show()
    panel = open_meetings(qtbot, window)
    tool = panel.window()
    tool.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tool)
    seen: list[QDialog] = []

    def find() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QDialog) else None

    def close(dialog: QDialog) -> None:
        seen.append(dialog)
        dialog.reject()

    with answering(qtbot, find, close, "the Excel export dialog"):
        handle = tool.windowHandle()
        assert handle is not None
        QTest.keyClick(
            handle,
            Qt.Key.Key_E,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert seen and type(seen[0]).__name__ != "QMessageBox"
    assert "xcel" in seen[0].windowTitle()


def _places(panel: MeetingsPanel) -> tuple[QPoint, QPoint, QPoint]:
    editor = panel.editor
    tool = panel.window()
    return (
        editor.agenda_view.mapTo(tool, QPoint(0, 0)),
        editor.new_point.mapTo(tool, QPoint(0, 0)),
        editor.remove_button.mapTo(tool, QPoint(0, 0)),
    )


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_the_undo_line_and_a_problem_move_no_row(
    store: Store, window: MainWindow, qtbot: Any, size: tuple[int, int]
) -> None:
    """ "Removed point ... Undo" and a refused date shown and gone again: the agenda, its
    field and its buttons stay where they were."""
    _meeting(store, "next week", 7, ("Tour de table", "Divers", "Calendrier"))
    window.show()
    panel = open_meetings(qtbot, window)
    panel.window().resize(*size)
    editor = panel.editor
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 3, window)
    QApplication.processEvents()
    before = _places(panel)
    click_row(qtbot, editor.agenda_view, 1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.notice.isVisible(), window)
    QApplication.processEvents()
    assert _places(panel) == before
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 3, window)
    QApplication.processEvents()
    assert not editor.notice.isVisible()
    assert _places(panel) == before
    type_into(qtbot, editor.starts.date, "31/02/2027")
    qtbot.keyClick(editor.starts.date, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.problem.isVisible(), window)
    QApplication.processEvents()
    assert _places(panel) == before
