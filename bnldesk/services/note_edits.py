"""Saving a delegate's edit of a note without writing over a change saved meanwhile.

An editor shows a note; meanwhile the command line, a second window, a received bundle or a
colleague on the server may save the same note. The edit is therefore merged field by field
inside the write's transaction (:func:`bnldesk.domain.field_merge.merge_fields`): only the
fields the delegate changed are written, fields changed elsewhere keep their new values, and a
field changed on both sides keeps the stored value while the delegate's is kept as a conflict
(the sync module's machinery: resolved field by field in the conflict view or ``bnldesk
conflicts``). The note's ``version`` (migration 0009) tells an editor that knows no more than
the version whether anyone saved the note since.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bnldesk.domain.field_merge import merge_fields
from bnldesk.domain.models import ActionItem, Annotation, utcnow
from bnldesk.services.annotations import (
    ActionFields,
    NoteFields,
    TargetNotFound,
    apply_action_fields,
    apply_fields,
)
from bnldesk.services.sync import keep_as_conflict, record_of
from bnldesk.services.sync_records import timestamp


@dataclass(frozen=True)
class SaveResult:
    """What a save did.

    ``saved``: something of the edit was written; ``conflict``: (part of) the edit clashed
    with a newer version and was kept as a conflict; ``taken``: the fields someone else changed
    since the editor showed the record (their values stay); ``clashes``: the fields kept aside.
    """

    note_id: int
    saved: bool
    conflict: bool
    taken: tuple[str, ...] = ()
    clashes: tuple[str, ...] = ()

    @property
    def changed_elsewhere(self) -> bool:
        """Whether the record had been saved elsewhere since the editor showed it."""
        return bool(self.taken or self.clashes)


def _tag_set(tags: list[str]) -> list[str]:
    return sorted({" ".join(tag.split())[:100] for tag in tags if tag.strip()})


def _same_value(name: str, first: Any, second: Any) -> bool:
    if name == "tags":
        return _tag_set(first) == _tag_set(second)
    return bool(first == second)


def _keep_aside(
    session: Session,
    kind: str,
    row: Any,
    values: dict[str, Any],  # a form's fields by record field name: any of their types
    editor: str = "",
) -> None:
    """Keep ``values`` (the delegate's clashing fields) as a conflict beside ``row``; a note's
    kept version names ``editor`` as who made it."""
    current = record_of(session, kind, row)
    if kind == "annotation":
        values = {**values, "edited_by": editor}
    if "tags" in values:
        values = {**values, "tags": tuple(_tag_set(values["tags"]))}
    if "priority" in values:
        values = {**values, "priority": int(values["priority"])}
    if isinstance(values.get("due_date"), dt.date):
        values = {**values, "due_date": values["due_date"].isoformat()}
    mine = dataclasses.replace(current, **values, updated_at=timestamp(utcnow()))
    keep_as_conflict(session, kind, current, mine)


def save_note(
    session: Session,
    note_id: int,
    fields: NoteFields,
    known_version: int | None = None,
    *,
    expected: NoteFields | None = None,
    editor: str = "",
) -> SaveResult:
    """Save a delegate's edit of note ``note_id``: ``fields`` as typed, made on the note as it
    read ``expected`` (what the editor showed) or on the version ``known_version``.

    With ``expected`` only the fields that differ from it are written, over what is stored now;
    a field someone else changed meanwhile to another value is not overwritten: the delegate's
    value is kept as a conflict. With only ``known_version``, an edit of an older version is
    kept as a conflict whole. With neither it saves every field. ``editor`` (the delegate's
    name, "" when not known) is recorded as who made the note's last change. Raises
    :class:`TargetNotFound` for a note that is gone.
    """
    note = session.get(Annotation, note_id, with_for_update=True)
    if note is None:
        raise TargetNotFound(
            f"note {note_id} no longer exists", code="note_gone", values=(note_id,)
        )
    if expected is None:
        if known_version is None or note.version == known_version:
            apply_fields(session, note, fields)
            note.edited_by = editor
            session.flush()
            return SaveResult(note_id, saved=True, conflict=False)
        _keep_aside(session, "annotation", note, dataclasses.asdict(fields), editor)
        return SaveResult(note_id, saved=False, conflict=True)
    merge = merge_fields(expected, fields, NoteFields.of(note), _same_value)
    if merge.written:
        apply_fields(session, note, merge.value)
        note.edited_by = editor
        session.flush()
    if merge.clashes:
        clashing = {name: getattr(fields, name) for name in merge.clashes}
        _keep_aside(session, "annotation", note, clashing, editor)
    return SaveResult(note_id, bool(merge.written), bool(merge.clashes), merge.taken, merge.clashes)


def save_action(
    session: Session,
    action_id: int,
    fields: ActionFields,
    *,
    expected: ActionFields,
    editor: str | None = None,
) -> SaveResult:
    """Save a delegate's edit of action item ``action_id`` (``expected``: as the table showed
    it), field by field as :func:`save_note` does; where something is written, its note names
    ``editor`` as who changed it last. Raises :class:`TargetNotFound` for an action item that
    is gone.
    """
    action = session.get(ActionItem, action_id, with_for_update=True)
    if action is None:
        raise TargetNotFound(
            f"action item {action_id} no longer exists", code="action_gone", values=(action_id,)
        )
    merge = merge_fields(expected, fields, ActionFields.of(action))
    if merge.written:
        apply_action_fields(action, merge.value, editor=editor)
        session.flush()
    if merge.clashes:
        _keep_aside(
            session, "action_item", action, {name: getattr(fields, name) for name in merge.clashes}
        )
    return SaveResult(
        action_id, bool(merge.written), bool(merge.clashes), merge.taken, merge.clashes
    )
