"""Full-text search on a PostgreSQL server: the index bnldesk writes there, and the searches of
:mod:`bnldesk.store.search` and the lists of :mod:`bnldesk.store.listing` on it.

The index (migrations 0007 and 0009), rowid ``kind code * 2**32 + id`` as on a file:

* ``search_document (rowid, heading, document)``: every searchable object but private notes,
  two ``tsvector`` columns with GIN indexes (:mod:`bnldesk.store.pg_fts` says what they hold);
  delegates may read it, not write it;
* ``search_private (rowid, owner, document)``: private notes. No delegate reads it: the
  function ``bnldesk_private_entries(query)`` (SECURITY DEFINER) hands each role its own
  entries, found through the GIN index;
* ``search_pending (rowid, owner, gone)``: objects changed since they were indexed, marked by
  the tables' triggers (SECURITY DEFINER: a delegate's statements cannot write a search table).

Writing the index is :mod:`bnldesk.store.pg_index`'s.

Searching answers the questions of :class:`bnldesk.store.search.SearchIndex` with the same
bounded passes as FTS5: ``ORDER BY rowid DESC LIMIT n`` over the GIN matches.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bnldesk.domain.search_query import Query, parse, title_words
from bnldesk.store import pg_fts
from bnldesk.store.fts import KIND_CODES, KIND_SPAN, PLAN_OBJECTS_BELOW
from bnldesk.store.search_reading import TitleHits, by_kind, select_shown, shown_of
from bnldesk.store.search_scope import Allowed, Restriction

NOTE_CODE = KIND_CODES["annotation"]  # the only kind with private entries


# --------------------------------------------------------------------------------------------
# searching
# --------------------------------------------------------------------------------------------

_NUMBERS = itertools.count()


class _Binder:
    """Placeholders ``:name`` for the values of one statement, with unique names."""

    def __init__(self, prefix: str = "pg") -> None:
        self.prefix = f"{prefix}{next(_NUMBERS)}_"
        self.params: dict[str, Any] = {}

    def __call__(self, value: object) -> str:
        name = f"{self.prefix}{len(self.params)}"
        self.params[name] = value
        return ":" + name


def _entries(binder: _Binder, prefilter: str | None, *, private: bool, where: str = "") -> str:
    """The index rows as ``(rowid, heading, document)``: public entries (``where`` narrows
    them, e.g. to a range of rowids) and, with ``private``, the role's own private entries
    (those matching ``prefilter`` when there is one)."""
    public = f"SELECT rowid, heading, document FROM search_document{where}"
    if not private:
        return public
    query = binder(prefilter) if prefilter is not None else "NULL"
    own = (
        "SELECT rowid, CAST(NULL AS tsvector), document FROM "
        f"bnldesk_private_entries(CAST({query} AS tsquery))"
    )
    return f"{public} UNION ALL {own}"


def _text_condition(query: Query, column: str, binder: _Binder) -> tuple[str, str | None]:
    """SQL for the query's words on ``column`` and against its exclusions (on the whole
    document), and the ``tsquery`` the GIN index answers for the words (a superset)."""
    assert query.text is not None
    match = pg_fts.render(query.text, column, binder)
    parts = [match.condition]
    parts += [f"NOT {pg_fts.render(p, 'e.document', binder).condition}" for p in query.excluded]
    return " AND ".join(parts), match.prefilter


class ServerIndex:
    """The server's index as :class:`bnldesk.store.search.SearchIndex`."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def allowed(self, restriction: Restriction) -> Allowed:
        """The filters as a condition on ``e.rowid``: the allowed objects are a sub-select
        the server hashes once per statement (no cache: other users write meanwhile)."""
        if not restriction.checks:
            return Allowed(condition=restriction.condition("e.rowid") or "")
        parts = [f"(e.rowid BETWEEN {low} AND {high})" for low, high in restriction.ranges]
        parts.append(f"e.rowid IN ({restriction.union()})")
        return Allowed("(" + " OR ".join(parts) + ")", restriction.params)

    def prepare(self, restriction: Restriction) -> None:
        """Nothing is kept between statements on a server (other delegates write meanwhile)."""

    def title_hits(self, query: Query, allowed: Allowed, limit: int) -> TitleHits:
        """The newest plan objects whose title or code matches ``query`` (at most ``limit``
        rowids within ``allowed``, newest first), what they show and the folded words of the
        heading each is ranked by (folded here: the server keeps no words of its own)."""
        rowids = self.title_candidates(query, allowed, limit)
        if not rowids:
            return TitleHits([], {})
        shown = shown_of(self.rows(by_kind(rowids), headings=True), headings=True)
        words = {rowid: title_words(row[3]) for rowid, row in shown.items()}
        return TitleHits(rowids, words, shown)

    def title_candidates(self, query: Query, allowed: Allowed, limit: int) -> list[int]:
        """The newest plan objects whose title or code matches ``query``: at most ``limit``
        ids, within ``allowed``."""
        binder = _Binder()
        titles, _ = _text_condition(query, "e.heading", binder)
        plan_objects = f" WHERE rowid < {PLAN_OBJECTS_BELOW * KIND_SPAN}"
        source = _entries(binder, None, private=False, where=plan_objects)
        return self._newest(source, titles, binder, allowed, limit)

    def other_candidates(
        self, query: Query, allowed: Allowed, limit: int, besides: Collection[int]
    ) -> list[int]:
        """The newest objects matching ``query`` in any field (notes too) but those
        ``besides``: at most ``limit`` ids, within ``allowed``."""
        binder = _Binder()
        everything, prefilter = _text_condition(query, "e.document", binder)
        source = _entries(binder, prefilter, private=True)
        found = self._newest(source, everything, binder, allowed, limit + len(besides))
        return [rowid for rowid in found if rowid not in besides][:limit]

    def without_words(self, query: Query, allowed: Allowed, limit: int) -> tuple[list[int], bool]:
        """Objects within ``allowed`` that match none of the excluded parts (a query of only
        ``-word``): at most ``limit`` ids, and whether that was all of them."""
        binder = _Binder()
        conditions = [
            f"NOT {pg_fts.render(p, 'e.document', binder).condition}" for p in query.excluded
        ]
        source = _entries(binder, None, private=True)
        found = self._newest(source, " AND ".join(conditions), binder, allowed, limit + 1)
        return found[:limit], len(found) <= limit

    def count(self, query: Query, allowed: Allowed) -> int:
        """How many objects within ``allowed`` match ``query`` (the true total)."""
        binder = _Binder()
        if query.text is not None:
            condition, prefilter = _text_condition(query, "e.document", binder)
        else:
            prefilter = None
            condition = " AND ".join(
                f"NOT {pg_fts.render(p, 'e.document', binder).condition}" for p in query.excluded
            )
        source = _entries(binder, prefilter, private=True)
        where = [c for c in (condition, allowed.condition) if c]
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        return int(
            self.session.execute(
                text(f"SELECT count(*) FROM ({source}) AS e{clause}"),
                {**allowed.params, **binder.params},
            ).scalar_one()
        )

    def _newest(
        self, source: str, condition: str, binder: _Binder, allowed: Allowed, limit: int
    ) -> list[int]:
        where = [c for c in (condition, allowed.condition) if c]
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        rows = self.session.execute(
            text(
                f"SELECT e.rowid FROM ({source}) AS e{clause} "
                f"ORDER BY e.rowid DESC LIMIT {int(limit)}"
            ),
            {**allowed.params, **binder.params},
        )
        return [int(r[0]) for r in rows]

    def rows(self, wanted: dict[str, list[int]], *, headings: bool) -> Sequence[Sequence[Any]]:
        """What the hits ``wanted`` show (:func:`select_shown`, the ids written out)."""
        found: list[Sequence[Any]] = []
        for kind, ids in wanted.items():
            listed = ", ".join(str(int(i)) for i in ids)
            found += self.session.execute(text(select_shown(kind, listed, headings=headings)))
        return found


