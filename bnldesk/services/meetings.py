"""Meetings of a workgroup: agenda, positions, outcomes, action items, debrief and iCalendar.

Like the other services these functions take a session and never commit; what they hand to the
GUI and the CLI is plain data (dicts), never live ORM objects.

Meeting times are stored as naive local wall-clock times of the meeting place (Brussels unless
told otherwise), which is how a delegate reads an invitation; the ``.ics`` export attaches the
time zone.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import uuid as uuidlib
import zoneinfo
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bnldesk import LANGUAGES, __version__
from bnldesk.domain import identity
from bnldesk.domain.dates import format_date
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.field_merge import EditClash, merge_fields
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Annotation,
    Chapter,
    Meeting,
    Plan,
    Section,
    Setting,
    TargetKind,
    Visibility,
    Workgroup,
    utcnow,
    workgroup_plan,
)
from bnldesk.domain.workgroup_names import Naming, is_default_title, retitled, titled
from bnldesk.services.annotations import (
    NoteFields,
    Target,
    TargetNotFound,
    apply_fields,
    is_section_number,
    new_annotation,
    resolve_target,
    target_of,
)
from bnldesk.services.files import write_atomically
from bnldesk.services.sync_records import RecordJson
from bnldesk.store.queries import no_section
from bnldesk.store.workgroup_lookup import one_workgroup, workgroups_by_name
from bnldesk.store.workgroup_names import every_name_in, shown_names_in

TIMEZONE = "Europe/Brussels"
DEFAULT_DURATION = dt.timedelta(hours=2)
DEBRIEF_NAMESPACE = uuidlib.UUID("0c3f43b9-8f6f-4e0e-9d55-3a8c1a4b77e2")
DEBRIEF_TAG = "debrief"
# The tag a debrief puts on its notes, in the language it writes them in (trial 11: "#debrief"
# in a Dutch brief). "debrief" is also what earlier versions wrote in every language: a note
# with any of these is tagged already.
DEBRIEF_TAGS: dict[str, str] = {"en": DEBRIEF_TAG, "nl": "verslag", "fr": "compte-rendu"}


def debrief_tag(language: str) -> str:
    """The tag a debrief written in ``language`` (en, nl, fr; English otherwise) puts on its
    notes."""
    return DEBRIEF_TAGS.get(language, DEBRIEF_TAG)


def is_debrief_tag(name: str) -> bool:
    """Whether the tag ``name`` is a debrief's, in any language or as earlier versions wrote
    it (case and accents folded)."""
    return identity.fold(name) in {identity.fold(tag) for tag in DEBRIEF_TAGS.values()}


# ------------------------------------------------------------------------------------------
# typed rows handed to the GUI and the CLI (plain data, never live ORM objects)
# ------------------------------------------------------------------------------------------


class ActionRow(TypedDict):
    """An action item; ``status`` is an :class:`ActionStatus` value, ``overdue`` is relative to
    the ``today`` the row was made for (False when none was given)."""

    id: int
    uuid: str
    title: str
    owner: str
    due_date: dt.date | None
    status: str
    overdue: bool
    meeting_id: int | None
    agenda_item_id: int | None
    annotation_id: int | None


class ActionWithContext(ActionRow):
    """An action on the start page, with where it comes from ("<meeting> dd-mm-yyyy" or the
    label of the note's plan object)."""

    context: str


class MeetingRow(TypedDict):
    """A meeting in a list; ``points`` is the number of live agenda points."""

    id: int
    uuid: str
    title: str
    workgroup_key: str | None
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    place: str
    video_link: str
    chair: str
    notes: str
    points: int


class AgendaPointRow(TypedDict):
    """An agenda point with the action items raised under it; ``target_kind`` is a
    :class:`TargetKind` value (``free`` for a point in free text)."""

    id: int
    uuid: str
    position: int
    title: str
    target_kind: str
    target_key: str | None
    target_id: int | None
    position_text: str
    notes: str
    outcome: str
    actions: list[ActionRow]


class MeetingDetail(MeetingRow):
    """A meeting with its agenda points in order and all its live action items."""

    agenda: list[AgendaPointRow]
    actions: list[ActionRow]


class RecentNoteRow(TypedDict):
    """A recently changed note on the start page; ``target`` is the label shown for its plan
    object, ``visibility`` a :class:`Visibility` value."""

    id: int
    uuid: str
    target: str
    target_kind: str
    target_key: str
    body: str
    updated_at: dt.datetime
    visibility: str
    author: str


# The window code (bnldesk/ui/meetings) takes rows as plain mutable dicts. The rows are built as
# the TypedDicts above, so every key and value is checked here, and handed over as such.


class MeetingError(BnldeskError, ValueError):
    """A mistake in what was asked (unknown workgroup, end before start, ...)."""


@dataclass
class MeetingFields:
    """The editable fields of a meeting (plain data, what the GUI's undo commands carry)."""

    title: str = ""
    workgroup: str | None = None  # code or name as typed; None for no workgroup
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    video_link: str = ""
    chair: str = ""
    notes: str = ""


@dataclass
class AgendaFields:
    title: str = ""
    target: str | None = None  # a reference for resolve_target (code, section number, kind:id)
    position_text: str = ""
    notes: str = ""
    outcome: str = ""
    # The plan a section number in ``target`` is of; None: chosen by the meeting (see
    # :func:`agenda_section`).
    plan_year: int | None = None
    # The delegate's language: a workgroup point is titled by its name in it, when a plan
    # printed one (:func:`bnldesk.domain.workgroup_names.shown_name`).
    language: str | None = None


class SectionInSeveralPlans(MeetingError):
    """A section number that several plans have, and nothing says which (``years``)."""

    code = "section_in_several_plans"

    def __init__(self, number: str, years: list[int]) -> None:
        listed = ", ".join(str(year) for year in years)
        super().__init__(
            f"section {number} is in several plans ({listed}): say which plan",
            code="section_in_several_plans",
            values=(number, listed),
        )
        self.number = number
        self.years = years


class SeveralSubjects(MeetingError):
    """What a delegate typed as an agenda point begins the titles of several plan objects
    (``titles``, as the plans print them): the delegate chooses one."""

    code = "agenda_text_names_several"

    def __init__(self, text: str, titles: list[str]) -> None:
        listed = "; ".join(titles)
        super().__init__(
            f'"{text}" begins several titles ({listed}): choose one from the list',
            code="agenda_text_names_several",
            values=(text, listed),
        )
        self.text = text
        self.titles = titles


def find_workgroup(session: Session, ref: str) -> Workgroup:
    """The workgroup ``ref`` names: its code, its full name (case, accents and spacing
    folded), "Name (CODE)", or its database id (see :mod:`bnldesk.store.workgroup_lookup`).

    Raises :class:`MeetingError` when there is none, or when several carry that name.
    """
    return one_workgroup(session, ref, MeetingError)


def workgroup_ref(session: Session, workgroup_id: int) -> str:
    """What a meeting form's workgroup field says for workgroup ``workgroup_id``: its code
    ("SENN-CRISE"), its name when it has none, "" when there is no such workgroup (any more).
    :func:`find_workgroup` reads either back."""
    workgroup = session.get(Workgroup, workgroup_id)
    if workgroup is None:
        return ""
    return workgroup.code or workgroup.name


def _apply_meeting(
    session: Session, meeting: Meeting, fields: MeetingFields, language: str | None
) -> None:
    if fields.starts_at and fields.ends_at and fields.ends_at < fields.starts_at:
        raise MeetingError("the meeting ends before it starts", code="meeting_ends_before_start")
    workgroup = find_workgroup(session, fields.workgroup) if fields.workgroup else None
    meeting.workgroup_key = workgroup.identity_key if workgroup else None
    meeting.workgroup_id = workgroup.id if workgroup else None
    title = fields.title.strip()
    if not title and workgroup is None:
        raise MeetingError("a meeting needs a title or a workgroup", code="meeting_needs_title")
    meeting.starts_at = fields.starts_at
    meeting.ends_at = fields.ends_at
    meeting.place = fields.place.strip()
    meeting.video_link = fields.video_link.strip()
    meeting.chair = fields.chair.strip()
    meeting.notes = fields.notes
    meeting.plan_year = fields.starts_at.year if fields.starts_at else None
    meeting.title = title or _default_title(session, meeting, workgroup, language)
    meeting.updated_at = utcnow()


def create_meeting(
    session: Session, fields: MeetingFields, *, language: str | None = None
) -> Meeting:
    """A new meeting with ``fields`` (its title defaults to the workgroup's name and code, the
    name in the delegate's ``language`` when a plan printed one: :func:`_default_title`).

    Raises :class:`MeetingError` for an unknown workgroup, an end before the start, or neither
    a title nor a workgroup.
    """
    meeting = Meeting()
    _apply_meeting(session, meeting, fields, language)
    session.add(meeting)
    session.flush()
    return meeting


def update_meeting(
    session: Session,
    meeting_id: int,
    fields: MeetingFields,
    *,
    shown: MeetingFields | None = None,
    language: str | None = None,
) -> Meeting:
    """Give meeting ``meeting_id`` the values of ``fields``; raises :class:`MeetingError` as
    :func:`create_meeting` does, and for an unknown or deleted meeting. An emptied title becomes
    the workgroup's in ``language``, as :func:`create_meeting` gives it.

    With ``shown`` (the facts as the editor showed them) only the fields that differ from it
    are written, over what is stored now; when one of them was changed elsewhere meanwhile
    nothing is written and :class:`~bnldesk.domain.field_merge.EditClash` is raised. Two
    default titles of the meeting's workgroup (under any of its names) are one title there: an
    untouched default shown in the delegate's language is not written as a typed title.
    """
    meeting = get_meeting(session, meeting_id)
    if shown is not None:
        # The editor shows an untouched default title in the delegate's language (meeting_fields
        # with a language): the same title as the one stored under the workgroup's other name.
        same = _same_title_for(session, meeting)
        merge = merge_fields(shown, fields, meeting_fields(session, meeting_id), same)
        if merge.clashes:
            raise EditClash(merge.clashes, meeting_fields(session, meeting_id))
        fields = merge.value
    _apply_meeting(session, meeting, fields, language)
    session.flush()
    return meeting


def _same_title_for(session: Session, meeting: Meeting) -> Callable[[str, object, object], bool]:
    """The comparison :func:`update_meeting` merges ``meeting``'s fields with: ``==``, but two
    default titles of its workgroup ("Name (CODE)" under any name a plan printed) are equal."""
    workgroup_id = meeting.workgroup_id
    if workgroup_id is None:
        return lambda _name, first, second: first == second
    names = every_name_in(session, [workgroup_id]).get(workgroup_id, [])
    code = session.scalar(select(Workgroup.code).where(Workgroup.id == workgroup_id))

    def same(name: str, first: object, second: object) -> bool:
        if first == second:
            return True
        if name != "title" or not isinstance(first, str) or not isinstance(second, str):
            return False
        return is_default_title(first, code, names) and is_default_title(second, code, names)

    return same


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    """The live meeting ``meeting_id``; raises :class:`MeetingError` for an unknown or deleted one."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise MeetingError(
            f"there is no meeting {meeting_id}", code="no_meeting", values=(meeting_id,)
        )
    return meeting


@dataclass(frozen=True)
class MeetingPlan:
    """The annual plan a meeting is prepared against.

    ``plan_id``/``plan_year`` name the chosen plan (None when the database holds none that
    fits); ``meeting_year`` is the year the meeting takes place in. They differ in the normal
    case of a meeting after the newest imported plan: ``is_fallback`` then says so, and a brief
    tells the reader which plan it used.
    """

    plan_id: int | None
    plan_year: int | None
    meeting_year: int | None

    @property
    def is_fallback(self) -> bool:
        """Whether the plan used is not the meeting's own year's (the brief then says so)."""
        return self.meeting_year is not None and self.plan_year != self.meeting_year


def _default_title(
    session: Session, meeting: Meeting, workgroup: Workgroup | None, language: str | None
) -> str:
    """ "Name (CODE)" of the meeting's workgroup under the name it is shown by
    (:func:`bnldesk.domain.workgroup_names.shown_name`): the one printed in the delegate's
    ``language``, else the one printed by the plan the meeting is prepared against
    (:func:`plan_for_meeting`), else the name the row carries."""
    assert workgroup is not None
    with session.no_autoflush:  # the meeting is not complete yet: no title
        plan_year = plan_for_meeting(session, meeting).plan_year
        name = shown_names_in(session, [workgroup.id], Naming(plan_year, language))[workgroup.id]
    return titled(name.name, workgroup.code)


def plan_for_meeting(session: Session, meeting: Meeting) -> MeetingPlan:
    """Choose the plan for ``meeting``: its year's plan when that plan lists the meeting's
    workgroup, else the latest plan up to that year that lists it, else the latest plan that
    lists it at all; for a meeting without a workgroup, its year's plan or the latest one
    before it. Never raises: a database without plans gives ``plan_id`` None."""
    year = meeting.plan_year or (meeting.starts_at.year if meeting.starts_at else None)
    candidates = select(Plan.id, Plan.year)
    if meeting.workgroup_id is not None:
        candidates = candidates.join(workgroup_plan, workgroup_plan.c.plan_id == Plan.id).where(
            workgroup_plan.c.workgroup_id == meeting.workgroup_id
        )
    plans = [(row[0], row[1]) for row in session.execute(candidates.order_by(Plan.year))]
    if not plans and meeting.workgroup_id is not None:
        plans = [
            (row[0], row[1])
            for row in session.execute(select(Plan.id, Plan.year).order_by(Plan.year))
        ]
    if not plans:
        return MeetingPlan(None, None, year)
    chosen = plans[-1]
    if year is not None:
        up_to = [p for p in plans if p[1] <= year]
        chosen = up_to[-1] if up_to else plans[0]
    return MeetingPlan(chosen[0], chosen[1], year)


def meeting_fields(session: Session, meeting_id: int, language: str | None = None) -> MeetingFields:
    """The editable fields of meeting ``meeting_id`` (the workgroup by its code, else its name),
    for the edit dialog and undo. With ``language`` (the editor's: the window's) a default
    title is the one under the workgroup's name in it (:func:`shown_titles`), as the lists show
    it; without, the title as stored. Raises :class:`MeetingError` for an unknown meeting.
    """
    meeting = get_meeting(session, meeting_id)
    workgroup = session.get(Workgroup, meeting.workgroup_id) if meeting.workgroup_id else None
    title = meeting.title
    if language is not None:
        title = _shown_title(session, meeting, language)
    return MeetingFields(
        title=title,
        workgroup=(workgroup.code or workgroup.name) if workgroup else None,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        video_link=meeting.video_link,
        chair=meeting.chair,
        notes=meeting.notes,
    )


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Soft-delete the meeting with its agenda points and action items (kept for sync and undo)."""
    meeting = get_meeting(session, meeting_id)
    meeting.soft_delete()
    for point in meeting.agenda_items:
        if point.deleted_at is None:
            point.soft_delete()
    for action in session.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting.id)):
        if action.deleted_at is None:
            action.soft_delete()


