"""The names workgroups are shown by, read for many at once (the rule is
:func:`bnldesk.domain.workgroup_names.shown_name`).

Reads through a plain DB-API connection (``?`` parameters: the lists of
:mod:`bnldesk.store.listing`, which run without SQLAlchemy on the command line's fast path, and
the search's light reader) or an ORM session; SQLAlchemy is imported only for a session. It
imports no other store module, so any of them may use it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from bnldesk.domain.workgroup_names import Naming, PrintedName, ShownName, shown_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "Naming",
    "ShownName",
    "every_name_in",
    "shown_names",
    "shown_names_in",
    "workgroup_titles_in",
]

_CHUNK = 500  # ids bound per statement (SQLite's limit of bound parameters is far above)

Fetch = Callable[[str, Sequence[int]], Sequence[Sequence[Any]]]


class Connection(Protocol):
    """A DB-API connection as the lists use it (``?`` parameters): a SQLite connection or
    :class:`bnldesk.store.listing.ServerConnection`."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        """Run ``sql``; a cursor with ``fetchall``."""
        ...


def shown_names(
    connection: Connection, workgroup_ids: Iterable[int], naming: Naming
) -> dict[int, ShownName]:
    """workgroup id: the name it is shown by under ``naming`` and its other printed name, for
    each of ``workgroup_ids`` that exists. Two reads per 500 ids (the rows' own names, then
    every name their plans printed with the plan's year and language)."""
    return _shown(
        lambda sql, ids: connection.execute(sql, list(ids)).fetchall(), workgroup_ids, naming
    )


def shown_names_in(
    session: Session, workgroup_ids: Iterable[int], naming: Naming
) -> dict[int, ShownName]:
    """:func:`shown_names` read through an ORM ``session`` (a file or a server)."""
    from sqlalchemy import text

    def fetch(sql: str, ids: Sequence[int]) -> Sequence[Sequence[Any]]:
        names = iter(range(len(ids)))
        bound = "".join(f":i{next(names)}" if part == "?" else part for part in sql)
        return session.execute(text(bound), {f"i{n}": value for n, value in enumerate(ids)}).all()

    return _shown(fetch, workgroup_ids, naming)


def every_name_in(session: Session, workgroup_ids: Iterable[int]) -> dict[int, list[str]]:
    """workgroup id: every name it has (the row's, then each plan's), for each of
    ``workgroup_ids`` that exists; what tells a default title from a typed one
    (:func:`bnldesk.domain.workgroup_names.retitled`). Two reads per 500 ids."""
    from sqlalchemy import text

    names: dict[int, list[str]] = defaultdict(list)
    ids = sorted(set(workgroup_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        bound = ", ".join(f":i{n}" for n in range(len(chunk)))
        values = {f"i{n}": value for n, value in enumerate(chunk)}
        for sql in (
            f"SELECT id, name FROM workgroup WHERE id IN ({bound})",
            "SELECT workgroup_id, name FROM workgroup_plan "
            f"WHERE workgroup_id IN ({bound}) AND name IS NOT NULL AND name <> ''",
        ):
            for workgroup_id, name in session.execute(text(sql), values):
                names[int(workgroup_id)].append(str(name or ""))
    return dict(names)


def workgroup_titles_in(
    session: Session, identity_keys: Iterable[str], naming: Naming
) -> dict[str, str]:
    """workgroup identity key: "Name (CODE)" (the name alone without a code), the name it is
    shown by under ``naming``, for each of ``identity_keys`` a workgroup has. What a list of
    notes titles a workgroup note by: the label stored with a note is the name of the day it
    was written (or of the laptop it came from), so one list named one group two ways."""
    from sqlalchemy import text

    keys = sorted(set(identity_keys))
    rows: list[tuple[int, str, str | None]] = []
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        bound = ", ".join(f":k{n}" for n in range(len(chunk)))
        rows += [
            (int(workgroup_id), str(key), code)
            for workgroup_id, key, code in session.execute(
                text(
                    f"SELECT id, identity_key, code FROM workgroup WHERE identity_key IN ({bound})"
                ),
                {f"k{n}": key for n, key in enumerate(chunk)},
            )
        ]
    names = shown_names_in(session, [workgroup_id for workgroup_id, _key, _code in rows], naming)
    return {
        key: f"{names[workgroup_id].name} ({code})" if code else names[workgroup_id].name
        for workgroup_id, key, code in rows
        if workgroup_id in names
    }


def _shown(fetch: Fetch, workgroup_ids: Iterable[int], naming: Naming) -> dict[int, ShownName]:
    ids = sorted(set(workgroup_ids))
    carried: dict[int, str] = {}
    printed: dict[int, list[PrintedName]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for workgroup_id, name in fetch(
            f"SELECT id, name FROM workgroup WHERE id IN ({marks})", chunk
        ):
            carried[int(workgroup_id)] = str(name or "")
        for workgroup_id, year, language, name in fetch(
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
