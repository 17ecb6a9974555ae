"""Action items and meetings edited while their database is away, in the window: run by
``test_unsaved_edits`` in a process of its own (as ``unsaved_notes_windows.py``, whose fixtures
and helpers it shares; ``pytest`` does not collect this file by its name).

The window is driven with keys and the mouse: an action item's cell in the notes pane, a
meeting's facts, an agenda point's texts, a new agenda point and a new action item in the
Meetings window, while the database is away (a private PostgreSQL server stopped with
``pg_ctl stop``, the SQLite file locked by another program with ``BEGIN EXCLUSIVE`` or made
read-only). The edit is marked not saved where it was made, kept in the recovery file, retried
when the database answers, asked about at Ctrl+Q, and offered at the next start; the database
is read back afterwards, and nothing is written twice.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_support import (
    WAIT_MS,
    answering,
    click_row,
    edit_cell,
    open_meeting,
    open_meetings,
    press,
    settle,
    type_into,
    wait_for,
)
from unsaved_notes_windows import (  # noqa: F401 - fixtures used by name
    RETRY_WAIT_MS,
    _click,
    _top_level,
    own_server,
    read_only_for_a_while,
    short_lock_wait,
)

from bnldesk.services import meetings as svc
from bnldesk.services import recovery
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.services.recovery import UnsavedAction, UnsavedMeeting, UnsavedPoint
from bnldesk.store.backend import parse_location
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.panel import MeetingsPanel

START = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10, 0))


def _a_meeting(store: Store) -> int:
    """A meeting "Overleg kustvaart" with one agenda point "Stand van zaken"."""
    with store.transaction() as s:
        meeting = svc.create_meeting(
            s,
            svc.MeetingFields(
                title="Overleg kustvaart", starts_at=START, ends_at=START + dt.timedelta(hours=2)
            ),
        )
        svc.add_agenda_item(s, meeting.id, svc.AgendaFields(title="Stand van zaken"))
        return meeting.id


def _kept(store: Store) -> list[recovery.UnsavedEdit]:
    return recovery.kept(store.where)


def _shows_meeting_unsaved(panel: MeetingsPanel, *names: str) -> bool:
    editor = panel.editor
    tip = editor.unsaved_label.toolTip()
    return (
        editor.unsaved_label.isVisible()
        and editor.retry_button.isVisible()
        and "Not saved" in editor.unsaved_label.shown_text()
        and all(name in tip for name in names)
    )


# --------------------------------------------------------------------------------------------
# the delegation's PostgreSQL server, stopped and started again (first: see the notes' file)
# --------------------------------------------------------------------------------------------


@pytest.fixture
def on_server(own_server: Any, qapp: Any, settings: Any) -> Iterator[Controller]:  # noqa: F811
    store = open_store(parse_location(own_server.url("piet", "bnldesk", password="piet-secret")))
    controller = Controller(store, settings)
    yield controller
    controller.shutdown()
    store.close()


def _server_rows(server: Any, sql: str) -> list[str]:
    return server.psql(sql, "bnldesk").splitlines()


def test_meeting_facts_typed_while_the_server_is_stopped_are_saved_when_it_is_back(
    on_server: Controller,
    own_server: Any,  # noqa: F811
    qtbot: QtBot,
) -> None:
    meeting_id = _a_meeting(on_server.store)
    w = on_server.open_window(restore=False)
    settle(w)
    panel = open_meeting(qtbot, w, meeting_id)
    own_server.pause()
    try:
        type_into(qtbot, panel.editor.place, "Brussel, zaal 3")
        qtbot.keyClick(panel.editor.place, Qt.Key.Key_Return)  # Save meeting
        wait_for(qtbot, lambda: _shows_meeting_unsaved(panel, "Overleg kustvaart"), w)
        assert "cannot reach the database server" in panel.editor.unsaved_label.toolTip()
        assert [edit.key for edit in _kept(on_server.store)] == [f"meeting:{meeting_id}"]
        # The recovery file is on this laptop, not on the server.
        assert Path(recovery.recovery_path(on_server.store.where)).is_file()
    finally:
        own_server.resume()
    qtbot.waitUntil(
        lambda: (
            _server_rows(own_server, f"SELECT place FROM meeting WHERE id = {meeting_id}")
            == ["Brussel, zaal 3"]
        ),
        timeout=RETRY_WAIT_MS,
    )
    wait_for(qtbot, lambda: not panel.editor.unsaved_label.isVisible(), w)
    assert not recovery.recovery_path(on_server.store.where).exists()
    assert _server_rows(own_server, "SELECT count(*) FROM meeting") == ["1"]


# --------------------------------------------------------------------------------------------
# a SQLite file locked by another program
# --------------------------------------------------------------------------------------------


def _sql(path: Path, query: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.execute(query))
    finally:
        conn.close()


def _note_with_an_action(store: Store) -> tuple[int, int]:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        note = add_annotation(s, target, NoteFields(body="Standpunt kustvaart"))
        action = add_action(s, note, "Draaiboek sturen", "Piet")
        return note.id, action.id


def test_an_action_item_edited_while_the_file_is_locked_is_saved_when_the_lock_goes(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    short_lock_wait: None,  # noqa: F811
) -> None:
    w = window
    note_id, action_id = _note_with_an_action(store)
    w.show_object("annotation", note_id)
    wait_for(qtbot, lambda: w.notes.actions_model.rowCount() == 1, w)
    table, model = w.notes.actions_view, w.notes.actions_model
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program writes
    try:
        edit_cell(qtbot, table, 0, 1, "Anna")
        wait_for(qtbot, lambda: w.notes.unsaved.count() == 1, w)
        # The row says so, in the warning colour; the line under the form too, with Retry now.
        assert str(model.data(model.index(0, 0))) == "● Draaiboek sturen"
        assert "Not saved" in str(model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole))
        assert "Not saved" in w.notes.saved_label.text()
        assert "in use by another program" in w.notes.saved_label.toolTip()
        assert w.notes.retry_button.isVisible()
        # The title edited on while it is not saved: kept with the owner, not sent alone.
        edit_cell(qtbot, table, 0, 0, "Draaiboek sturen aan IenW")
        wait_for(
            qtbot,
            lambda: (
                [(e.typed.title, e.typed.owner) for e in _kept(store)]  # type: ignore[union-attr]
                == [("Draaiboek sturen aan IenW", "Anna")]
            ),
            w,
        )
        held = _kept(store)[0]
        assert isinstance(held, UnsavedAction) and held.stored.owner == "Piet"
        assert _sql(store.path, "SELECT title, owner FROM action_item") == [
            ("Draaiboek sturen", "Piet")
        ]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(
        lambda: (
            _sql(store.path, "SELECT title, owner FROM action_item")
            == [("Draaiboek sturen aan IenW", "Anna")]
        ),
        timeout=RETRY_WAIT_MS,
    )
    wait_for(qtbot, lambda: w.notes.unsaved.count() == 0, w)
    wait_for(qtbot, lambda: str(model.data(model.index(0, 0))) == "Draaiboek sturen aan IenW", w)
    assert not w.notes.retry_button.isVisible()
    assert "Not saved" not in w.notes.saved_label.text()
    assert not recovery.recovery_path(store.where).exists()
    # The retried edit is one undo step, as the table's own edit would be.
    assert w.changes.undo_stack.undoText() == "Edit action item"
    assert _sql(store.path, "SELECT count(*) FROM action_item") == [(1,)]
    assert action_id == _sql(store.path, "SELECT id FROM action_item")[0][0]


def test_meeting_edits_made_while_the_file_is_locked_are_saved_once_when_it_goes(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    short_lock_wait: None,  # noqa: F811
) -> None:
    """A new agenda point and a new action item, added while the file is locked, are stored
    once: Retry now pressed while the probe's retry is under way adds nothing twice."""
    w = window
    meeting_id = _a_meeting(store)
    panel = open_meeting(qtbot, w, meeting_id)
    editor = panel.editor
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        type_into(qtbot, editor.new_point, "Oefening najaar")
        qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: _shows_meeting_unsaved(panel, "Oefening najaar"), w)
        _add_action_by_dialog(qtbot, w, editor, "Datum oefening voorstellen")
        wait_for(qtbot, lambda: len(panel.editor.held_here()) == 2, w)
        assert _shows_meeting_unsaved(panel, "Oefening najaar", "Datum oefening voorstellen")
        kinds = sorted(type(edit).__name__ for edit in _kept(store))
        assert kinds == ["UnsavedNewAction", "UnsavedNewPoint"]
        assert _sql(store.path, "SELECT count(*) FROM agenda_item") == [(1,)]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for _press in range(3):  # impatient: the retries meet the ones under way
        qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: w.notes.unsaved.count() == 0, w)
    wait_for(qtbot, lambda: not editor.unsaved_label.isVisible(), w)
    assert _sql(
        store.path, "SELECT title FROM agenda_item WHERE deleted_at IS NULL ORDER BY position"
    ) == [("Stand van zaken",), ("Oefening najaar",)]
    assert _sql(store.path, "SELECT title FROM action_item WHERE meeting_id IS NOT NULL") == [
        ("Datum oefening voorstellen",)
    ]
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 2, w)