def _live_points(meeting: Meeting) -> list[AgendaItem]:
    return [p for p in meeting.agenda_items if p.deleted_at is None]


def agenda_section(
    session: Session, meeting: Meeting, number: str, plan_year: int | None = None
) -> int:
    """The id of the section numbered ``number`` that an agenda point of ``meeting`` means.

    Section numbers repeat from plan to plan (2013's 5.2 is "Rampenbestrijding en
    crisisbeheersing", 2022's "De Grande Région"), so the plan is, in this order: ``plan_year``
    when given; else, for a meeting of a workgroup, the plans listing that workgroup (the
    meeting's own plan, see :func:`plan_for_meeting`, else the latest of them having the
    number); else the plan of the meeting's year; else the only plan having the number.

    Raises :class:`MeetingError` when no such plan has the number, and
    :class:`SectionInSeveralPlans` when several do and nothing above chooses one.
    """
    normal = identity.normalise_number(number)
    rows = session.execute(
        select(Section.id, Plan.id, Plan.year)
        .join(Chapter, Chapter.id == Section.chapter_id)
        .join(Plan, Plan.id == Chapter.plan_id)
        .where(Section.number.in_([normal, normal + "."]))
        .order_by(Plan.year)
    ).all()
    if plan_year is not None:
        rows = [row for row in rows if row[2] == plan_year]
        if not rows:
            raise no_section(MeetingError, normal, plan_year)
    if not rows:
        raise no_section(MeetingError, normal, None)
    if len(rows) == 1:
        return int(rows[0][0])
    if meeting.workgroup_id is not None:
        listing = set(
            session.scalars(
                select(workgroup_plan.c.plan_id).where(
                    workgroup_plan.c.workgroup_id == meeting.workgroup_id
                )
            )
        )
        own_plan = plan_for_meeting(session, meeting).plan_id
        of_workgroup = [row for row in rows if row[1] in listing]
        for row in of_workgroup:
            if row[1] == own_plan:
                return int(row[0])
        if of_workgroup:
            return int(of_workgroup[-1][0])
    of_year = [row for row in rows if row[2] == meeting.plan_year]
    if len(of_year) == 1:
        return int(of_year[0][0])
    raise SectionInSeveralPlans(normal, sorted({int(row[2]) for row in rows}))


