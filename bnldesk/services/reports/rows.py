"""One row generator per export kind: a header row, then data rows (plain values).

Like pretix's list exporters, each kind declares its columns, counts its rows and yields them;
the XLSX writer consumes them as they come, so a sheet of any size is written with flat memory
(the notes are read from SQLite in pages). Values are plain Python (str, int, date, datetime,
list, :class:`~bnldesk.services.reports.sheet_codec.NoteValues`) so the rows can cross threads
and be written by any backend.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypedDict

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
from bnldesk.domain.tag_line import tags_line
from bnldesk.domain.value_words import AUDIENCE
from bnldesk.domain.workgroup_names import Naming, ShownName
from bnldesk.services.reports.audience import Audience, shown_notes
from bnldesk.services.reports.contacts import WorkgroupContacts, contacts_for_workgroups
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.sheet_codec import NoteValues, note_values, target_kind_cell
from bnldesk.store.queries import matching_ids
from bnldesk.store.workgroup_names import shown_names_in, workgroup_titles_in

Value = Any
# A data row of any export kind, by column key (WorkgroupRow, ContactRow, NoteRow).
ExportRow = Mapping[str, Value]
AnySelect = Select[*tuple[Any, ...]]  # a filtered query of any columns


@dataclass(frozen=True)
class Column:
    """A sheet's column: ``width`` in Excel units (characters of "0"), ``kind`` one of text,
    int, date, datetime, list, long; ``centre`` for short codes and numbers, whose column is
    centred (a right-aligned year beside a left-aligned chapter read as "2013 5")."""

    key: str
    width: float = 14
    kind: str = "text"  # text, int, date, datetime, list, long
    centre: bool = False
    hidden: bool = False  # kept for the program (the notes sheet's row check), never shown

    @property
    def wraps(self) -> bool:
        """Whether the column's text wraps (and so sets its row's height): long text and
        lists, and text columns of 16 or more; never numbers, dates (one line in their format)
        or a hidden column (its text made every note row six lines tall)."""
        if self.hidden:
            return False
        return self.kind in ("long", "list") or (self.kind == "text" and self.width >= 16)

    @property
    def centred(self) -> bool:
        """Whether the column's cells and header are centred: numbers, dates, short codes."""
        return self.centre or self.kind in ("int", "date", "datetime")

    def header(self, language: str) -> str:
        """The column's heading in ``language`` (en, nl or fr)."""
        return label(f"col_{self.key}", language)


@dataclass
class ExportFilters:
    """What the current view shows; also written to the workbook's "about" sheet. ``audience``
    says who the workbook is for: for other delegations (``Audience.PARTNERS``) it holds and
    counts shareable notes only, whatever ``include_private`` says."""

    plan_year: int | None = None
    chapter: str | None = None
    search: str | None = None
    tag: str | None = None
    include_private: bool = False
    audience: Audience = Audience.DELEGATION

    def describe(self, language: str) -> list[tuple[str, str]]:
        """The filters in force as (label, value) lines for the "about" sheet, in ``language``."""
        out: list[tuple[str, str]] = []
        if self.plan_year is not None:
            out.append((label("filter_plan", language), str(self.plan_year)))
        if self.chapter:
            out.append((label("filter_chapter", language), self.chapter))
        if self.search:
            out.append((label("filter_search", language), self.search))
        if self.tag:
            out.append((label("filter_tag", language), self.tag))
        if self.audience == Audience.PARTNERS:
            out.append((label("filter_for", language), AUDIENCE["partners"].said_in(language)))
        elif self.include_private:
            out.append((label("filter_private", language), "✓"))
        return out

    @property
    def shows_private(self) -> bool:
        """Whether the workbook holds private notes (asked for, and for the delegation)."""
        return self.include_private and self.audience == Audience.DELEGATION


@dataclass
class ExportKind:
    """A sheet: its columns, a row generator and a row counter (for progress)."""

    name: str
    sheet_label: str
    columns: list[Column]
    rows: Callable[[Session, ExportFilters, str], Iterator[ExportRow]]
    count: Callable[[Session, ExportFilters], int]
    default_columns: list[str] = field(default_factory=list)

    def column(self, key: str) -> Column:
        """The column with ``key``; KeyError when the kind has none."""
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


