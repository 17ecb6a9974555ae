"""Read queries that hand back plain rows (typed dicts), never live ORM objects.

The CLI prints these rows and the GUI's worker sends them across threads, so they must not hold
a session. Filtering and sorting happen in SQL. The lists of plan objects are written once, in
plain SQL, in :mod:`bnldesk.store.listing` (the command line's light read path); these
functions run them on a session's connection (on a server, through
:class:`bnldesk.store.search_pg.ServerReader`).
"""

from __future__ import annotations

import re
import sqlite3
from typing import TypedDict, TypeVar

from sqlalchemy import Integer, Select, column, select
from sqlalchemy import text as text_clause
from sqlalchemy.orm import Session, selectinload

from bnldesk.domain import identity
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Chapter,
    Plan,
    Section,
    TargetKind,
)
from bnldesk.store import listing
from bnldesk.store.backend import backend_of
from bnldesk.store.listing import (
    ChapterRow,
    ContactRow,
    PlanItemRow,
    PlanRow,
    ProgrammeRow,
    SectionRow,
    WorkgroupRow,
)
from bnldesk.store.workgroup_names import Naming, workgroup_titles_in


class AnnotationRow(TypedDict):
    """A note in ``bnldesk list annotations --json``: its target (``target_kind``,
    ``target_key``, ``target`` its label), text, tags, ``priority`` (0-3), ``status``,
    ``position`` (the delegation's position) and ``position_state``, ``consult``,
    ``visibility``, author, times (ISO, seconds), ``deleted`` and how many open actions it has."""

    id: int
    uuid: str
    target_kind: str
    target_key: str
    target: str
    plan_year: int | None
    body: str
    tags: list[str]
    priority: int
    status: str
    position: str
    position_state: str
    consult: str
    visibility: str
    author: str
    delegation: str
    created_at: str
    updated_at: str
    deleted: bool
    open_actions: int


class OpenActionRow(TypedDict):
    """An open action item: ``due_date`` an ISO date, None without one."""

    id: int
    uuid: str
    title: str
    owner: str
    due_date: str | None


def matching_ids(session: Session, kind: str, text: str) -> Select[tuple[int]]:
    """A sub-select of the ids of the ``kind`` objects the search box finds for ``text``:
    words, ``OR``, ``-word``, ``"phrase"``, ``prefix*``, the last word as a prefix, and the
    field filters (``code:``, ``year:``, ``tag:``, ``kind:``). The same condition as the
    lists (:func:`listing.matching_select`): an export selects what ``bnldesk list`` lists.
    Text without words or filters matches nothing."""
    sql, values = listing.matching_select(dbapi(session), kind, text)
    names = iter(range(len(values)))
    named = re.sub(r"\?", lambda _mark: f":match{next(names)}", sql)
    found = (
        text_clause(named)
        .bindparams(**{f"match{number}": value for number, value in enumerate(values)})
        .columns(column("id", Integer))
        .subquery("found")
    )
    return select(found.c.id)


def dbapi(session: Session) -> listing.Connection:
    """The session's own SQLite connection, for the plain-SQL lists of :mod:`listing` (on a
    server, the session behind the same interface)."""
    if backend_of(session).is_server:
        from bnldesk.store.search_pg import ServerReader

        return ServerReader(session)
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def list_programmes(session: Session) -> list[ProgrammeRow]:
    """Every work programme as a row (``bnldesk list programmes``; see :mod:`listing`)."""
    return listing.list_programmes(dbapi(session))


def list_plans(session: Session) -> list[PlanRow]:
    """Every annual plan as a row (``bnldesk list plans``)."""
    return listing.list_plans(dbapi(session))


def plan_id_for_year(session: Session, year: int | None) -> int | None:
    """The id of the plan of ``year``, or None (also for ``year`` None)."""
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


SectionError = TypeVar("SectionError", bound=BnldeskError)


def no_section(error: type[SectionError], number: str, plan_year: int | None) -> SectionError:
    """The error of class ``error`` saying there is no section ``number`` (in the plan of
    ``plan_year`` when given), with the code and values the window words it by."""
    if plan_year is not None:
        return error(
            f"no section {number} in the {plan_year} plan",
            code="no_section_in_plan",
            values=(number, plan_year),
        )
    return error(f"no section {number}", code="no_section", values=(number,))