def _apply_point(
    session: Session, meeting: Meeting, point: AgendaItem, fields: AgendaFields
) -> None:
    target: Target | None = None
    ref = fields.target
    if ref and is_section_number(ref):
        ref = f"section:{agenda_section(session, meeting, ref, fields.plan_year)}"
    if ref:
        try:
            target = resolve_target(session, ref, language=fields.language)
        except TargetNotFound as exc:
            raise MeetingError(str(exc), code=exc.code, values=exc.values) from exc
    title = fields.title.strip() or (target.label if target else "")
    if not title:
        raise MeetingError(
            "an agenda point needs a title or a plan object", code="agenda_point_needs_subject"
        )
    point.title = title
    point.target_kind = target.kind if target else TargetKind.FREE
    point.target_key = target.key if target else None
    point.target_id = target.obj_id if target else None
    point.position_text = fields.position_text
    point.notes = fields.notes
    point.outcome = fields.outcome
    point.updated_at = utcnow()


class AgendaPointExists(MeetingError):
    """The point asked for is on the agenda already (``point_id``, numbered ``position``)."""

    code = "agenda_point_exists"

    def __init__(self, title: str, point_id: int, position: int) -> None:
        super().__init__(
            f"'{title}' is already point {position} of the agenda",
            code="agenda_point_exists",
            values=(title, position),
        )
        self.point_id = point_id
        self.position = position


def add_agenda_item(session: Session, meeting_id: int, fields: AgendaFields) -> AgendaItem:
    """Append an agenda point to meeting ``meeting_id``; ``fields.target`` is resolved to a plan
    object (code, section number, ``kind:id``). Raises :class:`AgendaPointExists` when the same
    point (the same object, or free text, under the same title) is on the agenda already, and
    :class:`MeetingError` for an unknown meeting or target, or a point with neither a title nor
    a target.
    """
    meeting = get_meeting(session, meeting_id)
    points = _live_points(meeting)
    point = AgendaItem(position=(max((x.position for x in points), default=0) + 1))
    with session.no_autoflush:
        _apply_point(session, meeting, point, fields)
    for other in points:
        if _same_point(other, point):
            raise AgendaPointExists(other.title, other.id, other.position)
    point.meeting = meeting
    session.add(point)
    session.flush()
    return point


def _same_point(first: AgendaItem, second: AgendaItem) -> bool:
    """Whether two points are one: about the same plan object (or both free text) under the
    same title, case, accents and spacing folded."""
    return (
        TargetKind(first.target_kind) == TargetKind(second.target_kind)
        and first.target_key == second.target_key
        and identity.fold(first.title).strip() == identity.fold(second.title).strip()
    )


@dataclass(frozen=True)
class AgendaChoice:
    """A plan object offered when a delegate types an agenda point: what the completion list
    shows (``label``) and the reference :func:`resolve_target` reads (``ref``, "item:12")."""

    label: str
    ref: str


def agenda_choices(session: Session, language: str | None = None) -> list[AgendaChoice]:
    """Every workgroup, section and plan item a point can be about, newest plan first.

    Labels: "SENN-CRISE — Strategische werkgroep Crisisbeheersing" (a workgroup by its name in
    the delegate's ``language`` when a plan printed one), "2022 · 2.1.1 Politiesamenwerking",
    "2022 · <project title>". A few thousand rows on the big database; read once when the
    Meetings window opens.
    """
    from bnldesk.domain.models import Chapter, Plan, PlanItem, Section

    out: list[AgendaChoice] = []
    workgroups = session.execute(
        select(Workgroup.id, Workgroup.code, Workgroup.name).order_by(
            Workgroup.code, Workgroup.name
        )
    ).all()
    names = shown_names_in(session, [int(row[0]) for row in workgroups], Naming(None, language))
    for workgroup_id, code, carried in workgroups:
        name = names[workgroup_id].name if workgroup_id in names else carried
        label = f"{code} — {name}" if code else name
        out.append(AgendaChoice(label, f"workgroup:{workgroup_id}"))
    sections = session.execute(
        select(Section.id, Section.number, Section.title, Plan.year)
        .join(Chapter, Section.chapter_id == Chapter.id)
        .join(Plan, Chapter.plan_id == Plan.id)
        .order_by(Plan.year.desc(), Section.id)
    )
    for section_id, number, title, year in sections:
        out.append(AgendaChoice(f"{year} · {number} {title}".strip(), f"section:{section_id}"))
    items = session.execute(
        select(PlanItem.id, PlanItem.title, Plan.year)
        .join(Section, PlanItem.section_id == Section.id)
        .join(Chapter, Section.chapter_id == Chapter.id)
        .join(Plan, Chapter.plan_id == Plan.id)
        .order_by(Plan.year.desc(), PlanItem.id)
    )
    for item_id, title, year in items:
        out.append(AgendaChoice(f"{year} · {' '.join(title.split())}", f"item:{item_id}"))
    return out


