"""Writes say what they changed; views refresh from that alone; undo steps follow success.

Each write the window runs returns an ``OpChanges`` carried by one signal
(``bnldesk.ui.changes.ChangeBus.changed``). Here a delegate writes in one window (the note
editor, the Meetings window) with keyboard and mouse, and every view's "read again" signal is
counted: exactly the views showing what changed read again, once. Real faults (a lock held by
another program, a service refusing a value) leave the undo stack as it was and are shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_support import (
    WAIT_MS,
    go_to,
    leave,
    new_meeting,
    open_meetings,
    press,
    settle,
    type_into,
    wait_for,
)

from bnldesk.domain.models import AgendaItem, Annotation
from bnldesk.domain.op_changes import ChangedKind, NoteTarget, OpChanges
from bnldesk.services import meetings as meeting_service
from bnldesk.store import engine as store_engine
from bnldesk.store.engine import Store
from bnldesk.store.errors import DatabaseLockedError
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import install_meeting_actions

# ------------------------------------------------------------------------------------------
# the record itself
# ------------------------------------------------------------------------------------------

SENN = NoteTarget("workgroup", "wg:SENN-CRISE")
VET = NoteTarget("workgroup", "wg:VET-CVO")


def test_a_record_names_kinds_and_ids_and_merges() -> None:
    note = OpChanges.of(ChangedKind.NOTE, notes=[7, 0], note_targets=[SENN])
    assert note.notes == {7}  # 0 is "not stored yet", never an id
    assert note.touches(ChangedKind.NOTE) and not note.touches(ChangedKind.MEETING)
    assert note.touches_notes_on(SENN) and not note.touches_notes_on(VET)
    meeting = OpChanges.of(ChangedKind.MEETING, meetings=[3])
    both = note | meeting
    assert both.kinds == {ChangedKind.NOTE, ChangedKind.MEETING}
    assert both.notes == {7} and both.meetings == {3}
    assert both.touches_meeting(3) and not both.touches_meeting(4)
    assert OpChanges().is_empty and not both.is_empty


def test_a_kind_without_ids_means_any_of_that_kind() -> None:
    merged = OpChanges.of(ChangedKind.NOTE, ChangedKind.MEETING)  # a bundle received
    assert merged.touches_notes_on(SENN) and merged.touches_notes_on(VET)
    assert merged.touches_meeting(1) and merged.touches_meeting(99)
    # A meeting's action item is on no note: the notes of an object are not touched.
    meeting_action = OpChanges.of(ChangedKind.ACTION, ChangedKind.MEETING, meetings=[1])
    assert not meeting_action.touches_notes_on(SENN)
    assert not meeting_action.touches_meeting(2)
    everything = OpChanges.everything()
    assert all(everything.touches(kind) for kind in ChangedKind)


# ------------------------------------------------------------------------------------------
# which views read again
# ------------------------------------------------------------------------------------------


class Refreshes:
    """Counts each view's "I have read and shown fresh data" signal."""

    def __init__(self, signals: dict[str, SignalInstance]) -> None:
        self.signals = signals
        self.counts = dict.fromkeys(signals, 0)
        for name, signal in signals.items():
            signal.connect(lambda *_args, name=name: self._count(name))

    def _count(self, name: str) -> None:
        self.counts[name] += 1

    def reset(self) -> None:
        self.counts = dict.fromkeys(self.signals, 0)

    def read_again(self) -> set[str]:
        return {name for name, count in self.counts.items() if count}


@pytest.fixture
def views(window: MainWindow, qtbot: QtBot) -> Iterator[Refreshes]:
    """The main window on SENN-CRISE, with the start page and the Meetings window open."""
    go_to(qtbot, window, "SENN-CRISE")
    features = install_meeting_actions(window)
    page = features.show_start_page()
    panel = open_meetings(qtbot, window)
    conflicts = features.show_conflicts()
    settle(window)
    refreshes = Refreshes(
        {
            "navigator": window.plan_model.loaded,
            "filter choices": window.filter_bar.choices_loaded,
            "totals": window.status.totals_loaded,
            "list": window.list_model.reloaded,
            "detail": window.object_shown,
            "notes": window.notes.notes_loaded,
            "start page": page.data_shown,
            "meetings list": panel.listed,
            "meeting editor": panel.editor.meeting_shown,
            "conflicts": conflicts.listed,
        }
    )
    yield refreshes
    for tool in list(features._windows.values()):
        tool.close()


def _after_write(qtbot: QtBot, window: MainWindow, views: Refreshes, expected: set[str]) -> None:
    """Wait for each expected view to read again, then let everything settle."""
    with qtbot.waitSignals([views.signals[name] for name in sorted(expected)], timeout=WAIT_MS):
        pass
    settle(window)


