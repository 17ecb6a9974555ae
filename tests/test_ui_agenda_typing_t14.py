"""The agenda field takes what a delegate types, exactly once (trial 14, a fast typist in
French at 1366x768 and 1920x1080 at scale 1.5): the first point of a new meeting typed right
after clicking the field ("2.1.2" went partly into Place, partly into a free-text point "2");
a suggestion picked with Down+Return (it made two points, and the field kept the text, so the
next point was stuck onto it); an exact title typed whole (free text instead of the project).

The keys are queued on the window before any is handled, as a fast typist's keys wait in the
X server's queue: each one goes to whatever has the focus when Qt handles it. The outcome is
read back from the database.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_support import open_meetings, settle, type_into, wait_for

from bnldesk.domain.models import AgendaItem, Meeting
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.panel import MeetingsPanel

SIZES = [(1280, 720), (1366, 768)]


def _queue_keys(text: str) -> None:
    """Queue the keys of ``text`` ("\\n" is Return, "↓" is Down) on the active window, all at
    once: none is handled before the last is queued."""
    target = QApplication.activePopupWidget() or QApplication.activeWindow()
    assert target is not None
    handle = target.window().windowHandle()
    assert handle is not None
    for char in text:
        key, said = Qt.Key.Key_unknown, char
        if char == "\n":
            key, said = Qt.Key.Key_Return, "\r"
        elif char == "↓":
            key, said = Qt.Key.Key_Down, ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, said)
            QCoreApplication.postEvent(handle, event)


def _handle_queued(window: MainWindow) -> None:
    QCoreApplication.processEvents()
    settle(window)
    QCoreApplication.processEvents()
    settle(window)


def _points(store: Store) -> list[tuple[str, str, str | None]]:
    """Every live agenda point: (meeting title, point title, target kind)."""
    with store.read() as s:
        rows = s.execute(
            select(Meeting.title, AgendaItem.title, AgendaItem.target_kind)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position)
        ).all()
    return [(m, p, k) for m, p, k in rows]


def _meeting_place(store: Store) -> list[str]:
    with store.read() as s:
        return list(s.scalars(select(Meeting.place)).all())


def _new_meeting_with_place(qtbot: Any, window: MainWindow, size: tuple[int, int]) -> MeetingsPanel:
    window.show()
    panel = open_meetings(qtbot, window)
    panel.window().resize(*size)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(window)
    editor = panel.editor
    type_into(qtbot, editor.workgroup, "SENN-CRISE")
    type_into(qtbot, editor.place, "Bruxelles")
    return panel


def _click_new_point(qtbot: Any, panel: MeetingsPanel) -> None:
    qtbot.mouseClick(panel.editor.new_point, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_point_of_a_new_meeting_typed_fast(
    bilingual: Store, window: MainWindow, qtbot: Any, size: tuple[int, int]
) -> None:
    """Place typed, the agenda field clicked, "2.1.2" and Return at once: the meeting is saved
    with Place as typed and one point, section 2.1.2 of the 2023 plan; the field is empty."""
    panel = _new_meeting_with_place(qtbot, window, size)
    _click_new_point(qtbot, panel)
    _queue_keys("2.1.2\n")
    _handle_queued(window)
    wait_for(qtbot, lambda: len(_points(bilingual)) >= 1, window)
    assert _meeting_place(bilingual) == ["Bruxelles"]
    points = _points(bilingual)
    assert len(points) == 1, points
    assert points[0][2] == "section", points
    assert "2.1.2" in points[0][1]
    assert panel.editor.new_point.text() == ""
    assert panel.editor.place.text() == "Bruxelles"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_suggestion_picked_with_down_and_return_is_one_point(
    bilingual: Store, window: MainWindow, qtbot: Any, size: tuple[int, int]
) -> None:
    """ "Mobilit" typed, Down, Return, then "Tour de table" and Return, fast: two points, the
    section 1.1 of 2023 and a free-text "Tour de table", nothing stuck together."""
    panel = _new_meeting_with_place(qtbot, window, size)
    _click_new_point(qtbot, panel)
    _queue_keys("1.1 Mobilit")
    _handle_queued(window)
    popup = panel.editor.new_point.completer().popup()
    wait_for(qtbot, popup.isVisible, window)
    _queue_keys("↓\nTour de table\n")
    _handle_queued(window)
    wait_for(qtbot, lambda: len(_points(bilingual)) >= 2, window)
    points = _points(bilingual)
    assert [(title, kind) for _m, title, kind in points] == [
        ("1.1 Mobilité, l'épine dorsale du marché intérieur Benelux", "section"),
        ("Tour de table", "free"),
    ], points
    assert panel.editor.new_point.text() == ""


def test_an_exact_title_typed_whole_links_the_project(
    bilingual: Store, window: MainWindow, qtbot: Any
) -> None:
    """The project's title as the plan prints it ("Atelier thématique", its lead in
    capitals) typed and Return: a point about the 2023 project, not free text."""
    panel = _new_meeting_with_place(qtbot, window, SIZES[0])
    _click_new_point(qtbot, panel)
    _queue_keys("Atelier thematique\n")
    _handle_queued(window)
    wait_for(qtbot, lambda: len(_points(bilingual)) >= 1, window)
    points = _points(bilingual)
    assert [kind for _m, _t, kind in points] == ["item"], points
    assert points[0][1].startswith("Atelier thématique")


def test_words_beginning_several_titles_let_the_delegate_choose(
    bilingual: Store, window: MainWindow, qtbot: Any
) -> None:
    """ "Duurzame mobiliteit" begins two 2022 projects: no point is added, the text is back in
    the field, the window says which titles it begins, the list offers them."""
    panel = _new_meeting_with_place(qtbot, window, SIZES[0])
    _click_new_point(qtbot, panel)
    _queue_keys("Duurzame mobiliteit\n")
    _handle_queued(window)
    wait_for(qtbot, lambda: panel.editor.meeting_id is not None, window)
    settle(window)
    assert _points(bilingual) == []
    editor = panel.editor
    assert editor.new_point.text() == "Duurzame mobiliteit"
    assert editor.problem.isVisible()
    assert "roadmap fietsstimulering" in editor.problem.text()
    assert "maak deelname" in editor.problem.text()


@pytest.mark.both_backends
def test_the_service_links_a_title_begun_and_refuses_several(bilingual: Store) -> None:
    """The first words of one project's title (two at least) link it; words beginning
    several titles are refused with the titles; one word alone is free text."""
    from bnldesk.domain.models import PlanItem
    from bnldesk.services import meetings as svc

    with bilingual.transaction() as s:
        meeting = svc.create_meeting(s, svc.MeetingFields(title="Overleg"))
        point = svc.add_agenda_point_from_text(s, meeting.id, "ATELIER  thématique")
        assert point.target_kind == "item"
        item = s.get(PlanItem, point.target_id)
        assert item is not None and item.title.startswith("Atelier thématique")
        with pytest.raises(svc.SeveralSubjects) as several:
            svc.add_agenda_point_from_text(s, meeting.id, "duurzame Mobiliteit")
        assert len(several.value.titles) == 2
        assert svc.add_agenda_point_from_text(s, meeting.id, "Atelier").target_kind == "free"