def find_by_title(session: Session, text: str, plan_year: int | None = None) -> str | None:
    """The reference of the plan item, section or workgroup whose title is ``text`` (case,
    accents, hyphens and spacing folded), or None. Items and sections of ``plan_year`` come
    first, then those of the newest plan; a workgroup matches by its full name."""
    from bnldesk.domain.models import Chapter, Plan, PlanItem, Section

    wanted = identity.normalise_title(text)
    if not wanted:
        return None
    item_rows = session.execute(
        select(PlanItem.id, Plan.year)
        .join(Section, PlanItem.section_id == Section.id)
        .join(Chapter, Section.chapter_id == Chapter.id)
        .join(Plan, Chapter.plan_id == Plan.id)
        .where(PlanItem.identity_key == identity.item_key(text))
    ).all()
    section_rows = session.execute(
        select(Section.id, Plan.year)
        .join(Chapter, Section.chapter_id == Chapter.id)
        .join(Plan, Chapter.plan_id == Plan.id)
        .where(Section.identity_key.like("sec:%"), Section.identity_key.endswith(":" + wanted))
    ).all()
    for kind, rows in (("item", item_rows), ("section", section_rows)):
        if rows:
            best = min(rows, key=lambda row: (row[1] != plan_year, -row[1]))
            return f"{kind}:{best[0]}"
    named = workgroups_by_name(session, text)
    if named:
        return f"workgroup:{named[0].id}"
    return _find_by_title_lead(session, text, plan_year)


def _title_words(text: str) -> list[str]:
    """The words of ``text`` as identity compares them (folded, punctuation dropped)."""
    return [word for word in map(identity.normalise_title, text.split()) if word]


def _find_by_title_lead(session: Session, text: str, plan_year: int | None) -> str | None:
    """The plan item whose title begins with the words of ``text`` (two words at least): the
    plans print a project's name in capitals and run on in small letters ("ATELIER
    THÉMATIQUE avec retour d'expérience"), and trial 14 typed the name alone. One object (in
    several plans: that of ``plan_year`` first, then the newest) is its reference; none is
    None; several raise :class:`SeveralSubjects`."""
    from bnldesk.domain.models import Chapter, Plan, PlanItem, Section

    words = _title_words(text)
    if len(words) < 2:
        return None
    rows = session.execute(
        select(PlanItem.id, PlanItem.title, PlanItem.identity_key, Plan.year)
        .join(Section, PlanItem.section_id == Section.id)
        .join(Chapter, Section.chapter_id == Chapter.id)
        .join(Plan, Chapter.plan_id == Plan.id)
        .where(PlanItem.identity_key.startswith("item:" + "".join(words), autoescape=True))
    ).all()
    by_identity: dict[str, list[tuple[int, str, int]]] = {}
    for item_id, title, key, year in rows:
        if _title_words(title)[: len(words)] == words:
            by_identity.setdefault(key, []).append((item_id, title, year))
    if len(by_identity) > 1:
        titles = sorted({" ".join(found[0][1].split()) for found in by_identity.values()})
        raise SeveralSubjects(" ".join(text.split()), titles)
    for found in by_identity.values():
        best = min(found, key=lambda row: (row[2] != plan_year, -row[2]))
        return f"item:{best[0]}"
    return None


def add_agenda_point_from_text(
    session: Session, meeting_id: int, text: str, *, language: str | None = None
) -> AgendaItem:
    """An agenda point from what a delegate typed: a reference (workgroup code, section number
    of the meeting's plan year, ``item:12``), the exact title of a project, section or
    workgroup (that of the meeting's plan year first), the first words of one project's title
    (two at least), or else free text. A workgroup's point is titled by its name in the
    delegate's ``language`` when a plan printed one.

    Raises MeetingError for an empty text or an unknown meeting, :class:`SeveralSubjects` when
    the words begin the titles of several projects (nothing is added)."""
    text = " ".join(text.split())
    if not text:
        raise MeetingError(
            "an agenda point needs a title or a plan object", code="agenda_point_needs_subject"
        )
    meeting = get_meeting(session, meeting_id)
    if is_section_number(text):
        # The plan of the meeting's workgroup or year, as the command line chooses it; a number
        # that several plans have and nothing chooses is refused, one no plan has is free text.
        try:
            section_id = agenda_section(session, meeting, text)
        except SectionInSeveralPlans:
            raise
        except MeetingError:
            return add_agenda_item(session, meeting_id, AgendaFields(title=text))
        return add_agenda_item(session, meeting_id, AgendaFields(target=f"section:{section_id}"))
    ref: str | None = None
    # The meeting's plan year first (a section number differs between years), then any plan.
    for year in dict.fromkeys((meeting.plan_year, None)):
        try:
            target = resolve_target(session, text, plan_year=year)
        except TargetNotFound:
            continue
        if target.obj_id is not None:
            ref = f"{target.kind.value}:{target.obj_id}"
            break
    if ref is None:
        ref = find_by_title(session, text, meeting.plan_year)
    if ref is not None:
        return add_agenda_item(session, meeting_id, AgendaFields(target=ref, language=language))
    return add_agenda_item(session, meeting_id, AgendaFields(title=text))


def update_agenda_item(session: Session, item_id: int, fields: AgendaFields) -> AgendaItem:
    """Give agenda point ``item_id`` the values of ``fields``; raises :class:`MeetingError` as
    :func:`add_agenda_item` does.
    """
    point = session.get(AgendaItem, item_id)
    if point is None or point.deleted_at is not None:
        raise MeetingError(
            f"there is no agenda point {item_id}", code="no_agenda_point", values=(item_id,)
        )
    _apply_point(session, point.meeting, point, fields)
    session.flush()
    return point


@dataclass(frozen=True)
class AgendaTexts:
    """What the delegation writes on an agenda point (plain data, as the editor shows it)."""

    title: str = ""
    position_text: str = ""
    notes: str = ""
    outcome: str = ""

    @classmethod
    def of(cls, point: AgendaItem) -> AgendaTexts:
        """The texts of ``point`` as stored (None read as "")."""
        return cls(point.title, point.position_text or "", point.notes or "", point.outcome or "")


def update_agenda_texts(
    session: Session,
    item_id: int,
    *,
    title: str,
    position_text: str,
    notes: str,
    outcome: str,
    shown: AgendaTexts | None = None,
) -> None:
    """Change what the delegation writes on a point, keeping its link to the plan object.

    With ``shown`` (the texts as the editor showed them) only the texts that differ from it
    are written, over what is stored now; when one of them was changed elsewhere meanwhile
    nothing is written and :class:`~bnldesk.domain.field_merge.EditClash` is raised.
    """
    point = session.get(AgendaItem, item_id)
    if point is None or point.deleted_at is not None:
        raise MeetingError(
            f"there is no agenda point {item_id}", code="no_agenda_point", values=(item_id,)
        )
    typed = AgendaTexts(title, position_text, notes, outcome)
    if shown is not None:
        merge = merge_fields(shown, typed, AgendaTexts.of(point))
        if merge.clashes:
            raise EditClash(merge.clashes, AgendaTexts.of(point))
        typed = merge.value
    if not typed.title.strip():
        raise MeetingError("an agenda point needs a title", code="agenda_point_needs_title")
    point.title = typed.title.strip()
    point.position_text = typed.position_text
    point.notes = typed.notes
    point.outcome = typed.outcome
    point.updated_at = utcnow()


