"""On a delegation server the note's author and its last editor are named the same way: by the
role that wrote them (stop 29, migration 0016).

0009's trigger made a new note's author the connected role ("anna") while 0015's
``edited_by`` took the window's preferences name ("Anna Peeters"): Anna's own note, changed by
her, read "By anna, last changed … by Anna Peeters", and a delegate could sign a change with a
colleague's name. Real server, real roles (tests/pg_server.py); the footer's words are the
note editor's own (``changed_by_line``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bnldesk.domain.models import ActionItem, Annotation
from bnldesk.services.annotations import ActionFields, NoteFields, add_annotation, resolve_target
from bnldesk.services.note_edits import save_action, save_note
from bnldesk.store.engine import Store
from bnldesk.ui.notes.commands import load_notes
from bnldesk.ui.notes.editor import changed_by_line


def _footer(store: Store, note_id: int) -> str:
    with store.read() as s:
        note = s.get_one(Annotation, note_id)
        kind, key = note.target_kind.value, note.target_key
    (shown,) = [n for n in load_notes(store, kind, key) if n.id == note_id]
    return changed_by_line(shown)


def _names(store: Store, note_id: int) -> tuple[str, str]:
    with store.read() as s:
        note = s.get_one(Annotation, note_id)
        return note.author, note.edited_by


def test_the_server_names_the_author_and_the_last_editor_alike(
    delegates: dict[str, Store], qapp: Any
) -> None:
    anna, bram = delegates["anna"], delegates["bram"]
    with anna.transaction() as s:  # the window passes the preferences' name for both
        fields = NoteFields(body="NL steunt het voorstel", visibility="delegation")
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), fields, author="Anna Peeters")
        note_id = note.id
        # Read back from the server within the transaction, as the window's next read does.
        assert (note.author, note.edited_by) == ("anna", "anna")
    assert _names(anna, note_id) == ("anna", "anna")
    assert _footer(anna, note_id).startswith("By anna, last changed ")
    assert " by " not in _footer(anna, note_id).removeprefix("By anna")

    shown = NoteFields(body="NL steunt het voorstel", visibility="delegation")
    typed = NoteFields(body="NL steunt het voorstel, met voorbehoud", visibility="delegation")
    with bram.transaction() as s:
        assert save_note(s, note_id, typed, expected=shown, editor="Anna Peeters").saved
    assert _names(bram, note_id) == ("anna", "bram")  # not the name Bram's laptop claimed
    assert _footer(bram, note_id).endswith(" by bram.")

    with anna.transaction() as s:  # Anna sets a due date on an action item of her note
        action = ActionItem(annotation=s.get_one(Annotation, note_id), title="Nabellen")
        s.add(action)
        s.flush()
        action_id = action.id
    due = ActionFields(title="Nabellen", due_date=dt.date(2026, 12, 8))
    with anna.transaction() as s:
        saved = save_action(s, action_id, due, expected=ActionFields("Nabellen"), editor="Anna")
        assert saved.saved
    assert _names(anna, note_id) == ("anna", "anna")
    footer = _footer(anna, note_id)
    assert footer.startswith("By anna, last changed ") and " by " not in footer[8:], footer
    with anna.read() as s:
        assert s.scalars(select(ActionItem.due_date)).one() == dt.date(2026, 12, 8)
