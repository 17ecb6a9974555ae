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
from typing import Generic, Literal, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocSection,
    DocWorkgroup,
    PlanDocument,
)
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
from bnldesk.store.history import titles_close


@dataclass(frozen=True)
class NamedWorkgroup:
    """A workgroup already in the database that the plan written prints under a name no
    other plan printed: ``change`` is "language" when no other plan named it in the plan's
    ``language`` (a French name added to a group the Dutch plans named), "renamed" when
    other plans in that language printed ``previous`` instead."""

    workgroup_id: int
    code: str
    name: str
    language: str | None
    change: Literal["language", "renamed"]
    previous: str

    @property
    def title(self) -> str:
        """ "Name (CODE)", or the name alone for a workgroup without a code."""
        return f"{self.name} ({self.code})" if self.code else self.name


@dataclass(frozen=True)
class NamedGroup:
    """Workgroups a plan names anew, as an import's summary says them in one line: those
    given a name in one ``language`` (``change`` "language"; the plan's language code, ""
    when not known), or those renamed (``change`` "renamed", ``language`` "")."""

    change: Literal["language", "renamed"]
    language: str
    workgroups: tuple[NamedWorkgroup, ...]


def named_groups(named: Iterable[NamedWorkgroup]) -> list[NamedGroup]:
    """``named`` grouped for the import's summary (the command line's and the review
    window's): one group per language names were added in, by language code, then one of
    the renamed workgroups; each in the order given, no empty group."""
    named = list(named)
    added = [workgroup for workgroup in named if workgroup.change == "language"]
    groups = [
        NamedGroup(
            "language",
            language,
            tuple(workgroup for workgroup in added if (workgroup.language or "") == language),
        )
        for language in sorted({workgroup.language or "" for workgroup in added})
    ]
    renamed = tuple(workgroup for workgroup in named if workgroup.change == "renamed")
    if renamed:
        groups.append(NamedGroup("renamed", "", renamed))
    return groups


@dataclass(frozen=True)
class UpdatedObject:
    """An object an import changed: its ``kind`` ("chapter", "section", "item", "workgroup",
    "contact", "plan", "programme"), ``label`` ("5.2 Rampenbestrijding", a workgroup's code or
    name) and the ``fields`` that changed, by their column names ("title", "body",
    "position"...), as an import's summary names them (trial 18: "Changed: 6 chapters" said
    nothing of what)."""

    kind: str
    label: str
    fields: tuple[str, ...]


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
    # Workgroups that had a name and got another one from this plan (see NamedWorkgroup).
    named_workgroups: list[NamedWorkgroup] = field(default_factory=list)
    # What was changed in the objects counted in ``updated``, in the order written.
    updated_objects: list[UpdatedObject] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether writing created, updated or removed anything."""
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
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    for name in changed:
        setattr(row, name, values[name])
    if is_new:
        report.created[kind] += 1
    elif changed:
        report.updated[kind] += 1
        report.updated_objects.append(UpdatedObject(kind, _label_of(row), tuple(changed)))
    else:
        report.unchanged[kind] += 1


def _label_of(row: object) -> str:
    """How an import's summary names ``row``: "5.2 Rampenbestrijding", a title, a workgroup's
    code (else its name), a contact's name."""
    code = getattr(row, "code", None)
    if code:
        return str(code)
    title = str(getattr(row, "title", None) or getattr(row, "name", None) or "")
    number = getattr(row, "number", None)
    return f"{number} {title}" if number else title


def write_document(session: Session, doc: PlanDocument) -> WriteReport:
    """Merge ``doc`` (a plan or a programme) into the database by identity keys: what is
    new is added, what changed updated, what the document no longer has removed; notes are
    untouched. Raises ``ValueError`` for a document that cannot be written (a plan without a
    year)."""
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
    }
    if doc.description or is_new:
        values["description"] = doc.description
    if doc.language:
        values["language"] = doc.language
    _assign(report, "plan", plan, values, is_new)
    # Which file the plan was read from is kept, but is no change to the plan: the same
    # plan read again from another file (a .docx after the PDF) changes nothing.
    for name, value in _source_values(doc).items():
        setattr(plan, name, value)
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
    """Write the chapters of ``doc`` (matched to ``existing_chapters`` by identity key) and
    their sections under ``owner``; remove the chapters and sections the document no longer
    has. Returns the sections by normalised number."""
    chapters = _Matcher(existing_chapters)
    old_sections = _Matcher([s for chapter in existing_chapters for s in chapter.sections])
    sections_by_number: dict[str, Section] = {}
    for position, doc_chapter in enumerate(doc.chapters):
        chapter = _write_chapter(session, report, chapters, doc_chapter, position, owner)
        counter = [0]
        for doc_section in doc_chapter.sections:
            _place_section(
                session,
                report,
                old_sections,
                sections_by_number,
                doc_section,
                None,
                chapter,
                counter,
                inherited or {},
            )
    _remove_leftovers(session, report, old_sections.leftovers(), chapters.leftovers())
    return sections_by_number


