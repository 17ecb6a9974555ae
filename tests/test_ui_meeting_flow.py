"""The Meetings window as a new delegate uses it, driven with keyboard and mouse events on the
real window (offscreen) and checked in the database.

Each test names the defect of the delegate trial (trial report, items 22-28 and the meeting
polish) it guards against; they failed before the fix.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from ui_support import (
    answering,
    click_debrief,
    click_row,
    open_meeting,
    open_meetings,
    press,
    settle,
    type_into,
    wait_for,
)

from bnldesk.domain.models import Meeting
from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.panel import MeetingsPanel


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


def test_a_meeting_without_an_end_shows_no_end(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before (stop 28): a meeting stored without an end (``meeting add`` with --start only)
    showed "until 15/12/2026 09:30" in grey beside a start on 08/12 at 10:00."""
    with store.transaction() as s:
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10, 0))
        meeting = svc.create_meeting(s, svc.MeetingFields(title="Overleg", starts_at=start))
        meeting_id = meeting.id
    editor = open_meeting(qtbot, window, meeting_id).editor
    assert editor.starts.date.text() and not editor.ends.date.text()
    assert editor.ends.date.placeholderText() == editor.ends.time.placeholderText() == ""
    assert "15/12/2026" in editor.ends.date.toolTip()  # the form is still said


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


# ------------------------------------------------------------------------------------------
# 26-27: debrief into notes, said in the Meetings window
# ------------------------------------------------------------------------------------------


def item_of_2022(store: Store) -> int:
    from bnldesk.domain.models import Chapter, Plan, PlanItem, Section

    with store.read() as s:
        found = s.scalar(
            select(PlanItem.id)
            .join(Section, PlanItem.section_id == Section.id)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
            .where(Plan.year == 2022)
            .order_by(PlanItem.id)
            .limit(1)
        )
    assert found is not None
    return int(found)


def trial_meeting(store: Store) -> int:
    """The tester's meeting: point 1 on a 2022 plan item with a position and an outcome, point 2
    in free text with a position only, point 3 with nothing, an action under point 1 and one
    of no point."""
    from bnldesk.services import meetings as service

    item_id = item_of_2022(store)
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=9), dt.time(10))
    with store.transaction() as s:
        meeting = service.create_meeting(
            s, service.MeetingFields(workgroup="SENN-CRISE", starts_at=start)
        )
        first = service.add_agenda_item(
            s,
            meeting.id,
            service.AgendaFields(
                target=f"item:{item_id}",
                position_text="We support the analysis",
                outcome="Workshop agreed for March 2027",
            ),
        )
        service.add_agenda_item(
            s,
            meeting.id,
            service.AgendaFields(
                title="Voorbereiding oefening 2027", position_text="To coordinate at home"
            ),
        )
        service.add_agenda_item(s, meeting.id, service.AgendaFields(title="Rondvraag"))
        service.add_meeting_action(s, meeting.id, "Book the venue", agenda_item_id=first.id)
        service.add_meeting_action(s, meeting.id, "Send evacuation input", owner="Anna")
        return int(meeting.id)


def test_debrief_says_in_the_meetings_window_what_it_wrote_where(
    window: MainWindow, store: Store, settings: Any, qtbot: Any
) -> None:
    """Before: point 2 and its position were in no note, the workgroup's note held only a title,
    the notes got the plan year 2026 (no such plan), and the only feedback was in the main
    window's status bar, behind the Meetings window."""
    from bnldesk.domain.models import Annotation, Plan

    settings.set("prefs/author", "Anna Peeters")
    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    click_debrief(qtbot, editor)
    wait_for(qtbot, lambda: editor.notice.isVisible(), window)
    said = editor.notice.text()
    assert editor.notice.isVisibleTo(panel.window())
    assert said.startswith("Debrief: 2 notes written, 0 updated, 2 action items attached.")
    assert ": point 1." in said and ": point 2." in said and "point(s)" not in said
    assert "No outcome recorded, so nothing written for: 3. Rondvraag." in said
    with store.read() as s:
        notes = list(s.scalars(select(Annotation).order_by(Annotation.id)))
        years = set(s.scalars(select(Plan.year)))
        bodies = "\n".join(note.body for note in notes)
        assert "Workshop agreed for March 2027" in bodies
        assert "To coordinate at home" not in bodies  # the note's position says it, once
        assert {note.position_text for note in notes} == {
            "We support the analysis",
            "To coordinate at home",
        }
        assert {note.plan_year for note in notes} - {None} <= years
        assert {note.author for note in notes} == {"Anna Peeters"}


