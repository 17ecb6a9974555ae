"""The agenda point's texts fit at 1280x720 in French with "From the notes" shown (trials
16-17, stop 29): the outcome box was cut to a sliver with a scrollbar beside two short lines.
The real Meetings window offscreen at a 1280x720 screen's size, the point clicked."""

from __future__ import annotations

from typing import Any

import pytest
from test_meeting_positions import _positions
from ui_support import click_row, open_meeting, settle, wait_for

from bnldesk.services import meetings
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow

OUTCOME = "Adopté sous réserve du budget.\nÀ revoir en mars."


@pytest.fixture
def settings(settings: Any, request: pytest.FixtureRequest) -> Any:
    settings.set("prefs/language", "fr")
    settings.set("prefs/appearance", request.param)
    return settings


@pytest.mark.parametrize("settings", ["light", "dark"], indirect=True)
def test_the_outcome_shows_two_lines_without_a_scrollbar(
    settings: Any, window: MainWindow, store: Store, qtbot: Any
) -> None:
    meeting_id = _positions(store)
    with store.transaction() as session:
        (point,) = meetings.meeting_detail(session, meeting_id)["agenda"]
        meetings.update_agenda_texts(
            session, point["id"], title=point["title"], position_text="Soutenir.",
            notes="", outcome=OUTCOME,
        )  # fmt: skip
    panel = open_meeting(qtbot, window, meeting_id)
    panel.window().resize(1280, 690)  # a 1280x720 screen under a title bar
    settle(window)
    editor = panel.editor
    click_row(qtbot, editor.agenda_view, 0, 1)
    wait_for(qtbot, lambda: editor.point_outcome.toPlainText() == OUTCOME, window)
    settle(window)
    assert editor.point_gathered.isVisible()
    for box in (editor.point_position, editor.point_notes, editor.point_outcome):
        assert not box.verticalScrollBar().isVisible(), (box.height(), box.objectName())
    assert panel.window().height() <= 690
