"""What a brief says, gathered from the database as plain data (no ORM object escapes).

A brief is about a workgroup, a section or a meeting (whose workgroup it then covers). The
collector follows identity keys, so notes made on the same workgroup, section or project in
another year's plan are found, and the same object in earlier plans is listed with its notes.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from bnldesk.domain import identity
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Annotation,
    Chapter,
    Contact,
    ItemKind,
    Meeting,
    Plan,
    PlanItem,
    Section,
    TargetKind,
    Workgroup,
    contact_section,
)
from bnldesk.domain.workgroup_names import Naming, ShownName, is_default_title, titled
from bnldesk.services.meetings import is_debrief_of, plan_for_meeting, shown_titles
from bnldesk.services.reports.audience import Audience, shown_notes
from bnldesk.services.reports.contacts import contacts_for_workgroups
from bnldesk.services.reports.object_names import object_name
from bnldesk.store.queries import no_section, section_by_number
from bnldesk.store.workgroup_lookup import one_workgroup
from bnldesk.store.workgroup_names import every_name_in, shown_names_in


class BriefSubjectNotFound(BnldeskError, LookupError):
    """The workgroup, section or meeting asked for does not exist; the message says which."""


@dataclass
class BriefOptions:
    """What to put in a brief; the GUI remembers these between briefs (not ``include_private``
    nor ``audience``: who the brief is for is chosen for each brief, the delegation unless
    told). A brief for other delegations (``Audience.PARTNERS``) holds shareable notes only,
    whatever ``include_private`` says (:mod:`bnldesk.services.reports.audience`)."""

    include_cover: bool = True
    include_toc: bool = True
    include_agenda: bool = True
    include_plan: bool = True
    include_notes: bool = True
    include_actions: bool = True
    include_contacts: bool = True
    include_history: bool = True
    include_private: bool = False
    marking: str = ""
    delegation: str = ""
    author: str = ""
    language: str = "en"
    audience: Audience = Audience.DELEGATION


@dataclass
class BriefSubject:
    """What the brief is about: a workgroup (code or name), a section (number), a meeting (id or
    UUID), or, from the GUI's selection, a row id of a workgroup, section or plan item."""

    workgroup: str | None = None
    section: str | None = None
    meeting: str | None = None
    plan_year: int | None = None
    workgroup_id: int | None = None
    section_id: int | None = None
    item_id: int | None = None


@dataclass
class ItemInfo:
    kind: str
    title: str
    flagship: bool
    theme: str = ""
    agenda_points: list[int] = field(default_factory=list)  # the meeting's points about it


@dataclass
class WorkgroupInfo:
    code: str | None
    name: str
    parent: str | None = None


@dataclass
class Placement:
    """A section of a plan the brief describes: its chapter, objectives, projects and
    workgroups. ``plan_year`` is that section's own plan (an agenda point's object may be in
    another plan than the brief's); ``agenda_points`` the meeting's points about the section
    or one of its projects."""

    chapter_number: str
    chapter_title: str
    section_number: str
    section_title: str
    objectives: list[ItemInfo] = field(default_factory=list)
    projects: list[ItemInfo] = field(default_factory=list)
    workgroups: list[WorkgroupInfo] = field(default_factory=list)
    plan_year: int | None = None
    agenda_points: list[int] = field(default_factory=list)


@dataclass
class NoteInfo:
    uuid: str
    body: str
    tags: list[str]
    status: str
    priority: int
    position_text: str
    position_state: str
    consult: str
    visibility: str
    author: str
    delegation: str
    plan_year: int | None
    updated_at: dt.datetime


@dataclass
class NoteGroup:
    """The notes on one plan object: its kind ("workgroup", "section", "item"), label and
    identity key (empty in a group built without the database)."""

    target_kind: str
    target_label: str
    notes: list[NoteInfo] = field(default_factory=list)
    target_key: str = ""


@dataclass
class ActionInfo:
    title: str
    owner: str
    due_date: dt.date | None
    overdue: bool
    about: str


@dataclass
class ContactInfo:
    name: str
    role: str
    domain: str
    email: str | None
    phone: str | None
    validity: str
    plan_year: int | None


@dataclass
class AgendaInfo:
    """An agenda point: its number, title, the label of its plan object (empty when the point
    is named after it, or free text), our position, its notes, and its object's kind and
    identity key (empty for free text)."""

    position: int
    title: str
    target_label: str
    position_text: str
    notes: str
    target_kind: str = ""
    target_key: str = ""
    # The plan objects the brief of the point's object shows notes on (kind, identity key):
    # their positions are the point's.
    covers: list[tuple[str, str]] = field(default_factory=list)
    # What names each covered object under the point (a position read aloud says what it is
    # about): "3.1 Nieuw project: Roadmap fietsstimulering" (object_names.object_name).
    cover_names: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass
class MeetingInfo:
    title: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    place: str
    chair: str
    video_link: str
    notes: str
    agenda: list[AgendaInfo] = field(default_factory=list)


@dataclass
class HistoryEntry:
    plan_year: int
    placements: list[str]
    note_groups: list[NoteGroup] = field(default_factory=list)


