"""The Meetings window as a new delegate uses it, driven with keyboard and mouse events on the
real window (offscreen) and checked in the database.

Each test names the defect of the delegate trial (trial report, items 22-28 and the meeting
polish) it guards against; they failed before the fix.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from ui_support import click_row, press, settle, type_into, wait_for

from bnldesk.domain.models import Meeting
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.meetings.panel import MeetingsPanel


def open_meetings(qtbot: Any, w: MainWindow) -> MeetingsPanel:
    press(qtbot, w, "Ctrl+Shift+M")
    settle(w)
    panel = install_meeting_actions(w).meetings_panel()
    assert panel is not None and panel.isVisible()
    return panel


def new_meeting(qtbot: Any, w: MainWindow, workgroup: str = "SENN-CRISE") -> MeetingsPanel:
    panel = open_meetings(qtbot, w)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.editor.workgroup, workgroup)
    return panel


def stored_meetings(store: Store) -> list[tuple[str, dt.datetime | None, dt.datetime | None]]:
    with store.read() as s:
        rows = s.execute(
            select(Meeting.title, Meeting.starts_at, Meeting.ends_at)
            .where(Meeting.deleted_at.is_(None))
            .order_by(Meeting.id)
        ).all()
    return [(title, starts, ends) for title, starts, ends in rows]


def typed(day: dt.date) -> str:
    """A date as a delegate types it: day-month-year with dashes (08-12-2026)."""
    return f"{day:%d-%m-%Y}"


# ------------------------------------------------------------------------------------------
# 22: the end follows the start
# ------------------------------------------------------------------------------------------


def test_moving_the_start_to_another_day_moves_the_end_too(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: When set to another day, then Save said "the meeting ends before it starts"."""
    panel = new_meeting(qtbot, window)
    editor = panel.editor
    later = dt.date.today() + dt.timedelta(days=40)
    type_into(qtbot, editor.starts.date, typed(later))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.meeting_id is not None, window)
    assert not editor.problem.isVisible()
    [(_title, starts, ends)] = stored_meetings(store)
    assert starts == dt.datetime.combine(later, dt.time(10, 0))
    assert ends == dt.datetime.combine(later, dt.time(12, 0))  # two hours, as before


def test_the_end_keeps_the_duration_when_the_start_moves_back_or_changes_time(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    panel = new_meeting(qtbot, window)
    editor = panel.editor
    day = dt.date.today() + dt.timedelta(days=3)  # earlier than the proposed date
    type_into(qtbot, editor.starts.date, typed(day))
    type_into(qtbot, editor.ends.time, "13:30")  # the delegate makes it 3.5 hours
    type_into(qtbot, editor.starts.time, "14:00")  # then moves the start: the end follows
    qtbot.keyClick(editor.starts.time, Qt.Key.Key_Return)  # Enter saves
    wait_for(qtbot, lambda: editor.meeting_id is not None, window)
    [(_title, starts, ends)] = stored_meetings(store)
    assert starts == dt.datetime.combine(day, dt.time(14, 0))
    assert ends == dt.datetime.combine(day, dt.time(17, 30))
    assert editor.ends.time.text() == "17:30"


def test_an_end_typed_before_the_start_is_refused_in_sight(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """The end the delegate types is theirs: an end before the start is marked and said in
    the interface's words, and nothing is stored."""
    panel = new_meeting(qtbot, window)
    editor = panel.editor
    type_into(qtbot, editor.ends.time, "09:00")  # the start is 10:00 the same day
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert editor.meeting_id is None
    assert stored_meetings(store) == []
    assert editor.problem.isVisible()
    assert "ends before it starts" in editor.problem.text()
    assert editor.ends.time.property("invalid") is True
    type_into(qtbot, editor.ends.time, "11:00")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.meeting_id is not None, window)
    assert not editor.problem.isVisible()
    assert editor.ends.time.property("invalid") is False
