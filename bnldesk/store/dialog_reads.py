"""Read queries behind the window's export dialogs: what a brief can be about, and how many
private notes an export would leave out. Plain values, never live ORM objects."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bnldesk.domain.models import Annotation, Meeting, Visibility, Workgroup


def count_private_notes(session: Session) -> int:
    """How many live notes are marked private."""
    query = (
        select(func.count())
        .select_from(Annotation)
        .where(Annotation.deleted_at.is_(None), Annotation.visibility == Visibility.PRIVATE)
    )
    return int(session.scalar(query) or 0)


def meeting_workgroup(session: Session, meeting_id: int) -> tuple[int | None, int | None]:
    """The workgroup meeting ``meeting_id`` is of (its id here, found by identity when the
    meeting came from another laptop) and the plan year of the meeting; (None, None) when the
    meeting is gone."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None, None
    workgroup_id = meeting.workgroup_id
    if workgroup_id is None and meeting.workgroup_key:
        workgroup_id = session.scalar(
            select(Workgroup.id).where(Workgroup.identity_key == meeting.workgroup_key)
        )
    return workgroup_id, meeting.plan_year