@dataclass
class BriefData:
    kind: str  # "workgroup" or "section" (a meeting brief is a workgroup brief with a meeting)
    title: str
    code: str | None
    plan_year: int | None
    plan_title: str
    meeting: MeetingInfo | None = None
    placements: list[Placement] = field(default_factory=list)
    note_groups: list[NoteGroup] = field(default_factory=list)
    actions: list[ActionInfo] = field(default_factory=list)
    contacts: list[ContactInfo] = field(default_factory=list)
    contacts_plan_year: int | None = None
    history: list[HistoryEntry] = field(default_factory=list)
    # The meeting's year when it has no plan of its own listing the workgroup (the brief then
    # uses ``plan_year``, the latest such plan before it, and says so).
    meeting_year: int | None = None
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def plan_is_fallback(self) -> bool:
        """Whether the brief uses another year's plan than the meeting's (the cover says so)."""
        return self.meeting_year is not None and self.meeting_year != self.plan_year

    @property
    def note_count(self) -> int:
        """How many notes the brief shows, all groups together."""
        return sum(len(g.notes) for g in self.note_groups)


# ------------------------------------------------------------------------------------------


def _plan_of_year(session: Session, year: int) -> Plan:
    """The plan of ``year``; raises BriefSubjectNotFound naming the years there are."""
    plan = session.scalar(select(Plan).where(Plan.year == year))
    if plan is None:
        years = sorted(session.scalars(select(Plan.year)).all())
        there = ", ".join(map(str, years)) if years else "none imported yet"
        raise BriefSubjectNotFound(
            f"there is no {year} plan in this database (plans: {there}); "
            "leave out --plan to use the latest plan that lists the subject",
            code="brief_no_plan",
            values=(year, ", ".join(map(str, years))),
        )
    return plan


def _section_plan(section: Section) -> Plan | None:
    return section.chapter.plan


# The meeting's agenda points about each plan object: row id of a section or plan item -> the
# points' numbers (what the "Place in the plan" marks).
AgendaMarks = dict[tuple[str, int], list[int]]


def _item_info(item: PlanItem, marks: AgendaMarks) -> ItemInfo:
    points = marks.get((TargetKind.ITEM.value, item.id), [])
    return ItemInfo(item.kind.value, item.title, bool(item.is_flagship), item.theme, points)


def _placement(
    section: Section, marks: AgendaMarks | None = None, language: str | None = None
) -> Placement:
    marks = marks or {}
    chapter = section.chapter
    objectives = [_item_info(i, marks) for i in section.items if i.kind == ItemKind.OBJECTIVE]
    projects = [_item_info(i, marks) for i in section.items if i.kind != ItemKind.OBJECTIVE]
    # Flagships first: they are what the ministers watch.
    projects.sort(key=lambda i: not i.flagship)
    plan = chapter.plan
    # Each workgroup under its name in the brief's language, else the one this plan printed
    # (a French plan's French names in a French or English brief).
    session = object_session(section)
    ids = [w.id for w in section.workgroups] + [w.parent.id for w in section.workgroups if w.parent]
    naming = Naming(plan.year if plan else None, language)
    shown = shown_names_in(session, ids, naming) if session else {}
    groups = [
        WorkgroupInfo(
            w.code,
            shown[w.id].name if w.id in shown else w.name,
            (w.parent.code or _name_in(shown, w.parent)) if w.parent else None,
        )
        for w in section.workgroups
    ]
    points = set(marks.get((TargetKind.SECTION.value, section.id), []))
    for info in (*objectives, *projects):
        points.update(info.agenda_points)
    return Placement(
        chapter.number,
        chapter.title,
        section.number,
        section.title,
        objectives,
        projects,
        groups,
        plan.year if plan is not None else None,
        sorted(points),
    )


def _name_in(shown: dict[int, ShownName], workgroup: Workgroup) -> str:
    """The name ``workgroup`` is shown by in ``shown``, else the one its row carries."""
    return shown[workgroup.id].name if workgroup.id in shown else workgroup.name


def _note_info(a: Annotation) -> NoteInfo:
    return NoteInfo(
        uuid=a.uuid,
        body=a.body,
        tags=[t.name for t in a.tags],
        status=a.status.value,
        priority=int(a.priority),
        position_text=a.position_text,
        position_state=a.position_state.value,
        consult=a.consult,
        visibility=a.visibility.value,
        author=a.author,
        delegation=a.delegation,
        plan_year=a.plan_year,
        updated_at=a.updated_at,
    )


# A plan object whose notes a brief shows: (target kind value, identity key).
NoteKey = tuple[str, str]


def _notes_on(
    session: Session, keys: list[tuple[str, str]], options: BriefOptions
) -> list[Annotation]:
    """The live notes on the objects ``keys`` a brief with ``options`` may hold (its audience
    and the private-notes choice), the most important and latest first."""
    if not keys:
        return []
    wanted = {(TargetKind(k), key) for k, key in keys}
    key_values = sorted({key for _, key in keys})
    stmt = (
        select(Annotation)
        .options(selectinload(Annotation.tags), selectinload(Annotation.actions))
        .where(
            Annotation.deleted_at.is_(None),
            Annotation.target_key.in_(key_values),
            shown_notes(options.audience, options.include_private),
        )
        .order_by(Annotation.priority.desc(), Annotation.updated_at.desc())
    )
    return [a for a in session.scalars(stmt) if (a.target_kind, a.target_key) in wanted]


