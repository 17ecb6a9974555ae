"""The meeting's agenda gives the point's title the room (trial 16: the empty "Our position"
and "Outcome" columns shared the width equally with the title and cut it to "Strategische
werkgroep Crisisbe…"): empty, they are as narrow as their titles; typed in the point's form and
saved, they widen to show their text, up to a quarter of the table each, the title keeping the
most. The real Meetings window offscreen, driven by mouse and keys."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from ui_support import click_row, open_meeting, settle, type_into, wait_for

from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets.headers import title_widths

TITLE = "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
POSITION = "Steun, mits de kosten binnen het bestaande budget blijven"


def _meeting(store: Store) -> int:
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=6), dt.time(10, 0))
    with store.transaction() as s:
        meeting = svc.create_meeting(
            s, svc.MeetingFields(title="Overleg", starts_at=start, ends_at=start)
        )
        for point in (TITLE, "Rondvraag"):
            svc.add_agenda_item(s, meeting.id, svc.AgendaFields(title=point))
        return meeting.id


def _widths(view: QTableView) -> list[int]:
    return [view.columnWidth(column) for column in range(view.model().columnCount())]


def test_the_title_gets_the_room_and_a_filled_position_is_shown(
    store: Store, window: MainWindow, qtbot: Any
) -> None:
    window.show()
    panel = open_meeting(qtbot, window, _meeting(store))
    editor = panel.editor
    view = editor.agenda_view
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 2, window)
    settle(window)
    titles = title_widths(view)
    empty = _widths(view)
    assert empty[1] == max(empty), empty
    for column in (3, 4):  # empty: as narrow as its title, which stays whole
        hint = view.horizontalHeader().sectionSizeHint(column)
        assert hint <= empty[column] <= titles[column] + 16, (column, empty, titles)

    click_row(qtbot, view, 0)
    wait_for(qtbot, lambda: editor.point_title.text() == TITLE, window)
    type_into(qtbot, editor.point_position, POSITION)
    qtbot.mouseClick(editor.save_point_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.agenda_model.row(0).position_text == POSITION, window)
    settle(window)
    filled = _widths(view)
    quarter = view.viewport().width() // 4
    shown = min(view.fontMetrics().horizontalAdvance(POSITION), quarter)
    assert shown <= filled[3] <= quarter + 1 and filled[3] > empty[3], (filled, empty, quarter)
    assert filled[1] == max(filled), filled
    assert editor.agenda_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == POSITION