def _matching_sql(kind: str, user_text: str, binder: _Binder) -> str:
    """SQL selecting the ids of ``kind`` objects whose indexed text matches what was typed
    (the last word as a prefix); nothing for text without words."""
    query = parse(user_text, as_you_type=True)
    if query.text is None and not query.excluded:
        return "SELECT CAST(NULL AS integer) WHERE FALSE"
    code = KIND_CODES[kind]
    low, high = code * KIND_SPAN, (code + 1) * KIND_SPAN - 1
    if query.text is not None:
        condition, prefilter = _text_condition(query, "e.document", binder)
    else:  # only exclusions ("kind:note -politie")
        prefilter = None
        condition = " AND ".join(
            f"NOT {pg_fts.render(p, 'e.document', binder).condition}" for p in query.excluded
        )
    source = _entries(
        binder, prefilter, private=code == NOTE_CODE, where=f" WHERE rowid BETWEEN {low} AND {high}"
    )
    return (
        f"SELECT CAST(e.rowid - {low} AS integer) FROM ({source}) AS e "
        f"WHERE e.rowid BETWEEN {low} AND {high} AND {condition}"
    )


# --------------------------------------------------------------------------------------------
# the lists of bnldesk.store.listing on a server
# --------------------------------------------------------------------------------------------

