"""Another program writes to the database while a window shows the same record (fourth
delegate trial, data loss): the command line changed a note's position and tags, then one
character typed in the window's note text saved the whole stale form and reverted them.

Each editor now writes only the fields the delegate changed, merged inside the write's
transaction with what is stored then (a field changed on both sides is kept as a conflict),
and the window notices other programs' commits and shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from other_programs import run_bnldesk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select
from ui_support import (
    answering,
    click_row,
    go_to,
    leave,
    pick,
    settle,
    type_into,
    wait_for,
    write_note,
)

from bnldesk.domain.models import ActionItem, AgendaItem, Annotation, SyncConflict
from bnldesk.services import annotations as svc
from bnldesk.services import meetings
from bnldesk.services.annotations import ActionFields, NoteFields, resolve_target
from bnldesk.services.note_edits import save_action, save_note
from bnldesk.store.engine import Store, open_store
from bnldesk.store.outside import OutsideChanges
from bnldesk.ui.meetings.features import install_meeting_actions


def _shared_note(store: Store) -> int:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        fields = NoteFields(body="first", tags=["crisis"], position_text="we support")
        return svc.add_annotation(s, target, replace(fields, visibility="delegation")).id


def _stored(store: Store, note_id: int) -> NoteFields:
    with store.read() as s:
        return NoteFields.of(s.get_one(Annotation, note_id))


# -- the merge inside the write, two stores on one database ---------------------------------


def _saved_elsewhere(store: Store, note_id: int, **values: Any) -> None:
    """Another program (a second store on the same database) saves ``values`` on the note."""
    other = open_store(store.location)
    try:
        with other.transaction() as s:
            note = s.get_one(Annotation, note_id)
            svc.apply_fields(s, note, replace(NoteFields.of(note), **values))
    finally:
        other.close()


@pytest.mark.both_backends
def test_an_edit_writes_only_its_fields_over_a_change_saved_meanwhile(store: Store) -> None:
    note_id = _shared_note(store)
    shown = _stored(store, note_id)
    # The command line, another window: a new position and tag.
    _saved_elsewhere(
        store, note_id, position_text="<i>schuin</i> مرحبا 👍", tags=["=cmd|' /C calc'!A0"]
    )
    with store.transaction() as s:  # the window: one character typed in the text
        result = save_note(s, note_id, replace(shown, body="first x"), expected=shown)
    assert result.saved and not result.conflict
    assert set(result.taken) == {"position_text", "tags"}
    stored = _stored(store, note_id)
    assert stored.body == "first x"
    assert stored.position_text == "<i>schuin</i> مرحبا 👍"
    assert stored.tags == ["=cmd|' /C calc'!A0"]


@pytest.mark.both_backends
def test_a_field_changed_on_both_sides_keeps_the_stored_value_and_a_conflict(store: Store) -> None:
    note_id = _shared_note(store)
    shown = _stored(store, note_id)
    _saved_elsewhere(store, note_id, position_text="theirs")
    with store.transaction() as s:
        typed = replace(shown, position_text="mine", status="done")
        result = save_note(s, note_id, typed, expected=shown)
    assert result.conflict and result.clashes == ("position_text",)
    stored = _stored(store, note_id)
    assert (stored.position_text, stored.status) == ("theirs", "done")
    with store.read() as s:
        (conflict,) = s.scalars(select(SyncConflict)).all()
        assert '"mine"' in conflict.loser_data


def test_an_action_edit_writes_only_its_cell(store: Store) -> None:
    note_id = _shared_note(store)
    with store.transaction() as s:
        action = svc.add_action(s, s.get_one(Annotation, note_id), "Draft", "Eva")
        action_id = action.id
        shown = ActionFields.of(action)
    with store.transaction() as s:  # elsewhere: the owner changes
        svc.apply_action_fields(s.get_one(ActionItem, action_id), replace(shown, owner="Jan"))
    with store.transaction() as s:  # the table: the title cell
        save_action(s, action_id, replace(shown, title="Draft v2"), expected=shown)
    with store.read() as s:
        stored = ActionFields.of(s.get_one(ActionItem, action_id))
    assert (stored.title, stored.owner) == ("Draft v2", "Jan")


def test_the_watch_sees_other_connections_but_not_its_own_writes(store: Store) -> None:
    watch = OutsideChanges(store)
    other = open_store(store.location)
    try:
        assert not watch.look().changed  # the baseline
        note_id = _shared_note(store)
        watch.settle()  # the window's own write
        assert not watch.look().changed
        with other.transaction() as s:
            svc.apply_fields(s, s.get_one(Annotation, note_id), NoteFields(body="elsewhere"))
        seen = watch.look()
        assert seen.changed and not seen.plans
        assert not watch.look().changed
    finally:
        watch.close()
        other.close()


# -- the window, with the command line in another process -----------------------------------


def _note_in_window(qtbot: Any, window: Any) -> int:
    go_to(qtbot, window, "SENN-CRISE")
    write_note(qtbot, window, "Draft position paper", tags="crisis")
    type_into(qtbot, window.notes.position, "</script> مرحبا")
    leave(qtbot, window.notes.position)
    settle(window)
    assert window.notes.current is not None
    return int(window.notes.current.id)


def test_typing_in_a_stale_form_keeps_what_the_command_line_wrote(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    note_id = _note_in_window(qtbot, window)
    controller.outside.timer.stop()  # the window has not looked yet: its form is stale
    run_bnldesk(
        store.path,
        "note",
        "edit",
        str(note_id),
        "--tag",
        "=cmd|' /C calc'!A0",
        "--position",
        "<i>schuin</i> مرحبا 👍",
    )
    assert window.notes.position.toPlainText() == "</script> مرحبا"  # still the old form
    window.notes.body.setFocus()
    window.notes.body.moveCursor(window.notes.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.notes.body, " extra")
    leave(qtbot, window.notes.body)
    settle(window)
    stored = _stored(store, note_id)
    assert stored.body == "Draft position paper extra"
    assert stored.position_text == "<i>schuin</i> مرحبا 👍"
    assert sorted(stored.tags) == sorted(["crisis", "=cmd|' /C calc'!A0"])
    # The form shows the other change now, and says it in one line.
    wait_for(qtbot, lambda: window.notes.position.toPlainText() == "<i>schuin</i> مرحبا 👍", window)
    assert "Changed elsewhere" in window.notes.saved_label.text()


def test_the_window_shows_what_another_program_wrote(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    note_id = _note_in_window(qtbot, window)
    run_bnldesk(
        store.path, "note", "edit", str(note_id), "--position", "changed on the command line"
    )
    # Looked for when the window is activated again (and every few seconds).
    controller.outside.look()
    wait_for(
        qtbot, lambda: window.notes.position.toPlainText() == "changed on the command line", window
    )
    assert _stored(store, note_id).body == "Draft position paper"


def test_a_field_typed_while_another_program_changed_it_is_kept_as_a_conflict(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    note_id = _note_in_window(qtbot, window)
    controller.outside.timer.stop()
    run_bnldesk(store.path, "note", "edit", str(note_id), "--position", "theirs")
    type_into(qtbot, window.notes.position, "mine")
    leave(qtbot, window.notes.position)
    settle(window)
    assert _stored(store, note_id).position_text == "theirs"
    with store.read() as s:
        (conflict,) = s.scalars(select(SyncConflict)).all()
        assert '"mine"' in conflict.loser_data
    wait_for(qtbot, lambda: window.notes.position.toPlainText() == "theirs", window)
    assert "Resolve conflicts" in window.notes.saved_label.text()


# -- the meetings editor: facts and a point's texts, saved with Save ------------------------


def _meeting(store: Store) -> int:
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=5), dt.time(10, 0))
    with store.transaction() as s:
        fields = meetings.MeetingFields(
            workgroup="SENN-CRISE", starts_at=start, place="Brussel", chair="NL"
        )
        meeting = meetings.create_meeting(s, fields)
        meetings.add_agenda_item(s, meeting.id, meetings.AgendaFields(title="Rondvraag"))
        return meeting.id


def _meeting_editor(window: Any, meeting_id: int) -> Any:
    features = install_meeting_actions(window)
    features.open_meeting(meeting_id)
    settle(window)
    editor = features.show_meetings().editor
    settle(window)
    return editor


def _place_saved_elsewhere(store: Store, meeting_id: int, place: str) -> None:
    """Another program (a second store on the same database) saves the meeting's place."""
    other = open_store(store.location)
    try:
        with other.transaction() as s:
            shown = meetings.meeting_fields(s, meeting_id)
            meetings.update_meeting(s, meeting_id, replace(shown, place=place))
    finally:
        other.close()