def _group(notes: list[Annotation], order: list[tuple[str, str]]) -> list[NoteGroup]:
    rank = {k: i for i, k in enumerate(order)}
    groups: dict[tuple[str, str], NoteGroup] = {}
    for a in notes:
        k = (a.target_kind.value, a.target_key)
        group = groups.get(k)
        if group is None:
            label = a.target_label or a.target_key
            group = groups[k] = NoteGroup(a.target_kind.value, label, target_key=a.target_key)
        group.notes.append(_note_info(a))
    return [groups[k] for k in sorted(groups, key=lambda k: rank.get(k, len(rank)))]


def _keys_of_section(section: Section) -> list[tuple[str, str]]:
    keys = [(TargetKind.SECTION.value, section.identity_key)]
    keys += [(TargetKind.ITEM.value, i.identity_key) for i in section.items]
    return keys


def _contact_info(contact: Contact, plan_year: int | None) -> ContactInfo:
    return ContactInfo(
        contact.name,
        contact.role,
        contact.domain,
        contact.email,
        contact.phone,
        contact.validity_note,
        plan_year,
    )


def _section_contacts(
    session: Session, sections: list[Section]
) -> tuple[list[ContactInfo], int | None]:
    """Contacts linked to the sections; if the plan lists none (only the 2013 plan has a
    contacts chapter), those linked to the same sections in the nearest other plan, with
    that plan's year."""
    ids: list[int] = []
    section_ids = [s.id for s in sections]
    if section_ids:
        ids += session.scalars(
            select(contact_section.c.contact_id).where(
                contact_section.c.section_id.in_(section_ids)
            )
        ).all()
    fallback_year: int | None = None
    keys = {s.identity_key for s in sections}
    if not ids and keys:
        rows = session.execute(
            select(contact_section.c.contact_id, Plan.year)
            .join(Section, Section.id == contact_section.c.section_id)
            .join(Chapter, Chapter.id == Section.chapter_id)
            .join(Plan, Plan.id == Chapter.plan_id)
            .where(Section.identity_key.in_(keys))
            .order_by(Plan.year.desc())
        ).all()
        if rows:
            fallback_year = rows[0][1]
            ids = [cid for cid, year in rows if year == fallback_year]
    contacts: list[ContactInfo] = []
    for cid in dict.fromkeys(ids):
        contact = session.get(Contact, cid)
        if contact is not None:
            plan = session.get(Plan, contact.plan_id) if contact.plan_id is not None else None
            contacts.append(_contact_info(contact, plan.year if plan else None))
    return contacts, fallback_year


def _sub_group_keys(session: Session, workgroup: Workgroup) -> list[str]:
    """Identity keys of the workgroup's sub-groups: its children in the plan's nesting, and
    groups whose code extends its own ("SENN-CRISE/RISK" under "SENN-CRISE"), at any depth."""
    keys: list[str] = []
    seen = {workgroup.id}
    pending = list(workgroup.children)
    if workgroup.code:
        pending += session.scalars(
            select(Workgroup).where(
                Workgroup.code.startswith(workgroup.code + "/", autoescape=True)
            )
        ).all()
    while pending:
        group = pending.pop()
        if group.id in seen:
            continue
        seen.add(group.id)
        keys.append(group.identity_key)
        pending += group.children
    return sorted(keys)


def _workgroup_contacts(
    session: Session, workgroup: Workgroup, plan: Plan | None
) -> tuple[list[ContactInfo], int | None]:
    """The workgroup's contacts through its sections and domain (as the workbook lists them);
    the plan year they come from when it is not the brief's."""
    found = contacts_for_workgroups(session, {workgroup.id: plan.year if plan else None})
    chosen = found.get(workgroup.id)
    if chosen is None:
        return [], None
    out: list[ContactInfo] = []
    for ref in chosen.contacts:
        contact = session.get(Contact, ref.contact_id)
        if contact is not None:
            out.append(_contact_info(contact, ref.plan_year))
    year = chosen.plan_year
    return out, year if plan is None or year != plan.year else None


def _actions(
    session: Session,
    notes: list[Annotation],
    meeting: Meeting | None,
    today: dt.date,
) -> list[ActionInfo]:
    """The open action items of ``notes`` and of ``meeting``, each with what it is about: the
    note's plan object, the agenda point it was raised under ("2. Title"), else the meeting's
    title; soonest due first."""
    found: dict[int, tuple[ActionItem, str]] = {}
    for a in notes:
        for x in a.actions:
            found[x.id] = (x, a.target_label)
    if meeting is not None:
        points = {
            point.id: f"{point.position}. {point.title}"
            for point in session.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_at.is_(None)
                )
            )
        }
        for x in session.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting.id)):
            about = points.get(x.agenda_item_id or 0, meeting.title)
            found.setdefault(x.id, (x, about))
    out = [
        ActionInfo(x.title, x.owner, x.due_date, x.is_overdue(today), about)
        for x, about in found.values()
        if x.status == ActionStatus.OPEN and x.deleted_at is None
    ]
    out.sort(key=lambda x: (x.due_date is None, x.due_date or dt.date.max, x.title))
    return out