def list_chapters(session: Session, *, plan_year: int | None = None) -> list[ChapterRow]:
    """The chapters, of the plan of ``plan_year`` when given (``bnldesk list chapters``)."""
    return listing.list_chapters(dbapi(session), plan_year=plan_year)


def list_sections(
    session: Session, *, plan_year: int | None = None, search: str | None = None
) -> list[SectionRow]:
    """The sections, of one plan and matching ``search`` when given (``bnldesk list sections``)."""
    return listing.list_sections(dbapi(session), plan_year=plan_year, search=search)


def list_items(
    session: Session,
    *,
    plan_year: int | None = None,
    flagship: bool = False,
    search: str | None = None,
    kind: str | None = None,
) -> list[PlanItemRow]:
    """The plan items, narrowed by plan year, flagships only, ``search`` and ``kind`` when
    given (``bnldesk list items``)."""
    return listing.list_items(
        dbapi(session), plan_year=plan_year, flagship=flagship, search=search, kind=kind
    )


def list_workgroups(
    session: Session, *, plan_year: int | None = None, search: str | None = None
) -> list[WorkgroupRow]:
    """The workgroups, of one plan and matching ``search`` when given (``bnldesk list workgroups``)."""
    return listing.list_workgroups(dbapi(session), plan_year=plan_year, search=search)


def list_contacts(session: Session, *, search: str | None = None) -> list[ContactRow]:
    """The Secretariat-General contacts, matching ``search`` when given."""
    return listing.list_contacts(dbapi(session), search=search)


def list_annotations(
    session: Session,
    *,
    plan_year: int | None = None,
    search: str | None = None,
    tag: str | None = None,
    include_deleted: bool = False,
    language: str | None = None,
) -> list[AnnotationRow]:
    """The notes, newest change first, as rows of :func:`annotation_row`: of one plan year,
    matching ``search``, with ``tag``, deleted ones too with ``include_deleted``; a
    workgroup note's target named as the workgroup is shown under ``plan_year`` and
    ``language`` (the reader's: "nl", "fr", "en"; None: not known)."""
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
    notes = list(session.scalars(stmt))
    # One workgroup, one name in the list (the label stored with a note is its day's).
    titles = workgroup_titles_in(
        session,
        [note.target_key for note in notes if note.target_kind == TargetKind.WORKGROUP],
        Naming(plan_year, language),
    )
    rows = [annotation_row(note) for note in notes]
    for row in rows:
        if row["target_kind"] == TargetKind.WORKGROUP.value:
            row["target"] = titles.get(str(row["target_key"]), row["target"])
    return rows


def annotation_row(note: Annotation) -> AnnotationRow:
    """A note as plain data: its target, text, tags, priority (0-3), status, position,
    visibility, author, times (ISO, seconds) and how many open actions it has."""
    return AnnotationRow(
        id=note.id,
        uuid=note.uuid,
        target_kind=note.target_kind.value,
        target_key=note.target_key,
        target=note.target_label,
        plan_year=note.plan_year,
        body=note.body,
        tags=[tag.name for tag in note.tags],
        priority=int(note.priority),
        status=note.status.value,
        position=note.position_text,
        position_state=note.position_state.value,
        consult=note.consult,
        visibility=note.visibility.value,
        author=note.author,
        delegation=note.delegation,
        created_at=note.created_at.isoformat(timespec="seconds"),
        updated_at=note.updated_at.isoformat(timespec="seconds"),
        deleted=note.deleted_at is not None,
        open_actions=sum(
            1
            for action in note.actions
            if action.status == ActionStatus.OPEN and action.deleted_at is None
        ),
    )


def open_actions(session: Session) -> list[OpenActionRow]:
    """The open action items, earliest due date first (none last): id, uuid, title, owner, due date."""
    stmt = (
        select(ActionItem)
        .where(ActionItem.status == ActionStatus.OPEN, ActionItem.deleted_at.is_(None))
        .order_by(ActionItem.due_date.nulls_last())
    )
    return [
        OpenActionRow(
            id=action.id,
            uuid=action.uuid,
            title=action.title,
            owner=action.owner,
            due_date=action.due_date.isoformat() if action.due_date else None,
        )
        for action in session.scalars(stmt)
    ]