def _stored_meeting(store: Store, meeting_id: int) -> tuple[meetings.MeetingFields, str, str]:
    with store.read() as s:
        point = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).one()
        return meetings.meeting_fields(s, meeting_id), point.position_text, point.outcome


def test_saving_a_meeting_keeps_what_another_program_changed(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    meeting_id = _meeting(store)
    editor = _meeting_editor(window, meeting_id)
    controller.outside.timer.stop()  # the editor has not looked yet
    (point_id,) = editor.data.point_ids()
    run_bnldesk(store.path, "meeting", "outcome", str(point_id), "Agreed in Brussels")
    _place_saved_elsewhere(store, meeting_id, "Den Haag")  # a second window
    type_into(qtbot, editor.chair, "BE")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    click_row(qtbot, editor.agenda_view, 0, 1)
    type_into(qtbot, editor.point_position, "BE supports")
    qtbot.mouseClick(editor.save_point_button, Qt.MouseButton.LeftButton)
    settle(window)
    fields, position, outcome = _stored_meeting(store, meeting_id)
    assert (fields.place, fields.chair) == ("Den Haag", "BE")
    assert (position, outcome) == ("BE supports", "Agreed in Brussels")
    wait_for(qtbot, lambda: editor.place.text() == "Den Haag", window)
    assert editor.point_outcome.toPlainText() == "Agreed in Brussels"


def test_a_meeting_field_changed_on_both_sides_asks_which_to_keep(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    meeting_id = _meeting(store)
    editor = _meeting_editor(window, meeting_id)
    controller.outside.timer.stop()
    _place_saved_elsewhere(store, meeting_id, "Den Haag")
    type_into(qtbot, editor.place, "Luxembourg")
    asked: list[str] = []

    def keep_theirs(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    with answering(qtbot, QApplication.activeModalWidget, keep_theirs, "the question"):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert asked and "Place" in asked[0]
    assert _stored_meeting(store, meeting_id)[0].place == "Den Haag"
    wait_for(qtbot, lambda: editor.place.text() == "Den Haag", window)
    # Asked again, Yes replaces theirs with what is typed.
    type_into(qtbot, editor.place, "Luxembourg")
    with store.transaction() as s:
        shown = meetings.meeting_fields(s, meeting_id)
        meetings.update_meeting(s, meeting_id, replace(shown, place="Utrecht"))

    def keep_mine(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    with answering(qtbot, QApplication.activeModalWidget, keep_mine, "the question"):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert _stored_meeting(store, meeting_id)[0].place == "Luxembourg"


def test_typing_in_a_meeting_survives_a_refresh(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    meeting_id = _meeting(store)
    editor = _meeting_editor(window, meeting_id)
    type_into(qtbot, editor.chair, "BE")  # typed, not saved yet
    run_bnldesk(store.path, "meeting", "outcome", str(editor.data.point_ids()[0]), "Agreed")
    controller.outside.look()
    wait_for(qtbot, lambda: editor.point_outcome.toPlainText() == "Agreed", window)
    assert editor.chair.text() == "BE"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert _stored_meeting(store, meeting_id)[0].chair == "BE"


def test_making_a_shared_note_private_says_copies_are_not_withdrawn(
    window: Any, store: Store, qtbot: Any
) -> None:
    go_to(qtbot, window, "SENN-CRISE")
    write_note(qtbot, window, "Shared with the delegation")
    pick(qtbot, window.notes.visibility, "Delegation (my delegation)")
    settle(window)
    assert "not withdrawn" not in window.notes.saved_label.text()
    pick(qtbot, window.notes.visibility, "Private (only me)")
    settle(window)
    assert "copies already shared" in window.notes.saved_label.text()
    note_id = window.notes.current.id
    assert _stored(store, note_id).visibility == "private"
