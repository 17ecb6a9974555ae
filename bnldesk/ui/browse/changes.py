"""Year over year for the window: which items a plan added or changed against the one before.

Runs on the database worker (plain sessions, no Qt); :mod:`bnldesk.store.history` does the
comparing, and a per-window cache keeps one comparison per plan year until the data changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

ComparisonCache = dict[Any, Any]


def latest_year(session: Session) -> int | None:
    """The newest plan year in the database, or None when there is no plan."""
    value = session.execute(text("SELECT max(year) FROM plan")).scalar()
    return int(value) if value is not None else None


def _comparison(session: Session, year: int, cache: ComparisonCache) -> Any:
    key = ("cmp", year)
    if key not in cache:
        from bnldesk.store import history

        cache[key] = history.compare_with_previous(session, year)
    return cache[key]


def change_ids(session: Session, year: int, change: str, cache: ComparisonCache) -> tuple[int, ...]:
    """Ids of the plan items of ``year`` whose change against the previous plan is ``change``
    ("new", "changed", or "gone" with the previous year's ids)."""
    comparison = _comparison(session, year, cache)
    if comparison.previous_year is None:
        return ()
    out = []
    for c in comparison.changes:
        if c.kind == "item" and c.status == change:
            obj = c.obj_id if c.obj_id is not None else c.previous_id
            if obj is not None:
                out.append(int(obj))
    return tuple(out)


def change_of(session: Session, detail: dict[str, Any], cache: ComparisonCache) -> str:
    """The change of one shown object (an object_detail dict) against the previous plan:
    "new", "changed" or "" (unchanged, or not a plan item, section or chapter)."""
    kind = detail["kind"]
    if kind not in ("item", "section", "chapter"):
        return ""
    years = [c for c in detail.get("crumbs", []) if c[0] == "plan"]
    if not years:
        return ""
    year = session.execute(
        text("SELECT year FROM plan WHERE id = :id"), {"id": years[-1][1]}
    ).scalar()
    if year is None:
        return ""
    comparison = _comparison(session, int(year), cache)
    if comparison.previous_year is None:
        return ""
    status = {(c.kind, c.key): c.status for c in comparison.changes}.get(
        (kind, detail.get("key")), ""
    )
    return "" if status == "same" else str(status)