def _add_action_by_dialog(qtbot: QtBot, w: MainWindow, editor: Any, title: str) -> None:
    """The meeting's "Add action item" button, the title typed in its dialog, Enter."""

    def fill(dialog: Any) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is dialog.title
        type_into(qtbot, dialog.title, title)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    def dialog_shown() -> Any:
        modal = QApplication.activeModalWidget()
        return modal if modal is not None and modal.isVisible() else None

    with answering(qtbot, dialog_shown, fill, "the action dialog"):
        qtbot.mouseClick(editor.add_action_button, Qt.MouseButton.LeftButton)
    settle(w)


# --------------------------------------------------------------------------------------------
# a read-only SQLite file: Ctrl+Q asks, the next start offers the copy
# --------------------------------------------------------------------------------------------


def test_ctrl_q_with_meeting_edits_on_a_read_only_file_keeps_them_for_the_next_start(
    controller: Controller,
    store: Store,
    qtbot: QtBot,
    read_only_for_a_while: Callable[[bool], None],  # noqa: F811
    settings: Any,
) -> None:
    meeting_id = _a_meeting(store)
    w = controller.open_window(restore=False)
    settle(w)
    panel = open_meeting(qtbot, w, meeting_id)
    editor = panel.editor
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, w)
    read_only_for_a_while(True)
    # The facts: a new title, Enter saves.
    type_into(qtbot, editor.title, "Overleg kustvaart en havens")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: _shows_meeting_unsaved(panel, "Overleg kustvaart en havens"), w)
    # The agenda point's outcome (the debrief's text), saved with its button.
    click_row(qtbot, editor.agenda_view, 0)
    type_into(qtbot, editor.point_outcome, "Akkoord over de planning")
    qtbot.mouseClick(editor.save_point_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: len(editor.held_here()) == 2, w)
    # Leaving the meeting and coming back shows what was typed, still marked.
    assert not editor.has_unsaved()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(w)
    assert editor.meeting_id is None and not editor.unsaved_label.isVisible()
    click_row(qtbot, panel.view, 0)
    wait_for(qtbot, lambda: editor.title.text() == "Overleg kustvaart en havens", w)
    click_row(qtbot, editor.agenda_view, 0)
    assert editor.point_outcome.toPlainText() == "Akkoord over de planning"
    assert _shows_meeting_unsaved(panel, "Overleg kustvaart en havens", "Stand van zaken")
    with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("stay"), "the question"):
        press(qtbot, w, "Ctrl+Q")
    assert w.isVisible(), "Cancel keeps the window"
    assert editor.title.text() == "Overleg kustvaart en havens"
    with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("keep"), "the question"):
        press(qtbot, w, "Ctrl+Q")
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=WAIT_MS)
    kept = {edit.key: edit for edit in _kept(store)}
    point_id = _sql(store.path, "SELECT id FROM agenda_item")[0][0]
    assert set(kept) == {f"meeting:{meeting_id}", f"point:{point_id}"}
    held_meeting, held_point = kept[f"meeting:{meeting_id}"], kept[f"point:{point_id}"]
    assert isinstance(held_meeting, UnsavedMeeting) and isinstance(held_point, UnsavedPoint)
    assert held_meeting.typed.title == "Overleg kustvaart en havens"
    assert held_point.typed.outcome == "Akkoord over de planning"
    assert _sql(store.path, "SELECT title FROM meeting") == [("Overleg kustvaart",)]
    assert _sql(store.path, "SELECT outcome FROM agenda_item") == [("",)]
    read_only_for_a_while(False)
    _next_start(qtbot, store, settings)
    assert _sql(store.path, "SELECT title FROM meeting") == [("Overleg kustvaart en havens",)]
    assert _sql(store.path, "SELECT outcome FROM agenda_item") == [("Akkoord over de planning",)]
    assert not recovery.recovery_path(store.where).exists()


