"""Read queries behind the window's export dialogs: how many private notes an export would
leave out. Plain values, never live ORM objects."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bnldesk.domain.models import Annotation, Visibility


def count_private_notes(session: Session) -> int:
    """How many live notes are marked private."""
    query = (
        select(func.count())
        .select_from(Annotation)
        .where(Annotation.deleted_at.is_(None), Annotation.visibility == Visibility.PRIVATE)
    )
    return int(session.scalar(query) or 0)
