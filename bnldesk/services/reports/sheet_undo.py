"""Undoing and redoing an applied Notes sheet import as one step (Edit > Undo in the window).

An import changes many notes at once; :func:`undo_import` puts back what
:func:`~.annotations_roundtrip.apply_import` reported it changed: each updated note's fields
as they were, each new note deleted (soft, like any delete), and the remembered sheet rows as
they were, so that importing the sheet again after an undo offers the same changes again.
:func:`redo_import` writes the import's result again.

Nothing newer is ever overwritten: a note that changed since the import (an edit in bnldesk
that is not on the undo stack, a received bundle, another window) is left as it is and named
in the outcome. Undo and redo are new edits (a new ``updated_at``), so other laptops take them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain.models import Annotation, SheetRow
from bnldesk.services.annotations import (
    NoteFields,
    apply_fields,
    delete_annotation,
    restore_annotation,
)
from bnldesk.services.reports.annotations_roundtrip import (
    ApplyReport,
    SheetRowState,
    values_of,
)

__all__ = ["StepOutcome", "redo_import", "undo_import"]


@dataclass
class StepOutcome:
    """What an undo or redo did: notes put back, and the notes left as they are because they
    changed since (their UUIDs)."""

    notes: int = 0
    left: list[str] = field(default_factory=list)


def _same(note: Annotation, fields: NoteFields) -> bool:
    return values_of(NoteFields.of(note)) == values_of(fields)


def _note(session: Session, uuid: str) -> Annotation | None:
    return session.scalar(select(Annotation).where(Annotation.uuid == uuid))


def _put_rows(session: Session, states: list[SheetRowState]) -> None:
    """Make the remembered rows look as in ``states`` (absent ones removed)."""
    for state in states:
        record = session.get(SheetRow, (state.sheet_key, state.row_key))
        if state.row_number is None:
            if record is not None:
                session.delete(record)
            continue
        if record is None:
            record = SheetRow(sheet_key=state.sheet_key, row_key=state.row_key)
            session.add(record)
        record.row_number = state.row_number
        record.note_uuid = state.note_uuid
        record.baseline = state.baseline
        if state.imported_at is not None:
            record.imported_at = state.imported_at


def undo_import(session: Session, report: ApplyReport) -> StepOutcome:
    """Put back what the import of ``report`` changed, in the caller's transaction."""
    outcome = StepOutcome()
    new = set(report.new_uuids)
    for uuid, after in report.after.items():
        note = _note(session, uuid)
        if note is None or note.deleted_at is not None or not _same(note, after):
            outcome.left.append(uuid)
            continue
        if uuid in new:
            delete_annotation(session, note)
        else:
            apply_fields(session, note, report.before[uuid])
        outcome.notes += 1
    # Remembered rows in reverse order: a row remembered twice gets its first state back.
    _put_rows(session, list(reversed(report.rows_before)))
    session.flush()
    return outcome


def redo_import(session: Session, report: ApplyReport) -> StepOutcome:
    """Write the import of ``report`` again after :func:`undo_import`."""
    outcome = StepOutcome()
    new = set(report.new_uuids)
    for uuid, after in report.after.items():
        note = _note(session, uuid)
        if note is None:
            outcome.left.append(uuid)
            continue
        if uuid in new:
            if note.deleted_at is None or not _same(note, after):
                outcome.left.append(uuid)
                continue
            restore_annotation(session, note)
        else:
            if note.deleted_at is not None or not _same(note, report.before[uuid]):
                outcome.left.append(uuid)
                continue
            apply_fields(session, note, after)
        outcome.notes += 1
    _put_rows(session, report.rows_after)
    session.flush()
    return outcome