# ------------------------------------------------------------------------------------------
# polish: removing a point or a meeting is said and can be undone at once
# ------------------------------------------------------------------------------------------


def live_point_titles(store: Store, meeting_id: int) -> list[str]:
    from bnldesk.domain.models import AgendaItem

    with store.read() as s:
        return list(
            s.scalars(
                select(AgendaItem.title)
                .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
                .order_by(AgendaItem.position)
            )
        )


def test_a_removed_point_is_said_and_comes_back_with_undo(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: Remove took the point away without a word (the undo existed, unsaid)."""
    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    click_row(qtbot, editor.agenda_view, 1, 1)
    wait_for(qtbot, lambda: editor.point_title.text() == "Voorbereiding oefening 2027", window)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.notice.isVisible(), window)
    assert editor.notice.text() == 'Removed point 2 "Voorbereiding oefening 2027".'
    assert live_point_titles(store, meeting_id)[1] == "Rondvraag"
    assert editor.notice.undo_button.isVisible()
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 3, window)
    assert live_point_titles(store, meeting_id)[1] == "Voorbereiding oefening 2027"
    assert not editor.notice.isVisible()


def test_a_deleted_meeting_is_said_and_comes_back_with_undo(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: deleting from the list's menu showed "there is no meeting N" in red."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor

    def choose_delete(menu: QMenu) -> None:
        assert isinstance(menu, QMenu)
        entries = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
        names = [a.text() for a in entries]
        assert "Delete meeting" in names, names
        for _ in range(names.index("Delete meeting") + 1):
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    viewport = panel.view.viewport()
    where = panel.view.visualRect(panel.model.index(0, 1)).center()
    with answering(qtbot, QApplication.activePopupWidget, choose_delete, "the list's menu"):
        # What a right click sends (offscreen, a mouse press makes no context-menu event).
        QApplication.sendEvent(
            viewport,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where)),
        )
    wait_for(qtbot, lambda: editor.notice.isVisible(), window)
    assert not editor.problem.isVisible()
    assert editor.meeting_id is None
    assert editor.notice.text().startswith('Deleted the meeting "Strategische werkgroep')
    assert stored_meetings(store) == []
    wait_for(qtbot, lambda: panel.model.rowCount() == 0, window)
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.meeting_id == meeting_id, window)
    wait_for(qtbot, lambda: panel.model.rowCount() == 1, window)
    assert len(stored_meetings(store)) == 1


# ------------------------------------------------------------------------------------------
# 25 and polish: the brief's plan year and agenda are proposed and said; its file is named
# after the meeting
# ------------------------------------------------------------------------------------------


def pdf_text(path: Any) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_meeting_brief_offers_the_agenda_plans_and_says_which_it_proposes(
    window: MainWindow, store: Store, settings: Any, qtbot: Any, tmp_path: Any
) -> None:
    """Before: Plan year was fixed at 2013 (greyed, no word why) for a meeting whose point 1
    is a 2022 project, the brief placed only the 2013 section, and its file name was the
    workgroup brief's (brief-Strategische-werkgroep-...-<today>.pdf)."""
    settings.set("prefs/export_dir", str(tmp_path))
    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    press(qtbot, panel.editor.title, "Ctrl+P")
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: dialog.year_note.isVisible(), window)
    years = [dialog.year_combo.itemData(i) for i in range(dialog.year_combo.count())]
    assert years == [2022, 2013] and dialog.year_combo.isEnabled()
    assert dialog.year_combo.currentData() == 2013
    meeting_year = (dt.date.today() + dt.timedelta(days=9)).year
    assert dialog.year_note.text() == (
        f"Proposed: 2013, the latest plan that lists SENN-CRISE (no plan of {meeting_year} "
        "does). Agenda points stay in their own plans: 2022."
    )
    when = dt.date.today() + dt.timedelta(days=9)
    assert dialog.path().name == f"brief-SENN-CRISE-{when:%Y-%m-%d}.pdf"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.path().exists(), window)
    text = pdf_text(dialog.path())
    assert f"No {meeting_year} plan lists this workgroup; this brief uses the 2013 plan" in text
    assert "Annual plan 2022 · Chapter" in text and "On the agenda: point 1" in text


