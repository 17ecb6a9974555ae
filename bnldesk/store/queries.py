"""Read queries that hand back plain rows (dicts), never live ORM objects.

The CLI prints these rows and the GUI's worker sends them across threads, so they must not hold
a session. Filtering and sorting happen in SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, column, func, select, table
from sqlalchemy.orm import Session, aliased, selectinload

from bnldesk.domain import identity
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Chapter,
    Contact,
    Plan,
    PlanItem,
    Programme,
    Section,
    Workgroup,
    workgroup_plan,
)
from bnldesk.store.backend import backend_of
from bnldesk.store.search import fts_query

Row = dict[str, Any]


def matching_ids(session: Session, kind: str, text: str) -> Select[tuple[int]]:
    """A sub-select of the ids of ``kind`` objects whose indexed text matches ``text``."""
    if backend_of(session).is_server:
        from bnldesk.store import search_pg

        return search_pg.matching_ids(kind, text)
    t = table("search_fts", column("kind"), column("obj_id"), column("search_fts"))
    query = fts_query(text, prefix=True) or '""'
    return select(t.c.obj_id).where(t.c.kind == kind, t.c.search_fts.op("MATCH")(query))


def list_programmes(session: Session) -> list[Row]:
    rows = session.scalars(select(Programme).order_by(Programme.start_year))
    return [
        {
            "id": p.id,
            "period": p.period,
            "start_year": p.start_year,
            "end_year": p.end_year,
            "title": p.title,
            "themes": len(p.chapters),
        }
        for p in rows
    ]


def list_plans(session: Session) -> list[Row]:
    rows = session.scalars(select(Plan).order_by(Plan.year))
    return [
        {
            "id": p.id,
            "year": p.year,
            "title": p.title,
            "programme": p.programme.period if p.programme else None,
            "chapters": len(p.chapters),
            "workgroups": len(p.workgroups),
        }
        for p in rows
    ]


def plan_id_for_year(session: Session, year: int | None) -> int | None:
    if year is None:
        return None
    return session.scalar(select(Plan.id).where(Plan.year == year))


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
    stmt = (
        select(Chapter, Plan.year, Programme.start_year, Programme.end_year)
        .outerjoin(Plan, Plan.id == Chapter.plan_id)
        .outerjoin(Programme, Programme.id == Chapter.programme_id)
        .order_by(Plan.year.nulls_first(), Programme.start_year, Chapter.position)
    )
    if plan_year is not None:
        stmt = stmt.where(Plan.year == plan_year)
    return [
        {
            "id": ch.id,
            "plan_year": year,
            "programme": f"{start}-{end}" if start else None,
            "number": ch.number,
            "title": ch.title,
            "sections": len(ch.sections),
        }
        for ch, year, start, end in session.execute(stmt)
    ]


def list_sections(
    session: Session, *, plan_year: int | None = None, search: str | None = None
) -> list[Row]:
    parent = aliased(Section)
    stmt = (
        select(Section, Chapter.number, Plan.year, parent.number)
        .join(Chapter, Chapter.id == Section.chapter_id)
        .outerjoin(Plan, Plan.id == Chapter.plan_id)
        .outerjoin(parent, parent.id == Section.parent_id)
        .order_by(Plan.year.nulls_first(), Chapter.position, Section.position, Section.id)
    )
    if plan_year is not None:
        stmt = stmt.where(Plan.year == plan_year)
    if search:
        stmt = stmt.where(Section.id.in_(matching_ids(session, "section", search)))
    return [
        {
            "id": s.id,
            "plan_year": year,
            "chapter": ch_number,
            "number": s.number,
            "title": s.title,
            "parent": parent_number,
        }
        for s, ch_number, year, parent_number in session.execute(stmt)
    ]


def list_items(
    session: Session,
    *,
    plan_year: int | None = None,
    flagship: bool = False,
    search: str | None = None,
    kind: str | None = None,
) -> list[Row]:
    stmt = (
        select(PlanItem, Section.number, Section.title, Plan.year)
        .join(Section, Section.id == PlanItem.section_id)
        .join(Chapter, Chapter.id == Section.chapter_id)
        .outerjoin(Plan, Plan.id == Chapter.plan_id)
        .order_by(
            Plan.year.nulls_first(), Chapter.position, Section.position, PlanItem.position, PlanItem.id
        )
    )
    if plan_year is not None:
        stmt = stmt.where(Plan.year == plan_year)
    if flagship:
        stmt = stmt.where(PlanItem.is_flagship.is_(True))
    if kind:
        stmt = stmt.where(PlanItem.kind == kind)
    if search:
        stmt = stmt.where(PlanItem.id.in_(matching_ids(session, "item", search)))
    return [
        {
            "id": it.id,
            "plan_year": year,
            "section": number,
            "section_title": section_title,
            "kind": it.kind.value,
            "flagship": it.is_flagship,
            "title": it.title,
            "theme": it.theme,
        }
        for it, number, section_title, year in session.execute(stmt)
    ]


def list_workgroups(
    session: Session, *, plan_year: int | None = None, search: str | None = None
) -> list[Row]:
    parent = aliased(Workgroup)
    stmt = (
        select(Workgroup, parent.code, parent.name)
        .outerjoin(parent, parent.id == Workgroup.parent_id)
        .options(selectinload(Workgroup.plans), selectinload(Workgroup.sections))
        .order_by(func.coalesce(Workgroup.code, Workgroup.name))
    )
    if plan_year is not None:
        stmt = stmt.where(
            Workgroup.id.in_(
                select(workgroup_plan.c.workgroup_id)
                .join(Plan, Plan.id == workgroup_plan.c.plan_id)
                .where(Plan.year == plan_year)
            )
        )
    if search:
        stmt = stmt.where(Workgroup.id.in_(matching_ids(session, "workgroup", search)))
    return [
        {
            "id": wg.id,
            "code": wg.code,
            "name": wg.name,
            "parent": parent_code or parent_name,
            "plans": sorted(p.year for p in wg.plans),
            "sections": sorted({s.number for s in wg.sections if s.number}),
        }
        for wg, parent_code, parent_name in session.execute(stmt)
    ]


def list_contacts(session: Session, *, search: str | None = None) -> list[Row]:
    stmt = (
        select(Contact).options(selectinload(Contact.sections)).order_by(Contact.domain, Contact.id)
    )
    if search:
        stmt = stmt.where(Contact.id.in_(matching_ids(session, "contact", search)))
    return [
        {
            "id": c.id,
            "name": c.name,
            "email": c.email,
            "phone": c.phone,
            "role": c.role,
            "domain": c.domain,
            "valid_from": c.valid_from.isoformat() if c.valid_from else None,
            "valid_until": c.valid_until.isoformat() if c.valid_until else None,
            "validity": c.validity_note,
            "sections": sorted({s.number for s in c.sections if s.number}),
        }
        for c in session.scalars(stmt)
    ]


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
        .order_by(Annotation.updated_at.desc())
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