def _next_start(qtbot: QtBot, store: Store, settings: Any) -> None:
    """A new run of bnldesk on ``store``'s file: the kept edits are offered and saved."""
    again = open_store(store.location)
    later = Controller(again, settings)
    try:
        window = later.open_window(restore=False)
        settle(window)
        with answering(qtbot, _top_level("keptNotesQuestion"), _click("save"), "the offer"):
            later.offer_kept_notes()
        wait_for(qtbot, lambda: window.notes.unsaved.count() == 0, window)
    finally:
        later.shutdown()
        again.close()


# --------------------------------------------------------------------------------------------
# a new meeting typed with its first agenda points (stop 28: it was given back to the form only)
# --------------------------------------------------------------------------------------------


def _meeting_rows(path: Path) -> list[tuple[Any, ...]]:
    return _sql(path, "SELECT title, place, chair, uuid FROM meeting")


def test_a_new_meeting_typed_with_its_first_points_on_a_read_only_file_is_kept_and_stored(
    controller: Controller,
    store: Store,
    qtbot: QtBot,
    read_only_for_a_while: Callable[[bool], None],  # noqa: F811
    settings: Any,
) -> None:
    """New meeting, its facts typed, a first agenda point and a second one typed at once, on a
    file that takes no change: held as one edit (kept in the recovery file, shown not saved),
    another point typed after the failure joins it; Ctrl+Q keeps it, the next start stores
    the meeting with its three points, once."""
    w = controller.open_window(restore=False)
    settle(w)
    panel = open_meetings(qtbot, w)
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    read_only_for_a_while(True)
    type_into(qtbot, editor.title, "Overleg kustvaart najaar")
    type_into(qtbot, editor.place, "Brussel, zaal 3")
    type_into(qtbot, editor.chair, "Bram")
    type_into(qtbot, editor.new_point, "Stand van zaken")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)  # stores the meeting with its point
    type_into(qtbot, editor.new_point, "Oefening najaar")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: _shows_meeting_unsaved(panel, "Overleg kustvaart najaar"), w)
    assert "Stand van zaken" in editor.unsaved_label.toolTip()
    (held,) = _kept(store)
    assert isinstance(held, UnsavedMeeting) and held.meeting_id == 0
    assert (held.typed.title, held.typed.place, held.typed.chair) == (
        "Overleg kustvaart najaar",
        "Brussel, zaal 3",
        "Bram",
    )
    assert [p.text for p in held.points] == ["Stand van zaken", "Oefening najaar"]
    # Kept, not given back: the field is empty for the next point, which joins the meeting.
    assert editor.new_point.text() == ""
    type_into(qtbot, editor.new_point, "Rondvraag")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: len(_kept(store)[0].points) == 3, w)  # type: ignore[union-attr]
    assert editor.new_point.text() == ""
    assert _sql(store.path, "SELECT count(*) FROM meeting") == [(0,)]
    with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("keep"), "the question"):
        press(qtbot, w, "Ctrl+Q")
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=WAIT_MS)
    assert [edit.key for edit in _kept(store)] == [f"new-meeting:{held.uuid}"]
    read_only_for_a_while(False)
    _next_start(qtbot, store, settings)
    assert _meeting_rows(store.path) == [
        ("Overleg kustvaart najaar", "Brussel, zaal 3", "Bram", held.uuid)
    ]
    assert _sql(store.path, "SELECT title FROM agenda_item ORDER BY position") == [
        ("Stand van zaken",),
        ("Oefening najaar",),
        ("Rondvraag",),
    ]
    assert not recovery.recovery_path(store.where).exists()


