"""Saving a delegate's edit of a note without writing over a colleague's newer version.

On a server two delegates may edit one note at once: the note's ``version`` (migration 0009)
and what the editor showed tell whether someone saved it meanwhile; if so the edit is kept as a
conflict through the sync module's machinery (field by field, resolved in the conflict view),
never written over the newer text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bnldesk.domain.models import Annotation, utcnow
from bnldesk.services.annotations import NoteFields, TargetNotFound, apply_fields
from bnldesk.services.sync import keep_as_conflict, record_of
from bnldesk.services.sync_records import AnnotationRecord, timestamp


@dataclass(frozen=True)
class SaveResult:
    """What :func:`save_note` did: saved the edit, or kept it as a conflict with a newer version."""

    note_id: int
    saved: bool
    conflict: bool


def _same_fields(first: NoteFields, second: NoteFields) -> bool:
    def steady(fields: NoteFields) -> NoteFields:
        tags = sorted({" ".join(t.split())[:100] for t in fields.tags if t.strip()})
        return NoteFields(**{**fields.__dict__, "tags": tags})

    return steady(first) == steady(second)


def save_note(
    session: Session,
    note_id: int,
    fields: NoteFields,
    known_version: int | None = None,
    *,
    expected: NoteFields | None = None,
) -> SaveResult:
    """Save a delegate's edit of note ``note_id``, made on the version ``known_version`` or on
    the note as it read ``expected`` (what the editor showed).

    When someone else saved the note since (a colleague on the same server), the edit is not
    written over theirs: it is kept as a conflict beside the note, listed by ``bnldesk
    conflicts`` and the conflict view, and resolved field by field there. With neither
    ``known_version`` nor ``expected`` it saves unconditionally. Raises
    :class:`TargetNotFound` for a note that is gone.
    """
    note = session.get(Annotation, note_id, with_for_update=True)
    if note is None:
        raise TargetNotFound(f"note {note_id} no longer exists")
    unchanged = (known_version is None or note.version == known_version) and (
        expected is None or _same_fields(NoteFields.of(note), expected)
    )
    if unchanged:
        apply_fields(session, note, fields)
        session.flush()
        return SaveResult(note_id, saved=True, conflict=False)
    current = record_of(session, "annotation", note)
    assert isinstance(current, AnnotationRecord)
    mine = dataclasses.replace(
        current,
        body=fields.body,
        tags=tuple(sorted({" ".join(t.split())[:100] for t in fields.tags if t.strip()})),
        priority=int(fields.priority),
        status=fields.status,
        position_text=fields.position_text,
        position_state=fields.position_state,
        consult=fields.consult,
        visibility=fields.visibility,
        updated_at=timestamp(utcnow()),
    )
    keep_as_conflict(session, "annotation", current, mine)
    return SaveResult(note_id, saved=False, conflict=True)