def _live_notes(filters: ExportFilters) -> Any:
    """The live notes a workbook of ``filters`` holds and counts (its audience decides which
    visibilities: :func:`bnldesk.services.reports.audience.shown_notes`)."""
    return Annotation.deleted_at.is_(None) & shown_notes(filters.audience, filters.include_private)


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
                    _live_notes(filters),
                )
            )
        )
    return stmt


def _count(session: Session, stmt: AnySelect) -> int:
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def workgroup_count(session: Session, filters: ExportFilters) -> int:
    """How many rows :func:`workgroup_rows` yields for ``filters`` (for progress)."""
    return _count(session, _workgroup_query(session, filters))


class WorkgroupRow(TypedDict):
    """One line of the workgroups sheet. ``plan_year`` is the filtered year, else the latest
    plan listing the workgroup; ``chapter``/``section`` are where that plan places it;
    ``contacts`` are short "name (e-mail)" strings; ``status`` says whether the latest plan
    still lists it ("in current plan", "last in 2013"), in the export's language."""

    code: str
    name: str
    parent: str
    plan_year: int | None
    plans: list[int]
    chapter: list[str]
    section: list[str]
    contacts: list[str]
    notes: int
    open_actions: int
    last_note: dt.date | None
    tags: list[str]
    status: str


class _Placement(NamedTuple):
    """A section listing a workgroup, in the order the plan has it."""

    plan_year: int
    chapter_position: int
    section_position: int
    chapter_number: str
    section: str  # "2.3 Rampenbestrijding en crisisbeheersing"


def workgroup_rows(
    session: Session, filters: ExportFilters, language: str
) -> Iterator[WorkgroupRow]:
    """The workgroups ``filters`` selects, by code (or name), with their notes' figures.

    Plain column queries, not ORM objects: ten thousand workgroups read in a fraction of a
    second. Notes, tags and open actions are counted per workgroup identity key, so they
    follow a workgroup from one year's plan to the next.
    """
    wanted = [_WantedWorkgroup(*row) for row in session.execute(_workgroup_query(session, filters))]
    facts = _workgroup_facts(session, filters, language, wanted)
    for workgroup in wanted:
        yield _workgroup_row(workgroup, facts, filters.plan_year, language)


class _WantedWorkgroup(NamedTuple):
    """A workgroup the export selects (a row of :func:`_workgroup_query`)."""

    workgroup_id: int
    code: str | None
    name: str
    parent_id: int | None
    key: str  # the identity key its notes point at


@dataclass
class _WorkgroupFacts:
    """What the rows of the workgroups sheet say besides a workgroup's own columns, read in
    one query each for every workgroup at once (by workgroup id, or by identity key for
    what follows a workgroup from year to year)."""

    latest_year: int | None
    parent_names: dict[int, str]  # workgroup id -> its code, else its name
    plans_of: dict[int, list[int]]  # workgroup id -> years of the plans listing it
    sections_of: dict[int, list[_Placement]]
    shown: dict[int, ShownName]
    contacts_of: dict[int, WorkgroupContacts]
    note_stats: dict[str, tuple[int, dt.datetime | None]]  # key -> (notes, last note)
    tags: dict[str, set[str]]
    open_actions: dict[str, int]


def _workgroup_facts(
    session: Session, filters: ExportFilters, language: str, wanted: list[_WantedWorkgroup]
) -> _WorkgroupFacts:
    """The :class:`_WorkgroupFacts` of the ``wanted`` workgroups."""
    plan_years = {plan_id: year for plan_id, year in session.execute(select(Plan.id, Plan.year))}
    live = _live_notes(filters)
    plans_of = _plans_by_workgroup(session, plan_years)
    # Named as everywhere (domain.workgroup_names.shown_name): the plan exported's name, else
    # the newest printed in the workbook's language (a Dutch list of a database holding a
    # French plan keeps the Dutch names), else the newest plan's.
    shown = shown_names_in(
        session,
        [int(workgroup.workgroup_id) for workgroup in wanted],
        Naming(filters.plan_year, language),
    )
    contacts_year = {
        workgroup.workgroup_id: filters.plan_year
        if filters.plan_year is not None
        else max(plans_of.get(workgroup.workgroup_id, ()), default=None)
        for workgroup in wanted
    }
    return _WorkgroupFacts(
        latest_year=max(plan_years.values(), default=None),
        parent_names={
            workgroup_id: (code or name)
            for workgroup_id, code, name in session.execute(
                select(Workgroup.id, Workgroup.code, Workgroup.name)
            )
        },
        plans_of=plans_of,
        sections_of=_placements_by_workgroup(session, plan_years),
        shown=shown,
        contacts_of=contacts_for_workgroups(session, contacts_year),
        note_stats=_note_stats_by_workgroup(session, live),
        tags=_tags_by_workgroup(session, live),
        open_actions=_open_actions_by_workgroup(session, live),
    )