def test_a_new_meeting_is_in_the_recovery_file_while_it_is_written_and_gone_after(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The application killed during the write loses nothing: the recovery file holds the
    new meeting and its first point when the write runs, and not once it is stored."""
    w = window
    seen: list[list[recovery.UnsavedEdit]] = []
    create = svc.create_meeting

    def create_meeting(session: Any, fields: svc.MeetingFields, **options: Any) -> Any:
        seen.append(recovery.kept(store.where))  # what a kill at this moment would leave
        return create(session, fields, **options)

    monkeypatch.setattr(svc, "create_meeting", create_meeting)
    panel = open_meetings(qtbot, w)
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.title, "Overleg havens")
    type_into(qtbot, editor.new_point, "Stand van zaken")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.meeting_id is not None, w)
    wait_for(qtbot, lambda: editor.agenda_model.rowCount() == 1, w)
    (kept_then,) = seen
    assert [(type(e).__name__, e.label) for e in kept_then] == [
        ("UnsavedMeeting", "Overleg havens: Stand van zaken")
    ]
    assert not recovery.recovery_path(store.where).exists()
    assert not editor.unsaved_label.isVisible()
    uuid = kept_then[0].uuid  # type: ignore[union-attr]
    assert _sql(store.path, "SELECT uuid FROM meeting") == [(uuid,)]
    point_uuid = kept_then[0].points[0].uuid  # type: ignore[union-attr]
    assert _sql(store.path, "SELECT uuid FROM agenda_item") == [(point_uuid,)]
