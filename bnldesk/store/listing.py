"""The lists the command line prints, in plain SQL over a DB-API connection.

``bnldesk list workgroups`` used to pay half a second before it started (SQLAlchemy and the
models imported to read a few hundred rows). These queries need only :mod:`sqlite3`: the
command line runs them on a read connection of its own when the file is already at the current
schema (:func:`open_current`), and through the store's session otherwise (a new file, a
migration, a server), so there is one implementation of every list. No SQLAlchemy import here,
except for a search with field filters (``year:``, ``tag:``, ``kind:``, ``code:``), read by the
search's own :func:`~bnldesk.store.search_scope.allowed_rowids` so that a list (and an Excel
export, :func:`matching_select`) keeps to the same objects the search box finds.

On a PostgreSQL server the same SQL runs through a :class:`ServerConnection`
(:class:`bnldesk.store.search_pg.ServerReader`), which binds the ``?`` parameters and answers
the full-text condition from the server's index; the command line's light path is for files
only.

Each list hands back rows of its own :class:`~typing.TypedDict` (``ProgrammeRow`` ...
``ContactRow``): plain dicts, so ``bnldesk list --json`` prints them as they are, their keys in
the order each class declares them (``tests/test_list_rows.py`` pins every list's keys).
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, cast

from bnldesk.domain.search_query import Filters, parse
from bnldesk.domain.workgroup_names import Naming
from bnldesk.store.fts import KIND_CODES, KIND_SPAN, excluded_expression, match_expression
from bnldesk.store.workgroup_names import shown_names

if TYPE_CHECKING:
    from sqlalchemy import Engine

_NAMED_PARAMETER = re.compile(r"(?<![:\w]):(w\d+)\b")  # the search's filters' ":w0"
SQLITE_HEADER = b"SQLite format 3\x00"


def open_current(path: Path, head: str | None) -> sqlite3.Connection | None:
    """A read-only connection to ``path`` when it is a bnldesk database at revision ``head``;
    None when it needs the full path (missing, empty, not SQLite, another revision, busy or
    damaged: the store opens, creates or migrates it and reports faults in its own words)."""
    try:
        if head is None or not path.is_file():
            return None
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except OSError:
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head:
            conn.close()
            return None
        return conn
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return None


def damage_found(conn: sqlite3.Connection) -> list[str]:
    """What the window's start-up check finds in the file behind ``conn`` (SQLite's
    ``quick_check`` and ``foreign_key_check``, under a millisecond on the demo database once
    its pages are read): one line each, none when it is sound. The fast lists run it before
    reading, as the window and every other command do (trial 14: ``list`` read a damaged
    file). Raises ``sqlite3.Error`` for what stops the check itself (SQLITE_CORRUPT too)."""
    rows = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
    problems = [] if rows == ["ok"] else ["quick_check: " + "; ".join(map(str, rows[:5]))]
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(f"{len(broken)} broken references (first in table {broken[0][0]})")
    return problems


class ServerConnection(Protocol):
    """A server's session as these lists use it: ``execute`` with ``?`` parameters (a cursor
    with ``description`` and ``fetchall``), and the condition for a full-text match."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        """Run ``sql`` with ``?`` parameters; a cursor with ``description`` and ``fetchall``."""
        ...

    @property
    def session(self) -> Any:
        """The server's SQLAlchemy session (the search's filters read through it)."""
        ...

    def matching(self, column: str, kind: str, text: str) -> tuple[str, list[Any]]:
        """SQL (with ``?`` parameters) saying that ``column`` is the id of a ``kind`` object
        whose indexed text matches ``text``'s words and exclusions; and its parameters."""
        ...


Connection = sqlite3.Connection | ServerConnection


class ProgrammeRow(TypedDict):
    """A work programme in ``bnldesk list programmes``: ``period`` is "2021-2024"; ``themes``
    the number of its chapters (the programme's themes)."""

    id: int
    period: str
    start_year: int
    end_year: int
    title: str
    themes: int