def _write_chapter(
    session: Session,
    report: WriteReport,
    chapters: _Matcher[Chapter],
    doc_chapter: DocChapter,
    position: int,
    owner: Plan | Programme,
) -> Chapter:
    """The chapter of ``doc_chapter``: the matching one updated, or a new one."""
    key = identity.chapter_key(doc_chapter.number, doc_chapter.title)
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
        "number": doc_chapter.number,
        "title": doc_chapter.title,
        "position": position,
        "identity_key": key,
    }
    if doc_chapter.body or is_new:
        values["body"] = doc_chapter.body
    _assign(report, "chapter", chapter, values, is_new)
    return chapter


def _remove_leftovers(
    session: Session, report: WriteReport, sections: list[Section], chapters: list[Chapter]
) -> None:
    """Delete the sections and chapters the document no longer has, counting them."""
    # Unlink first: the database cascades a deleted chapter or parent section to its sections
    # and their link rows, and the ORM would then try to delete those link rows a second time.
    for section in sections:
        section.workgroups.clear()
        section.contacts.clear()
    session.flush()
    for section in sections:
        report.removed["section"] += 1
        session.delete(section)
    for chapter in chapters:
        report.removed["chapter"] += 1
        session.delete(chapter)
    session.flush()


def _place_section(
    session: Session,
    report: WriteReport,
    old_sections: _Matcher[Section],
    sections_by_number: dict[str, Section],
    doc_section: DocSection,
    parent: Section | None,
    chapter: Chapter,
    counter: list[int],
    inherited: dict[int, str],
) -> None:
    key = inherited.get(id(doc_section)) or identity.section_key(
        doc_section.number, doc_section.title
    )
    section = old_sections.take(key)
    is_new = section is None
    if section is None:
        section = Section()
        session.add(section)
    values: dict[str, object] = {
        "number": doc_section.number,
        "title": doc_section.title,
        "position": counter[0],
        "identity_key": key,
        "chapter": chapter,
        "parent": parent,
    }
    counter[0] += 1
    if doc_section.body or is_new:
        values["body"] = doc_section.body
    _assign(report, "section", section, values, is_new)
    if doc_section.number:
        sections_by_number.setdefault(identity.normalise_number(doc_section.number), section)
    _write_items(session, report, section, doc_section)
    for child in doc_section.children:
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
    items the same (or, when one of the two has no items, a close title): they keep the
    previous plan's identity key, so notes follow them.

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
    for doc_section in doc.iter_sections():
        key = identity.section_key(doc_section.number, doc_section.title)
        old = before.get(identity.normalise_number(doc_section.number))
        if key in known or old is None or old.identity_key == key:
            continue
        new_items = {identity.item_key(item.title) for item in doc_section.items}
        old_items = {item.identity_key for item in old.items}
        larger = max(len(new_items), len(old_items))
        if new_items and old_items:
            same = len(new_items & old_items) / larger > _SAME_SECTION_ITEMS
        else:
            # No items on one side to compare (a plan imported without its items): the
            # title decides, as the comparison's "possibly renamed" does (trial 13: the same
            # rename kept its notes or not depending on whether the old section had items).
            same = titles_close(doc_section.title, old.title)
        if same:
            out[id(doc_section)] = old.identity_key
    return out


