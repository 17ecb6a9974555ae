"""One row generator per export kind: a header row, then data rows (plain values).

Like pretix's list exporters, each kind declares its columns, counts its rows and yields them;
the XLSX writer consumes them as they come, so a sheet of any size is written with flat memory
(the notes are read from SQLite in pages). Values are plain Python (str, int, date, datetime,
list, :class:`~bnldesk.services.reports.sheet_codec.NoteValues`) so the rows can cross threads
and be written by any backend.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Chapter,
    Contact,
    Meeting,
    NoteStatus,
    Plan,
    PositionState,
    Section,
    Tag,
    TargetKind,
    Visibility,
    Workgroup,
    annotation_tag,
    workgroup_plan,
    workgroup_section,
)
from bnldesk.services.reports.contacts import contacts_for_workgroups
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.sheet_codec import note_values
from bnldesk.store.queries import matching_ids

Value = Any
AnySelect = Select[*tuple[Any, ...]]  # a filtered query of any columns


@dataclass(frozen=True)
class Column:
    key: str
    width: float = 14
    kind: str = "text"  # text, int, date, datetime, list, long

    def header(self, language: str) -> str:
        return label(f"col_{self.key}", language)


@dataclass
class ExportFilters:
    """What the current view shows; also written to the workbook's "about" sheet."""

    plan_year: int | None = None
    chapter: str | None = None
    search: str | None = None
    tag: str | None = None
    include_private: bool = False

    def describe(self, language: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if self.plan_year is not None:
            out.append((label("filter_plan", language), str(self.plan_year)))
        if self.chapter:
            out.append((label("filter_chapter", language), self.chapter))
        if self.search:
            out.append((label("filter_search", language), self.search))
        if self.tag:
            out.append((label("filter_tag", language), self.tag))
        if self.include_private:
            out.append((label("filter_private", language), "✓"))
        return out


@dataclass
class ExportKind:
    """A sheet: its columns, a row generator and a row counter (for progress)."""

    name: str
    sheet_label: str
    columns: list[Column]
    rows: Callable[[Session, ExportFilters, str], Iterator[dict[str, Value]]]
    count: Callable[[Session, ExportFilters], int]
    default_columns: list[str] = field(default_factory=list)

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def chosen(self, keys: list[str] | None) -> list[Column]:
        """The columns the delegate chose (unknown keys ignored), in the declared order."""
        if not keys:
            keys = self.default_columns or [c.key for c in self.columns]
        wanted = set(keys)
        return [c for c in self.columns if c.key in wanted]


def _live_notes(include_private: bool) -> Any:
    cond: Any = Annotation.deleted_at.is_(None)
    if not include_private:
        cond = cond & (Annotation.visibility != Visibility.PRIVATE)
    return cond


# ------------------------------------------------------------------------------------------
# workgroups
# ------------------------------------------------------------------------------------------


def _workgroup_query(session: Session, filters: ExportFilters) -> AnySelect:
    stmt: AnySelect = select(
        Workgroup.id, Workgroup.code, Workgroup.name, Workgroup.parent_id, Workgroup.identity_key
    ).order_by(func.coalesce(Workgroup.code, Workgroup.name))
    if filters.plan_year is not None:
        stmt = stmt.where(
            Workgroup.id.in_(
                select(workgroup_plan.c.workgroup_id)
                .join(Plan, Plan.id == workgroup_plan.c.plan_id)
                .where(Plan.year == filters.plan_year)
            )
        )
    if filters.chapter:
        chapter_sections = (
            select(workgroup_section.c.workgroup_id)
            .join(Section, Section.id == workgroup_section.c.section_id)
            .join(Chapter, Chapter.id == Section.chapter_id)
            .join(Plan, Plan.id == Chapter.plan_id)
            .where(
                Chapter.number.in_([filters.chapter.strip("."), filters.chapter.strip(".") + "."])
            )
        )
        if filters.plan_year is not None:
            chapter_sections = chapter_sections.where(Plan.year == filters.plan_year)
        stmt = stmt.where(Workgroup.id.in_(chapter_sections))
    if filters.search:
        stmt = stmt.where(Workgroup.id.in_(matching_ids(session, "workgroup", filters.search)))
    if filters.tag:
        stmt = stmt.where(
            Workgroup.identity_key.in_(
                select(Annotation.target_key)
                .join(annotation_tag, annotation_tag.c.annotation_id == Annotation.id)
                .join(Tag, Tag.id == annotation_tag.c.tag_id)
                .where(
                    Tag.name == filters.tag,
                    Annotation.target_kind == TargetKind.WORKGROUP,
                    _live_notes(filters.include_private),
                )
            )
        )
    return stmt


def _count(session: Session, stmt: AnySelect) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def workgroup_count(session: Session, filters: ExportFilters) -> int:
    return _count(session, _workgroup_query(session, filters))


def workgroup_rows(
    session: Session, filters: ExportFilters, language: str
) -> Iterator[dict[str, Value]]:
    # Plain column queries, not ORM objects: ten thousand workgroups read in a fraction of a second.
    stmt = _workgroup_query(session, filters)

    plan_years = {pid: year for pid, year in session.execute(select(Plan.id, Plan.year))}
    latest_year = max(plan_years.values(), default=None)
    live = _live_notes(filters.include_private)
    note_stats = {
        key: (count, last)
        for key, count, last in session.execute(
            select(Annotation.target_key, func.count(), func.max(Annotation.updated_at))
            .where(Annotation.target_kind == TargetKind.WORKGROUP, live)
            .group_by(Annotation.target_key)
        )
    }
    tags: dict[str, set[str]] = defaultdict(set)
    for key, name in session.execute(
        select(Annotation.target_key, Tag.name)
        .join(annotation_tag, annotation_tag.c.annotation_id == Annotation.id)
        .join(Tag, Tag.id == annotation_tag.c.tag_id)
        .where(Annotation.target_kind == TargetKind.WORKGROUP, live)
    ):
        tags[key].add(name)
    open_actions: dict[str, int] = defaultdict(int)
    for (key,) in session.execute(
        select(Annotation.target_key)
        .join(ActionItem, ActionItem.annotation_id == Annotation.id)
        .where(
            Annotation.target_kind == TargetKind.WORKGROUP,
            live,
            ActionItem.status == ActionStatus.OPEN,
            ActionItem.deleted_at.is_(None),
        )
    ):
        open_actions[key] += 1
    for (meeting_key,) in session.execute(
        select(Meeting.workgroup_key)
        .join(ActionItem, ActionItem.meeting_id == Meeting.id)
        .where(
            ActionItem.annotation_id.is_(None),
            ActionItem.status == ActionStatus.OPEN,
            ActionItem.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
        )
    ):
        if meeting_key:
            open_actions[meeting_key] += 1

    wanted = session.execute(stmt).all()
    names = {
        wid: (code or name)
        for wid, code, name in session.execute(select(Workgroup.id, Workgroup.code, Workgroup.name))
    }
    plans_of: dict[int, list[int]] = defaultdict(list)
    for wid, pid in session.execute(
        select(workgroup_plan.c.workgroup_id, workgroup_plan.c.plan_id)
    ):
        plans_of[wid].append(plan_years[pid])
    sections_of: dict[int, list[tuple[int, int, int, str, str]]] = defaultdict(list)
    for wid, plan_id, ch_pos, s_pos, ch_number, s_number, s_title in session.execute(
        select(
            workgroup_section.c.workgroup_id,
            Chapter.plan_id,
            Chapter.position,
            Section.position,
            Chapter.number,
            Section.number,
            Section.title,
        )
        .join(Section, Section.id == workgroup_section.c.section_id)
        .join(Chapter, Chapter.id == Section.chapter_id)
        .where(Chapter.plan_id.is_not(None))
    ):
        sections_of[wid].append(
            (plan_years[plan_id], ch_pos, s_pos, ch_number, f"{s_number} {s_title}".strip())
        )
    contacts_of = contacts_for_workgroups(
        session,
        {
            wid: filters.plan_year
            if filters.plan_year is not None
            else max(plans_of.get(wid, ()), default=None)
            for wid, *_ in wanted
        },
    )

    for wid, code, name, parent_id, key in wanted:
        years = sorted(plans_of.get(wid, ()))
        year = (
            filters.plan_year if filters.plan_year is not None else (years[-1] if years else None)
        )
        placed = sorted(x for x in sections_of.get(wid, ()) if x[0] == year)
        count, last = note_stats.get(key, (0, None))
        if years and latest_year is not None:
            status = (
                label("wg_current", language)
                if years[-1] == latest_year
                else label("wg_last_in", language, year=years[-1])
            )
        else:
            status = ""
        yield {
            "code": code or "",
            "name": name,
            "parent": names.get(parent_id, "") if parent_id else "",
            "plan_year": year,
            "plans": years,
            "chapter": list(dict.fromkeys(x[3] for x in placed)),
            "section": [x[4] for x in placed],
            "contacts": [c.short() for c in contacts_of[wid].contacts]
            if wid in contacts_of
            else [],
            "notes": count,
            "open_actions": open_actions.get(key, 0),
            "last_note": last.date() if last else None,
            "tags": sorted(tags.get(key, ())),
            "status": status,
        }


WORKGROUPS = ExportKind(
    name="workgroups",
    sheet_label="sheet_workgroups",
    columns=[
        Column("code", 18),
        Column("name", 48),
        Column("parent", 16),
        Column("plan_year", 10, "int"),
        Column("plans", 14, "list"),
        Column("chapter", 10, "list"),
        Column("section", 40, "list"),
        Column("contacts", 40, "list"),
        Column("notes", 9, "int"),
        Column("open_actions", 12, "int"),
        Column("last_note", 13, "date"),
        Column("tags", 22, "list"),
        Column("status", 20),
    ],
    rows=workgroup_rows,
    count=workgroup_count,
)
WORKGROUPS.default_columns = [c.key for c in WORKGROUPS.columns if c.key != "plans"]


# ------------------------------------------------------------------------------------------
# contacts
# ------------------------------------------------------------------------------------------


def _contact_query(session: Session, filters: ExportFilters) -> AnySelect:
    stmt: AnySelect = (
        select(Contact, Plan.year)
        .outerjoin(Plan, Plan.id == Contact.plan_id)
        .options(selectinload(Contact.sections), selectinload(Contact.workgroups))
        .order_by(Contact.domain, Contact.name)
    )
    if filters.plan_year is not None:
        stmt = stmt.where(Plan.year == filters.plan_year)
    if filters.search:
        stmt = stmt.where(Contact.id.in_(matching_ids(session, "contact", filters.search)))
    return stmt


def contact_count(session: Session, filters: ExportFilters) -> int:
    return _count(session, _contact_query(session, filters).with_only_columns(Contact.id))


def contact_rows(
    session: Session, filters: ExportFilters, language: str
) -> Iterator[dict[str, Value]]:
    stmt = _contact_query(session, filters)
    for c, year in session.execute(stmt):
        yield {
            "name": c.name,
            "role": c.role,
            "domain": c.domain,
            "email": c.email or "",
            "phone": c.phone or "",
            "organisation": c.organisation,
            "valid_from": c.valid_from,
            "valid_until": c.valid_until,
            "validity": c.validity_note,
            "sections": sorted({s.number for s in c.sections if s.number}),
            "workgroups": sorted({w.code or w.name for w in c.workgroups}),
            "plan_year": year,
        }


CONTACTS = ExportKind(
    name="contacts",
    sheet_label="sheet_contacts",
    columns=[
        Column("name", 26),
        Column("role", 22),
        Column("domain", 34),
        Column("email", 30),
        Column("phone", 18),
        Column("organisation", 28),
        Column("valid_from", 13, "date"),
        Column("valid_until", 13, "date"),
        Column("validity", 20),
        Column("sections", 14, "list"),
        Column("workgroups", 22, "list"),
        Column("plan_year", 10, "int"),
    ],
    rows=contact_rows,
    count=contact_count,
)


# ------------------------------------------------------------------------------------------
# annotations (the round-trip sheet)
# ------------------------------------------------------------------------------------------

PAGE_ROWS = 500  # notes read from SQLite per page while a sheet is written


def _annotation_query(session: Session, filters: ExportFilters) -> AnySelect:
    stmt: AnySelect = (
        select(
            Annotation.id,
            Annotation.uuid,
            Annotation.target_kind,
            Annotation.target_key,
            Annotation.target_label,
            Annotation.plan_year,
            Annotation.body,
            Annotation.position_text,
            Annotation.position_state,
            Annotation.status,
            Annotation.priority,
            Annotation.visibility,
            Annotation.consult,
            Annotation.author,
            Annotation.delegation,
            Annotation.created_at,
            Annotation.updated_at,
        )
        .where(_live_notes(filters.include_private))
        .order_by(Annotation.target_label, Annotation.created_at, Annotation.id)
    )
    if filters.plan_year is not None:
        stmt = stmt.where(Annotation.plan_year == filters.plan_year)
    if filters.search:
        stmt = stmt.where(Annotation.id.in_(matching_ids(session, "annotation", filters.search)))
    if filters.tag:
        stmt = stmt.where(Annotation.tags.any(Tag.name == filters.tag))
    return stmt


def annotation_count(session: Session, filters: ExportFilters) -> int:
    return _count(session, _annotation_query(session, filters))


def _tags_of(session: Session, note_ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    for note_id, name in session.execute(
        select(annotation_tag.c.annotation_id, Tag.name)
        .join(Tag, Tag.id == annotation_tag.c.tag_id)
        .where(annotation_tag.c.annotation_id.in_(note_ids))
        .order_by(Tag.name)
    ):
        tags[note_id].append(name)
    return tags


def annotation_rows(
    session: Session, filters: ExportFilters, language: str
) -> Iterator[dict[str, Value]]:
    """The notes in pages of :data:`PAGE_ROWS` (a server-side cursor, on a server too: memory
    stays flat);
    ``values`` holds the editable fields in canonical form, rendered by the sheet codec."""
    result = session.execute(
        _annotation_query(session, filters).execution_options(yield_per=PAGE_ROWS)
    )
    try:
        for page in result.partitions():
            tags = _tags_of(session, [row.id for row in page])
            for row in page:
                yield {
                    "note_id": row.id,
                    "id": row.uuid,
                    "target_kind": TargetKind(row.target_kind).value,
                    "target_key": row.target_key,
                    "target": row.target_label,
                    "plan_year": row.plan_year,
                    "values": note_values(
                        body=row.body,
                        position_text=row.position_text,
                        position_state=PositionState(row.position_state).value,
                        status=NoteStatus(row.status).value,
                        priority=int(row.priority),
                        tags=tags.get(row.id, []),
                        visibility=Visibility(row.visibility).value,
                        consult=row.consult,
                    ),
                    "author": row.author,
                    "delegation": row.delegation,
                    "created": row.created_at.replace(microsecond=0),
                    "updated": row.updated_at.replace(microsecond=0),
                }
    finally:
        # A server reads the pages through a cursor of its own: closed also when the
        # export stops early (cancelled).
        result.close()


ANNOTATIONS = ExportKind(
    name="annotations",
    sheet_label="sheet_annotations",
    columns=[
        Column("id", 13),
        Column("target_kind", 10),
        Column("target_key", 14),
        Column("target", 26, "long"),
        Column("plan_year", 6, "int"),
        Column("text", 52, "long"),
        Column("position", 32, "long"),
        Column("position_state", 13),
        Column("status", 10),
        Column("priority", 8),
        Column("tags", 14, "list"),
        Column("visibility", 10),
        Column("consult", 18, "long"),
        Column("author", 14),
        Column("delegation", 8),
        Column("created", 11, "date"),
        Column("updated", 16, "datetime"),
    ],
    rows=annotation_rows,
    count=annotation_count,
)

EXPORT_KINDS: dict[str, ExportKind] = {k.name: k for k in (WORKGROUPS, CONTACTS, ANNOTATIONS)}


def list_text(value: Value) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