def set_outcome(session: Session, item_id: int, outcome: str) -> None:
    """Record the outcome of agenda point ``item_id`` (free text, what the debrief writes back).

    Raises :class:`MeetingError` for an unknown point.
    """
    point = session.get(AgendaItem, item_id)
    if point is None:
        raise MeetingError(
            f"there is no agenda point {item_id}", code="no_agenda_point", values=(item_id,)
        )
    point.outcome = outcome
    point.updated_at = utcnow()


def delete_agenda_item(session: Session, item_id: int) -> None:
    """Soft-delete agenda point ``item_id`` (unknown ids are ignored); the points after it move
    up, so the agenda stays numbered 1..n as the brief and the debrief number it."""
    point = session.get(AgendaItem, item_id)
    if point is None or point.deleted_at is not None:
        return
    point.soft_delete()
    _renumber(sorted(_live_points(point.meeting), key=lambda x: (x.position, x.id)))


def _renumber(points: list[AgendaItem]) -> None:
    now = utcnow()
    for number, point in enumerate(points, start=1):
        if point.position != number:
            point.position = number
            point.updated_at = now


def move_agenda_item(session: Session, item_id: int, offset: int) -> None:
    """Move a point up (negative) or down the agenda; positions are renumbered 1..n."""
    point = session.get(AgendaItem, item_id)
    if point is None:
        raise MeetingError(
            f"there is no agenda point {item_id}", code="no_agenda_point", values=(item_id,)
        )
    points = sorted(_live_points(point.meeting), key=lambda x: (x.position, x.id))
    index = points.index(point)
    new_index = max(0, min(len(points) - 1, index + offset))
    points.insert(new_index, points.pop(index))
    _renumber(points)


def add_meeting_action(
    session: Session,
    meeting_id: int,
    title: str,
    *,
    owner: str = "",
    due_date: dt.date | None = None,
    agenda_item_id: int | None = None,
) -> ActionItem:
    """A new open action item of meeting ``meeting_id``, under one of its agenda points if
    ``agenda_item_id`` is given. Raises :class:`MeetingError` for an empty title or an unknown
    meeting.
    """
    meeting = get_meeting(session, meeting_id)
    if not title.strip():
        raise MeetingError("an action item needs a title", code="action_needs_title")
    action = ActionItem(
        meeting_id=meeting.id,
        agenda_item_id=agenda_item_id,
        title=title.strip(),
        owner=owner.strip(),
        due_date=due_date,
    )
    session.add(action)
    session.flush()
    return action


# ------------------------------------------------------------------------------------------
# plain data for the GUI and the CLI
# ------------------------------------------------------------------------------------------


def action_row(action: ActionItem, today: dt.date | None = None) -> ActionRow:
    """``action`` as a plain row; ``overdue`` is False when no ``today`` is given."""
    return {
        "id": action.id,
        "uuid": action.uuid,
        "title": action.title,
        "owner": action.owner,
        "due_date": action.due_date,
        "status": ActionStatus(action.status).value,
        "overdue": action.is_overdue(today) if today else False,
        "meeting_id": action.meeting_id,
        "agenda_item_id": action.agenda_item_id,
        "annotation_id": action.annotation_id,
    }


def meeting_row(meeting: Meeting) -> MeetingRow:
    """``meeting`` as a plain row (its agenda points counted, not listed)."""
    return {
        "id": meeting.id,
        "uuid": meeting.uuid,
        "title": meeting.title,
        "workgroup_key": meeting.workgroup_key,
        "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at,
        "place": meeting.place,
        "video_link": meeting.video_link,
        "chair": meeting.chair,
        "notes": meeting.notes,
        "points": len(_live_points(meeting)),
    }


def list_meetings(
    session: Session,
    *,
    upcoming_from: dt.datetime | None = None,
    workgroup: str | None = None,
    language: str | None = None,
) -> list[MeetingRow]:
    """Live meetings (a :class:`MeetingRow` each) by start (those without a date last), from
    ``upcoming_from`` on if given, of one workgroup (code or name) if given; a default title
    under the workgroup's name in ``language`` (:func:`shown_titles`). Raises
    :class:`MeetingError` for an unknown workgroup."""
    stmt = (
        select(Meeting)
        .where(Meeting.deleted_at.is_(None))
        .options(selectinload(Meeting.agenda_items))
        .order_by(Meeting.starts_at.nulls_last(), Meeting.id)
    )
    if upcoming_from is not None:
        stmt = stmt.where(Meeting.starts_at >= upcoming_from)
    if workgroup:
        stmt = stmt.where(Meeting.workgroup_key == find_workgroup(session, workgroup).identity_key)
    return shown_rows(session, list(session.scalars(stmt)), language)


def shown_rows(
    session: Session, found: Sequence[Meeting], language: str | None
) -> list[MeetingRow]:
    """``found`` as :class:`MeetingRow` rows titled for a reader of ``language``
    (:func:`shown_titles`)."""
    titles = shown_titles(
        session, [(m.id, m.title, m.workgroup_id, m.plan_year) for m in found], language
    )
    return [{**meeting_row(m), "title": titles[m.id]} for m in found]


def shown_titles(
    session: Session,
    meetings: Sequence[tuple[int, str, int | None, int | None]],
    language: str | None,
) -> dict[int, str]:
    """meeting id: the title it is shown by, for ``meetings`` (id, stored title, workgroup id,
    plan year): a default title ("Name (CODE)" under any name of its workgroup) under the
    name the workgroup is shown by in ``language``
    (:func:`bnldesk.domain.workgroup_names.retitled`), a typed title as it is. Three reads
    per 500 workgroups and one per year the meetings are in."""
    ids = {workgroup_id for _m, _t, workgroup_id, _y in meetings if workgroup_id is not None}
    names = every_name_in(session, ids)
    codes = dict(
        session.execute(select(Workgroup.id, Workgroup.code).where(Workgroup.id.in_(ids))).all()
    )
    by_year: dict[int | None, set[int]] = {}
    for _meeting, _title, workgroup_id, year in meetings:
        if workgroup_id is not None:
            by_year.setdefault(year, set()).add(workgroup_id)
    shown = {
        year: shown_names_in(session, workgroup_ids, Naming(year, language))
        for year, workgroup_ids in by_year.items()
    }
    titles: dict[int, str] = {}
    for meeting_id, title, workgroup_id, year in meetings:
        titles[meeting_id] = title
        if workgroup_id is not None and workgroup_id in shown[year]:
            name = shown[year][workgroup_id].name
            titles[meeting_id] = retitled(
                title, codes.get(workgroup_id), names.get(workgroup_id, []), name
            )
    return titles