class PlanRow(TypedDict):
    """An annual plan in ``bnldesk list plans``: ``programme`` its programme's period (None
    without one); ``chapters`` and ``workgroups`` how many it holds."""

    id: int
    year: int
    title: str
    programme: str | None
    chapters: int
    workgroups: int


class ChapterRow(TypedDict):
    """A chapter in ``bnldesk list chapters``: ``plan_year`` None for a programme's theme,
    ``programme`` the period of the programme whose theme it is (None for a plan's chapter);
    ``sections`` how many it holds."""

    id: int
    plan_year: int | None
    programme: str | None
    number: str
    title: str
    sections: int


class SectionRow(TypedDict):
    """A section in ``bnldesk list sections``: ``chapter`` its chapter's number, ``parent``
    the parent section's number (None at the top)."""

    id: int
    plan_year: int | None
    chapter: str
    number: str
    title: str
    parent: str | None


class PlanItemRow(TypedDict):
    """A plan item in ``bnldesk list items``: ``section`` its section's number, ``kind`` the
    item's kind (``ItemKind``'s value), ``body`` its text as imported."""

    id: int
    plan_year: int | None
    section: str
    section_title: str
    kind: str
    flagship: bool
    title: str
    theme: str
    body: str


class WorkgroupRow(TypedDict):
    """A workgroup in ``bnldesk list workgroups``: ``name`` the name it is shown by,
    ``parent`` its parent's code (or name), ``plans`` the years it appears in, ``sections``
    the section numbers it carries (both sorted)."""

    id: int
    code: str | None
    name: str
    parent: str | None
    plans: list[int]
    sections: list[str]


class ContactRow(TypedDict):
    """A Secretariat-General contact in ``bnldesk list contacts``: ``valid_from`` and
    ``valid_until`` ISO dates (None when open), ``validity`` the plan's own words ("tot 1
    maart 2013"), ``sections`` the section numbers they are listed under."""

    id: int
    name: str
    email: str | None
    phone: str | None
    role: str
    domain: str
    valid_from: str | None
    valid_until: str | None
    validity: str
    sections: list[str]


