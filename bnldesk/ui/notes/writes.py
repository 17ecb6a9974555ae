"""The note editor's writes: each is one transaction and says what it changed.

Plain functions on a :class:`Session` (no Qt) returning :class:`~bnldesk.ui.changes.Written`:
the new or written id, and an :class:`OpChanges` naming the note (or action item) and the
object the note is on, so only the views showing that object's notes read them again. The
undo commands (:mod:`bnldesk.ui.notes.commands`) run the same functions backwards.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import ActionItem, Annotation
from bnldesk.domain.op_changes import ChangedKind, NoteTarget, OpChanges
from bnldesk.services import annotations as svc
from bnldesk.services.annotations import ActionFields, NoteFields, Target
from bnldesk.services.note_edits import SaveResult, save_action, save_note
from bnldesk.ui.changes import Written


class RecordMissing(BnldeskError):
    """The note or action item an edit is about is no longer in the database."""


def target_of(target: Target) -> NoteTarget:
    """The record's name for the object ``target`` notes are written on."""
    return NoteTarget(target.kind.value, target.key)


def note_changes(
    note_id: int, target: NoteTarget, *, tags: bool = False, action_id: int = 0
) -> OpChanges:
    """What a write of note ``note_id`` on ``target`` changed (``tags``: the tag names may
    have; ``action_id``: one of its action items, not the note's own fields)."""
    kinds = [ChangedKind.ACTION] if action_id else [ChangedKind.NOTE]
    if tags:
        kinds.append(ChangedKind.TAG)
    return OpChanges.of(*kinds, notes=[note_id], note_targets=[target], actions=[action_id])


def _note(session: Session, note_id: int) -> Annotation:
    note = session.get(Annotation, note_id)
    if note is None:
        raise RecordMissing(f"note {note_id} is no longer in the database")
    return note


def _action(session: Session, action_id: int) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise RecordMissing(f"action item {action_id} is no longer in the database")
    return action


def create_note(
    session: Session, target: Target, fields: NoteFields, author: str, delegation: str
) -> Written[int]:
    """A new note on ``target``; the value is its id."""
    note = svc.add_annotation(session, target, fields, author=author, delegation=delegation)
    return Written(note.id, note_changes(note.id, target_of(target), tags=bool(fields.tags)))


def write_note_fields(
    session: Session,
    note_id: int,
    target: NoteTarget,
    fields: NoteFields,
    *,
    tags: bool,
    expected: NoteFields | None = None,
    editor: str = "",
) -> Written[SaveResult]:
    """Save the delegate's edit of note ``note_id`` (``tags``: they may differ from before).

    ``expected`` is the note as the editor showed it: only the fields that differ from it are
    written, over the note as stored now, so a change saved meanwhile by another window, the
    command line, a bundle or a colleague on the server is kept; a field changed on both sides
    keeps the stored value and this edit's is kept as a conflict
    (:func:`bnldesk.services.note_edits.save_note`). Without ``expected`` every field is written.
    ``editor`` (the preferences' author name) is recorded as who changed the note last.
    """
    _note(session, note_id)
    result = save_note(session, note_id, fields, expected=expected, editor=editor)
    changes = note_changes(note_id, target, tags=tags or "tags" in result.taken)
    if result.conflict:
        changes = changes | OpChanges.of(ChangedKind.CONFLICT)
    return Written(result, changes)


def delete_note(session: Session, note_id: int, target: NoteTarget) -> Written[int]:
    """Soft-delete note ``note_id`` with its action items (undone by :func:`restore_note`)."""
    svc.delete_annotation(session, _note(session, note_id))
    return Written(note_id, note_changes(note_id, target) | _actions_of_note())


def restore_note(
    session: Session, note_id: int, target: NoteTarget, *, editor: str
) -> Written[int]:
    """Bring back the soft-deleted note ``note_id`` (same row, same UUID) with its actions;
    ``editor`` (the preferences' author name) is who changed it last."""
    svc.restore_annotation(session, _note(session, note_id), editor=editor)
    return Written(note_id, note_changes(note_id, target) | _actions_of_note())


def _actions_of_note() -> OpChanges:
    # Deleting or restoring a note does the same to its action items (open-action counts).
    return OpChanges.of(ChangedKind.ACTION)


def add_action(
    session: Session, note_id: int, target: NoteTarget, fields: ActionFields, *, editor: str
) -> Written[int]:
    """A new action item on note ``note_id``, by ``editor``; the value is its id."""
    action = svc.add_action(
        session,
        _note(session, note_id),
        fields.title,
        fields.owner,
        fields.due_date,
        editor=editor,
    )
    return Written(action.id, note_changes(note_id, target, action_id=action.id))


def write_action_fields(
    session: Session,
    note_id: int,
    target: NoteTarget,
    action_id: int,
    fields: ActionFields,
    *,
    expected: ActionFields | None = None,
    editor: str,
) -> Written[SaveResult]:
    """Save the delegate's edit of action item ``action_id`` (on note ``note_id``).

    With ``expected`` (the row as the table showed it) only the changed fields are written,
    over what is stored now, as :func:`write_note_fields` does; without it every field.
    ``editor`` (the preferences' author name) is recorded as who changed the note last.
    """
    action = _action(session, action_id)
    if expected is None:
        svc.apply_action_fields(action, fields, editor=editor)
        result = SaveResult(action_id, saved=True, conflict=False)
    else:
        result = save_action(session, action_id, fields, expected=expected, editor=editor)
    changes = note_changes(note_id, target, action_id=action_id)
    if result.conflict:
        changes = changes | OpChanges.of(ChangedKind.CONFLICT)
    return Written(result, changes)


def delete_action(
    session: Session, note_id: int, target: NoteTarget, action_id: int, *, editor: str
) -> Written[int]:
    """Soft-delete action item ``action_id`` (undone by :func:`restore_action`), by
    ``editor``."""
    svc.delete_action(_action(session, action_id), editor=editor)
    return Written(action_id, note_changes(note_id, target, action_id=action_id))


def restore_action(
    session: Session, note_id: int, target: NoteTarget, action_id: int, *, editor: str
) -> Written[int]:
    """Bring back the soft-deleted action item ``action_id``, by ``editor``."""
    svc.restore_action(_action(session, action_id), editor=editor)
    return Written(action_id, note_changes(note_id, target, action_id=action_id))