def _find_workgroup(session: Session, ref: str) -> Workgroup:
    return one_workgroup(session, ref, BriefSubjectNotFound)


def _find_meeting(session: Session, ref: str) -> Meeting:
    ref = ref.strip()
    meeting: Meeting | None = None
    if ref.isdigit():
        meeting = session.get(Meeting, int(ref))
    else:
        try:
            uuid_module.UUID(ref)
        except ValueError:
            raise BriefSubjectNotFound(
                f"'{ref}' is not a meeting id", code="not_a_meeting_id", values=(ref,)
            ) from None
        meeting = session.scalar(select(Meeting).where(Meeting.uuid == ref))
    if meeting is None or meeting.deleted_at is not None:
        raise BriefSubjectNotFound(f"no meeting with id {ref}", code="no_meeting", values=(ref,))
    return meeting


def _section_by_number(session: Session, ref: str, plan_year: int | None) -> Section:
    section = section_by_number(session, ref, plan_year)
    if section is None:
        number = identity.normalise_number(ref) or ref
        raise no_section(BriefSubjectNotFound, number, plan_year or None)
    return section


def _workgroup_sections(wg: Workgroup, plan: Plan | None) -> list[Section]:
    if plan is None:
        return []
    sections = [s for s in wg.sections if s.chapter.plan_id == plan.id]
    return sorted(sections, key=lambda s: (s.chapter.position, s.position))


@dataclass
class _Subject:
    """The plan objects a :class:`BriefSubject` names, found in the database."""

    meeting: Meeting | None = None
    workgroup: Workgroup | None = None
    section: Section | None = None  # picked by id, or as the section of a picked plan item


@dataclass
class _Scope:
    """What a brief covers: its kind ("workgroup" or "section"), title and code, the plan it
    reads (None when no plan lists the subject) and the sections of that plan it covers."""

    kind: str
    title: str
    code: str | None
    plan: Plan | None
    sections: list[Section]
    meeting_year: int | None = None


def collect_brief(
    session: Session,
    subject: BriefSubject,
    options: BriefOptions,
    *,
    today: dt.date | None = None,
) -> BriefData:
    """Everything a brief on ``subject`` shows, as plain data (nothing is drawn here).

    The notes are those on the subject, its sections and projects, the workgroups of a section
    brief and the plan objects on a meeting's agenda, but not the meeting's own debrief notes;
    private ones only with ``options.include_private``; for other delegations
    (``options.audience``) shareable ones only, without the meeting's own texts and actions.
    Actions are overdue relative to ``today`` (default: today). Raises :class:`BriefSubjectNotFound` when the subject (or its plan year) is not there.
    """
    today = today or dt.date.today()
    found = _find_subject(session, subject)
    scope = _scope_of(session, subject, found, options.language)
    plan, sections, workgroup = scope.plan, scope.sections, found.workgroup
    data = BriefData(
        kind=scope.kind,
        title=scope.title,
        code=scope.code,
        plan_year=plan.year if plan else None,
        plan_title=plan.title if plan else "",
        meeting_year=scope.meeting_year,
        today=today,
    )
    data.placements = _placements(session, found.meeting, scope, options.language)
    keys = _note_keys(session, scope, workgroup)
    agenda_years: dict[NoteKey, int | None] = {}
    if found.meeting is not None:
        meeting_part = _meeting_part(session, found.meeting, keys, options.language)
        data.meeting, agenda_years = meeting_part
    keys = list(dict.fromkeys(keys))
    notes = _notes_on(session, keys, options)
    if found.meeting is not None:
        # A brief prepares its meeting: that meeting's own debrief (its outcome) comes after
        # it and is left out (trial 11: an "Outcome" typed ahead stood in the brief as known).
        notes = [note for note in notes if not is_debrief_of(note, found.meeting)]
    now_notes = [a for a in notes if _is_current(a, agenda_years, data.plan_year)]
    data.note_groups = _group(now_notes, keys)
    # The meeting's own action items and agenda texts are the delegation's, never a note
    # marked shareable: a brief for other delegations leaves them out.
    partners = options.audience == Audience.PARTNERS
    data.actions = _actions(session, notes, None if partners else found.meeting, today)
    if partners and data.meeting is not None:
        _without_own_texts(data.meeting)
    earlier_notes = [a for a in notes if not _is_current(a, agenda_years, data.plan_year)]
    if workgroup is not None:
        data.contacts, data.contacts_plan_year = _workgroup_contacts(session, workgroup, plan)
    else:
        data.contacts, data.contacts_plan_year = _section_contacts(session, sections)
    data.history = _history(
        session, workgroup, sections, earlier_notes, plan, options.include_private
    )
    return data


def _placements(
    session: Session, meeting: Meeting | None, scope: _Scope, language: str
) -> list[Placement]:
    """Where the brief's sections sit in the plan, then the sections of ``meeting``'s agenda
    points it does not cover, each marked with the points about it."""
    marks: AgendaMarks = {}
    agenda_sections: list[Section] = []
    if meeting is not None:
        marks, agenda_sections = _agenda_places(session, meeting, scope.plan)
    covered = {s.id for s in scope.sections}
    placements = [_placement(s, marks, language) for s in scope.sections]
    # Each agenda point's place comes from its own object's plan, whatever the brief's year.
    placements += [_placement(s, marks, language) for s in agenda_sections if s.id not in covered]
    return placements


