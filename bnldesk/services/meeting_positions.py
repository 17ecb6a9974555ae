"""The delegation's positions an agenda point gathers from the notes, each naming its object.

A point about a section, chapter or workgroup covers several plan objects (a section's
projects and objectives, a workgroup's sections): the positions noted on them are listed under
the point in the Meetings window, the meeting brief and ``bnldesk meeting show``. Read aloud
in the meeting, "Akkoord, mits budget" says nothing without the object it is about, so each
names it by its code or number and short title, in the delegate's language
(:func:`object_name`: "SENN-CRISE · Strategische werkgroep Crisisbeheersing", "3.1
Energiebeleid", "3.1 Nieuw project: Roadmap fietsstimulering").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.models import (
    Annotation,
    Meeting,
    TargetKind,
)
from bnldesk.services.meetings import get_meeting
from bnldesk.services.reports.audience import Audience, shown_notes
from bnldesk.services.reports.brief_data import point_note_keys
from bnldesk.services.reports.object_names import object_name, shorten


@dataclass(frozen=True)
class GatheredPosition:
    """A note's position listed under an agenda point: the point's id, the object the note is
    on (``about``: its short name, empty when it is the point's own object; ``about_full``:
    its whole name), the position's text, state (a PositionState value) and whom to consult."""

    point_id: int
    about: str
    about_full: str
    text: str
    state: str
    consult: str


def gathered_positions(
    session: Session,
    meeting_id: int,
    language: str,
    *,
    include_private: bool = True,
    audience: Audience = Audience.DELEGATION,
) -> dict[int, list[GatheredPosition]]:
    """point id: the positions noted on the plan objects meeting ``meeting_id``'s point
    covers (its own object first, then the covered ones in the brief's order; within one,
    the most important note first), each naming its object. A position the same as the
    point's own text is left out; private notes only with ``include_private``, shareable ones
    only for other delegations (``audience``, as a brief for them gathers them). Raises
    :class:`~bnldesk.services.meetings.MeetingError` for an unknown meeting."""
    meeting: Meeting = get_meeting(session, meeting_id)
    gathered: dict[int, list[GatheredPosition]] = {}
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for point in meeting.agenda_items:
        if point.deleted_at is not None or point.target_kind == TargetKind.FREE:
            continue
        keys = point_note_keys(session, point)
        own = (point.target_kind.value, point.target_key)
        said = {identity.fold(point.position_text)} if point.position_text.strip() else set()
        found: list[GatheredPosition] = []
        for note in _position_notes(session, keys, shown_notes(audience, include_private)):
            text, key = note.position_text.strip(), (note.target_kind.value, note.target_key)
            if not text or identity.fold(text) in said:
                continue
            said.add(identity.fold(text))
            if key not in names:
                names[key] = _names(session, key, language, note.target_label)
            about, whole = names[key] if key != own else ("", "")
            state = note.position_state.value
            found.append(GatheredPosition(point.id, about, whole, text, state, note.consult))
        if found:
            gathered[point.id] = found
    return gathered


def _names(session: Session, key: tuple[str, str], language: str, stored: str) -> tuple[str, str]:
    """The short and whole name of the object ``key``; the note's own label when this database
    does not hold it (a note received from another laptop)."""
    short = object_name(session, *key, language)
    whole = object_name(session, *key, language, limit=None)
    fallback = stored or key[1]
    return short or shorten(fallback), whole or fallback


def _position_notes(
    session: Session, keys: list[tuple[str, str]], shown: ColumnElement[bool]
) -> list[Annotation]:
    """The live notes (those ``shown`` selects) with a position on the objects ``keys``, in
    their order; within one object the most important, then the latest first."""
    if not keys:
        return []
    stmt = (
        select(Annotation)
        .where(
            Annotation.deleted_at.is_(None),
            Annotation.target_key.in_({key for _kind, key in keys}),
            Annotation.position_text != "",
            shown,
        )
        .order_by(Annotation.priority.desc(), Annotation.updated_at.desc(), Annotation.id)
    )
    rank = {key: index for index, key in enumerate(keys)}
    notes = [
        note for note in session.scalars(stmt) if (note.target_kind.value, note.target_key) in rank
    ]
    return sorted(notes, key=lambda note: rank[(note.target_kind.value, note.target_key)])