def _workgroup_row(
    workgroup: _WantedWorkgroup, facts: _WorkgroupFacts, plan_year: int | None, language: str
) -> WorkgroupRow:
    """One row of the workgroups sheet: placed in the ``plan_year`` plan (the export's
    filter), else in the newest plan listing the workgroup."""
    workgroup_id, key = workgroup.workgroup_id, workgroup.key
    years = sorted(facts.plans_of.get(workgroup_id, ()))
    year = plan_year if plan_year is not None else (years[-1] if years else None)
    placed = sorted(
        placement
        for placement in facts.sections_of.get(workgroup_id, ())
        if placement.plan_year == year
    )
    count, last = facts.note_stats.get(key, (0, None))
    contacts = facts.contacts_of.get(workgroup_id)
    shown = facts.shown.get(workgroup_id)
    return {
        "code": workgroup.code or "",
        "name": shown.name if shown is not None else workgroup.name,
        "parent": facts.parent_names.get(workgroup.parent_id, "") if workgroup.parent_id else "",
        "plan_year": year,
        "plans": years,
        "chapter": list(dict.fromkeys(placement.chapter_number for placement in placed)),
        "section": [placement.section for placement in placed],
        "contacts": [contact.short() for contact in contacts.contacts]
        if contacts is not None
        else [],
        "notes": count,
        "open_actions": facts.open_actions.get(key, 0),
        "last_note": last.date() if last else None,
        "tags": sorted(facts.tags.get(key, ())),
        "status": _workgroup_status(years, facts.latest_year, language),
    }


def _plans_by_workgroup(session: Session, plan_years: dict[int, int]) -> dict[int, list[int]]:
    """Per workgroup id the years of the plans that list it. ``plan_years``: plan id -> year."""
    plans_of: dict[int, list[int]] = defaultdict(list)
    for wid, pid in session.execute(
        select(workgroup_plan.c.workgroup_id, workgroup_plan.c.plan_id)
    ):
        plans_of[wid].append(plan_years[pid])
    return plans_of


def _note_stats_by_workgroup(
    session: Session, live: Any
) -> dict[str, tuple[int, dt.datetime | None]]:
    """Per workgroup identity key: how many notes ``live`` selects, and when the last changed."""
    return {
        key: (count, last)
        for key, count, last in session.execute(
            select(Annotation.target_key, func.count(), func.max(Annotation.updated_at))
            .where(Annotation.target_kind == TargetKind.WORKGROUP, live)
            .group_by(Annotation.target_key)
        )
    }


def _tags_by_workgroup(session: Session, live: Any) -> dict[str, set[str]]:
    """Per workgroup identity key: the tags of its notes that ``live`` selects."""
    tags: dict[str, set[str]] = defaultdict(set)
    for key, name in session.execute(
        select(Annotation.target_key, Tag.name)
        .join(annotation_tag, annotation_tag.c.annotation_id == Annotation.id)
        .join(Tag, Tag.id == annotation_tag.c.tag_id)
        .where(Annotation.target_kind == TargetKind.WORKGROUP, live)
    ):
        tags[key].add(name)
    return tags


def _open_actions_by_workgroup(session: Session, live: Any) -> dict[str, int]:
    """Per workgroup identity key: open actions on its notes (those ``live`` selects) plus
    open actions of its meetings that belong to no note."""
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
    return open_actions


def _placements_by_workgroup(
    session: Session, plan_years: dict[int, int]
) -> dict[int, list[_Placement]]:
    """Per workgroup id: every section of a plan that lists it (``plan_years``: plan id to
    year)."""
    sections_of: dict[int, list[_Placement]] = defaultdict(list)
    for (
        wid,
        plan_id,
        chapter_position,
        section_position,
        chapter_number,
        number,
        title,
    ) in session.execute(
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
            _Placement(
                plan_years[plan_id],
                chapter_position,
                section_position,
                chapter_number,
                f"{number} {title}".strip(),
            )
        )
    return sections_of