def _without_own_texts(meeting: MeetingInfo) -> None:
    """Take out of ``meeting`` what the delegation wrote on the meeting itself rather than in
    notes (its notes, each agenda point's position and notes): a brief for other delegations
    holds positions from shareable notes only."""
    meeting.notes = ""
    for point in meeting.agenda:
        point.position_text = ""
        point.notes = ""


def _meeting_part(
    session: Session, meeting: Meeting, keys: list[NoteKey], language: str
) -> tuple[MeetingInfo, dict[NoteKey, int | None]]:
    """The meeting's details and agenda, and the plan objects its points bring into the brief
    (added to ``keys``, the brief's own) with the plan year their notes are judged against:
    each point's object brings the notes its own brief shows (:func:`_agenda_note_keys`)."""
    own = set(keys)
    agenda_years = _agenda_note_keys(session, meeting)
    keys += list(agenda_years)
    info = _meeting_info(session, meeting, keys, language)
    for point in info.agenda:
        # The brief's own subject (the meeting's workgroup) keeps its positions in its row.
        point.covers = [key for key in point.covers if key not in own]
        point.cover_names = {
            key: name
            for key in point.covers
            if (name := object_name(session, *key, language)) is not None
        }
    return info, agenda_years


def _is_current(
    note: Annotation, agenda_years: dict[NoteKey, int | None], brief_year: int | None
) -> bool:
    """Whether ``note`` belongs with the brief's notes rather than in its history: it was made
    for the plan it is judged against or a later one. A note on an agenda point's object is
    judged against the plan that object's own brief reads (``agenda_years``), any other
    against the brief's plan (``brief_year``)."""
    key = (note.target_kind.value, note.target_key)
    year = agenda_years.get(key, brief_year)
    return note.plan_year is None or year is None or note.plan_year >= year


def _agenda_note_keys(session: Session, meeting: Meeting) -> dict[NoteKey, int | None]:
    """The plan objects whose notes a meeting's brief shows for its agenda points, each with the
    plan year its notes are judged against: for each live point, the selection the brief of the
    point's object makes (:func:`_object_brief_keys`). A key several points select keeps the
    earliest year."""
    found: dict[NoteKey, int | None] = {}
    points = sorted(
        (p for p in meeting.agenda_items if p.deleted_at is None), key=lambda p: (p.position, p.id)
    )
    for point in points:
        keys, year = _object_brief_keys(session, point)
        for key in keys:
            if key not in found:
                found[key] = year
            else:
                known = found[key]
                found[key] = year if known is None or year is None else min(known, year)
    return found


def _object_brief_keys(session: Session, point: AgendaItem) -> tuple[list[NoteKey], int | None]:
    """The plan objects the brief of ``point``'s object shows notes on, and the plan year of
    that brief: a section's or a workgroup's brief as ``--section`` / ``--workgroup`` make it
    (:func:`_scope_of`, :func:`_note_keys`); a chapter's, the chapter and the briefs of its
    sections; an item's, the item. A free point or a vanished object selects nothing."""
    kind = point.target_kind
    own: list[NoteKey] = []
    subjects: list[BriefSubject] = []
    year: int | None = None
    if kind == TargetKind.SECTION:
        section = _linked(session, Section, point)
        subjects = [BriefSubject(section_id=section.id)] if section is not None else []
    elif kind == TargetKind.WORKGROUP:
        group = _linked(session, Workgroup, point)
        subjects = [BriefSubject(workgroup_id=group.id)] if group is not None else []
    elif kind == TargetKind.CHAPTER:
        chapter = _linked(session, Chapter, point)
        if chapter is not None:
            own = [(TargetKind.CHAPTER.value, chapter.identity_key)]
            subjects = [BriefSubject(section_id=s.id) for s in chapter.sections]
            year = chapter.plan.year if chapter.plan is not None else None
    elif kind == TargetKind.ITEM:
        item = _linked(session, PlanItem, point)
        if item is not None:
            own = [(TargetKind.ITEM.value, item.identity_key)]
            plan = _section_plan(item.section)
            year = plan.year if plan is not None else None
    for subject in subjects:
        found = _find_subject(session, subject)
        scope = _scope_of(session, subject, found)
        own += _note_keys(session, scope, found.workgroup)
        if year is None and scope.plan is not None:
            year = scope.plan.year
    return list(dict.fromkeys(own)), year


@dataclass(frozen=True)
class PlanYearChoice:
    """The plan years a brief on a subject can describe (newest first), the one it takes unless
    told (``default``) and why (``reason``):

    - ``meeting_year``: the plan of the meeting's year lists its workgroup;
    - ``meeting_latest``: none of the meeting's year (``meeting_year``) does: the latest before
      it that does (or, if none is older, the oldest that does);
    - ``latest``: a workgroup brief, the newest plan listing the workgroup;
    - ``section``: a section brief, the section's own plan;
    - ``none``: no plan lists the subject.

    ``agenda_years`` are the plans of a meeting's agenda objects, which the brief places in
    their own plans whatever the year chosen; ``workgroup`` the code (else name) to name.
    """

    years: list[int]
    default: int | None
    reason: str
    meeting_year: int | None = None
    agenda_years: list[int] = field(default_factory=list)
    workgroup: str = ""