def _write_items(
    session: Session, report: WriteReport, section: Section, doc_section: DocSection
) -> None:
    items = _Matcher(section.items if section.id is not None else [])
    for position, ditem in enumerate(doc_section.items):
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
    """The workgroups of ``doc`` (nested ones under their parents) written as rows shared
    across the years, linked to their sections and to ``plan`` with the name it prints."""
    placer = _WorkgroupPlacer(session, report, doc, plan)
    sections = _plan_sections(plan)
    for doc_section in doc.iter_sections():
        section = (
            sections_by_number.get(identity.normalise_number(doc_section.number))
            if doc_section.number
            else None
        )
        if section is None:
            section = _find_by_title(plan, doc_section)
        if section is None:
            continue
        for group in doc_section.workgroups:
            placer.place(group, None, section)

    for section in sections:
        wanted = placer.links.get(id(section), [])
        if [w.identity_key for w in section.workgroups] != [w.identity_key for w in wanted]:
            section.workgroups = wanted
    plan_groups = list(placer.in_plan.values())
    session.flush()
    printed = {workgroup.id: name for workgroup, name in placer.printed_names.values()}
    if {w.identity_key for w in plan.workgroups} != {w.identity_key for w in plan_groups}:
        plan.workgroups = plan_groups
    session.flush()
    created = {workgroup.id for workgroup in placer.created}
    report.named_workgroups = names_added(
        session,
        plan.id,
        plan.language,
        {wid: name for wid, name in printed.items() if wid not in created},
    )
    _keep_printed_names(session, plan, printed)
    renamed = name_workgroups(session)
    report.updated["workgroup"] += len(renamed - {workgroup.id for workgroup in placer.counted})


class _WorkgroupPlacer:
    """Finds or makes the row of each workgroup of a document and remembers where it goes:
    ``links`` (section id: its workgroups in order), ``in_plan``, ``printed_names`` (the name
    this plan prints) and ``counted`` (rows already counted as created or updated)."""

    def __init__(
        self, session: Session, report: WriteReport, doc: PlanDocument, plan: Plan
    ) -> None:
        self.session = session
        self.report = report
        self.plan = plan
        keys = {identity.workgroup_key(group.code, group.name) for group in doc.iter_workgroups()}
        self.existing = (
            {
                workgroup.identity_key: workgroup
                for workgroup in session.scalars(
                    select(Workgroup).where(Workgroup.identity_key.in_(keys))
                )
            }
            if keys
            else {}
        )
        self.in_plan: dict[int, Workgroup] = {}
        self.printed_names: dict[int, tuple[Workgroup, str]] = {}
        self.links: dict[int, list[Workgroup]] = defaultdict(list)
        self.counted: list[Workgroup] = []  # created or updated here already
        self.created: list[Workgroup] = []  # rows this document added

    def place(self, group: DocWorkgroup, parent: Workgroup | None, section: Section) -> None:
        """Write ``group`` (and its children under it) and link it to ``section``."""
        report = self.report
        key = identity.workgroup_key(group.code, group.name)
        workgroup = self.existing.get(key)
        is_new = workgroup is None
        if workgroup is None:
            workgroup = Workgroup(identity_key=key)
            self.session.add(workgroup)
            self.created.append(workgroup)
            self.existing[key] = workgroup
        # The name is the printed name of one plan, chosen by name_workgroups once every
        # plan's printed name is written; a new row starts with this plan's.
        values: dict[str, object] = {"code": group.code or None}
        if is_new:
            values["name"] = group.name
        if parent is not None:
            values["parent"] = parent
        if group.description:
            values["description"] = group.description
        # A workgroup is one row across the years: its nesting follows the newest plan that
        # lists it, so re-importing an older plan does not turn it back.
        newer = not is_new and any(other.year > self.plan.year for other in workgroup.plans)
        if newer:
            report.unchanged["workgroup"] += 1
        elif is_new or id(workgroup) not in self.in_plan:
            unchanged = report.unchanged["workgroup"]
            _assign(report, "workgroup", workgroup, values, is_new)
            if report.unchanged["workgroup"] == unchanged:
                self.counted.append(workgroup)
        self.in_plan[id(workgroup)] = workgroup
        self.printed_names[id(workgroup)] = (workgroup, group.name)
        if workgroup not in self.links[id(section)]:
            self.links[id(section)].append(workgroup)
        for child in group.children:
            self.place(child, workgroup, section)


