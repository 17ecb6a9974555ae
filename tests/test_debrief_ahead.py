"""Trial 11: "Verslag in nota's verwerken" wrote the outcome of a meeting still a week ahead
without a word, and that "Uitkomst" then stood in the meeting's own preparatory brief as if it
were known; the brief's "Onze standpunten" listed the point's position twice (once from the
agenda point, once from a note with the same position).

The window asks first (default No) for a meeting still to come; a meeting's brief leaves out
that meeting's own debrief; each position is listed once per point."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select
from ui_support import answering, click_debrief, open_meeting, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.services import meetings as service
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow

POSITION = "Nederland steunt een gezamenlijke aanpak."
OUTCOME = "Gezamenlijke aanpak aangenomen"


@pytest.fixture
def settings(settings: Any) -> Any:
    """A Dutch window, as the trial's delegate had it."""
    settings.set("prefs/language", "nl")
    return settings


def _meeting(store: Store, day: dt.date) -> int:
    """A SENN-CRISE meeting on ``day`` with one point on the workgroup: a position and an
    outcome typed."""
    with store.transaction() as session:
        meeting = service.create_meeting(
            session,
            service.MeetingFields(
                workgroup="SENN-CRISE",
                title="Strategisch overleg",
                starts_at=dt.datetime.combine(day, dt.time(10)),
            ),
        )
        service.add_agenda_item(
            session,
            meeting.id,
            service.AgendaFields(target="SENN-CRISE", position_text=POSITION, outcome=OUTCOME),
        )
        return int(meeting.id)


def _notes(store: Store) -> int:
    with store.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Annotation).where(Annotation.deleted_at.is_(None))
            )
            or 0
        )


def _show(qtbot: Any, window: MainWindow, meeting_id: int) -> Any:
    return open_meeting(qtbot, window, meeting_id).editor


def _question() -> QMessageBox | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QMessageBox) else None


def test_a_meeting_still_to_come_is_debriefed_only_when_the_delegate_says_yes(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    day = dt.date.today() + dt.timedelta(days=7)
    meeting_id = _meeting(store, day)
    before = _notes(store)
    editor = _show(qtbot, window, meeting_id)
    asked: list[str] = []

    def press_enter(box: QMessageBox) -> None:  # the default answer
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    with answering(qtbot, _question, press_enter, "the question about a meeting to come"):
        qtbot.mouseClick(editor.debrief_button, Qt.MouseButton.LeftButton)
    (question,) = asked
    assert "\n" not in question
    assert f"{day:%d/%m/%Y}" in question and "pas op" in question  # Dutch, the meeting's day
    assert _notes(store) == before  # No: nothing written

    assert len(click_debrief(qtbot, editor)) == 1  # Yes: written
    wait_for(qtbot, lambda: _notes(store) == before + 1, window)


def test_a_meeting_held_is_debriefed_without_a_question(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    for day in (dt.date.today(), dt.date.today() - dt.timedelta(days=3)):
        meeting_id = _meeting(store, day)
        before = _notes(store)
        editor = _show(qtbot, window, meeting_id)
        assert click_debrief(qtbot, editor) == []
        wait_for(qtbot, lambda expected=before + 1: _notes(store) == expected, window)


def _brief_text(store: Store, meeting_id: int, out: Path) -> tuple[str, str]:
    """The brief's first page and its whole text, spaces folded."""
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(language="nl"), out)
    pages = [page.extract_text() for page in pypdf.PdfReader(str(out)).pages]
    return " ".join(pages[0].split()), " ".join(" ".join(pages).split())


def test_a_meetings_brief_leaves_out_its_own_debrief_and_says_each_position_once(
    store: Store, tmp_path: Path
) -> None:
    earlier = _meeting(store, dt.date.today() - dt.timedelta(days=60))
    coming = _meeting(store, dt.date.today() + dt.timedelta(days=7))
    with store.transaction() as session:
        service.debrief(session, earlier, language="nl")
        service.debrief(session, coming, language="nl")  # typed ahead, as in the trial
        # A note of the delegate's own with the point's position once more.
        note = NoteFields(body="Voorbereiding", position_text=POSITION, visibility="delegation")
        add_annotation(session, resolve_target(session, "SENN-CRISE"), note)
    first, whole = _brief_text(store, coming, tmp_path / "coming.pdf")
    coming_day = f"{dt.date.today() + dt.timedelta(days=7):%d/%m/%Y}"
    earlier_day = f"{dt.date.today() - dt.timedelta(days=60):%d/%m/%Y}"
    # The coming meeting's own debrief is not in its brief; the earlier meeting's is.
    assert f"Uitkomst van de vergadering van {coming_day}" not in whole
    assert f"Uitkomst van de vergadering van {earlier_day}" in whole
    summary = first[first.index("Onze standpunten") :]
    assert summary.count(POSITION) == 1
    assert "Voorbereiding" in whole  # the notes are still there, under the notes' heading


def test_owner_and_due_date_have_one_dutch_term_in_the_window_and_the_brief(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    """Trial 11: "Wie" and "Verantwoordelijke" in the window, "Trekker" and "Deadline" in the
    brief, "uiterlijk" in the debrief."""
    meeting_id = _meeting(store, dt.date.today() - dt.timedelta(days=1))
    with store.transaction() as session:
        service.add_meeting_action(
            session, meeting_id, "Zaal reserveren", owner="Pieter", due_date=dt.date(2027, 1, 15)
        )
    editor = _show(qtbot, window, meeting_id)
    header = editor.actions_view.horizontalHeader()
    titles = [
        str(editor.actions_model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(header.count())
    ]
    assert "Trekker" in titles and "Uiterlijk" in titles
    _first, whole = _brief_text(store, meeting_id, tmp_path / "brief.pdf")
    assert "Trekker" in whole and "Uiterlijk" in whole
    for other in ("Deadline", "Verantwoordelijke", " Wie "):
        assert other not in whole and other not in titles
