"""The meeting window's look at 1280x720 in Dutch (trial 13): the meeting's date and time are
never cut by its title ("Directiecomite mobiliteit · ma 07/12/2…")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from ui_support import open_meeting, settle

from bnldesk.services import meetings as service
from bnldesk.store.engine import Store
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