def test_a_new_note_refreshes_the_views_that_show_notes_and_no_other(
    window: MainWindow, views: Refreshes, qtbot: QtBot, store: Store
) -> None:
    notes = window.notes
    press(qtbot, window, "Ctrl+N")
    settle(window)
    views.reset()
    expected = {"notes", "list", "totals", "start page"}
    with qtbot.waitSignals([views.signals[name] for name in sorted(expected)], timeout=WAIT_MS):
        type_into(qtbot, notes.body, "Standpunt BE: steun")
        leave(qtbot, notes.body)
    settle(window)
    assert views.read_again() == expected
    assert all(views.counts[name] == 1 for name in expected), views.counts
    with store.read() as s:
        assert s.scalars(select(Annotation.body)).all() == ["Standpunt BE: steun"]

    # A tag: the filter bar's tag choices are read again too; the meetings are not.
    views.reset()
    expected = {"notes", "list", "totals", "start page", "filter choices"}
    with qtbot.waitSignals([views.signals[name] for name in sorted(expected)], timeout=WAIT_MS):
        type_into(qtbot, notes.tags, "oefening-2026")
        leave(qtbot, notes.tags)
    settle(window)
    assert views.read_again() == expected, views.counts


def test_an_agenda_point_refreshes_the_meetings_and_nothing_of_the_notes(
    window: MainWindow, views: Refreshes, qtbot: QtBot, store: Store
) -> None:
    panel = install_meeting_actions(window).meetings_panel()
    assert panel is not None
    editor = panel.editor
    new_meeting(qtbot, window, panel, workgroup="SENN-CRISE")
    views.reset()
    expected = {"meetings list", "meeting editor", "start page"}
    with qtbot.waitSignals([views.signals[name] for name in sorted(expected)], timeout=WAIT_MS):
        type_into(qtbot, editor.new_point, "Rondvraag")
        qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    settle(window)
    assert views.read_again() == expected, views.counts
    assert all(views.counts[name] == 1 for name in expected), views.counts
    assert editor.agenda_model.rowCount() == 1
    with store.read() as s:
        assert s.scalars(select(AgendaItem.title)).all() == ["Rondvraag"]


def test_undo_refreshes_the_views_without_any_reload_by_hand(
    window: MainWindow, views: Refreshes, qtbot: QtBot
) -> None:
    """Before: after Ctrl+Z the Meetings list still showed an undone meeting until reloaded."""
    panel = install_meeting_actions(window).meetings_panel()
    assert panel is not None
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.title, "Extra overleg")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: panel.model.rowCount() == 1, window)
    assert window.undo_stack.undoText() == "New meeting"
    views.reset()
    with qtbot.waitSignal(panel.listed, timeout=WAIT_MS):
        press(qtbot, panel, "Ctrl+Z")
    settle(window)
    assert panel.model.rowCount() == 0
    assert editor.meeting_id is None  # the editor shows a new draft: its meeting is gone
    assert "notes" not in views.read_again() and "navigator" not in views.read_again()


# ------------------------------------------------------------------------------------------
# a failed write leaves no undo step and is shown
# ------------------------------------------------------------------------------------------


