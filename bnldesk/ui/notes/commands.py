"""Notes as plain data, and the undoable commands that change them.

Every change a delegate makes to a note is a :class:`QUndoCommand` on the window's one
:class:`QUndoStack`; ``redo``/``undo`` queue the write on the database worker (so writes keep
their order) and announce the change on :class:`NotesBus` when it is stored, so every view that
shows notes refreshes. Nothing here holds an ORM object across threads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from bnldesk.domain.models import ActionItem, Annotation, TargetKind
from bnldesk.services import annotations as svc
from bnldesk.services.annotations import ActionFields, NoteFields, Target
from bnldesk.services.note_edits import save_note
from bnldesk.store.engine import Store
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.worker import DbWorker


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

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if a.fields.status == "open")


def _note_data(note: Annotation) -> NoteData:
    return NoteData(
        id=note.id,
        uuid=note.uuid,
        fields=NoteFields.of(note),
        author=note.author,
        delegation=note.delegation,
        created=note.created_at.isoformat(sep=" ", timespec="minutes"),
        updated=note.updated_at.isoformat(sep=" ", timespec="minutes"),
        plan_year=note.plan_year,
        target_label=note.target_label,
        actions=tuple(
            ActionData(a.id, ActionFields.of(a)) for a in note.actions if a.deleted_at is None
        ),
    )


def load_target(store: Store, kind: str, obj_id: int) -> Target:
    with store.read() as s:
        return svc.target_of(s, TargetKind("chapter" if kind == "theme" else kind), obj_id)


def load_notes(store: Store, kind: str, key: str) -> list[NoteData]:
    with store.read() as s:
        return [_note_data(n) for n in svc.notes_for(s, kind, key)]


def all_tags(store: Store) -> list[str]:
    from bnldesk.store import browse

    with store.read() as s:
        return browse.all_tags(s)


class NotesBus(QObject):
    """Announces stored note changes: (target kind, target key, note id or 0)."""

    changed = Signal(str, str, int)
    # A note was created by a command (so the editor can select it): (kind, key, note id).
    created = Signal(str, str, int)


class _StoreCommand(QUndoCommand):
    def __init__(self, worker: DbWorker, bus: NotesBus, kind: str, key: str, text: str) -> None:
        super().__init__(text)
        self.worker = worker
        self.bus = bus
        self.kind = kind
        self.key = key

    def _write(self, fn: Any, note_id: int = 0) -> None:
        def job(store: Store) -> int:
            with store.transaction() as s:
                result = fn(s)
            return int(result or note_id)

        self.worker.run(job, lambda nid: self.bus.changed.emit(self.kind, self.key, nid))


class AddNoteCommand(_StoreCommand):
    """Create a note; undo soft-deletes it and redo restores the same row (same UUID)."""

    def __init__(
        self,
        worker: DbWorker,
        bus: NotesBus,
        target: Target,
        fields: NoteFields,
        author: str,
        delegation: str,
    ) -> None:
        super().__init__(worker, bus, target.kind.value, target.key, tr("Add note"))
        self.target = target
        self.fields = fields
        self.author = author
        self.delegation = delegation
        self.note_id = 0

    def redo(self) -> None:
        if self.note_id:
            nid = self.note_id
            self._write(lambda s: svc.restore_annotation(s, s.get(Annotation, nid)), nid)
            return

        def create(store: Store) -> int:
            with store.transaction() as s:
                note = svc.add_annotation(
                    s, self.target, self.fields, author=self.author, delegation=self.delegation
                )
                return note.id

        def done(nid: int) -> None:
            self.note_id = nid
            self.bus.changed.emit(self.kind, self.key, nid)
            self.bus.created.emit(self.kind, self.key, nid)

        self.worker.run(create, done)

    def undo(self) -> None:
        # The worker runs jobs in order, so note_id is known by the time this job runs.
        def job(s: Any) -> int:
            note = s.get(Annotation, self.note_id)
            if note is not None:
                svc.delete_annotation(s, note)
            return self.note_id

        self._write(job)


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


def edit_text(field_name: str) -> str:
    """What Edit > Undo says for an edit of ``field_name`` ("Undo Change priority")."""
    return tr(EDIT_TEXTS.get(field_name, QT_TRANSLATE_NOOP("", "Edit note")))


class EditNoteCommand(_StoreCommand):
    """Change a note's fields. Consecutive edits of the same field of the same note merge."""

    MERGE_ID = 4701

    def __init__(
        self,
        worker: DbWorker,
        bus: NotesBus,
        kind: str,
        key: str,
        note_id: int,
        before: NoteFields,
        after: NoteFields,
        field_name: str,
    ) -> None:
        super().__init__(worker, bus, kind, key, edit_text(field_name))
        self.note_id = note_id
        self.before = before
        self.after = after
        self.field_name = field_name

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteCommand):
            return False
        if other.note_id != self.note_id or other.field_name != self.field_name:
            return False
        if self.field_name not in ("body", "position_text", "consult"):
            return False
        self.after = other.after
        return True

    def _apply(self, fields: NoteFields, expected: NoteFields) -> None:
        # Saved only over the note as this editor showed it: a colleague's change saved on the
        # server meanwhile is kept, and this edit becomes a conflict to resolve.
        nid = self.note_id
        values = replace(fields, tags=list(fields.tags))
        self._write(lambda s: save_note(s, nid, values, expected=expected).note_id, nid)

    def redo(self) -> None:
        self._apply(self.after, self.before)

    def undo(self) -> None:
        self._apply(self.before, self.after)