def go_to(qtbot: Any, w: MainWindow, text: str) -> None:
    """Ctrl+K, type, wait for the hits, Enter."""
    press(qtbot, w, "Ctrl+K")
    palette = w.palette_dialog
    qtbot.keyClicks(palette.edit, text)
    wait_for(qtbot, lambda: palette.model.rowCount() > 0, w)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    settle(w)


def test_a_workgroup_brief_says_which_meeting_it_proposes_and_names_the_file_after_it(
    window: MainWindow, store: Store, settings: Any, qtbot: Any, tmp_path: Any
) -> None:
    """Before: the workgroup brief quietly took the coming meeting's agenda, and a meeting's
    brief got the workgroup brief's file name (the second asked to replace the first)."""
    settings.set("prefs/export_dir", str(tmp_path))
    trial_meeting(store)
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+P")
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: dialog.meeting_note.isVisible(), window)
    assert dialog.meeting_note.text().startswith(
        "Proposed: the next meeting of SENN-CRISE, with its agenda."
    )
    assert dialog.year_note.text() == "Proposed: 2013, the latest plan that lists SENN-CRISE."
    when = dt.date.today() + dt.timedelta(days=9)
    meeting_file = f"brief-SENN-CRISE-{when:%Y-%m-%d}.pdf"
    assert dialog.path().name == meeting_file
    dialog.meeting_combo.setFocus()
    qtbot.keyClick(dialog.meeting_combo, Qt.Key.Key_Up)  # "No meeting (no agenda)"
    assert dialog.meeting_combo.currentData() is None
    assert dialog.path().name.startswith("brief-Strategische-werkgroep-Crisisbeheersing")
    assert dialog.meeting_note.text() == "1 coming meeting of this workgroup to choose from."
    # A file name the delegate typed is kept whatever meeting is chosen.
    mine = tmp_path / "mine.pdf"
    dialog.path_row.edit.setText(str(mine))
    qtbot.keyClick(dialog.meeting_combo, Qt.Key.Key_Down)
    assert dialog.meeting_combo.currentData() is not None
    assert dialog.path() == mine
    dialog.reject()


# ------------------------------------------------------------------------------------------
# N4: a second debrief never overwrites what the delegate changed in a debrief note
# ------------------------------------------------------------------------------------------


def workgroup_debrief_note(store: Store) -> tuple[int, str, str]:
    """The debrief note on SENN-CRISE: (id, body, position)."""
    from bnldesk.domain.models import Annotation

    with store.read() as s:
        note = s.scalars(
            select(Annotation).where(
                Annotation.target_key == "wg:SENN-CRISE", Annotation.deleted_at.is_(None)
            )
        ).one()
        return note.id, note.body, note.position_text


def test_a_second_debrief_keeps_the_delegates_edit_says_so_and_is_undone(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: editing the debrief note's position in the main window, then "Debrief into
    notes" again said "0 notes written, 2 updated" and put the debrief's text back."""
    from bnldesk.domain.models import AgendaItem
    from bnldesk.services import meetings as service

    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    click_debrief(qtbot, editor)
    wait_for(qtbot, lambda: editor.notice.isVisible(), window)
    note_id, first_body, _position = workgroup_debrief_note(store)
    # The delegate edits the note's position in the main window.
    window.show_object("annotation", note_id)
    settle(window)
    wait_for(qtbot, lambda: window.notes.position.toPlainText() == "To coordinate at home", window)
    edited = "To coordinate at home; NL agrees, FR to confirm"
    type_into(qtbot, window.notes.position, edited)
    qtbot.keyClick(window.notes.position, Qt.Key.Key_Tab)  # stores what was typed
    wait_for(qtbot, lambda: workgroup_debrief_note(store)[2] == edited, window)
    # The meeting gets an outcome on point 2 since, and is debriefed again.
    with store.transaction() as s:
        point = s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.position == 2)
        ).one()
        service.set_outcome(s, point.id, "Exercise planned for May")
    editor.notice.clear()
    editor.refresh()
    settle(window)
    click_debrief(qtbot, editor)
    wait_for(qtbot, lambda: editor.notice.isVisible(), window)
    said = editor.notice.text()
    assert "Kept your changes to the note on" in said and "SENN-CRISE" in said
    _id, body, position = workgroup_debrief_note(store)
    assert position == edited  # the delegate's position, not the debrief's
    # The body the delegate left as the debrief wrote it takes the new outcome.
    assert "Outcome: Exercise planned for May" in body.splitlines()
    assert "Outcome: not recorded" not in body
    # Undo (the notice's button) takes the second debrief back, and only it.
    qtbot.mouseClick(editor.notice.undo_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: workgroup_debrief_note(store)[1] == first_body, window)
    assert workgroup_debrief_note(store)[2] == edited


