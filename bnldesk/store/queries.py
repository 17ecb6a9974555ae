"""Read queries that hand back plain rows (dicts), never live ORM objects.

The CLI prints these rows and the GUI's worker sends them across threads, so they must not hold
a session. Filtering and sorting happen in SQL. The lists of plan objects are written once, in
plain SQL, in :mod:`bnldesk.store.listing` (the command line's light read path); these
functions run them on a session's connection (on a server, through
:class:`bnldesk.store.search_pg.ServerReader`).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Select, column, select, table
from sqlalchemy.orm import Session, selectinload

from bnldesk.domain import identity
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Chapter,
    Plan,
    Section,
)
from bnldesk.store import listing
from bnldesk.store.backend import backend_of
from bnldesk.store.fts import KIND_CODES, KIND_SPAN, fts_query

Row = dict[str, Any]


def matching_ids(session: Session, kind: str, text: str) -> Select[tuple[int]]:
    """A sub-select of the ids of ``kind`` objects whose indexed text matches ``text``.

    ``text`` is read as the search box reads it (words, ``OR``, ``-word``, ``"phrase"``,
    ``prefix*``, the last word as a prefix); text without words matches nothing.
    """
    if backend_of(session).is_server:
        from bnldesk.store import search_pg

        return search_pg.matching_ids(kind, text)
    t = table("search_fts", column("rowid"), column("search_fts"))
    query = fts_query(text, prefix=True) or '""'
    code = KIND_CODES[kind]
    return select(t.c.rowid - code * KIND_SPAN).where(
        t.c.search_fts.op("MATCH")(query),
        t.c.rowid.between(code * KIND_SPAN, (code + 1) * KIND_SPAN - 1),
    )


def dbapi(session: Session) -> listing.Connection:
    """The session's own SQLite connection, for the plain-SQL lists of :mod:`listing` (on a
    server, the session behind the same interface)."""
    if backend_of(session).is_server:
        from bnldesk.store.search_pg import ServerReader

        return ServerReader(session)
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def list_programmes(session: Session) -> list[Row]:
    return listing.list_programmes(dbapi(session))


def list_plans(session: Session) -> list[Row]:
    return listing.list_plans(dbapi(session))


def plan_id_for_year(session: Session, year: int | None) -> int | None:
    return listing.plan_id_for_year(dbapi(session), year)


def section_by_number(
    session: Session, number: str, plan_year: int | None = None
) -> Section | None:
    """The section with this number in the given year's plan, else in the newest plan having it."""
    number = identity.normalise_number(number)
    stmt = (
        select(Section)
        .join(Chapter, Chapter.id == Section.chapter_id)
        .join(Plan, Plan.id == Chapter.plan_id)
        .where(Section.number.in_([number, number + "."]))
        .order_by(Plan.year.desc())
    )
    if plan_year is not None:
        stmt = stmt.where(Plan.year == plan_year)
    return session.scalars(stmt).first()


def list_chapters(session: Session, *, plan_year: int | None = None) -> list[Row]:
    return listing.list_chapters(dbapi(session), plan_year=plan_year)


def list_sections(
    session: Session, *, plan_year: int | None = None, search: str | None = None
) -> list[Row]:
    return listing.list_sections(dbapi(session), plan_year=plan_year, search=search)


def list_items(
    session: Session,
    *,
    plan_year: int | None = None,
    flagship: bool = False,
    search: str | None = None,
    kind: str | None = None,
) -> list[Row]:
    return listing.list_items(
        dbapi(session), plan_year=plan_year, flagship=flagship, search=search, kind=kind
    )


def list_workgroups(
    session: Session, *, plan_year: int | None = None, search: str | None = None
) -> list[Row]:
    return listing.list_workgroups(dbapi(session), plan_year=plan_year, search=search)


def list_contacts(session: Session, *, search: str | None = None) -> list[Row]:
    return listing.list_contacts(dbapi(session), search=search)


def list_annotations(
    session: Session,
    *,
    plan_year: int | None = None,
    search: str | None = None,
    tag: str | None = None,
    include_deleted: bool = False,
) -> list[Row]:
    stmt = (
        select(Annotation)
        .options(selectinload(Annotation.tags), selectinload(Annotation.actions))
        .order_by(Annotation.updated_at.desc(), Annotation.id.desc())
    )
    if not include_deleted:
        stmt = stmt.where(Annotation.deleted_at.is_(None))
    if plan_year is not None:
        stmt = stmt.where(Annotation.plan_year == plan_year)
    if search:
        stmt = stmt.where(Annotation.id.in_(matching_ids(session, "annotation", search)))
    if tag:
        from bnldesk.domain.models import Tag

        stmt = stmt.where(Annotation.tags.any(Tag.name == tag))
    return [annotation_row(a) for a in session.scalars(stmt)]


def annotation_row(a: Annotation) -> Row:
    return {
        "id": a.id,
        "uuid": a.uuid,
        "target_kind": a.target_kind.value,
        "target_key": a.target_key,
        "target": a.target_label,
        "plan_year": a.plan_year,
        "body": a.body,
        "tags": [t.name for t in a.tags],
        "priority": int(a.priority),
        "status": a.status.value,
        "position": a.position_text,
        "position_state": a.position_state.value,
        "consult": a.consult,
        "visibility": a.visibility.value,
        "author": a.author,
        "delegation": a.delegation,
        "created_at": a.created_at.isoformat(timespec="seconds"),
        "updated_at": a.updated_at.isoformat(timespec="seconds"),
        "deleted": a.deleted_at is not None,
        "open_actions": sum(
            1 for x in a.actions if x.status == ActionStatus.OPEN and x.deleted_at is None
        ),
    }


def open_actions(session: Session) -> list[Row]:
    stmt = (
        select(ActionItem)
        .where(ActionItem.status == ActionStatus.OPEN, ActionItem.deleted_at.is_(None))
        .order_by(ActionItem.due_date.nulls_last())
    )
    return [
        {
            "id": x.id,
            "uuid": x.uuid,
            "title": x.title,
            "owner": x.owner,
            "due_date": x.due_date.isoformat() if x.due_date else None,
        }
        for x in session.scalars(stmt)
    ]