def names_added(
    session: Session, plan_id: int | None, language: str | None, printed: dict[int, str]
) -> list[NamedWorkgroup]:
    """The workgroups of ``printed`` (workgroup id: the name the plan ``plan_id``, printed
    in ``language``, prints; None: a plan not written yet) that get from it a name no plan
    printed for them yet, in another language or as a new name in the same language. Read
    before the plan's names are stored (so re-importing a plan names none), or before the
    import for its review."""
    wanted = sorted(printed)
    if not wanted:
        return []
    before: dict[int, list[tuple[int, str | None, str]]] = defaultdict(list)
    for workgroup_id, printed_by, printed_in, name_then in session.execute(
        select(
            workgroup_plan.c.workgroup_id,
            workgroup_plan.c.plan_id,
            Plan.language,
            workgroup_plan.c.name,
        )
        .join(Plan, Plan.id == workgroup_plan.c.plan_id)
        .where(workgroup_plan.c.workgroup_id.in_(wanted))
        .order_by(Plan.year.desc())
    ):
        before[int(workgroup_id)].append((int(printed_by), printed_in, str(name_then or "")))
    codes: dict[int, str | None] = {
        int(workgroup_id): code
        for workgroup_id, code in session.execute(
            select(Workgroup.id, Workgroup.code).where(Workgroup.id.in_(wanted))
        )
    }
    named: list[NamedWorkgroup] = []
    for workgroup_id in wanted:
        name = printed[workgroup_id]
        entries = before.get(workgroup_id, [])
        this_plan = [name_then for plan, _lang, name_then in entries if plan == plan_id]
        others = [
            (printed_in, name_then)
            for plan, printed_in, name_then in entries
            if plan != plan_id and name_then.strip()
        ]
        if (this_plan and this_plan[0] == name) or not others:
            continue  # the plan printed it so already, or no plan named the group before
        if identity.normalise_title(name) in {identity.normalise_title(n) for _l, n in others}:
            continue
        same_language = [name_then for printed_in, name_then in others if printed_in == language]
        named.append(
            NamedWorkgroup(
                workgroup_id,
                str(codes.get(workgroup_id) or ""),
                name,
                language,
                "renamed" if same_language else "language",
                same_language[0] if same_language else others[0][1],
            )
        )
    return named


