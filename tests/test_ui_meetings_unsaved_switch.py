"""Meetings window: clicking an existing meeting while a new one is unsaved asks first, and
the list's selection is always the meeting the editor shows (trial 12, D6: the clicked row was
highlighted while the editor stayed on the unsaved new meeting, without a question).

The real window offscreen, driven by mouse and keys; the answers read back from the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select
from ui_support import answering, click_row, open_meetings, settle, type_into, wait_for

from bnldesk.domain.models import Meeting
from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.panel import MeetingsPanel


def _two_meetings(store: Store) -> None:
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=5), dt.time(10, 0))
    with store.transaction() as s:
        for workgroup, title in (("SENN-CRISE", "Crisisbeheersing"), ("SENN-CRISE", "Terrassen")):
            svc.create_meeting(
                s,
                svc.MeetingFields(
                    workgroup=workgroup,
                    title=title,
                    starts_at=start,
                    ends_at=start + dt.timedelta(hours=2),
                ),
            )


def _row_of(panel: MeetingsPanel, title: str) -> int:
    return next(row for row, meeting in enumerate(panel.model.rows()) if meeting.title == title)


def _selected_rows(panel: MeetingsPanel) -> list[int]:
    return [index.row() for index in panel.view.selectionModel().selectedRows()]


def _a_new_meeting_typed(qtbot: Any, window: MainWindow) -> MeetingsPanel:
    """The Meetings window on "Crisisbeheersing", then New meeting with a title typed."""
    panel = open_meetings(qtbot, window)
    wait_for(qtbot, lambda: panel.model.rowCount() == 2, window)
    click_row(qtbot, panel.view, _row_of(panel, "Crisisbeheersing"))
    wait_for(qtbot, lambda: panel.editor.title.text() == "Crisisbeheersing", window)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.editor.meeting_id is None
    assert _selected_rows(panel) == []  # nothing in the list is what the editor shows
    type_into(qtbot, panel.editor.title, "Nieuw overleg")
    return panel


def _click_and_answer(
    qtbot: Any, panel: MeetingsPanel, title: str, button: QMessageBox.StandardButton
) -> None:
    """Click the meeting ``title`` in the list and answer the question it asks with ``button``
    (fails when no question comes)."""

    def act(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    with answering(qtbot, QApplication.activeModalWidget, act, "the question"):
        click_row(qtbot, panel.view, _row_of(panel, title))


def _meeting_titles(store: Store) -> list[str]:
    with store.read() as s:
        return sorted(s.scalars(select(Meeting.title)).all())


def _count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Meeting)) or 0)


@pytest.mark.parametrize("title", ["Crisisbeheersing", "Terrassen"])
def test_cancel_keeps_the_new_meeting_and_its_row_unselected(
    window: MainWindow, store: Store, qtbot: Any, title: str
) -> None:
    """Either the meeting shown before New (its row was still current) or another one."""
    _two_meetings(store)
    panel = _a_new_meeting_typed(qtbot, window)
    _click_and_answer(qtbot, panel, title, QMessageBox.StandardButton.Cancel)
    settle(window)
    assert panel.editor.meeting_id is None
    assert panel.editor.title.text() == "Nieuw overleg"
    assert _selected_rows(panel) == []
    assert _count(store) == 2
    # A second click asks again (the click before had changed nothing in the list).
    _click_and_answer(qtbot, panel, title, QMessageBox.StandardButton.Discard)
    wait_for(qtbot, lambda: panel.editor.title.text() == title, window)
    assert _selected_rows(panel) == [_row_of(panel, title)]
    assert _meeting_titles(store) == ["Crisisbeheersing", "Terrassen"]  # nothing saved


def test_save_stores_the_new_meeting_then_shows_the_one_clicked(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    _two_meetings(store)
    panel = _a_new_meeting_typed(qtbot, window)
    _click_and_answer(qtbot, panel, "Crisisbeheersing", QMessageBox.StandardButton.Save)
    wait_for(qtbot, lambda: panel.editor.title.text() == "Crisisbeheersing", window)
    settle(window)
    assert _meeting_titles(store) == ["Crisisbeheersing", "Nieuw overleg", "Terrassen"]
    wait_for(qtbot, lambda: panel.model.rowCount() == 3, window)
    settle(window)
    assert _selected_rows(panel) == [_row_of(panel, "Crisisbeheersing")]
    assert panel.model.row(_row_of(panel, "Crisisbeheersing")).id == panel.editor.meeting_id