def _fetch(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` (``?`` parameters) as tuples, in the order of its columns."""
    return [tuple(values) for values in conn.execute(sql, tuple(params)).fetchall()]


class _Where:
    """The conditions of a list query and their parameters, in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.parts.append(condition)
        self.params.extend(params)

    def matching(self, conn: Connection, column: str, kind: str, text: str | None) -> None:
        """``column`` is the id of a ``kind`` object the search box would find for ``text``
        (read through ``conn``): its words, ``OR``, phrases, ``-word`` and ``NOT``, the last
        word as a prefix, and its field filters (``code:``, ``year:``, ``tag:``, ``kind:``,
        emoji) as the search applies them (:func:`bnldesk.store.search_scope.allowed_rowids`).
        The lists and the Excel exports (:func:`matching_select`) select their rows here, so
        a search lists and exports the same objects. Text without words or filters matches
        nothing."""
        if not text:
            return
        query = parse(text, as_you_type=True)
        if query.is_empty:
            self.add("FALSE")
            return
        if query.filters:
            self._within_filters(conn, column, kind, query.filters)
        if query.text is None and not query.excluded:
            return
        if not isinstance(conn, sqlite3.Connection):
            condition, params = conn.matching(column, kind, text)
            self.add(condition, *params)
            return
        code = KIND_CODES[kind]
        rowids = (
            f"SELECT rowid - {code * KIND_SPAN} FROM search_fts WHERE search_fts MATCH ? "
            f"AND rowid BETWEEN {code * KIND_SPAN} AND {(code + 1) * KIND_SPAN - 1}"
        )
        words = match_expression(query)
        if words is not None:
            self.add(f"{column} IN ({rowids})", words)
        else:  # only exclusions ("kind:note -politie")
            self.add(f"{column} NOT IN ({rowids})", excluded_expression(query))

    def _within_filters(self, conn: Connection, column: str, kind: str, filters: Filters) -> None:
        """``column`` is the id of a ``kind`` object the query's field filters allow."""
        # Imported here: the search's filters need the store's reader (SQLAlchemy), which
        # the command line's lists without filters do without (see the module's docstring).
        from bnldesk.store.search_reader import FileReader
        from bnldesk.store.search_scope import allowed_rowids

        # The filters read tags and codes through the connection alone (the engine serves
        # only the search's kept lists, which a list does not use).
        reader = (
            FileReader(conn, cast("Engine", None))
            if isinstance(conn, sqlite3.Connection)
            else conn.session
        )
        restriction = allowed_rowids(reader, None, filters, (kind,))
        if restriction.nothing:
            self.add("FALSE")
            return
        if not restriction.checks:
            return  # the kind taken whole
        # The allowed objects listed (their SQL names its own tables: no outer alias in it).
        condition = f"({KIND_CODES[kind] * KIND_SPAN} + {column}) IN ({restriction.union()})"
        values: list[Any] = []

        def positional(mark: re.Match[str]) -> str:
            values.append(restriction.params[mark[1]])
            return "?"

        self.add(_NAMED_PARAMETER.sub(positional, condition), *values)

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.parts)) if self.parts else ""


# Each kind's table, as :func:`matching_select` selects from it.
_TABLES = {
    "item": "plan_item",
    "section": "section",
    "chapter": "chapter",
    "workgroup": "workgroup",
    "contact": "contact",
    "annotation": "annotation",
    "meeting": "meeting",
}


def matching_select(conn: Connection, kind: str, text: str) -> tuple[str, list[Any]]:
    """SQL (``?`` parameters) selecting, as ``id``, the ids of the ``kind`` objects the search
    box finds for ``text`` (see :meth:`_Where.matching`), and its parameters: what the Excel
    exports select their rows with, the very condition of the lists."""
    where = _Where()
    where.matching(conn, "o.id", kind, text)
    return f"SELECT o.id AS id FROM {_TABLES[kind]} o {where.sql()}", where.params


def plan_id_for_year(conn: Connection, year: int | None) -> int | None:
    """The id of the plan of ``year``, or None (also for ``year`` None)."""
    if year is None:
        return None
    row = conn.execute("SELECT id FROM plan WHERE year = ?", (year,)).fetchone()
    return int(row[0]) if row else None


def list_programmes(conn: Connection) -> list[ProgrammeRow]:
    """Programmes by start year (:class:`ProgrammeRow`)."""
    return [
        ProgrammeRow(
            id=programme_id,
            period=period,
            start_year=start_year,
            end_year=end_year,
            title=title,
            themes=themes,
        )
        for programme_id, period, start_year, end_year, title, themes in _fetch(
            conn,
            "SELECT g.id, g.start_year || '-' || g.end_year, g.start_year, g.end_year, g.title, "
            "(SELECT count(*) FROM chapter c WHERE c.programme_id = g.id) "
            "FROM programme g ORDER BY g.start_year, g.id",
        )
    ]


def list_plans(conn: Connection) -> list[PlanRow]:
    """Plans by year (:class:`PlanRow`)."""
    return [
        PlanRow(
            id=plan_id,
            year=year,
            title=title,
            programme=programme,
            chapters=chapters,
            workgroups=workgroups,
        )
        for plan_id, year, title, programme, chapters, workgroups in _fetch(
            conn,
            "SELECT p.id, p.year, p.title, (SELECT g.start_year || '-' || g.end_year "
            "FROM programme g WHERE g.id = p.programme_id), "
            "(SELECT count(*) FROM chapter c WHERE c.plan_id = p.id), "
            "(SELECT count(*) FROM workgroup_plan wp WHERE wp.plan_id = p.id) "
            "FROM plan p ORDER BY p.year",
        )
    ]


def list_chapters(conn: Connection, *, plan_year: int | None = None) -> list[ChapterRow]:
    """Chapters (programme themes first), by plan year and position (:class:`ChapterRow`)."""
    where = _Where()
    if plan_year is not None:
        where.add("p.year = ?", plan_year)
    return [
        ChapterRow(
            id=chapter_id,
            plan_year=year,
            programme=programme,
            number=number,
            title=title,
            sections=sections,
        )
        for chapter_id, year, programme, number, title, sections in _fetch(
            conn,
            "SELECT c.id, p.year, "
            "CASE WHEN g.id IS NULL THEN NULL ELSE g.start_year || '-' || g.end_year END, "
            "c.number, c.title, (SELECT count(*) FROM section s WHERE s.chapter_id = c.id) "
            "FROM chapter c LEFT JOIN plan p ON p.id = c.plan_id "
            f"LEFT JOIN programme g ON g.id = c.programme_id {where.sql()} "
            "ORDER BY p.year IS NOT NULL, p.year, g.start_year, c.position, c.id",
            where.params,
        )
    ]


def list_sections(
    conn: Connection, *, plan_year: int | None = None, search: str | None = None
) -> list[SectionRow]:
    """Sections by plan year, chapter and position (:class:`SectionRow`)."""
    where = _Where()
    if plan_year is not None:
        where.add("p.year = ?", plan_year)
    where.matching(conn, "s.id", "section", search)
    return [
        SectionRow(
            id=section_id,
            plan_year=year,
            chapter=chapter,
            number=number,
            title=title,
            parent=parent,
        )
        for section_id, year, chapter, number, title, parent in _fetch(
            conn,
            "SELECT s.id, p.year, c.number, s.number, s.title, ps.number "
            "FROM section s JOIN chapter c ON c.id = s.chapter_id "
            "LEFT JOIN plan p ON p.id = c.plan_id LEFT JOIN section ps ON ps.id = s.parent_id "
            f"{where.sql()} ORDER BY p.year IS NOT NULL, p.year, c.position, s.position, s.id",
            where.params,
        )
    ]


def list_items(
    conn: Connection,
    *,
    plan_year: int | None = None,
    flagship: bool = False,
    search: str | None = None,
    kind: str | None = None,
) -> list[PlanItemRow]:
    """Plan items by plan year, chapter, section and position (:class:`PlanItemRow`)."""
    where = _Where()
    if plan_year is not None:
        where.add("p.year = ?", plan_year)
    if flagship:
        where.add("i.is_flagship = TRUE")
    if kind:
        where.add("i.kind = ?", kind)
    where.matching(conn, "i.id", "item", search)
    return [
        PlanItemRow(
            id=item_id,
            plan_year=year,
            section=section,
            section_title=section_title,
            kind=item_kind,
            flagship=bool(is_flagship),
            title=title,
            theme=theme,
            body=body,
        )
        for item_id, year, section, section_title, item_kind, is_flagship, title, theme, body in (
            _fetch(
                conn,
                "SELECT i.id, p.year, s.number, s.title, i.kind, i.is_flagship, i.title, "
                "i.theme, i.body FROM plan_item i "
                "JOIN section s ON s.id = i.section_id JOIN chapter c ON c.id = s.chapter_id "
                f"LEFT JOIN plan p ON p.id = c.plan_id {where.sql()} "
                "ORDER BY p.year IS NOT NULL, p.year, c.position, s.position, i.position, i.id",
                where.params,
            )
        )
    ]


def _grouped(conn: Connection, sql: str, ids: list[int]) -> dict[int, list[Any]]:
    """``sql`` selects (owner id, value) for the owners ``ids``; the values per owner."""
    out: dict[int, list[Any]] = defaultdict(list)
    for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for owner, value in conn.execute(sql.format(ids=marks), chunk):
            out[int(owner)].append(value)
    return out


def _section_numbers(
    conn: Connection, link_table: str, owner_column: str, ids: list[int]
) -> dict[int, list[str]]:
    """The distinct section numbers (sorted, empty ones left out) that ``link_table`` links
    to each owner of ``ids`` through ``owner_column``. Both names are ours, never user text."""
    numbers = _grouped(
        conn,
        f"SELECT link.{owner_column}, s.number FROM {link_table} link "
        f"JOIN section s ON s.id = link.section_id WHERE link.{owner_column} IN ({{ids}})",
        ids,
    )
    return {owner: sorted({n for n in found if n}) for owner, found in numbers.items()}


def list_workgroups(
    conn: Connection,
    *,
    plan_year: int | None = None,
    search: str | None = None,
    language: str | None = None,
) -> list[WorkgroupRow]:
    """Workgroups by code (or name) (:class:`WorkgroupRow`).

    ``name`` is the name it is shown by everywhere
    (:func:`bnldesk.domain.workgroup_names.shown_name`): with ``plan_year`` the name that
    year's plan printed (a later plan may have retitled it, a plan in another language
    translated it), otherwise the newest printed in ``language`` (the reader's), else the
    newest plan's.
    """
    where = _Where()
    if plan_year is not None:
        where.add(
            "w.id IN (SELECT wp.workgroup_id FROM workgroup_plan wp "
            "JOIN plan p ON p.id = wp.plan_id WHERE p.year = ?)",
            plan_year,
        )
    where.matching(conn, "w.id", "workgroup", search)
    found = _fetch(
        conn,
        "SELECT w.id, w.code, w.name, coalesce(pw.code, pw.name) "
        f"FROM workgroup w LEFT JOIN workgroup pw ON pw.id = w.parent_id {where.sql()} "
        "ORDER BY coalesce(w.code, w.name), w.id",
        where.params,
    )
    ids = [int(values[0]) for values in found]
    names = shown_names(conn, ids, Naming(plan_year, language))
    years = _grouped(
        conn,
        "SELECT wp.workgroup_id, p.year FROM workgroup_plan wp JOIN plan p ON p.id = wp.plan_id "
        "WHERE wp.workgroup_id IN ({ids})",
        ids,
    )
    numbers = _section_numbers(conn, "workgroup_section", "workgroup_id", ids)
    return [
        WorkgroupRow(
            id=workgroup_id,
            code=code,
            name=names[workgroup_id].name if workgroup_id in names else name,
            parent=parent,
            plans=sorted(years.get(workgroup_id, [])),
            sections=numbers.get(workgroup_id, []),
        )
        for workgroup_id, code, name, parent in found
    ]


def _iso_date(value: object) -> str | None:
    """A date column's value as an ISO date (SQLite keeps text, a server a date); None when
    empty."""
    return str(value)[:10] if value else None


def list_contacts(conn: Connection, *, search: str | None = None) -> list[ContactRow]:
    """Contacts by domain (:class:`ContactRow`)."""
    where = _Where()
    where.matching(conn, "k.id", "contact", search)
    found = _fetch(
        conn,
        "SELECT k.id, k.name, k.email, k.phone, k.role, k.domain, k.valid_from, "
        f"k.valid_until, k.validity_note FROM contact k {where.sql()} "
        "ORDER BY k.domain, k.id",
        where.params,
    )
    numbers = _section_numbers(
        conn, "contact_section", "contact_id", [int(values[0]) for values in found]
    )
    return [
        ContactRow(
            id=contact_id,
            name=name,
            email=email,
            phone=phone,
            role=role,
            domain=domain,
            valid_from=_iso_date(valid_from),
            valid_until=_iso_date(valid_until),
            validity=validity,
            sections=numbers.get(contact_id, []),
        )
        for contact_id, name, email, phone, role, domain, valid_from, valid_until, validity in found
    ]
