"""Year over year, set-based: the change state of plan objects in one SQL query.

The same rule as :mod:`bnldesk.store.history` (objects matched by identity key with the
previous imported plan in the same language; ``new`` when the key is not there, ``changed`` when its facts differ,
``same`` otherwise, ``gone`` for the previous plan's objects that disappeared), written as SQL
over many objects at once. The window's Change column, its Change filter and the detail pane
ask this module for the rows they show, so the cost follows the page, not the plans: no ORM
objects, no per-workgroup lazy loads, no comparison of whole plans on the database worker.

States are ``new``, ``changed``, ``same``, or ``""`` for an object of the first plan (nothing
to compare with) or of no plan (a programme's theme).
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import text
from sqlalchemy.orm import Session

State = Literal["new", "changed", "same", "gone", ""]

# The plan year before ``{year}`` (an SQL expression) printed in the same language, if any:
# titles are compared, so a French plan's projects are not "new" against a Dutch plan's (a
# plan whose language is not known compares with any).
_PREVIOUS = (
    "(SELECT max(pp.year) FROM plan pp WHERE pp.year < {year} AND (pp.language IS NULL "
    "OR pp.language = coalesce((SELECT lp.language FROM plan lp WHERE lp.year = {year}), "
    "pp.language)))"
)

# Per kind: the table (alias o) with its plan year as ``p.year``, and the facts that make two
# objects of the same key "the same" (history.plan_objects fingerprints the same fields).
_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "item": (
        "plan_item o JOIN section s ON s.id = o.section_id JOIN chapter c ON c.id = s.chapter_id "
        "JOIN plan p ON p.id = c.plan_id",
        "plan_item q JOIN section qs ON qs.id = q.section_id "
        "JOIN chapter qc ON qc.id = qs.chapter_id JOIN plan qp ON qp.id = qc.plan_id",
        ("kind", "is_flagship", "title", "body", "theme"),
    ),
    "section": (
        "section o JOIN chapter c ON c.id = o.chapter_id JOIN plan p ON p.id = c.plan_id",
        "section q JOIN chapter qc ON qc.id = q.chapter_id JOIN plan qp ON qp.id = qc.plan_id",
        ("number", "title", "body"),
    ),
    "chapter": (
        "chapter o JOIN plan p ON p.id = o.plan_id",
        "chapter q JOIN plan qp ON qp.id = q.plan_id",
        ("number", "title", "body"),
    ),
}


def state_sql(kind: str, alias: str = "o") -> str:
    """An SQL CASE giving the state of the ``kind`` object ``alias`` whose plan is ``p``.

    Usable in any query that joins the object under ``alias`` and its plan as ``p`` (see
    :data:`_KINDS`); answers from the identity-key index, a few lookups per row.
    """
    _from, previous_from, facts = _KINDS[kind]
    previous = _PREVIOUS.format(year="p.year")
    same_key = (
        f"SELECT 1 FROM {previous_from} WHERE q.identity_key = {alias}.identity_key "
        f"AND qp.year = {previous}"
    )
    # Equal or both missing: SQLite's "IS", written so that PostgreSQL reads it too.
    same_facts = " AND ".join(
        f"(q.{f} = {alias}.{f} OR (q.{f} IS NULL AND {alias}.{f} IS NULL))" for f in facts
    )
    return (
        f"CASE WHEN {previous} IS NULL THEN '' "
        f"WHEN NOT EXISTS ({same_key}) THEN 'new' "
        f"WHEN EXISTS ({same_key} AND {same_facts}) THEN 'same' "
        "ELSE 'changed' END"
    )


def states(session: Session, kind: str, ids: list[int]) -> dict[int, State]:
    """``{id: state}`` for objects of ``kind`` (item, section, chapter) by row id; objects of
    another kind have no state (an empty answer)."""
    if not ids or kind not in _KINDS:
        return {}
    source = _KINDS[kind][0]
    listed = ", ".join(str(int(i)) for i in ids)
    rows = session.execute(
        text(f"SELECT o.id, {state_sql(kind)} FROM {source} WHERE o.id IN ({listed})")
    )
    return {int(row_id): state for row_id, state in rows}


STATES = ("new", "changed", "same", "gone")


def state_condition(kind: str, state: str, year: str, alias: str = "o") -> str:
    """An SQL condition: the ``kind`` object ``alias`` (its plan ``p``) is in ``state`` in
    plan year ``year`` (an SQL expression). ``gone`` selects the previous plan's objects whose
    key the plan ``year`` no longer has. Raises ValueError for an unknown state."""
    if state not in STATES:
        raise ValueError(f"unknown change state {state!r}")
    _from, previous_from, _facts = _KINDS[kind]
    if state == "gone":
        return (
            f"p.year = {_PREVIOUS.format(year=year)} AND NOT EXISTS (SELECT 1 FROM "
            f"{previous_from} WHERE q.identity_key = {alias}.identity_key AND qp.year = {year})"
        )
    return f"p.year = {year} AND ({state_sql(kind, alias)}) = '{state}'"


def latest_year(session: Session) -> int | None:
    """The year of the newest plan in the database, or None when it holds none."""
    value = session.execute(text("SELECT max(year) FROM plan")).scalar()
    return int(value) if value is not None else None
