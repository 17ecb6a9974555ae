"""The names workgroups are shown by, read for many at once (the rule is
:func:`bnldesk.domain.workgroup_names.shown_name`).

Reads through a plain DB-API connection (``?`` parameters) so that the lists of
:mod:`bnldesk.store.listing` (which run without SQLAlchemy, on the command line's fast path),
the search's light reader and ORM sessions share it; SQLAlchemy is imported only for a
session.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bnldesk.domain.workgroup_names import Naming, PrintedName, ShownName, shown_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bnldesk.store.listing import Connection

__all__ = ["Naming", "ShownName", "shown_names", "shown_names_in"]

_CHUNK = 500  # ids bound per statement (SQLite's limit of bound parameters is far above)


def shown_names(
    connection: Connection, workgroup_ids: Iterable[int], naming: Naming
) -> dict[int, ShownName]:
    """workgroup id: the name it is shown by under ``naming`` and its other printed name, for
    each of ``workgroup_ids`` that exists. Two reads per 500 ids (the rows' own names, then
    every name their plans printed with the plan's year and language)."""
    ids = sorted(set(workgroup_ids))
    carried: dict[int, str] = {}
    printed: dict[int, list[PrintedName]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for workgroup_id, name in _fetch(
            connection, f"SELECT id, name FROM workgroup WHERE id IN ({marks})", chunk
        ):
            carried[int(workgroup_id)] = str(name or "")
        for workgroup_id, year, language, name in _fetch(
            connection,
            "SELECT wp.workgroup_id, p.year, p.language, wp.name FROM workgroup_plan wp "
            f"JOIN plan p ON p.id = wp.plan_id WHERE wp.workgroup_id IN ({marks}) "
            "AND wp.name IS NOT NULL AND wp.name <> ''",
            chunk,
        ):
            printed[int(workgroup_id)].append(PrintedName(int(year), language, str(name)))
    return {
        workgroup_id: shown_name(name, printed.get(workgroup_id, ()), naming)
        for workgroup_id, name in carried.items()
    }


def shown_names_in(
    session: Session, workgroup_ids: Iterable[int], naming: Naming
) -> dict[int, ShownName]:
    """:func:`shown_names` read through an ORM ``session``."""
    from bnldesk.store.queries import dbapi

    return shown_names(dbapi(session), workgroup_ids, naming)


def _fetch(connection: Connection, sql: str, parameters: list[int]) -> list[Any]:
    return list(connection.execute(sql, parameters).fetchall())