def plan_year_choice(session: Session, subject: BriefSubject) -> PlanYearChoice:
    """Which plan years a brief on ``subject`` can use and which it proposes (the one
    :func:`collect_brief` takes when ``subject.plan_year`` is None). Raises
    :class:`BriefSubjectNotFound` as :func:`collect_brief` does."""
    found = _find_subject(session, subject)
    workgroup, meeting = found.workgroup, found.meeting
    name = (workgroup.code or workgroup.name) if workgroup is not None else ""
    if meeting is not None:
        chosen = plan_for_meeting(session, meeting)
        own = {p.year for p in workgroup.plans} if workgroup is not None else set()
        if workgroup is None:
            own = set(session.scalars(select(Plan.year)))
        _marks, sections = _agenda_places(session, meeting, None)
        agenda = {s.chapter.plan.year for s in sections if s.chapter.plan is not None}
        reason = "meeting_latest" if chosen.is_fallback else "meeting_year"
        if chosen.plan_year is None:
            reason = "none"
        return PlanYearChoice(
            sorted(own | agenda, reverse=True),
            chosen.plan_year,
            reason,
            chosen.meeting_year,
            sorted(agenda, reverse=True),
            name,
        )
    if workgroup is not None:
        years = sorted({p.year for p in workgroup.plans}, reverse=True)
        return PlanYearChoice(
            years, years[0] if years else None, "latest" if years else "none", workgroup=name
        )
    if found.section is None and not subject.section:
        raise BriefSubjectNotFound(
            "say which workgroup, section or meeting the brief is about", code="brief_no_subject"
        )
    section = found.section or _section_by_number(session, subject.section or "", subject.plan_year)
    plan = _section_plan(section)
    years = [plan.year] if plan is not None else []
    return PlanYearChoice(years, years[0] if years else None, "section" if years else "none")


def _find_subject(session: Session, subject: BriefSubject) -> _Subject:
    """The meeting, workgroup and section ``subject`` names (a meeting brings its workgroup;
    a workgroup named as well takes its place). Raises :class:`BriefSubjectNotFound`."""
    found = _Subject()
    if subject.meeting:
        found.meeting = meeting = _find_meeting(session, subject.meeting)
        if meeting.workgroup_id is not None:
            found.workgroup = session.get(Workgroup, meeting.workgroup_id)
        if found.workgroup is None and meeting.workgroup_key:
            found.workgroup = session.scalar(
                select(Workgroup).where(Workgroup.identity_key == meeting.workgroup_key)
            )
    if subject.workgroup:
        found.workgroup = _find_workgroup(session, subject.workgroup)
    elif subject.workgroup_id is not None:
        found.workgroup = session.get(Workgroup, subject.workgroup_id)
        if found.workgroup is None:
            raise BriefSubjectNotFound(
                f"no workgroup with id {subject.workgroup_id}",
                code="no_workgroup_with_id",
                values=(subject.workgroup_id,),
            )
    if subject.section_id is not None:
        found.section = session.get(Section, subject.section_id)
        if found.section is None:
            raise BriefSubjectNotFound(
                f"no section with id {subject.section_id}",
                code="no_section_with_id",
                values=(subject.section_id,),
            )
    elif subject.item_id is not None:
        item = session.get(PlanItem, subject.item_id)
        if item is None:
            raise BriefSubjectNotFound(
                f"no plan item with id {subject.item_id}",
                code="no_item_with_id",
                values=(subject.item_id,),
            )
        found.section = item.section
    return found


def _scope_of(
    session: Session, subject: BriefSubject, found: _Subject, language: str | None = None
) -> _Scope:
    """The plan and sections a brief covers. A workgroup or meeting brief reads the asked year's
    plan, else the plan chosen for the meeting, else the latest plan listing the workgroup; a
    section brief reads the section's plan and covers its sub-sections too."""
    workgroup, meeting = found.workgroup, found.meeting
    if workgroup is not None or meeting is not None:
        plan: Plan | None
        meeting_year: int | None = None
        if subject.plan_year is not None:
            plan = _plan_of_year(session, subject.plan_year)
        elif meeting is not None:
            # A meeting after the newest imported plan is the normal case: prepare it against the
            # latest plan that lists the workgroup, and say so on the cover.
            choice = plan_for_meeting(session, meeting)
            plan = session.get(Plan, choice.plan_id) if choice.plan_id is not None else None
            meeting_year = choice.meeting_year
        else:
            assert workgroup is not None
            plan = max(workgroup.plans, key=lambda p: p.year, default=None)
        sections = _workgroup_sections(workgroup, plan) if workgroup else []
        if workgroup is not None:
            naming = Naming(plan.year if plan else None, language)
            name = _name_in(shown_names_in(session, [workgroup.id], naming), workgroup)
            return _Scope("workgroup", name, workgroup.code, plan, sections, meeting_year)
        assert meeting is not None
        title = _meeting_title(session, meeting, language)
        return _Scope("workgroup", title, None, plan, sections, meeting_year)
    if found.section is not None or subject.section:
        if subject.plan_year is not None and found.section is None:
            _plan_of_year(session, subject.plan_year)
        section = found.section or _section_by_number(
            session, subject.section or "", subject.plan_year
        )
        title = f"{section.number} {section.title}".strip()
        return _Scope("section", title, None, _section_plan(section), [section, *section.children])
    raise BriefSubjectNotFound(
        "say which workgroup, section or meeting the brief is about", code="brief_no_subject"
    )


