"""Notes as plain data, and the undo steps of the writes that change them.

Every change a delegate makes to a note is written first (``ChangeBus.write`` with a job from
:mod:`bnldesk.ui.notes.writes`); once it is stored, its undo step is pushed on the window's one
:class:`QUndoStack`, so a write that fails leaves nothing to undo. Undo and redo run their own
writes through the bus, which tells every view what changed. Nothing here holds an ORM object
across threads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from bnldesk.domain.models import Annotation, TargetKind
from bnldesk.domain.op_changes import NoteTarget
from bnldesk.domain.workgroup_names import Naming
from bnldesk.services import annotations as svc
from bnldesk.services.annotations import ActionFields, NoteFields, Target
from bnldesk.store.engine import Store
from bnldesk.ui.changes import ChangeBus, UndoableWrite, Written, in_transaction
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.notes import writes
from bnldesk.ui.undo_texts import UndoText


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class ActionData:
    id: int
    fields: ActionFields


@dataclass(frozen=True)
class NoteData:
    id: int
    uuid: str
    fields: NoteFields
    author: str
    delegation: str
    created: str
    updated: str
    plan_year: int | None
    target_label: str
    actions: tuple[ActionData, ...] = field(default_factory=tuple)
    edited_by: str = ""  # who made the last change; "" when not known

    @property
    def open_actions(self) -> int:
        return sum(1 for action in self.actions if action.fields.status == "open")


def _note_data(note: Annotation) -> NoteData:
    return NoteData(
        id=note.id,
        uuid=note.uuid,
        fields=NoteFields.of(note),
        author=note.author,
        delegation=note.delegation,
        edited_by=note.edited_by,
        created=note.created_at.isoformat(sep=" ", timespec="minutes"),
        # The note's last change counts its action items' (added, edited, removed): the
        # footer "Last change" stood still while they changed (fourth delegate trial).
        updated=max([note.updated_at, *(action.updated_at for action in note.actions)]).isoformat(
            sep=" ", timespec="minutes"
        ),
        plan_year=note.plan_year,
        target_label=note.target_label,
        actions=tuple(
            ActionData(action.id, ActionFields.of(action))
            for action in note.actions
            if action.deleted_at is None
        ),
    )


def load_target(store: Store, kind: str, obj_id: int, naming: Naming | None = None) -> Target:
    """The object ``(kind, obj_id)`` notes are written on; a workgroup named under
    ``naming`` (the window's plan in scope and language)."""
    with store.read() as session:
        return svc.target_of(
            session, TargetKind("chapter" if kind == "theme" else kind), obj_id, naming
        )


def load_notes(store: Store, kind: str, key: str) -> list[NoteData]:
    with store.read() as session:
        return [_note_data(n) for n in svc.notes_for(session, kind, key)]


def all_tags(store: Store) -> list[str]:
    from bnldesk.store import browse

    with store.read() as session:
        return browse.all_tags(session)


SessionWrite = Callable[[Session], Written[object]]


class NoteCommand(UndoableWrite):
    """An undo step of the note editor: the write that undoes it and the one that redoes it
    (each one transaction; see :mod:`bnldesk.ui.notes.writes`)."""

    def __init__(
        self, bus: ChangeBus, text: UndoText, undo_write: SessionWrite, redo_write: SessionWrite
    ) -> None:
        super().__init__(bus, text)
        self._undo_write = undo_write
        self._redo_write = redo_write

    def undo_job(self) -> Callable[[Store], Written[object]]:
        return in_transaction(self._undo_write)

    def redo_job(self) -> Callable[[Store], Written[object]]:
        return in_transaction(self._redo_write)


# Each step's ``editor`` is the preferences' author name of the window that made it: who
# undoes or redoes it is who made it (one window, one delegate), named as the note's last editor.


def add_note_step(
    bus: ChangeBus, note_id: int, target: NoteTarget, editor: str = ""
) -> NoteCommand:
    """Undo soft-deletes the new note; redo restores the same row (same UUID)."""
    return NoteCommand(
        bus,
        lambda: tr("Add note"),
        lambda s: writes.delete_note(s, note_id, target),
        lambda s: writes.restore_note(s, note_id, target, editor=editor),
    )


def delete_note_step(
    bus: ChangeBus, note_id: int, target: NoteTarget, editor: str = ""
) -> NoteCommand:
    return NoteCommand(
        bus,
        lambda: tr("Delete note"),
        lambda s: writes.restore_note(s, note_id, target, editor=editor),
        lambda s: writes.delete_note(s, note_id, target),
    )


def add_action_step(
    bus: ChangeBus, note_id: int, target: NoteTarget, action_id: int, editor: str = ""
) -> NoteCommand:
    return NoteCommand(
        bus,
        lambda: tr("Add action item"),
        lambda s: writes.delete_action(s, note_id, target, action_id, editor=editor),
        lambda s: writes.restore_action(s, note_id, target, action_id, editor=editor),
    )


def edit_action_step(
    bus: ChangeBus,
    note_id: int,
    target: NoteTarget,
    action_id: int,
    before: ActionFields,
    after: ActionFields,
    editor: str = "",
) -> NoteCommand:
    return NoteCommand(
        bus,
        lambda: tr("Edit action item"),
        # Each way changes only what the edit changed, over what is stored then.
        lambda s: writes.write_action_fields(
            s, note_id, target, action_id, before, expected=after, editor=editor
        ),
        lambda s: writes.write_action_fields(
            s, note_id, target, action_id, after, expected=before, editor=editor
        ),
    )


def delete_action_step(
    bus: ChangeBus, note_id: int, target: NoteTarget, action_id: int, editor: str = ""
) -> NoteCommand:
    return NoteCommand(
        bus,
        lambda: tr("Delete action item"),
        lambda s: writes.restore_action(s, note_id, target, action_id, editor=editor),
        lambda s: writes.delete_action(s, note_id, target, action_id, editor=editor),
    )


EDIT_TEXTS: dict[str, str] = {
    "body": QT_TRANSLATE_NOOP("", "Edit note text"),
    "tags": QT_TRANSLATE_NOOP("", "Change tags"),
    "priority": QT_TRANSLATE_NOOP("", "Change priority"),
    "status": QT_TRANSLATE_NOOP("", "Change status"),
    "position_text": QT_TRANSLATE_NOOP("", "Edit position"),
    "position_state": QT_TRANSLATE_NOOP("", "Change position state"),
    "consult": QT_TRANSLATE_NOOP("", "Edit who to consult"),
    "visibility": QT_TRANSLATE_NOOP("", "Change visibility"),
}
# Typing in these fields makes one undo step per field, however many pauses it had.
MERGED_FIELDS = ("body", "position_text", "consult")


def edit_text(field_name: str) -> str:
    """What Edit > Undo says for an edit of ``field_name`` ("Undo Change priority")."""
    return tr(EDIT_TEXTS.get(field_name, QT_TRANSLATE_NOOP("", "Edit note")))


def changed_fields(before: NoteFields, after: NoteFields) -> list[str]:
    """The names of the fields whose values differ, in the form's order."""
    return [name for name in EDIT_TEXTS if getattr(before, name) != getattr(after, name)]


class EditNoteCommand(UndoableWrite):
    """A change of a note's fields. Consecutive edits of the same text field of the same note
    merge into one step."""

    MERGE_ID = 4701

    def __init__(
        self,
        bus: ChangeBus,
        note_id: int,
        target: NoteTarget,
        before: NoteFields,
        after: NoteFields,
        editor: str = "",
    ) -> None:
        changed = changed_fields(before, after)
        self.field_name = changed[0] if len(changed) == 1 else "several"
        field_name = self.field_name
        super().__init__(bus, lambda: edit_text(field_name))
        self.note_id = note_id
        self.target = target
        self.before = before
        self.after = after
        self.editor = editor  # who undoes or redoes it is who made it: one window, one delegate

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteCommand):
            return False
        if other.note_id != self.note_id or other.field_name != self.field_name:
            return False
        if self.field_name not in MERGED_FIELDS:
            return False
        self.after = other.after
        return True

    def _job(self, fields: NoteFields, expected: NoteFields) -> Callable[[Store], Written[object]]:
        # Saved only over the note as this editor showed it: a colleague's change saved on the
        # server meanwhile is kept, and this edit becomes a conflict to resolve.
        note_id, target = self.note_id, self.target
        values = replace(fields, tags=list(fields.tags))
        shown = replace(expected, tags=list(expected.tags))
        tags, editor = self.before.tags != self.after.tags, self.editor
        return in_transaction(
            lambda s: writes.write_note_fields(
                s, note_id, target, values, tags=tags, expected=shown, editor=editor
            )
        )

    def undo_job(self) -> Callable[[Store], Written[object]]:
        return self._job(self.before, self.after)

    def redo_job(self) -> Callable[[Store], Written[object]]:
        return self._job(self.after, self.before)