def _shown_title(session: Session, meeting: Meeting, language: str | None) -> str:
    """``meeting``'s title as a reader of ``language`` is shown it (:func:`shown_titles`)."""
    row = (meeting.id, meeting.title, meeting.workgroup_id, meeting.plan_year)
    return shown_titles(session, [row], language)[meeting.id]


def meeting_detail(
    session: Session,
    meeting_id: int,
    today: dt.date | None = None,
    language: str | None = None,
) -> MeetingDetail:
    """A meeting with its agenda points (and their actions), a :class:`MeetingDetail`; an action
    is overdue relative to ``today`` when given; a default title under the workgroup's name in
    ``language``, as the lists show it (:func:`shown_titles`). Raises :class:`MeetingError` for
    an unknown meeting."""
    meeting = get_meeting(session, meeting_id)
    actions = list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting.id, ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.created_at, ActionItem.id)
        )
    )
    points: list[AgendaPointRow] = [
        {
            "id": point.id,
            "uuid": point.uuid,
            "position": point.position,
            "title": point.title,
            "target_kind": TargetKind(point.target_kind).value,
            "target_key": point.target_key,
            "target_id": point.target_id,
            "position_text": point.position_text,
            "notes": point.notes,
            "outcome": point.outcome,
            "actions": [action_row(a, today) for a in actions if a.agenda_item_id == point.id],
        }
        for point in sorted(_live_points(meeting), key=lambda x: (x.position, x.id))
    ]
    detail: MeetingDetail = {
        **meeting_row(meeting),
        "title": _shown_title(session, meeting, language),
        "agenda": points,
        "actions": [action_row(action, today) for action in actions],
    }
    return detail


def recent_note_row(note: Annotation) -> RecentNoteRow:
    """``note`` as the start page lists it (its plan object's label, else its key)."""
    return {
        "id": note.id,
        "uuid": note.uuid,
        "target": note.target_label or note.target_key,
        "target_kind": TargetKind(note.target_kind).value,
        "target_key": note.target_key,
        "body": note.body,
        "updated_at": note.updated_at,
        "visibility": Visibility(note.visibility).value,
        "author": note.author,
    }


# ------------------------------------------------------------------------------------------
# debrief
# ------------------------------------------------------------------------------------------


@dataclass
class DebriefNote:
    """A note the debrief wrote: on which plan object (its label) and which agenda points (their
    numbers) it carries."""

    note_id: int
    target_label: str
    points: list[int]
    created: bool


@dataclass
class DebriefResult:
    """What a debrief wrote, and what it could not write.

    ``unrecorded`` are the points with neither an outcome, a position nor an action item (there
    was nothing to write); ``nowhere`` the points, and ``actions_nowhere`` the count of action
    items, that had no plan object to carry them (free text in a meeting without a workgroup).
    ``kept`` names (by their objects' labels) the notes the delegate changed since the last
    debrief: their text was kept and only what the meeting added since was appended.
    Points are named "2. Rondvraag".
    """

    notes_created: int = 0
    notes_updated: int = 0
    actions_linked: int = 0
    note_ids: list[int] = field(default_factory=list)
    notes: list[DebriefNote] = field(default_factory=list)
    unrecorded: list[str] = field(default_factory=list)
    nowhere: list[str] = field(default_factory=list)
    actions_nowhere: int = 0
    kept: list[str] = field(default_factory=list)


def _debrief_target(session: Session, meeting: Meeting, point: AgendaItem | None) -> Target | None:
    """The plan object a point's debrief goes on: the point's own object, else (free text, or
    ``p`` None for the meeting itself) the meeting's workgroup, else None."""
    if point is not None and point.target_key and point.target_kind != TargetKind.FREE:
        if point.target_id is not None:
            try:
                return target_of(session, point.target_kind, point.target_id)
            except TargetNotFound:
                pass
        # The object is gone from this database: the note still goes on its identity key, with
        # no plan year (there is no plan to name).
        return Target(
            TargetKind(point.target_kind), point.target_key, point.target_id, point.title, None
        )
    if meeting.workgroup_id is not None:
        return target_of(session, TargetKind.WORKGROUP, meeting.workgroup_id)
    return None


def _point_name(point: AgendaItem) -> str:
    return f"{point.position}. {point.title}"


# What the debrief writes into notes and a calendar file says, by key: (English, Dutch,
# French). Stored text is in the delegate's language (trial 10: English in a Dutch brief).
_WORDS: dict[str, tuple[str, str, str]] = {
    "debrief_heading": (
        "Outcome of the meeting of {date}: {title}",
        "Uitkomst van de vergadering van {date}: {title}",
        "Résultat de la réunion du {date} : {title}",
    ),
    "debrief_heading_undated": (
        "Outcome of the meeting: {title}",
        "Uitkomst van de vergadering: {title}",
        "Résultat de la réunion : {title}",
    ),
    "debrief_outcome": ("Outcome: {text}", "Uitkomst: {text}", "Résultat : {text}"),
    "debrief_not_recorded": ("not recorded", "niet vastgelegd", "non consigné"),
    "debrief_actions": ("Actions:", "Actiepunten:", "Actions :"),
    "debrief_due": ("due {date}", "uiterlijk {date}", "échéance {date}"),
    "debrief_added": (
        "Added by a later debrief:",
        "Toegevoegd bij een later verslag:",
        "Ajouté par un compte rendu ultérieur :",
    ),
    "ics_chair": ("Chair: {name}", "Voorzitter: {name}", "Présidence : {name}"),
    "ics_video": ("Video: {link}", "Video: {link}", "Vidéo : {link}"),
    "ics_agenda": ("Agenda:", "Agenda:", "Ordre du jour :"),
}


