"""The meeting window's look at 1280x720 in Dutch (trial 13): the meeting's date and time are
never cut by its title ("Directiecomite mobiliteit · ma 07/12/2…")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import activate, open_meeting, settle

from bnldesk.services import meetings as service
from bnldesk.store.engine import Store
from bnldesk.ui.app import load_style
from bnldesk.ui.browse.window import MainWindow


@pytest.fixture
def settings(settings: Any) -> Any:
    settings.set("prefs/language", "nl")
    settings.set("prefs/appearance", "dark")
    return settings


def test_the_meetings_date_is_whole_under_its_title(
    settings: Any, window: MainWindow, store: Store, qtbot: Any, tmp_path: Path
) -> None:
    with store.transaction() as session:
        meeting = service.create_meeting(
            session,
            service.MeetingFields(
                workgroup="VE-DIR",
                title="Directiecomite mobiliteit",
                starts_at=dt.datetime(2026, 12, 7, 10, 0),
            ),
        )
        meeting_id = int(meeting.id)
    panel = open_meeting(qtbot, window, meeting_id)
    panel.window().resize(1280, 690)  # a 1280x720 screen under a title bar
    settle(window)
    editor = panel.editor
    assert editor.heading.shown_text() == "Directiecomite mobiliteit"
    when = editor.when_line.shown_text()
    assert "07/12/2026" in when and "10:00" in when and not when.endswith("…"), when
    assert panel.window().grab().save(str(tmp_path / "meeting-nl-dark-1280.png"))


def test_tab_into_the_empty_agenda_shows_where_the_focus_is(
    settings: Any, window: MainWindow, store: Store, qtbot: Any, request: Any
) -> None:
    with store.transaction() as session:
        meeting_id = int(
            service.create_meeting(
                session, service.MeetingFields(workgroup="VE-DIR", title="Leeg overleg")
            ).id
        )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    load_style(app)  # the application's style sheet, as bnldesk starts with it
    request.addfinalizer(lambda: app.setStyleSheet(""))
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    table = editor.agenda_view
    assert editor.agenda_model.rowCount() == 0
    activate(qtbot, panel.window())
    before = table.grab().toImage()
    editor.video.setFocus()
    for _press in range(12):  # Tab on, as the delegate did, until the agenda has the focus
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if table.hasFocus():
            break
    assert table.hasFocus(), QApplication.focusWidget()
    after = table.grab().toImage()
    assert after != before  # the empty table looks focused