_NAMED = re.compile(r":(\w+)")


class _Cursor:
    """Rows of a statement as :mod:`listing` reads a DB-API cursor."""

    def __init__(self, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        self.description = [(name,) for name in names]
        self._rows = rows

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self._rows)

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._rows)


class ServerReader:
    """A server session behind the interface :mod:`bnldesk.store.listing` runs its SQL on
    (:class:`bnldesk.store.listing.ServerConnection`): ``?`` parameters, and full-text
    conditions answered from the server's index."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> _Cursor:
        """Run ``sql`` with ``?`` parameters (bound by name for the server); a small cursor."""
        values = list(parameters)
        params: dict[str, Any] = {}

        def name(_mark: re.Match[str]) -> str:
            key = f"p{len(params)}"
            params[key] = values[len(params)]
            return ":" + key

        result = self.session.execute(text(re.sub(r"\?", name, sql)), params)
        return _Cursor(list(result.keys()), [tuple(row) for row in result])

    def matching(self, column: str, kind: str, text: str) -> tuple[str, list[Any]]:
        """SQL (with ``?`` parameters) saying that ``column`` is the id of a ``kind`` object
        whose indexed text matches ``text``; and its parameters."""
        binder = _Binder("match")
        sql = _matching_sql(kind, text, binder)
        ordered: list[Any] = []

        def positional(mark: re.Match[str]) -> str:
            ordered.append(binder.params[mark[1]])
            return "?"

        return f"{column} IN ({_NAMED.sub(positional, sql)})", ordered


# --------------------------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------------------------

_OBJECTS: dict[str, str] = {
    "chapter": "SELECT count(*) FROM chapter",
    "section": "SELECT count(*) FROM section",
    "item": "SELECT count(*) FROM plan_item",
    "workgroup": "SELECT count(*) FROM workgroup",
    "contact": "SELECT count(*) FROM contact",
    "meeting": "SELECT count(*) FROM meeting WHERE deleted_at IS NULL",
    "annotation": (
        "SELECT count(*) FROM annotation WHERE deleted_at IS NULL AND "
        "(visibility <> 'private' OR owner = current_user)"
    ),
}


def index_check(session: Session) -> str | None:
    """None when every searchable object this role may read has exactly its one search entry
    and nothing waits to be indexed, else what differs (the server's own index structures are
    checked by :mod:`bnldesk.store.check_server`)."""
    wrong = []
    for kind, sql in _OBJECTS.items():
        code = KIND_CODES[kind]
        low, high = code * KIND_SPAN, (code + 1) * KIND_SPAN - 1
        entries = int(
            session.execute(
                text(
                    f"SELECT count(*) FROM ({_entries(_Binder(), None, private=code == NOTE_CODE)})"
                    f" AS e WHERE e.rowid BETWEEN {low} AND {high}"
                )
            ).scalar_one()
        )
        objects = int(session.execute(text(sql)).scalar_one())
        if entries != objects:
            wrong.append(f"{kind}: {entries} search entries for {objects} objects")
    waiting = int(
        session.execute(text("SELECT count(*) FROM bnldesk_search_pending()")).scalar_one()
    )
    if waiting:
        wrong.append(f"{waiting} changed objects not yet indexed")
    return "; ".join(wrong) or None
