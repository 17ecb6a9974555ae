"""Who last changed a note, when the change was to one of its action items (stop 29).

The note's footer dates its last change by its action items' too (``ui.notes.commands
._note_data``), but adding, editing, deleting or restoring an action item left
``annotation.edited_by`` (migration 0015) as it was: after Jan Jansen set a due date on Els de
Vries's note the footer said "last changed <the time of Jan's change> by Els de Vries". Each of
those writes, their undo and redo (the same functions run backwards), the unsaved-edit retry and
the command line now name who made it.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, text, update
from ui_support import activate, double_click_cell, press, settle, type_into, wait_for

from bnldesk.domain.models import ActionItem, Annotation, Setting
from bnldesk.domain.op_changes import NoteTarget
from bnldesk.services.annotations import ActionFields, NoteFields, add_annotation, resolve_target
from bnldesk.services.recovery import UnsavedAction, store_action
from bnldesk.store.engine import Store, open_store
from bnldesk.ui import dates, i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.notes import writes
from bnldesk.ui.widgets.date_fields import DateField

ELS, JAN = "Els de Vries", "Jan Jansen"


def _els_note(store: Store) -> tuple[int, NoteTarget]:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        note = add_annotation(s, target, NoteFields(body="Standpunt NL"), author=ELS)
        return note.id, writes.target_of(target)


def _last_editor(store: Store, note_id: int) -> str:
    with store.read() as s:
        return s.get_one(Annotation, note_id).edited_by


def _els_changed_it_last(store: Store, note_id: int) -> None:
    """As if Els's change had come last, received from her laptop (a server keeps the name a
    merged record carries; it names the role for every other write)."""
    with store.transaction() as s:
        store.backend.mark_sync_transaction(s)
        s.execute(update(Annotation).where(Annotation.id == note_id).values(edited_by=ELS))
    assert _last_editor(store, note_id) == ELS


def _who(store: Store, name: str) -> str:
    """The name a change by ``name`` is recorded under: on a server, the role it connected
    as, as for a note's author (migration 0016); in a file, the name the window passes."""
    if store.is_server:
        with store.read() as s:
            return str(s.scalar(text("SELECT current_user")))
    return name


@pytest.mark.both_backends
def test_each_write_of_an_action_item_names_the_notes_last_editor(store: Store) -> None:
    note_id, target = _els_note(store)
    shown = ActionFields(title="Positie rondsturen")
    due = ActionFields(title="Positie rondsturen", due_date=dt.date(2026, 12, 8))
    with store.transaction() as s:
        action_id = writes.add_action(s, note_id, target, shown, editor=JAN).value
    assert _last_editor(store, note_id) == _who(store, JAN)
    steps: list[Callable[[Any], object]] = [
        # the edit, then its undo and redo (the undo step runs the same write backwards)
        lambda s: writes.write_action_fields(
            s, note_id, target, action_id, due, expected=shown, editor=JAN
        ),
        lambda s: writes.write_action_fields(
            s, note_id, target, action_id, shown, expected=due, editor=JAN
        ),
        lambda s: writes.write_action_fields(s, note_id, target, action_id, due, editor=JAN),
        lambda s: writes.delete_action(s, note_id, target, action_id, editor=JAN),
        lambda s: writes.restore_action(s, note_id, target, action_id, editor=JAN),
        # an edit kept on the laptop while the database could not take it, stored later
        lambda s: store_action(
            s, UnsavedAction(action_id, note_id, target_of(s), due, shown, "", JAN)
        ),
    ]
    for step in steps:
        _els_changed_it_last(store, note_id)
        with store.transaction() as s:
            step(s)
        assert _last_editor(store, note_id) == _who(store, JAN)
    with store.read() as s:
        assert s.get_one(ActionItem, action_id).due_date is None  # the retried edit took


def target_of(session: Any) -> Any:
    return resolve_target(session, "SENN-CRISE")


@pytest.mark.both_backends
def test_a_note_deleted_and_brought_back_names_who_brought_it_back(store: Store) -> None:
    note_id, target = _els_note(store)
    with store.transaction() as s:
        writes.delete_note(s, note_id, target)
    with store.transaction() as s:
        writes.restore_note(s, note_id, target, editor=JAN)
    assert _last_editor(store, note_id) == _who(store, JAN)


def test_the_window_names_who_set_a_due_date_and_who_undid_it(
    store: Store, settings: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed in the note editor's action items, then Ctrl+Z: both are Jan's changes."""
    monkeypatch.setattr(dates, "today", lambda: dt.date(2026, 11, 30))
    note_id, _target = _els_note(store)
    with store.transaction() as s:
        note = s.get_one(Annotation, note_id)
        s.add(ActionItem(annotation=note, title="Positie rondsturen"))
    settings.set("prefs/author", JAN)
    controller = Controller(store, settings)
    try:
        window = controller.open_window(restore=False)
        settle(window)
        window.show_object("annotation", note_id)
        settle(window)
        activate(qtbot, window)
        notes = window.notes
        wait_for(qtbot, lambda: notes.actions_model.rowCount() == 1, window)
        double_click_cell(qtbot, notes.actions_view, 0, 2)
        editor = notes.actions_view.viewport().findChild(DateField)
        assert editor is not None
        type_into(qtbot, editor, "demain")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(window)
        with store.read() as s:
            assert s.scalars(select(ActionItem.due_date)).one() == dt.date(2026, 12, 1)
        assert _last_editor(store, note_id) == JAN
        _els_changed_it_last(store, note_id)
        press(qtbot, window, "Ctrl+Z")
        wait_for(qtbot, lambda: _last_editor(store, note_id) == JAN, window)
        with store.read() as s:
            assert s.scalars(select(ActionItem.due_date)).one() is None
        assert "Jan Jansen" in notes.saved_label.toolTip() + notes.saved_label.text()
    finally:
        controller.shutdown()
        i18n.install("en")


def test_the_command_line_names_the_databases_user_as_the_notes_last_editor(
    tmp_path: Path,
) -> None:
    db = tmp_path / "cli.db"

    def run(*args: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "bnldesk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=dict(os.environ),
        )
        assert done.returncode == 0, done.stderr

    run("annotate", "SENN-CRISE", "Standpunt voorbereiden", "--author", ELS)
    store = open_store(db)
    try:
        with store.transaction() as s:
            s.add(Setting(key="user_name", value=JAN))
            s.execute(text("UPDATE annotation SET edited_by = :els"), {"els": ELS})
        run("action", "add", "1", "Positie sturen")
        assert _last_editor(store, 1) == JAN
        _els_changed_it_last(store, 1)
        run("action", "edit", "1", "--due", "demain")
        assert _last_editor(store, 1) == JAN
        _els_changed_it_last(store, 1)
        run("action", "edit", "1", "--due", "demain")  # nothing changes: no one is named
        assert _last_editor(store, 1) == ELS
    finally:
        store.close()