@pytest.fixture
def lock(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another program holds the write lock (bnldesk waits 300 ms for it, then gives up)."""
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 300)
    store.engine.dispose()  # new connections take the short timeout
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()


def _release(holder: sqlite3.Connection) -> None:
    holder.execute("ROLLBACK")


def _live_bodies(store: Store) -> list[str]:
    with store.read() as s:
        query = select(Annotation.body).where(Annotation.deleted_at.is_(None))
        return list(s.scalars(query.order_by(Annotation.id)))


def test_a_note_written_while_the_file_is_locked_leaves_no_undo_step(
    window: MainWindow, store: Store, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    go_to(qtbot, window, "SENN-CRISE")
    notes = window.notes
    press(qtbot, window, "Ctrl+N")
    settle(window)
    stack = window.undo_stack
    count, index = stack.count(), stack.index()
    holder: sqlite3.Connection = request.getfixturevalue("lock")
    type_into(qtbot, notes.body, "Standpunt tijdens de import")
    leave(qtbot, notes.body)
    wait_for(qtbot, lambda: "in use by another program" in notes.saved_label.toolTip(), window)
    assert "Not saved" in notes.saved_label.text()
    assert (stack.count(), stack.index()) == (count, index)
    assert notes.body.toPlainText() == "Standpunt tijdens de import"  # nothing typed is lost
    _release(holder)
    # The next change brings the retry forward: the note is stored with everything typed;
    # the first step added is the note.
    type_into(qtbot, notes.body, " — bevestigd", replace=False)
    leave(qtbot, notes.body)
    wait_for(
        qtbot, lambda: _live_bodies(store) == ["Standpunt tijdens de import — bevestigd"], window
    )
    assert stack.count() > count and stack.text(count) == "Add note"


def test_an_edit_refused_by_the_lock_keeps_the_stack_and_is_stored_later(
    window: MainWindow, store: Store, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    go_to(qtbot, window, "SENN-CRISE")
    notes = window.notes
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, notes.body, "Eerste versie")
    leave(qtbot, notes.body)
    wait_for(qtbot, lambda: _live_bodies(store) == ["Eerste versie"], window)
    settle(window)
    stack = window.undo_stack
    count, index, text = stack.count(), stack.index(), stack.undoText()
    holder: sqlite3.Connection = request.getfixturevalue("lock")
    type_into(qtbot, notes.consult, "FOD Economie")
    leave(qtbot, notes.consult)
    wait_for(qtbot, lambda: "Not saved" in notes.saved_label.text(), window)
    assert (stack.count(), stack.index(), stack.undoText()) == (count, index, text)
    _release(holder)
    # The next change brings the retry forward: what the refused one did not store is
    # stored with it, as one step.
    type_into(qtbot, notes.tags, "opvolgen")
    leave(qtbot, notes.tags)

    def stored() -> bool:
        with store.read() as s:
            return list(s.scalars(select(Annotation.consult))) == ["FOD Economie"]

    wait_for(qtbot, stored, window)
    assert stack.count() == count + 1


def test_a_failed_undo_shows_why_and_keeps_the_step(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Te houden")
    leave(qtbot, window.notes.body)
    wait_for(qtbot, lambda: _live_bodies(store) == ["Te houden"], window)
    stack = window.undo_stack
    index = stack.index()
    holder: sqlite3.Connection = request.getfixturevalue("lock")
    press(qtbot, window.table, "Ctrl+Z")
    wait_for(qtbot, lambda: len(shown) == 1, window)
    assert "in use by another program" in shown[0]
    # The note is still there, and Edit > Undo still offers to undo it.
    assert stack.index() == index and stack.undoText() == "Add note"
    assert _live_bodies(store) == ["Te houden"]
    _release(holder)
    press(qtbot, window.table, "Ctrl+Z")
    wait_for(qtbot, lambda: _live_bodies(store) == [], window)
    assert stack.index() == index - 1


def test_a_point_the_service_refuses_leaves_no_undo_step(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_meetings(qtbot, window)
    editor = panel.editor
    new_meeting(qtbot, window, panel)
    stack = window.undo_stack
    count = stack.count()

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise meeting_service.MeetingError("agenda point refused: the meeting is closed")

    monkeypatch.setattr(meeting_service, "add_agenda_point_from_text", refuse)
    type_into(qtbot, editor.new_point, "Varia")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    settle(window)
    assert stack.count() == count
    assert editor.problem.isVisibleTo(editor)
    assert editor.problem.text() == "Agenda point refused: the meeting is closed"
    assert editor.agenda_model.rowCount() == 0


# ------------------------------------------------------------------------------------------
# the step after a write that notes what is stored (so it is not taken for another program's)
# ------------------------------------------------------------------------------------------


def _write_a_note_with_a_broken_settle(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    fault: Exception,
) -> list[str]:
    """A delegate writes a note while the settle step after each write raises ``fault``;
    returns the messages shown to the delegate."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))

    def broken_settle() -> None:
        raise fault

    monkeypatch.setattr(window.changes, "settle_after_write", broken_settle)
    go_to(qtbot, window, "SENN-CRISE")
    press(qtbot, window, "Ctrl+N")
    type_into(qtbot, window.notes.body, "Na de vergadering")
    leave(qtbot, window.notes.body)
    wait_for(qtbot, lambda: _live_bodies(store) == ["Na de vergadering"], window)
    settle(window)
    return shown


def test_a_bug_in_the_step_after_a_write_is_an_internal_error_and_the_write_stays(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Before: the settle step ran under ``suppress(Exception)``, so a bug there vanished."""
    shown = _write_a_note_with_a_broken_settle(
        window, store, qtbot, monkeypatch, ZeroDivisionError("settle step bug")
    )
    assert shown == [
        "Internal error (ZeroDivisionError). The details are in the log; please report it."
    ]
    assert "ZeroDivisionError: settle step bug" in caplog.text  # the traceback, in the log
    # The write itself is stored, its undo step pushed and the notes list shows it.
    assert window.undo_stack.undoText() == "Add note"
    assert window.notes.body.toPlainText() == "Na de vergadering"


def test_a_locked_database_after_a_write_is_logged_not_shown(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The store's own error for a lock (what it raises for SQLITE_BUSY): the note is saved,
    so nothing is shown; the log says why the next look reads the views again."""
    locked = DatabaseLockedError(f"{store.path}")
    shown = _write_a_note_with_a_broken_settle(window, store, qtbot, monkeypatch, locked)
    assert shown == []
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert f"what a write stored could not be noted: {locked}" in warnings
    assert "Traceback" not in caplog.text
    assert window.undo_stack.undoText() == "Add note"
