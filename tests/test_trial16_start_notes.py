"""The start page's recently changed notes give the note's text the room (trial 16: a wide "On"
column, the whole workgroup name, squeezed the note to "Oefeni…" at 1920x1080 and 125 %): what
a note is on is at most a quarter of the card, a workgroup by its code, elided otherwise, and
whole in its tooltip."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bnldesk.ui.meetings.rows import RecentNoteRow, StartPageRows
from bnldesk.ui.meetings.start_page import StartPage

WORKGROUP = "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
SECTION = "2.1.1 Grensoverschrijdende politiesamenwerking en informatie-uitwisseling tussen"
BODY = (
    "Oefening grensoverschrijdende crisiscommunicatie: BE wil meer efficiëntie in de alarmering "
    "tussen de provincies en de veiligheidsregio's."
)


def _note(number: int, target: str) -> RecentNoteRow:
    when = dt.datetime(2026, 12, 1, 9, 36, tzinfo=dt.UTC)
    return RecentNoteRow(number, target, BODY, when, "private")


@pytest.mark.parametrize("width", [560, 800])  # the card at 1280x720 and at 1920x1080
def test_the_note_gets_the_room_and_what_it_is_on_a_quarter_at_most(
    qapp: QApplication, qtbot: Any, width: int
) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    page.resize(int(width / 0.6), 600)  # the notes card is 3/5 of the page
    page.show()
    qtbot.waitExposed(page)
    page.set_data(
        StartPageRows(
            today=dt.date(2026, 12, 1), recent_notes=(_note(1, WORKGROUP), _note(2, SECTION))
        )
    )
    view, model = page.notes_view, page.notes_model
    qtbot.waitUntil(lambda: view.isVisible())
    on, note = view.columnWidth(1), view.columnWidth(2)
    assert on <= view.viewport().width() // 4 + 1, (on, view.viewport().width())
    widths = [view.columnWidth(column) for column in range(model.columnCount())]
    assert note == max(widths) and note > on, widths
    # A workgroup by its code, whole; the whole name (and a long section's) in the tooltip.
    assert model.data(model.index(0, 1)) == "SENN-CRISE"
    assert view.fontMetrics().horizontalAdvance("SENN-CRISE") <= on
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == WORKGROUP
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == SECTION
    # No column title is cut, whatever the width ("Zichtbaarheid" is the longest).
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= view.fontMetrics().horizontalAdvance(title), title