def _note_keys(session: Session, scope: _Scope, workgroup: Workgroup | None) -> list[NoteKey]:
    """The plan objects whose notes the brief shows, as (target kind, identity key): the
    workgroup and its sub-groups, the sections it sat in under earlier plans (its history),
    the covered sections and their projects, and a section brief's workgroups."""
    keys: list[NoteKey] = []
    if workgroup is not None:
        keys.append((TargetKind.WORKGROUP.value, workgroup.identity_key))
        keys += [(TargetKind.WORKGROUP.value, key) for key in _sub_group_keys(session, workgroup)]
        for section in workgroup.sections:
            earlier = section.chapter.plan
            if earlier is not None and scope.plan is not None and earlier.year < scope.plan.year:
                keys += _keys_of_section(section)
    for section in scope.sections:
        keys += _keys_of_section(section)
        if scope.kind == "section":
            keys += [(TargetKind.WORKGROUP.value, w.identity_key) for w in section.workgroups]
    return keys


def _agenda_places(
    session: Session, meeting: Meeting, plan: Plan | None
) -> tuple[AgendaMarks, list[Section]]:
    """Where the meeting's agenda points sit in the plans: the points about each section and
    plan item (by row id), and the sections that hold them, in agenda order. A point's object is
    the one it was linked to (a 2022 project stays in the 2022 plan); a workgroup's sections are
    those of the brief's plan, else of the latest plan listing it."""
    marks: AgendaMarks = {}
    sections: list[Section] = []
    points = sorted(
        (p for p in meeting.agenda_items if p.deleted_at is None),
        key=lambda p: (p.position, p.id),
    )
    for number, point in enumerate(points, start=1):
        for kind, obj_id, section in _point_places(session, point, plan):
            marks.setdefault((kind, obj_id), []).append(number)
            if section not in sections:
                sections.append(section)
    return marks, sections


def _point_places(
    session: Session, point: AgendaItem, plan: Plan | None
) -> list[tuple[str, int, Section]]:
    """The plan objects (kind, row id) an agenda point is about and the section holding each."""
    kind = point.target_kind
    if kind == TargetKind.ITEM:
        item = _linked(session, PlanItem, point)
        return [(TargetKind.ITEM.value, item.id, item.section)] if item is not None else []
    if kind == TargetKind.SECTION:
        section = _linked(session, Section, point)
        return [(TargetKind.SECTION.value, section.id, section)] if section is not None else []
    if kind == TargetKind.WORKGROUP:
        group = _linked(session, Workgroup, point)
        if group is None:
            return []
        own = _workgroup_sections(group, plan) or _workgroup_sections(
            group, max(group.plans, key=lambda p: p.year, default=None)
        )
        return [(TargetKind.SECTION.value, s.id, s) for s in own]
    if kind == TargetKind.CHAPTER:
        chapter = _linked(session, Chapter, point)
        held = chapter.sections if chapter is not None else []
        return [(TargetKind.SECTION.value, s.id, s) for s in held]
    return []


_Linked = TypeVar("_Linked", PlanItem, Section, Workgroup, Chapter)


def _linked(session: Session, model: type[_Linked], point: AgendaItem) -> _Linked | None:
    """The object an agenda point was linked to: by its row id, else (the row was replaced by a
    new import) the newest one with its identity key."""
    if point.target_id is not None:
        found = session.get(model, point.target_id)
        if found is not None and found.identity_key == point.target_key:
            return found
    if not point.target_key:
        return None
    candidates = session.scalars(select(model).where(model.identity_key == point.target_key))
    return max(candidates, key=lambda obj: obj.id, default=None)


def _meeting_title(session: Session, meeting: Meeting, language: str | None) -> str:
    """The meeting's title, a default one under its workgroup's name in ``language``
    (:func:`bnldesk.services.meetings.shown_titles`)."""
    found = (meeting.id, meeting.title, meeting.workgroup_id, meeting.plan_year)
    return shown_titles(session, [found], language)[meeting.id]


def _meeting_info(
    session: Session, meeting: Meeting, keys: list[NoteKey], language: str | None = None
) -> MeetingInfo:
    """The meeting's details and live agenda points, workgroups named in ``language`` (a
    default title too); the plan objects on the agenda are added to ``keys`` (their notes
    belong in the brief)."""
    info = MeetingInfo(
        title=_meeting_title(session, meeting, language),
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        chair=meeting.chair,
        video_link=meeting.video_link,
        notes=meeting.notes,
    )
    for point in meeting.agenda_items:
        if point.deleted_at is not None:
            continue
        label, kind, key, title = "", "", "", point.title
        if point.target_key and point.target_kind != TargetKind.FREE:
            kind, key = point.target_kind.value, point.target_key
            keys.append((kind, key))
            label = _label_of(session, point.target_kind, point.target_key, language)
            title = _point_title(session, point, label)
            if not says_more(label, title):
                label = ""  # the point's title names its object already: say it once
        covers = _object_brief_keys(session, point)[0]
        info.agenda.append(
            AgendaInfo(
                point.position,
                title,
                label,
                point.position_text,
                point.notes,
                kind,
                key,
                covers,
            )
        )
    return info