def _say(key: str, language: str, **values: object) -> str:
    """The text of ``key`` in ``language`` (English for an unknown one), ``values`` filled in."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    return _WORDS[key][index].format(**values)


def _debrief_text(
    meeting: Meeting, points: list[AgendaItem], actions: list[ActionItem], language: str
) -> str:
    """The note's body in ``language`` (en, nl, fr): the meeting, then per point its outcome
    (said when none was recorded), then the action items. The points' positions are the note's
    position (:func:`_debrief_position`), not repeated here (trial 11: a brief showed each
    twice, in the body and in the position's box)."""
    say = functools.partial(_say, language=language)
    if meeting.starts_at:
        heading = say(
            "debrief_heading", date=format_date(meeting.starts_at, language), title=meeting.title
        )
    else:
        heading = say("debrief_heading_undated", title=meeting.title)
    lines = [heading]
    for point in points:
        lines.append("")
        lines.append(_point_name(point))
        outcome = point.outcome.strip() or say("debrief_not_recorded")
        lines.append(say("debrief_outcome", text=outcome))
    if actions:
        lines.append("")
        lines.append(say("debrief_actions"))
        for action in actions:
            due = (
                say("debrief_due", date=format_date(action.due_date, language))
                if action.due_date
                else ""
            )
            extra = ", ".join(x for x in (action.owner, due) if x)
            lines.append(f"- {action.title}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


def _debrief_position(points: list[AgendaItem]) -> str:
    """The note's position: the points' positions, each named by its point when there are
    several."""
    with_position = [p for p in points if p.position_text.strip()]
    if len(with_position) == 1:
        return with_position[0].position_text.strip()
    return "\n".join(f"{_point_name(p)}: {p.position_text.strip()}" for p in with_position)


# A debrief note's plan object, as (target kind value, identity key).
DebriefKey = tuple[str, str]


_LIVE_ACTION = ActionItem.deleted_at.is_(None)


@dataclass
class _DebriefGroup:
    """The points and action items one debrief note carries."""

    target: Target
    points: list[AgendaItem] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)


def still_ahead(starts_at: dt.datetime | None, today: dt.date) -> bool:
    """Whether a meeting starting at ``starts_at`` (local time; None: not dated) is still to
    come on ``today``: its day is after today. A meeting of today is not (it is being held, and
    delegates debrief it the same afternoon)."""
    return starts_at is not None and starts_at.date() > today


def debrief(
    session: Session,
    meeting_id: int,
    *,
    author: str = "",
    delegation: str = "",
    visibility: Visibility = Visibility.DELEGATION,
    language: str = "en",
) -> DebriefResult:
    """Write each agenda point's position, outcome and action items back as a note on the plan
    object it concerns.

    One note per object and meeting, with a UUID derived from both, so running the debrief again
    (here or on another laptop) updates that note instead of adding another. A note the
    delegate changed since the debrief wrote it keeps the delegate's text (body and position),
    with what the meeting added since appended; its other fields are left as they are. Every point with
    an outcome, a position or an action item is written: on its own object, or, for free text,
    on the meeting's workgroup, which also takes the action items of no point. A note's plan year
    is that of its object's plan (None for a workgroup, as for any note on one). The text is
    written in ``language`` (en, nl, fr: the window's, or the command line's ``--language``).
    What could not be written is named in the result. Raises :class:`MeetingError` for an unknown meeting.
    """
    meeting = get_meeting(session, meeting_id)
    result = DebriefResult()
    groups = _debrief_groups(session, meeting, result)
    for key, group in groups.items():
        fields = NoteFields(
            body=_debrief_text(meeting, group.points, group.actions, language),
            tags=[debrief_tag(language)],
            position_text=_debrief_position(group.points),
            visibility=visibility.value,
        )
        note, created, kept = _write_debrief_note(
            session, meeting, key, group.target, fields, (author, delegation), language
        )
        if created:
            result.notes_created += 1
        else:
            result.notes_updated += 1
        if kept:
            result.kept.append(group.target.label)
        result.note_ids.append(note.id)
        numbers = [point.position for point in group.points]
        result.notes.append(DebriefNote(note.id, group.target.label, numbers, created))
        for action in group.actions:
            if action.annotation_id != note.id:
                action.annotation_id = note.id
                action.updated_at = utcnow()
                result.actions_linked += 1
    session.flush()
    return result


def _debrief_groups(
    session: Session, meeting: Meeting, result: DebriefResult
) -> dict[DebriefKey, _DebriefGroup]:
    """The notes a debrief writes, keyed by their plan object, in agenda order; what cannot be
    written is recorded in ``result`` (points with nothing recorded, or with no object)."""
    points = sorted(_live_points(meeting), key=lambda x: (x.position, x.id))
    actions = list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting.id, _LIVE_ACTION)
            .order_by(ActionItem.created_at, ActionItem.id)
        )
    )
    actions_of: dict[int, list[ActionItem]] = {}
    for action in actions:
        actions_of.setdefault(action.agenda_item_id or -1, []).append(action)
    groups: dict[DebriefKey, _DebriefGroup] = {}
    for point in points:
        mine = actions_of.get(point.id, [])
        if not (point.outcome.strip() or point.position_text.strip() or mine):
            result.unrecorded.append(_point_name(point))
            continue
        target = _debrief_target(session, meeting, point)
        if target is None:
            result.nowhere.append(_point_name(point))
            result.actions_nowhere += len(mine)
            continue
        group = groups.setdefault((target.kind.value, target.key), _DebriefGroup(target))
        group.points.append(point)
        group.actions += mine
    # Action items of no point (or of a point since removed) go with the meeting's workgroup.
    live = {point.id for point in points}
    loose = [action for action in actions if action.agenda_item_id not in live]
    if loose:
        workgroup = _debrief_target(session, meeting, None)
        if workgroup is None:
            result.actions_nowhere += len(loose)
        else:
            key = (workgroup.kind.value, workgroup.key)
            groups.setdefault(key, _DebriefGroup(workgroup)).actions += loose
    return groups


def _debrief_note_uuid(meeting: Meeting, key: DebriefKey) -> str:
    """The UUID of the meeting's debrief note on the object ``key``: the same on every laptop."""
    return str(uuidlib.uuid5(DEBRIEF_NAMESPACE, f"{meeting.uuid}:{key[0]}:{key[1]}"))


def is_debrief_of(note: Annotation, meeting: Meeting) -> bool:
    """Whether ``note`` is the debrief note ``meeting`` wrote (or would write) on the note's
    plan object: told by its UUID, so also a note received from another laptop, whatever its
    tags or text became since."""
    return note.uuid == _debrief_note_uuid(meeting, (note.target_kind.value, note.target_key))


# What a debrief last did to a note, by the note's UUID (a Setting value): per field (body,
# position) the SHA-256 of the text it generated and of the text it stored (the same unless it
# kept the delegate's text), so the next debrief can tell what the delegate changed since.
_WRITTEN_PREFIX = "debrief-written:"


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Written:
    """Fingerprints of one field's text as a debrief generated it and as it stored it."""

    generated: str
    stored: str


def _written_fields(session: Session, note_uuid: str) -> tuple[_Written | None, _Written | None]:
    """What the last debrief did to the note's body and position (None: nothing known, a note
    written by an earlier version or received from another laptop)."""
    row = session.get(Setting, _WRITTEN_PREFIX + note_uuid)
    parts = row.value.split(":") if row is not None else []
    if len(parts) != 4:
        return None, None
    return _Written(parts[0], parts[1]), _Written(parts[2], parts[3])


def _merged_text(
    current: str, before: _Written | None, new: str, language: str
) -> tuple[str, bool]:
    """What a debrief stores in a note field now holding ``current``, where the last debrief
    did ``before`` and now has ``new`` to write. Returns (the text, whether the delegate's text
    was kept).

    Still exactly what the debrief wrote: ``new`` replaces it. Otherwise (the delegate changed
    it, or nothing is known) ``current`` stays; the lines of ``new`` it does not hold yet are
    appended under a line saying where they come from, unless the debrief has nothing new."""
    if current == new:
        return new, False
    if before is not None and before.generated == before.stored == _fingerprint(current):
        return new, False
    if before is not None and _fingerprint(new) == before.generated:
        return current, True
    added = [line for line in new.splitlines() if line.strip() and line.strip() not in current]
    if not added:
        return current, True
    joined = "\n".join(added)
    if not current.strip():
        return joined, True
    return f"{current.rstrip()}\n\n{_say('debrief_added', language)}\n{joined}", True