def _keep_printed_names(session: Session, plan: Plan, printed: dict[int, str]) -> None:
    """Each plan keeps the name it printed (the row follows the newest plan): ``printed`` is
    workgroup id: name in ``plan``."""
    printed_now = {
        workgroup_id: name
        for workgroup_id, name in session.execute(
            select(workgroup_plan.c.workgroup_id, workgroup_plan.c.name).where(
                workgroup_plan.c.plan_id == plan.id
            )
        )
    }
    for workgroup_id, name in printed.items():
        if printed_now.get(workgroup_id, name) != name:
            session.execute(
                update(workgroup_plan)
                .where(
                    workgroup_plan.c.plan_id == plan.id,
                    workgroup_plan.c.workgroup_id == workgroup_id,
                )
                .values(name=name)
            )


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
    name it printed in ``workgroup_plan.name``; ``other_names`` keeps the names printed besides
    the chosen one (searched, migration 0011). Returns the ids of the workgroups renamed."""
    language = naming_language(session)
    best: dict[int, tuple[bool, int, str]] = {}
    printed: dict[int, list[str]] = defaultdict(list)  # oldest plan first, each name once
    for wg_id, name, year, plan_language in session.execute(
        select(workgroup_plan.c.workgroup_id, workgroup_plan.c.name, Plan.year, Plan.language)
        .join(Plan, Plan.id == workgroup_plan.c.plan_id)
        .where(workgroup_plan.c.name.is_not(None), workgroup_plan.c.name != "")
        .order_by(Plan.year, Plan.id)
    ):
        rank = (plan_language == language, int(year), str(name))
        if wg_id not in best or rank[:2] > best[wg_id][:2]:
            best[wg_id] = rank
        if name not in printed[wg_id]:
            printed[wg_id].append(str(name))
    renamed: set[int] = set()
    if not best:
        return renamed
    for wg_id, current, current_other in session.execute(
        select(Workgroup.id, Workgroup.name, Workgroup.other_names).where(Workgroup.id.in_(best))
    ):
        wanted = best[wg_id][2]
        # ``other_names``: the names its plans printed besides the one it carries, one per
        # line, oldest plan first; what the search finds it by besides its name.
        other = "\n".join(name for name in printed[wg_id] if name != wanted)
        values: dict[str, str] = {}
        if current != wanted:
            renamed.add(wg_id)
            values["name"] = wanted
        if (current_other or "") != other:
            values["other_names"] = other
        if values:
            session.execute(update(Workgroup).where(Workgroup.id == wg_id).values(**values))
    # Rows already loaded in this session must show the new names too.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Workgroup) and obj.id in best:
            session.expire(obj, ["name", "other_names"])
    return renamed


def _plan_sections(plan: Plan) -> list[Section]:
    return [s for ch in plan.chapters for s in ch.sections]


def _find_by_title(plan: Plan, doc_section: DocSection) -> Section | None:
    key = identity.section_key(doc_section.number, doc_section.title)
    for section in _plan_sections(plan):
        if section.identity_key == key:
            return section
    return None


def _write_contacts(
    session: Session,
    report: WriteReport,
    contacts: list[DocContact],
    plan: Plan,
    sections_by_number: dict[str, Section],
) -> None:
    """The contacts of ``plan`` written as rows shared across the years (matched by identity
    key), linked to the sections and workgroups they are listed for."""
    if not contacts:
        return
    keys = {identity.contact_key(contact.name, contact.email) for contact in contacts}
    existing = {
        contact.identity_key: contact
        for contact in session.scalars(select(Contact).where(Contact.identity_key.in_(keys)))
    }
    workgroups_by_code = {
        identity.normalise_code(workgroup.code): workgroup
        for workgroup in session.scalars(select(Workgroup).where(Workgroup.code.is_not(None)))
        if workgroup.code
    }
    for doc_contact in contacts:
        key = identity.contact_key(doc_contact.name, doc_contact.email)
        contact = existing.get(key)
        if contact is None:
            contact = Contact(identity_key=key)
            session.add(contact)
            existing[key] = contact
            _assign(report, "contact", contact, _contact_values(doc_contact, plan), True)
        elif _listed_by_newer_plan(session, contact, plan):
            report.unchanged["contact"] += 1
        else:
            _assign(report, "contact", contact, _contact_values(doc_contact, plan), False)
        _link_contact(contact, doc_contact, plan, sections_by_number, workgroups_by_code)
    session.flush()


def _contact_values(doc_contact: DocContact, plan: Plan) -> dict[str, object]:
    return {
        "name": doc_contact.name,
        "email": doc_contact.email,
        "phone": doc_contact.phone,
        "role": doc_contact.role,
        "domain": doc_contact.domain,
        "organisation": doc_contact.organisation,
        "valid_from": doc_contact.valid_from,
        "valid_until": doc_contact.valid_until,
        "validity_note": doc_contact.validity_note,
        "plan_id": plan.id,
    }


def _listed_by_newer_plan(session: Session, contact: Contact, plan: Plan) -> bool:
    """A contact is shared across years; the newest plan that lists it has the last word."""
    if contact.plan_id in (None, plan.id):
        return False
    newer_plan = session.get(Plan, contact.plan_id)
    return newer_plan is not None and newer_plan.year > plan.year


def _link_contact(
    contact: Contact,
    doc_contact: DocContact,
    plan: Plan,
    sections_by_number: dict[str, Section],
    workgroups_by_code: dict[str, Workgroup],
) -> None:
    """Link ``contact`` to the sections of ``plan`` and the workgroups the document lists it
    for; its sections in other plans stay."""
    numbers = (identity.normalise_number(number) for number in doc_contact.section_numbers)
    sections = [sections_by_number[number] for number in numbers if number in sections_by_number]
    others = [section for section in contact.sections if section.chapter.plan_id != plan.id]
    wanted = others + sections
    current_ids = {section.id for section in contact.sections}
    wanted_ids = {section.id for section in wanted}
    if current_ids != wanted_ids or None in wanted_ids:
        contact.sections = wanted
    groups = [
        workgroups_by_code[identity.normalise_code(code)]
        for code in doc_contact.workgroup_codes
        if identity.normalise_code(code) in workgroups_by_code
    ]
    for group in groups:
        if group not in contact.workgroups:
            contact.workgroups.append(group)


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