# The words a grey line and its heading are compared by (punctuation aside).
_WORDS = re.compile(r"\w+")


def says_more(line: str, heading: str) -> bool:
    """Whether a grey line under ``heading`` tells the reader something the heading does not:
    not empty, and not a run of the heading's own words again (case, accents, punctuation and
    spacing aside). Trial 16: a project whose theme is its title read "Kustvaart" twice; a
    theme the title begins with ("Duurzame mobiliteit") is said already too; stop 29: an
    agenda point "5.2 Rampenbestrijding en crisisbeheersing: stand van zaken" over its section
    "5.2 Rampenbestrijding en crisisbeheersing"."""
    said = " ".join(_WORDS.findall(identity.fold(line)))
    return bool(said) and f" {said} " not in f" {' '.join(_WORDS.findall(identity.fold(heading)))} "


def _point_title(session: Session, point: AgendaItem, label: str) -> str:
    """``point``'s title; a workgroup's default title ("Name (CODE)" under any of its names)
    as ``label`` names it (the brief's language)."""
    if point.target_kind != TargetKind.WORKGROUP or point.target_id is None:
        return point.title
    names = every_name_in(session, [point.target_id]).get(point.target_id, [])
    group = session.get(Workgroup, point.target_id)
    code = group.code if group is not None else None
    return label if is_default_title(point.title, code, names) else point.title


def _label_of(session: Session, kind: TargetKind, key: str, language: str | None = None) -> str:
    """What the brief calls the plan object of ``kind`` and identity ``key``: a workgroup by
    its name in ``language`` and its code, a section or chapter by number and title."""
    obj: Workgroup | Chapter | Section | PlanItem | None
    if kind == TargetKind.WORKGROUP:
        obj = session.scalars(select(Workgroup).where(Workgroup.identity_key == key)).first()
    elif kind == TargetKind.SECTION:
        obj = session.scalars(select(Section).where(Section.identity_key == key)).first()
    elif kind == TargetKind.ITEM:
        obj = session.scalars(select(PlanItem).where(PlanItem.identity_key == key)).first()
    elif kind == TargetKind.CHAPTER:
        obj = session.scalars(select(Chapter).where(Chapter.identity_key == key)).first()
    else:
        return key
    if isinstance(obj, Workgroup):
        name = _name_in(shown_names_in(session, [obj.id], Naming(None, language)), obj)
        return titled(name, obj.code)
    if isinstance(obj, Section | Chapter):
        return f"{obj.number} {obj.title}".strip()
    if isinstance(obj, PlanItem):
        return obj.title
    return key


def _history(
    session: Session,
    workgroup: Workgroup | None,
    sections: list[Section],
    notes: list[Annotation],
    plan: Plan | None,
    include_private: bool,
) -> list[HistoryEntry]:
    """The subject in earlier plans: where it sat, and the notes made in those years."""
    current = plan.year if plan else None
    entries: dict[int, HistoryEntry] = {}
    if workgroup is not None:
        for p in workgroup.plans:
            if current is None or p.year < current:
                entries[p.year] = HistoryEntry(p.year, [])
        for s in workgroup.sections:
            owner = s.chapter.plan
            if owner is not None and owner.year in entries:
                entries[owner.year].placements.append(f"{s.number} {s.title}".strip())
    keys = {s.identity_key for s in sections}
    if keys:
        rows = session.execute(
            select(Section, Plan.year)
            .join(Chapter, Chapter.id == Section.chapter_id)
            .join(Plan, Plan.id == Chapter.plan_id)
            .where(Section.identity_key.in_(keys))
        ).all()
        for s, year in rows:
            if current is None or year < current:
                entry = entries.setdefault(year, HistoryEntry(year, []))
                text = f"{s.number} {s.title}".strip()
                if text not in entry.placements:
                    entry.placements.append(text)
    old_notes = [
        a
        for a in notes
        if a.plan_year is not None and current is not None and a.plan_year < current
    ]
    by_year: dict[int, list[Annotation]] = {}
    for a in old_notes:
        assert a.plan_year is not None
        by_year.setdefault(a.plan_year, []).append(a)
    for year, year_notes in by_year.items():
        entry = entries.setdefault(year, HistoryEntry(year, []))
        entry.note_groups = _group(year_notes, [])
    return [entries[y] for y in sorted(entries, reverse=True)]


def point_note_keys(session: Session, point: AgendaItem) -> list[NoteKey]:
    """The plan objects whose notes' positions an agenda point gathers, as its brief does:
    its own object first, then those its object's brief covers (a section's projects and
    sub-sections, a workgroup's sections); [] for a free point or a vanished object."""
    return _object_brief_keys(session, point)[0]