class DeleteNoteCommand(_StoreCommand):
    def __init__(self, worker: DbWorker, bus: NotesBus, kind: str, key: str, note_id: int) -> None:
        super().__init__(worker, bus, kind, key, tr("Delete note"))
        self.note_id = note_id

    def redo(self) -> None:
        nid = self.note_id
        self._write(lambda s: svc.delete_annotation(s, s.get(Annotation, nid)), nid)

    def undo(self) -> None:
        nid = self.note_id
        self._write(lambda s: svc.restore_annotation(s, s.get(Annotation, nid)), nid)


class AddActionCommand(_StoreCommand):
    def __init__(
        self,
        worker: DbWorker,
        bus: NotesBus,
        kind: str,
        key: str,
        note_id: int,
        fields: ActionFields,
    ) -> None:
        super().__init__(worker, bus, kind, key, tr("Add action item"))
        self.note_id = note_id
        self.fields = fields
        self.action_id = 0

    def redo(self) -> None:
        if self.action_id:
            aid = self.action_id
            self._write(lambda s: svc.restore_action(s.get(ActionItem, aid)), self.note_id)
            return
        nid, f = self.note_id, self.fields

        def create(s: Any) -> int:
            action = svc.add_action(s, s.get(Annotation, nid), f.title, f.owner, f.due_date)
            self.action_id = action.id
            return nid

        self._write(create, nid)

    def undo(self) -> None:
        self._write(lambda s: svc.delete_action(s.get(ActionItem, self.action_id)), self.note_id)


class EditActionCommand(_StoreCommand):
    def __init__(
        self,
        worker: DbWorker,
        bus: NotesBus,
        kind: str,
        key: str,
        note_id: int,
        action_id: int,
        before: ActionFields,
        after: ActionFields,
    ) -> None:
        super().__init__(worker, bus, kind, key, tr("Edit action item"))
        self.note_id = note_id
        self.action_id = action_id
        self.before = before
        self.after = after

    def _apply(self, fields: ActionFields) -> None:
        aid = self.action_id
        self._write(lambda s: svc.apply_action_fields(s.get(ActionItem, aid), fields), self.note_id)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class DeleteActionCommand(_StoreCommand):
    def __init__(
        self, worker: DbWorker, bus: NotesBus, kind: str, key: str, note_id: int, action_id: int
    ) -> None:
        super().__init__(worker, bus, kind, key, tr("Delete action item"))
        self.note_id = note_id
        self.action_id = action_id

    def redo(self) -> None:
        aid = self.action_id
        self._write(lambda s: svc.delete_action(s.get(ActionItem, aid)), self.note_id)

    def undo(self) -> None:
        aid = self.action_id
        self._write(lambda s: svc.restore_action(s.get(ActionItem, aid)), self.note_id)


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    return dt.date.fromisoformat(text)