# ------------------------------------------------------------------------------------------
# N3: a date typed in a dialog is the date stored (Tab goes from field to field in the form)
# ------------------------------------------------------------------------------------------


def keys_to_focus(qtbot: Any, dialog: Any, keys: str | Qt.Key, modifier: Any = None) -> None:
    """Type ``keys`` (text, or one key with ``modifier``) into the dialog's focused widget."""
    widget = dialog.focusWidget()
    assert widget is not None
    if isinstance(keys, str):
        qtbot.keyClicks(widget, keys)
    else:
        qtbot.keyClick(widget, keys, modifier or Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("typed", ["2026-12-20", "20-12-2026", "20/12/2026", "20.12.2026"])
def test_a_due_date_typed_in_the_new_action_dialog_is_stored(
    window: MainWindow, store: Store, qtbot: Any, typed: str
) -> None:
    """Before: the dialog opened in Due, Tab from Owner went to OK, and the date typed there
    was lost: Enter stored the default due date (two weeks from today)."""
    from bnldesk.domain.models import ActionItem
    from bnldesk.ui.meetings.action_dialog import ActionDialog

    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    click_row(qtbot, editor.agenda_view, 0, 1)
    settle(window)

    def fill(dialog: ActionDialog) -> None:
        assert dialog.focusWidget() is dialog.title  # the dialog opens on what is to be done
        qtbot.mouseClick(dialog.title, Qt.MouseButton.LeftButton)
        keys_to_focus(qtbot, dialog, "Verslag rondsturen")
        keys_to_focus(qtbot, dialog, Qt.Key.Key_Tab)
        keys_to_focus(qtbot, dialog, "Piet")
        keys_to_focus(qtbot, dialog, Qt.Key.Key_Tab)
        keys_to_focus(qtbot, dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys_to_focus(qtbot, dialog, typed)
        keys_to_focus(qtbot, dialog, Qt.Key.Key_Return)

    with answering(qtbot, lambda: editor.findChild(ActionDialog), fill, "New action item"):
        qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    settle(window)
    with store.read() as s:
        action = s.scalars(select(ActionItem).where(ActionItem.title == "Verslag rondsturen")).one()
        assert (action.owner, action.due_date) == ("Piet", dt.date(2026, 12, 20))


# ------------------------------------------------------------------------------------------
# 23: the agenda of a new meeting can be typed before the first save
# ------------------------------------------------------------------------------------------


def test_the_agenda_of_a_new_meeting_is_typed_before_saving(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before: the agenda field of a new meeting was disabled until the first save, and what
    was typed there was lost without a word."""
    from bnldesk.domain.models import AgendaItem

    panel = new_meeting(qtbot, window)
    editor = panel.editor
    type_into(qtbot, editor.title, "Voorbereiding Benelux-top")
    assert editor.meeting_id is None and editor.new_point.isEnabled()
    type_into(qtbot, editor.new_point, "Rondvraag")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, window)
    type_into(qtbot, editor.new_point, "Verslag vorige vergadering")
    qtbot.mouseClick(editor.add_point_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 2, window)
    with store.read() as s:
        (meeting,) = s.scalars(select(Meeting)).all()
        points = s.scalars(
            select(AgendaItem.title)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        ).all()
    assert meeting.title == "Voorbereiding Benelux-top"
    assert points == ["Rondvraag", "Verslag vorige vergadering"]


def test_typing_after_add_point_goes_to_the_point_just_added(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before (third trial): with point 1 selected, Add point left point 1 selected, so the
    position typed next was appended to point 1's."""
    from bnldesk.domain.models import AgendaItem

    panel = new_meeting(qtbot, window)
    editor = panel.editor
    type_into(qtbot, editor.title, "Overleg crisisbeheersing")
    type_into(qtbot, editor.new_point, "Analyse")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, window)
    type_into(qtbot, editor.new_point, "Uitwisseling verbindingsofficieren")
    qtbot.mouseClick(editor.add_point_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 2, window)
    wait_for(
        qtbot, lambda: editor.point_title.text() == "Uitwisseling verbindingsofficieren", window
    )
    qtbot.mouseClick(editor.point_position.viewport(), Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.point_position, "Wij steunen dit")
    qtbot.mouseClick(editor.save_point_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not editor.point_changed(), window)
    with store.read() as s:
        positions = dict(s.execute(select(AgendaItem.title, AgendaItem.position_text)).all())
    assert positions == {
        "Analyse": "",
        "Uitwisseling verbindingsofficieren": "Wij steunen dit",
    }


def test_a_point_chosen_from_the_completion_leaves_the_field_empty(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Before (third trial): typed "Analyse van de cris", Down, Enter: the point was added,
    but its text stayed in the field, and Add point then asked to add it again."""
    panel = new_meeting(qtbot, window)
    editor = panel.editor
    type_into(qtbot, editor.title, "Overleg crisisbeheersing")
    wait_for(qtbot, lambda: editor._choice_model.rowCount() > 0, window)
    editor.new_point.setFocus()
    qtbot.keyClicks(editor.new_point, "Analyse van de cris")
    popup = editor.new_point.completer().popup()
    wait_for(qtbot, popup.isVisible, window)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, window)
    settle(window)
    assert editor.new_point.text() == ""
    assert editor.agenda_model.rowCount() == 1
    assert live_point_titles(store, editor.meeting_id) == [
        "Analyse van de crisisbeheersing naar aanleiding van de overstromingen"
    ]


# ------------------------------------------------------------------------------------------
# trial 10: the agenda from the keyboard
# ------------------------------------------------------------------------------------------


def test_agenda_points_move_with_alt_arrows_and_tab_leaves_the_agenda(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Trial 10: Ctrl/Alt/Shift+Up/Down only moved the selection (the order stayed), Up/Down
    had no key, and Tab went from cell to cell inside the agenda table (a keyboard trap)."""
    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    before = live_point_titles(store, meeting_id)
    click_row(qtbot, editor.agenda_view, 0, 1)
    wait_for(qtbot, lambda: editor.point_title.text() == before[0], window)
    editor.agenda_view.setFocus()
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_for(
        qtbot,
        lambda: live_point_titles(store, meeting_id) == [before[1], before[0], before[2]],
        window,
    )
    settle(window)
    # The moved point stays selected: a second Alt+Down takes it to the end.
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_for(
        qtbot,
        lambda: live_point_titles(store, meeting_id) == [before[1], before[2], before[0]],
        window,
    )
    settle(window)
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    wait_for(
        qtbot,
        lambda: live_point_titles(store, meeting_id) == [before[1], before[0], before[2]],
        window,
    )
    settle(window)
    assert editor.point_title.text() == before[0]

    editor.agenda_view.setFocus()
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Tab)
    assert not editor.agenda_view.hasFocus()
    assert QApplication.focusWidget() is not editor.agenda_view

    # Help > Keyboard shortcuts lists both keys.
    rows = window.shortcut_rows()
    listed = {row[1]: (row[0], row[2]) for row in rows}
    assert listed["Move agenda point up"] == ("Meetings", "Alt+Up")
    assert listed["Move agenda point down"] == ("Meetings", "Alt+Down")


# ------------------------------------------------------------------------------------------
# trial 10: an action belongs to the agenda point it was raised under
# ------------------------------------------------------------------------------------------


def test_an_action_added_under_a_point_is_listed_and_briefed_under_that_point(
    window: MainWindow, store: Store, qtbot: Any, tmp_path: Path
) -> None:
    """Trial 10: an action added with point 1 selected showed under every point, and the brief
    gave the meeting's title as its subject. Now the new action is stored under the selected
    point, the list shows the selected point's actions ("All points" shows every one with its
    point number) and the brief names the point."""
    from bnldesk.domain.models import ActionItem, AgendaItem
    from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
    from bnldesk.ui.meetings.action_dialog import ActionDialog

    meeting_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    editor = panel.editor
    click_row(qtbot, editor.agenda_view, 1, 1)
    wait_for(qtbot, lambda: editor.point_title.text() == "Voorbereiding oefening 2027", window)
    assert editor.actions_model.rowCount() == 0  # point 2 has none yet
    assert editor.actions_box.title() == "Action items of point 2"

    def fill(dialog: ActionDialog) -> None:
        assert dialog.point.currentText() == "2. Voorbereiding oefening 2027"
        keys_to_focus(qtbot, dialog, "Draaiboek <b> & oefening")
        keys_to_focus(qtbot, dialog, Qt.Key.Key_Return)

    with answering(qtbot, lambda: editor.findChild(ActionDialog), fill, "New action item"):
        qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    settle(window)
    with store.read() as s:
        action = s.scalars(select(ActionItem).where(ActionItem.title.like("Draaiboek%"))).one()
        point = s.get(AgendaItem, action.agenda_item_id)
        assert point is not None and point.title == "Voorbereiding oefening 2027"
    wait_for(qtbot, lambda: editor.actions_model.rowCount() == 1, window)
    assert editor.actions_model.row(0).title == "Draaiboek <b> & oefening"

    click_row(qtbot, editor.agenda_view, 0, 1)
    wait_for(qtbot, lambda: editor.actions_box.title() == "Action items of point 1", window)
    assert [editor.actions_model.row(r).title for r in range(editor.actions_model.rowCount())] == [
        "Book the venue"
    ]
    qtbot.mouseClick(editor.all_points, Qt.MouseButton.LeftButton)
    shown = {
        (editor.actions_model.row(r).title, editor.actions_model.row(r).point)
        for r in range(editor.actions_model.rowCount())
    }
    assert shown == {
        ("Book the venue", "1"),
        ("Send evacuation input", ""),
        ("Draaiboek <b> & oefening", "2"),
    }

    out = tmp_path / "brief.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    text = pdf_text(out)
    assert "2. Voorbereiding oefening 2027" in text
    after_action = text.split("Draaiboek <b> & oefening", 1)[1][:200]
    assert "2. Voorbereiding oefening 2027" in after_action


# ------------------------------------------------------------------------------------------
# trial 10: the brief of a meeting made again keeps its marking
# ------------------------------------------------------------------------------------------


def _export_brief(qtbot: Any, w: MainWindow, panel: MeetingsPanel, name: str | None) -> Any:
    """Ctrl+P in the meeting; the dialog's choices read; ``name`` typed as the file (else the
    one proposed). Hands back the dialog, still open for the caller to fill."""
    press(qtbot, panel.editor.title, "Ctrl+P")
    dialog = w.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: dialog._choices_loaded, w)
    settle(w)
    if name is not None:
        type_into(qtbot, dialog.path_row.edit, str(dialog.path().with_name(name)))
    return dialog


def test_a_second_brief_of_the_same_meeting_keeps_its_marking_and_private_choice(
    window: MainWindow, store: Store, settings: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Trial 10: the dialog forgot "Markering" and "Ook privénota's opnemen" between two
    exports of the same meeting: the second brief came out without "BEPERKTE VERSPREIDING".
    Another meeting's brief still opens with private notes left out."""
    settings.set("prefs/export_dir", str(tmp_path))
    meeting_id = trial_meeting(store)
    other_id = trial_meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    first = _export_brief(qtbot, window, panel, "first.pdf")
    assert first.marking_edit.text() == "" and not first.private_box.isChecked()
    type_into(qtbot, first.marking_edit, "BEPERKTE VERSPREIDING")
    first.private_box.setFocus()
    qtbot.keyClick(first.private_box, Qt.Key.Key_Space)
    assert first.private_box.isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: (tmp_path / "first.pdf").exists(), window)
    wait_for(qtbot, lambda: not first.isVisible(), window)
    assert "BEPERKTE VERSPREIDING" in pdf_text(tmp_path / "first.pdf")

    second = _export_brief(qtbot, window, panel, "second.pdf")
    assert second is not first
    assert second.marking_edit.text() == "BEPERKTE VERSPREIDING"
    assert second.private_box.isChecked()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: (tmp_path / "second.pdf").exists(), window)
    wait_for(qtbot, lambda: not second.isVisible(), window)
    assert "BEPERKTE VERSPREIDING" in pdf_text(tmp_path / "second.pdf")

    panel = open_meeting(qtbot, window, other_id)
    other = _export_brief(qtbot, window, panel, None)
    assert other.marking_edit.text() == ""
    assert not other.private_box.isChecked()
    other.reject()
