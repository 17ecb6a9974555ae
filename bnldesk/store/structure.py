"""Merge a parsed :class:`PlanDocument` into the database, in place and idempotently.

Rows are matched by identity key, so importing the same document twice changes nothing, and a
real document merges with the demo objects it describes: existing rows are updated (and keep
their ids, which the interface and notes may hold), new ones created, and rows the document no
longer has are removed. Notes are keyed by identity, not by row, so removing a row loses no note.

The caller owns the transaction: nothing here commits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.document import DocContact, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.models import (
    Chapter,
    Contact,
    Plan,
    PlanItem,
    Programme,
    Section,
    Workgroup,
    utcnow,
    workgroup_plan,
)


@dataclass
class WriteReport:
    kind: str
    label: str
    owner_id: int = 0
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    # "Jaarplan 2013 -> Gemeenschappelijk Werkprogramma 2013-2016": plans this write put under
    # a programme (another plan's too, when a programme document arrives after its plans).
    attached: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            sum(self.created.values()) or sum(self.updated.values()) or sum(self.removed.values())
        )


K = TypeVar("K", Chapter, Section, PlanItem)


class _Matcher(Generic[K]):
    """Hands out existing rows by identity key, first come first served, and lists the rest."""

    def __init__(self, rows: Iterable[K]) -> None:
        self._by_key: dict[str, list[K]] = defaultdict(list)
        for row in rows:
            self._by_key[row.identity_key].append(row)

    def take(self, key: str) -> K | None:
        bucket = self._by_key.get(key)
        return bucket.pop(0) if bucket else None

    def leftovers(self) -> list[K]:
        return [row for bucket in self._by_key.values() for row in bucket]


def _assign(
    report: WriteReport, kind: str, row: object, values: dict[str, object], is_new: bool
) -> None:
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if is_new:
        report.created[kind] += 1
    elif changed:
        report.updated[kind] += 1
    else:
        report.unchanged[kind] += 1


def write_document(session: Session, doc: PlanDocument) -> WriteReport:
    if doc.kind == "plan":
        return _write_plan(session, doc)
    return _write_programme(session, doc)


def _source_values(doc: PlanDocument) -> dict[str, object]:
    if not doc.source_sha256:
        return {}
    return {"source_file": doc.source_file, "source_sha256": doc.source_sha256}


def _write_programme(session: Session, doc: PlanDocument) -> WriteReport:
    if doc.start_year is None or doc.end_year is None:
        raise ValueError("a programme needs its period (start and end year)")
    report = WriteReport("programme", f"{doc.start_year}-{doc.end_year}")
    programme = session.scalars(
        select(Programme).where(
            Programme.start_year == doc.start_year, Programme.end_year == doc.end_year
        )
    ).one_or_none()
    is_new = programme is None
    if programme is None:
        programme = Programme(start_year=doc.start_year, end_year=doc.end_year)
        session.add(programme)
    values: dict[str, object] = {
        "title": doc.title,
        "identity_key": identity.programme_key(doc.start_year, doc.end_year),
        **_source_values(doc),
    }
    if doc.description or is_new:
        values["description"] = doc.description
    _assign(report, "programme", programme, values, is_new)
    if is_new:
        session.flush()
    _write_chapters(session, report, doc, programme.chapters, owner=programme)
    report.attached += _link_plans_to_programmes(session)
    if report.changed and doc.source_sha256:
        programme.imported_at = utcnow()
    session.flush()
    report.owner_id = programme.id
    return report


def _write_plan(session: Session, doc: PlanDocument) -> WriteReport:
    if doc.year is None:
        raise ValueError("an annual plan needs its year")
    report = WriteReport("plan", str(doc.year))
    plan = session.scalars(select(Plan).where(Plan.year == doc.year)).one_or_none()
    is_new = plan is None
    if plan is None:
        plan = Plan(year=doc.year)
        session.add(plan)
    values: dict[str, object] = {
        "title": doc.title,
        "identity_key": identity.plan_key(doc.year),
        **_source_values(doc),
    }
    if doc.description or is_new:
        values["description"] = doc.description
    if doc.language:
        values["language"] = doc.language
    _assign(report, "plan", plan, values, is_new)
    if is_new:
        session.flush()
    inherited = _inherited_section_keys(session, doc)
    sections_by_number = _write_chapters(
        session, report, doc, plan.chapters, owner=plan, inherited=inherited
    )
    _write_workgroups(session, report, doc, plan, sections_by_number)
    _write_contacts(session, report, doc.contacts, plan, sections_by_number)
    report.attached += _link_plans_to_programmes(session)
    if report.changed and doc.source_sha256:
        plan.imported_at = utcnow()
    session.flush()
    report.owner_id = plan.id
    return report


def _write_chapters(
    session: Session,
    report: WriteReport,
    doc: PlanDocument,
    existing_chapters: list[Chapter],
    owner: Plan | Programme,
    inherited: dict[int, str] | None = None,
) -> dict[str, Section]:
    chapters = _Matcher(existing_chapters)
    old_sections = _Matcher([s for ch in existing_chapters for s in ch.sections])
    sections_by_number: dict[str, Section] = {}
    kept: list[Chapter] = []

    for position, dch in enumerate(doc.chapters):
        key = identity.chapter_key(dch.number, dch.title)
        chapter = chapters.take(key)
        is_new = chapter is None
        if chapter is None:
            chapter = Chapter()
            if isinstance(owner, Plan):
                chapter.plan = owner
            else:
                chapter.programme = owner
            session.add(chapter)
        values: dict[str, object] = {
            "number": dch.number,
            "title": dch.title,
            "position": position,
            "identity_key": key,
        }
        if dch.body or is_new:
            values["body"] = dch.body
        _assign(report, "chapter", chapter, values, is_new)
        kept.append(chapter)

        counter = [0]
        for dsec in dch.sections:
            _place_section(
                session,
                report,
                old_sections,
                sections_by_number,
                dsec,
                None,
                chapter,
                counter,
                inherited or {},
            )

    doomed = old_sections.leftovers()
    # Unlink first: the database cascades a deleted chapter or parent section to its sections
    # and their link rows, and the ORM would then try to delete those link rows a second time.
    for section in doomed:
        section.workgroups.clear()
        section.contacts.clear()
    session.flush()
    for section in doomed:
        report.removed["section"] += 1
        session.delete(section)
    for chapter in chapters.leftovers():
        report.removed["chapter"] += 1
        session.delete(chapter)
    session.flush()
    return sections_by_number


def _place_section(
    session: Session,
    report: WriteReport,
    old_sections: _Matcher[Section],
    sections_by_number: dict[str, Section],
    dsec: DocSection,
    parent: Section | None,
    chapter: Chapter,
    counter: list[int],
    inherited: dict[int, str],
) -> None:
    key = inherited.get(id(dsec)) or identity.section_key(dsec.number, dsec.title)
    section = old_sections.take(key)
    is_new = section is None
    if section is None:
        section = Section()
        session.add(section)
    values: dict[str, object] = {
        "number": dsec.number,
        "title": dsec.title,
        "position": counter[0],
        "identity_key": key,
        "chapter": chapter,
        "parent": parent,
    }
    counter[0] += 1
    if dsec.body or is_new:
        values["body"] = dsec.body
    _assign(report, "section", section, values, is_new)
    if dsec.number:
        sections_by_number.setdefault(identity.normalise_number(dsec.number), section)
    _write_items(session, report, section, dsec)
    for child in dsec.children:
        _place_section(
            session,
            report,
            old_sections,
            sections_by_number,
            child,
            section,
            chapter,
            counter,
            inherited,
        )


# A renamed section is the same section when more than this share of its items recur.
_SAME_SECTION_ITEMS = 0.5


def _inherited_section_keys(session: Session, doc: PlanDocument) -> dict[int, str]:
    """Sections renamed under the same number since the previous plan, with most of their
    items the same: they keep the previous plan's identity key, so notes follow them.

    Returns ``{id(DocSection): identity key}`` for those sections only.
    """
    if doc.year is None:
        return {}
    previous = session.scalar(
        select(Plan).where(Plan.year < doc.year).order_by(Plan.year.desc()).limit(1)
    )
    if previous is None:
        return {}
    before = {
        identity.normalise_number(section.number): section
        for chapter in previous.chapters
        for section in chapter.sections
        if section.number
    }
    known = {section.identity_key for section in before.values()}
    out: dict[int, str] = {}
    for dsec in doc.iter_sections():
        key = identity.section_key(dsec.number, dsec.title)
        old = before.get(identity.normalise_number(dsec.number))
        if key in known or old is None or old.identity_key == key:
            continue
        new_items = {identity.item_key(item.title) for item in dsec.items}
        old_items = {item.identity_key for item in old.items}
        larger = max(len(new_items), len(old_items))
        if larger and len(new_items & old_items) / larger > _SAME_SECTION_ITEMS:
            out[id(dsec)] = old.identity_key
    return out


def _write_items(session: Session, report: WriteReport, section: Section, dsec: DocSection) -> None:
    items = _Matcher(section.items if section.id is not None else [])
    for position, ditem in enumerate(dsec.items):
        key = identity.item_key(ditem.title)
        item = items.take(key)
        is_new = item is None
        if item is None:
            item = PlanItem(section=section)
            session.add(item)
        values: dict[str, object] = {
            "kind": ditem.kind,
            "is_flagship": ditem.flagship,
            "title": ditem.title,
            "theme": ditem.theme,
            "position": position,
            "identity_key": key,
        }
        if ditem.body or is_new:
            values["body"] = ditem.body
        _assign(report, "item", item, values, is_new)
    for item in items.leftovers():
        report.removed["item"] += 1
        section.items.remove(item)
        session.delete(item)


def _write_workgroups(
    session: Session,
    report: WriteReport,
    doc: PlanDocument,
    plan: Plan,
    sections_by_number: dict[str, Section],
) -> None:
    all_groups = doc.iter_workgroups()
    keys = {identity.workgroup_key(g.code, g.name) for g in all_groups}
    existing = (
        {
            wg.identity_key: wg
            for wg in session.scalars(select(Workgroup).where(Workgroup.identity_key.in_(keys)))
        }
        if keys
        else {}
    )
    in_plan: dict[int, Workgroup] = {}
    printed_names: dict[int, tuple[Workgroup, str]] = {}
    links: dict[int, list[Workgroup]] = defaultdict(list)
    counted: list[Workgroup] = []  # created or updated here already

    def place(g: DocWorkgroup, parent: Workgroup | None, section: Section) -> None:
        key = identity.workgroup_key(g.code, g.name)
        wg = existing.get(key)
        is_new = wg is None
        if wg is None:
            wg = Workgroup(identity_key=key)
            session.add(wg)
            existing[key] = wg
        # The name is the printed name of one plan, chosen by name_workgroups once every
        # plan's printed name is written; a new row starts with this plan's.
        values: dict[str, object] = {"code": g.code or None}
        if is_new:
            values["name"] = g.name
        if parent is not None:
            values["parent"] = parent
        if g.description:
            values["description"] = g.description
        # A workgroup is one row across the years: its nesting follows the newest plan that
        # lists it, so re-importing an older plan does not turn it back.
        newer = not is_new and any(p.year > plan.year for p in wg.plans)
        if newer:
            report.unchanged["workgroup"] += 1
        elif is_new or id(wg) not in in_plan:
            unchanged = report.unchanged["workgroup"]
            _assign(report, "workgroup", wg, values, is_new)
            if report.unchanged["workgroup"] == unchanged:
                counted.append(wg)
        in_plan[id(wg)] = wg
        printed_names[id(wg)] = (wg, g.name)
        if wg not in links[id(section)]:
            links[id(section)].append(wg)
        for child in g.children:
            place(child, wg, section)

    sections = {id(s): s for s in _plan_sections(plan)}
    for dsec in doc.iter_sections():
        section = (
            sections_by_number.get(identity.normalise_number(dsec.number)) if dsec.number else None
        )
        if section is None:
            section = _find_by_title(plan, dsec)
        if section is None:
            continue
        for g in dsec.workgroups:
            place(g, None, section)

    for section in sections.values():
        wanted = links.get(id(section), [])
        current = [w for w in section.workgroups]
        if [w.identity_key for w in current] != [w.identity_key for w in wanted]:
            section.workgroups = wanted
    plan_groups = list(in_plan.values())
    session.flush()
    printed = {wg.id: name for wg, name in printed_names.values()}
    if {w.identity_key for w in plan.workgroups} != {w.identity_key for w in plan_groups}:
        plan.workgroups = plan_groups
    session.flush()
    # Each plan keeps the name it printed (the row follows the newest plan).
    printed_now = {
        wg_id: name
        for wg_id, name in session.execute(
            select(workgroup_plan.c.workgroup_id, workgroup_plan.c.name).where(
                workgroup_plan.c.plan_id == plan.id
            )
        )
    }
    for wg_id, name in printed.items():
        if printed_now.get(wg_id, name) != name:
            session.execute(
                update(workgroup_plan)
                .where(workgroup_plan.c.plan_id == plan.id, workgroup_plan.c.workgroup_id == wg_id)
                .values(name=name)
            )
    renamed = name_workgroups(session)
    report.updated["workgroup"] += len(renamed - {wg.id for wg in counted})


def naming_language(session: Session) -> str | None:
    """The language workgroups are named in: the language most plans in the database are
    printed in; on a tie, the language of the oldest of them. None when no plan's language is
    known."""
    rows = session.execute(
        select(Plan.language, func.count(), func.min(Plan.year))
        .where(Plan.language.is_not(None))
        .group_by(Plan.language)
    ).all()
    if not rows:
        return None
    language, _count, _oldest = max(rows, key=lambda row: (row[1], -row[2]))
    return str(language)


def name_workgroups(session: Session) -> set[int]:
    """Give every workgroup listed in a plan the name one plan printed for it: the newest
    plan in the :func:`naming_language`, else (a workgroup only plans in other languages list)
    its newest plan. So a plan in another language never renames the workgroups other plans
    named, a newer plan in the same language does (a real retitling), and each plan keeps the
    name it printed in ``workgroup_plan.name``. Returns the ids of the workgroups renamed."""
    language = naming_language(session)
    best: dict[int, tuple[bool, int, str]] = {}
    for wg_id, name, year, plan_language in session.execute(
        select(workgroup_plan.c.workgroup_id, workgroup_plan.c.name, Plan.year, Plan.language)
        .join(Plan, Plan.id == workgroup_plan.c.plan_id)
        .where(workgroup_plan.c.name.is_not(None), workgroup_plan.c.name != "")
    ):
        rank = (plan_language == language, int(year), str(name))
        if wg_id not in best or rank[:2] > best[wg_id][:2]:
            best[wg_id] = rank
    renamed: set[int] = set()
    if not best:
        return renamed
    for wg_id, current in session.execute(
        select(Workgroup.id, Workgroup.name).where(Workgroup.id.in_(best))
    ):
        wanted = best[wg_id][2]
        if current != wanted:
            renamed.add(wg_id)
            session.execute(update(Workgroup).where(Workgroup.id == wg_id).values(name=wanted))
    if renamed:
        # Rows already loaded in this session must show the new names too.
        for obj in list(session.identity_map.values()):
            if isinstance(obj, Workgroup) and obj.id in renamed:
                session.expire(obj, ["name"])
    return renamed


def _plan_sections(plan: Plan) -> list[Section]:
    return [s for ch in plan.chapters for s in ch.sections]


def _find_by_title(plan: Plan, dsec: DocSection) -> Section | None:
    key = identity.section_key(dsec.number, dsec.title)
    for s in _plan_sections(plan):
        if s.identity_key == key:
            return s
    return None


def _write_contacts(
    session: Session,
    report: WriteReport,
    contacts: list[DocContact],
    plan: Plan,
    sections_by_number: dict[str, Section],
) -> None:
    if not contacts:
        return
    keys = {identity.contact_key(c.name, c.email) for c in contacts}
    existing = {
        c.identity_key: c
        for c in session.scalars(select(Contact).where(Contact.identity_key.in_(keys)))
    }
    workgroups_by_code = {
        identity.normalise_code(w.code): w
        for w in session.scalars(select(Workgroup).where(Workgroup.code.is_not(None)))
        if w.code
    }
    for dc in contacts:
        key = identity.contact_key(dc.name, dc.email)
        contact = existing.get(key)
        is_new = contact is None
        if contact is None:
            contact = Contact(identity_key=key)
            session.add(contact)
            existing[key] = contact
        values: dict[str, object] = {
            "name": dc.name,
            "email": dc.email,
            "phone": dc.phone,
            "role": dc.role,
            "domain": dc.domain,
            "organisation": dc.organisation,
            "valid_from": dc.valid_from,
            "valid_until": dc.valid_until,
            "validity_note": dc.validity_note,
            "plan_id": plan.id,
        }
        # A contact is shared across years; the newest plan that lists it has the last word.
        newer_plan = (
            session.get(Plan, contact.plan_id)
            if not is_new and contact.plan_id not in (None, plan.id)
            else None
        )
        if newer_plan is not None and newer_plan.year > plan.year:
            report.unchanged["contact"] += 1
        else:
            _assign(report, "contact", contact, values, is_new)
        sections = [
            sections_by_number[n]
            for n in (identity.normalise_number(x) for x in dc.section_numbers)
            if n in sections_by_number
        ]
        others = [s for s in contact.sections if s.chapter.plan_id != plan.id]
        wanted = others + sections
        if {s.id for s in contact.sections} != {s.id for s in wanted} or None in {
            s.id for s in wanted
        }:
            contact.sections = wanted
        groups = [
            workgroups_by_code[identity.normalise_code(code)]
            for code in dc.workgroup_codes
            if identity.normalise_code(code) in workgroups_by_code
        ]
        for g in groups:
            if g not in contact.workgroups:
                contact.workgroups.append(g)
    session.flush()


def _link_plans_to_programmes(session: Session) -> list[tuple[str, str]]:
    """An annual plan belongs to the programme whose period contains its year. Returns the
    plans this moved, as (plan title, programme title)."""
    programmes = list(session.scalars(select(Programme)))
    moved: list[tuple[str, str]] = []
    for plan in session.scalars(select(Plan)):
        match = next((p for p in programmes if p.start_year <= plan.year <= p.end_year), None)
        if match is not None and plan.programme_id != match.id:
            plan.programme = match
            moved.append((plan.title or str(plan.year), match.title))
    return moved