def _write_debrief_note(
    session: Session,
    meeting: Meeting,
    key: DebriefKey,
    target: Target,
    fields: NoteFields,
    by: tuple[str, str],
    language: str,
) -> tuple[Annotation, bool, bool]:
    """Create or update the meeting's debrief note on ``target`` (its UUID derived from the
    meeting's and the object's); returns the note, whether it was created and whether the
    delegate's changes since the last debrief were kept (see :func:`_merged_text`). An existing
    note keeps its other tags and every field but its body and position."""
    note_uuid = _debrief_note_uuid(meeting, key)
    new_body, new_position = fields.body, fields.position_text
    note = session.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
    created = note is None
    kept = False
    if note is None:
        author, delegation = by
        note = new_annotation(target, author=author, delegation=delegation, uuid=note_uuid)
        session.add(note)
    else:
        body_before, position_before = _written_fields(session, note_uuid)
        body, body_kept = _merged_text(note.body, body_before, fields.body, language)
        position, position_kept = _merged_text(
            note.position_text, position_before, fields.position_text, language
        )
        kept = body_kept or position_kept
        fields = NoteFields.of(note)
        fields.body, fields.position_text = body, position
        if not any(is_debrief_tag(tag) for tag in fields.tags):
            fields.tags = sorted({*fields.tags, debrief_tag(language)})
        note.deleted_at = None
        note.plan_year = target.plan_year  # earlier versions wrote the meeting's year
    apply_fields(session, note, fields)
    note.edited_by = by[0]
    texts = (new_body, note.body, new_position, note.position_text)
    value = ":".join(_fingerprint(text) for text in texts)
    session.merge(Setting(key=_WRITTEN_PREFIX + note_uuid, value=value))
    session.flush()
    return note, created, kept


def debrief_state(session: Session, meeting_id: int) -> MeetingState:
    """The meeting's records (:func:`meeting_state`) and the debrief notes it has on the
    objects its debrief writes on, so a debrief can be undone and redone with
    :func:`restore_meeting_state` (a note only in the later state is deleted by the undo)."""
    from bnldesk.services.sync_records import CODECS

    state = meeting_state(session, meeting_id)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return state
    for key in _debrief_groups(session, meeting, DebriefResult()):
        note = session.scalar(
            select(Annotation).where(Annotation.uuid == _debrief_note_uuid(meeting, key))
        )
        if note is not None:
            state[note.uuid] = ("annotation", CODECS["annotation"].read(session, note).to_json())
    return state


# ------------------------------------------------------------------------------------------
# iCalendar
# ------------------------------------------------------------------------------------------


def meeting_ics(
    session: Session, meeting_ids: Iterable[int], *, tz: str = TIMEZONE, language: str = "en"
) -> bytes:
    """An iCalendar file with one event per meeting (UID stable across laptops); the
    description's words ("Chair:", "Agenda:") in ``language`` (en, nl, fr)."""
    import icalendar

    zone = zoneinfo.ZoneInfo(tz)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//bnldesk//bnldesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if tz == TIMEZONE:
        # Before the events, as most calendar programs expect.
        cal.add_component(icalendar.Timezone.from_ical(_BRUSSELS_VTIMEZONE))
    stamp = dt.datetime.now(dt.UTC)
    for meeting_id in meeting_ids:
        meeting = get_meeting(session, meeting_id)
        if meeting.starts_at is None:
            raise MeetingError(
                f"meeting {meeting.id} ({meeting.title}) has no date yet",
                code="meeting_without_date",
                values=(meeting.id, meeting.title),
            )
        start = meeting.starts_at.replace(tzinfo=zone)
        end = (meeting.ends_at or meeting.starts_at + DEFAULT_DURATION).replace(tzinfo=zone)
        ev = icalendar.Event()
        ev.add("uid", f"{meeting.uuid}@bnldesk")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        ev.add("summary", meeting.title)
        if meeting.place or meeting.video_link:
            ev.add("location", meeting.place or meeting.video_link)
        if meeting.video_link:
            ev.add("url", meeting.video_link)
        say = functools.partial(_say, language=language)
        lines = []
        if meeting.chair:
            lines.append(say("ics_chair", name=meeting.chair))
        if meeting.video_link:
            lines.append(say("ics_video", link=meeting.video_link))
        points = sorted(_live_points(meeting), key=lambda x: (x.position, x.id))
        if points:
            lines.append(say("ics_agenda"))
            lines += [f"{n}. {p.title}" for n, p in enumerate(points, start=1)]
        if meeting.notes.strip():
            lines += ["", meeting.notes.strip()]
        if lines:
            ev.add("description", "\n".join(lines))
        ev.add("last-modified", meeting.updated_at.replace(tzinfo=dt.UTC))
        cal.add_component(ev)
    if tz != TIMEZONE:
        cal.add_missing_timezones()
    return bytes(cal.to_ical())


# The EU summer-time rule (since 1996) as calendar programs write it: two lines, not a table.
_BRUSSELS_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Brussels
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
""".replace("\n", "\r\n")


def export_ics(
    session: Session,
    meeting_ids: Iterable[int],
    path: Path | str,
    *,
    tz: str = TIMEZONE,
    language: str = "en",
) -> Path:
    """Write the meetings to ``path`` atomically (their descriptions in ``language``); a
    failure raises ExportError."""
    return write_atomically(path, meeting_ics(session, meeting_ids, tz=tz, language=language))


# ------------------------------------------------------------------------------------------
# undo support: a meeting's records as plain data, and putting them back
# ------------------------------------------------------------------------------------------

MeetingState = dict[str, tuple[str, RecordJson]]
"""A meeting with its agenda and action items as stored: record uuid -> (kind, the record's
JSON form), what an undo step puts back."""


def meeting_state(session: Session, meeting_id: int | None) -> MeetingState:
    """The meeting, its agenda points and its actions in portable form, keyed by UUID."""
    from bnldesk.services.sync_records import CODECS

    state: MeetingState = {}
    if meeting_id is None:
        return state
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return state
    session.flush()
    state[meeting.uuid] = ("meeting", CODECS["meeting"].read(session, meeting).to_json())
    for point in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)):
        state[point.uuid] = ("agenda_item", CODECS["agenda_item"].read(session, point).to_json())
    for action in session.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting.id)):
        state[action.uuid] = ("action_item", CODECS["action_item"].read(session, action).to_json())
    return state


def restore_meeting_state(session: Session, target: MeetingState, other: MeetingState) -> None:
    """Make the records of ``target`` and ``other`` look as in ``target`` (undo and redo).

    Records only in ``other`` (created by the step being undone) are soft-deleted. Every record
    put back gets a new ``updated_at``: an undo is a new edit, so other laptops take it too.
    """
    from bnldesk.services.sync_records import CODECS, find_row, timestamp

    now = timestamp(utcnow())
    order = {"meeting": 0, "agenda_item": 1, "annotation": 2, "action_item": 3}
    for record_uuid, (kind, data) in sorted(target.items(), key=lambda kv: order[kv[1][0]]):
        codec = CODECS[kind]
        record = find_row(session, kind, record_uuid)
        if record is None:
            record = codec.model()
            with session.no_autoflush:
                codec.write(session, codec.decode(data | {"updated_at": now}), record)
            session.add(record)
        else:
            current = codec.read(session, record).to_json()
            if {k: v for k, v in current.items() if k != "updated_at"} != {
                k: v for k, v in data.items() if k != "updated_at"
            }:
                codec.write(session, codec.decode(data | {"updated_at": now}), record)
        session.flush()
    for record_uuid, (kind, _data) in other.items():
        if record_uuid in target:
            continue
        record = find_row(session, kind, record_uuid)
        if record is not None and record.deleted_at is None:
            record.soft_delete()
    session.flush()