def _workgroup_status(years: list[int], latest_year: int | None, language: str) -> str:
    """Whether the latest plan lists a workgroup listed in ``years`` (sorted): "in current
    plan", "last in <year>", or empty for a workgroup in no plan."""
    if not years or latest_year is None:
        return ""
    if years[-1] == latest_year:
        return label("wg_current", language)
    return label("wg_last_in", language, year=years[-1])


WORKGROUPS = ExportKind(
    name="workgroups",
    sheet_label="sheet_workgroups",
    columns=[
        Column("code", 18),
        Column("name", 48),
        Column("parent", 16),
        Column("plan_year", 10, "int"),
        Column("plans", 14, "list", centre=True),
        Column("chapter", 10, "list", centre=True),
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
    """How many rows :func:`contact_rows` yields for ``filters`` (for progress)."""
    return _count(session, _contact_query(session, filters).with_only_columns(Contact.id))


class ContactRow(TypedDict):
    """One line of the contacts sheet: a Secretariat-General contact as a plan lists it
    (``validity`` is the plan's wording, "tot 1 maart 2013"; ``sections`` are numbers,
    ``workgroups`` codes or names)."""

    name: str
    role: str
    domain: str
    email: str
    phone: str
    organisation: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    validity: str
    sections: list[str]
    workgroups: list[str]
    plan_year: int | None


def contact_rows(session: Session, filters: ExportFilters, language: str) -> Iterator[ContactRow]:
    """The contacts ``filters`` selects, by domain and name."""
    stmt = _contact_query(session, filters)
    for contact, year in session.execute(stmt):
        yield {
            "name": contact.name,
            "role": contact.role,
            "domain": contact.domain,
            "email": contact.email or "",
            "phone": contact.phone or "",
            "organisation": contact.organisation,
            "valid_from": contact.valid_from,
            "valid_until": contact.valid_until,
            "validity": contact.validity_note,
            "sections": sorted({section.number for section in contact.sections if section.number}),
            "workgroups": sorted({wg.code or wg.name for wg in contact.workgroups}),
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
        Column("sections", 14, "list", centre=True),
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
        .where(_live_notes(filters))
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
    """How many rows :func:`annotation_rows` yields for ``filters`` (for progress)."""
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


class NoteRow(TypedDict):
    """One line of the Notes sheet: ``id`` is the note's UUID (the round trip's key),
    ``note_id`` its database id (kept in the hidden sheet); ``values`` holds the editable
    fields in canonical form, rendered into cells by the sheet codec."""

    note_id: int
    id: str
    target_kind: str
    target_key: str
    target: str
    plan_year: int | None
    values: NoteValues
    author: str
    delegation: str
    created: dt.datetime
    updated: dt.datetime


def annotation_rows(session: Session, filters: ExportFilters, language: str) -> Iterator[NoteRow]:
    """The notes in pages of :data:`PAGE_ROWS` (a server-side cursor, on a server too: memory
    stays flat);
    ``values`` holds the editable fields in canonical form, rendered by the sheet codec."""
    result = session.execute(
        _annotation_query(session, filters).execution_options(yield_per=PAGE_ROWS)
    )
    try:
        naming = Naming(filters.plan_year, language)
        for page in result.partitions():
            tags = _tags_of(session, [row.id for row in page])
            titles = workgroup_titles_in(
                session,
                [row.target_key for row in page if row.target_kind == TargetKind.WORKGROUP],
                naming,
            )
            for row in page:
                yield {
                    "note_id": row.id,
                    "id": row.uuid,
                    "target_kind": target_kind_cell(TargetKind(row.target_kind).value, language),
                    "target_key": row.target_key,
                    "target": titles.get(row.target_key, row.target_label)
                    if row.target_kind == TargetKind.WORKGROUP
                    else row.target_label,
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
        Column("delegation", 8, centre=True),
        Column("created", 11, "date"),
        Column("updated", 16, "datetime"),
    ],
    rows=annotation_rows,
    count=annotation_count,
)

EXPORT_KINDS: dict[str, ExportKind] = {k.name: k for k in (WORKGROUPS, CONTACTS, ANNOTATIONS)}


def list_text(value: Value, key: str = "") -> str:
    """A cell's text for ``value``: a list or tuple joined with ", ", None as empty. Tags
    (``key`` "tags") are written as the notes sheet and the note editor write them, a name
    holding a comma in double quotes (:func:`bnldesk.domain.tag_line.tags_line`), so that
    "Luik, Namen" reads as one tag."""
    if isinstance(value, list | tuple):
        if key == "tags":
            return tags_line(str(v) for v in value)
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
