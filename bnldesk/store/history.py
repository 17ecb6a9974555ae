"""Year over year: how a plan's objects compare with the previous imported plan.

Objects are matched by identity key, so a workgroup, section or project that recurs is
``same`` or ``changed``, one that appears is ``new`` and one that disappeared is ``gone``.
Notes are keyed by ``(target_kind, target_key)``, so they follow recurring objects by themselves;
:func:`carried_notes` lists the ones that did, for the import summary and the interface.
Everything is handed back as plain data.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bnldesk.domain.identity import fold
from bnldesk.domain.models import (
    Annotation,
    Chapter,
    Plan,
    PlanItem,
    Section,
    TargetKind,
    Workgroup,
    workgroup_plan,
)

Status = Literal["new", "changed", "gone", "same"]


@dataclass(frozen=True)
class PlanObject:
    kind: str
    key: str
    obj_id: int
    title: str
    fingerprint: str


@dataclass
class ObjectChange:
    kind: str
    key: str
    title: str
    status: Status
    obj_id: int | None = None
    previous_id: int | None = None
    # A new object whose title is close to a gone one's: perhaps the same, renamed (the gone
    # one's title on the new object, the new one's on the gone object).
    possibly_renamed: str = ""


@dataclass
class PlanComparison:
    year: int
    previous_year: int | None
    changes: list[ObjectChange] = field(default_factory=list)

    def status_map(self) -> dict[tuple[str, str], Status]:
        """``(kind, identity key)``: new / changed / gone / same, for every object compared."""
        return {(c.kind, c.key): c.status for c in self.changes}

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind of object, how many are new, changed, gone and the same."""
        out: dict[str, dict[str, int]] = {}
        for change in self.changes:
            bucket = out.setdefault(change.kind, {"new": 0, "changed": 0, "gone": 0, "same": 0})
            bucket[change.status] += 1
        return out

    def of_status(self, status: Status) -> list[ObjectChange]:
        """The changes with ``status`` (new, changed, gone or same), in comparison order."""
        return [c for c in self.changes if c.status == status]


@dataclass
class CarriedNote:
    note_id: int
    uuid: str
    target_kind: str
    target_key: str
    target_label: str
    written_in: int | None
    now_on_id: int
    now_on_title: str  # as the imported plan prints it
    excerpt: str
    # A workgroup's name by plan language ("nl", "fr", "en"), each as the newest plan in that
    # language printed it: the interface names it in its own language where one did.
    now_on_names: dict[str, str] = field(default_factory=dict)


@dataclass
class LeftNote:
    """A note on an object the previous plan had and the imported plan no longer has: it
    stays on that object, which the plan of year ``stays_in`` was the last to list.
    ``target_label`` is the object as the note names it,
    ``possibly_renamed`` the imported plan's close title when the comparison paired one."""

    note_id: int
    uuid: str
    target_kind: str
    target_key: str
    target_label: str
    stays_in: int
    excerpt: str
    possibly_renamed: str = ""


def _fingerprint(*parts: object) -> str:
    digest = hashlib.sha1()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def plan_objects(session: Session, plan_id: int, *, names: bool = True) -> list[PlanObject]:
    """Chapters, sections, items and workgroups of one plan, with a fingerprint of their facts.

    ``names=False`` leaves a workgroup's printed name out of its fingerprint, to compare plans
    printed in two languages (a name translated is no change)."""
    objects, sections = _structure_objects(session, plan_id)
    return objects + _workgroup_objects(session, plan_id, sections, names=names)


def _structure_objects(session: Session, plan_id: int) -> tuple[list[PlanObject], list[Section]]:
    """The plan's chapters, sections and items as objects to compare; and its sections."""
    out: list[PlanObject] = []
    for chapter in session.scalars(select(Chapter).where(Chapter.plan_id == plan_id)):
        out.append(
            PlanObject(
                TargetKind.CHAPTER.value,
                chapter.identity_key,
                chapter.id,
                f"{chapter.number} {chapter.title}".strip(),
                _fingerprint(chapter.number, chapter.title, chapter.body),
            )
        )
    sections = list(
        session.scalars(select(Section).join(Chapter).where(Chapter.plan_id == plan_id))
    )
    for section in sections:
        out.append(
            PlanObject(
                TargetKind.SECTION.value,
                section.identity_key,
                section.id,
                f"{section.number} {section.title}".strip(),
                _fingerprint(section.number, section.title, section.body),
            )
        )
    items = session.scalars(
        select(PlanItem).join(Section).join(Chapter).where(Chapter.plan_id == plan_id)
    )
    for item in items:
        out.append(
            PlanObject(
                TargetKind.ITEM.value,
                item.identity_key,
                item.id,
                item.title,
                _fingerprint(item.kind, item.is_flagship, item.title, item.body, item.theme),
            )
        )
    return out, sections


def _workgroup_objects(
    session: Session, plan_id: int, sections: list[Section], *, names: bool
) -> list[PlanObject]:
    """The plan's workgroups as objects to compare: the name this plan printed (left out of
    the fingerprint unless ``names``), the code and the plan's sections they carry."""
    out: list[PlanObject] = []
    groups = session.execute(
        select(Workgroup, workgroup_plan.c.name)
        .join(workgroup_plan)
        .where(workgroup_plan.c.plan_id == plan_id)
    )
    for group, printed in groups:
        # The name this plan printed; the row itself is named as the newest plan names it.
        name = printed or group.name
        sections_of = sorted(s.identity_key for s in group.sections if s in sections)
        out.append(
            PlanObject(
                TargetKind.WORKGROUP.value,
                group.identity_key,
                group.id,
                f"{name} ({group.code})" if group.code else name,
                _fingerprint(name if names else "", group.code, *sections_of),
            )
        )
    return out


def previous_plan_year(session: Session, year: int) -> int | None:
    """The year of the newest plan before ``year`` in the database printed in the language of
    plan ``year`` (titles are compared: a French plan's projects are not "new" against a
    Dutch plan's), any plan when either language is not known; None when there is none.
    The same rule as :data:`bnldesk.store.changes._PREVIOUS`."""
    language = session.scalar(select(Plan.language).where(Plan.year == year))
    earlier = select(Plan.year).where(Plan.year < year)
    if language is not None:
        earlier = earlier.where(or_(Plan.language.is_(None), Plan.language == language))
    return session.scalar(earlier.order_by(Plan.year.desc()))


def earlier_plan_languages(session: Session, year: int) -> list[str]:
    """The languages of the plans before ``year`` (oldest first, each once): what a plan
    with no earlier plan in its own language could not be compared with."""
    languages: list[str] = []
    for language in session.scalars(
        select(Plan.language)
        .where(Plan.year < year, Plan.language.is_not(None))
        .order_by(Plan.year)
    ):
        if language not in languages:
            languages.append(str(language))
    return languages


def compare_with_previous(
    session: Session, year: int, *, previous_year: int | None = None
) -> PlanComparison:
    """The status of each object of plan ``year`` against the previous imported plan."""
    plan = session.scalar(select(Plan).where(Plan.year == year))
    if plan is None:
        return PlanComparison(year, None)
    if previous_year is None:
        previous_year = previous_plan_year(session, year)
    result = PlanComparison(year, previous_year)
    if previous_year is None:
        current = plan_objects(session, plan.id)
        result.changes = [ObjectChange(o.kind, o.key, o.title, "new", o.obj_id) for o in current]
        return result
    previous_plan = session.scalar(select(Plan).where(Plan.year == previous_year))
    # A workgroup's name in another language is a translation, not a retitling.
    names = (
        previous_plan is None
        or None in (plan.language, previous_plan.language)
        or (plan.language == previous_plan.language)
    )
    current = plan_objects(session, plan.id, names=names)
    before = (
        plan_objects(session, previous_plan.id, names=names) if previous_plan is not None else []
    )
    result.changes.extend(_compared(before, current))
    _pair_renamed(result.changes)
    return result


def _compared(before: list[PlanObject], current: list[PlanObject]) -> list[ObjectChange]:
    """Each object of ``current`` as new, same or changed against ``before`` (objects of the
    previous plan, matched by kind and key), then each object of ``before`` gone from it."""
    changes: list[ObjectChange] = []
    old: dict[tuple[str, str], list[PlanObject]] = {}
    for change in before:
        old.setdefault((change.kind, change.key), []).append(change)
    now: dict[tuple[str, str], list[PlanObject]] = {}
    for change in current:
        now.setdefault((change.kind, change.key), []).append(change)
    seen: set[tuple[str, str]] = set()
    for change in current:
        key = (change.kind, change.key)
        if key in seen:
            continue
        seen.add(key)
        previous = old.get(key)
        if previous is None:
            changes.append(
                ObjectChange(change.kind, change.key, change.title, "new", change.obj_id)
            )
        else:
            # Objects sharing a key (two items with one title in a section) compare as a
            # group: the same set of fingerprints, in any order, is no change.
            same = sorted(p.fingerprint for p in previous) == sorted(
                c.fingerprint for c in now[key]
            )
            status: Status = "same" if same else "changed"
            changes.append(
                ObjectChange(
                    change.kind, change.key, change.title, status, change.obj_id, previous[0].obj_id
                )
            )
    for key, previous in old.items():
        if key not in seen:
            gone = previous[0]
            changes.append(ObjectChange(gone.kind, gone.key, gone.title, "gone", None, gone.obj_id))
    return changes


# Two titles are close when this share of their folded text matches (difflib's ratio), or
# when every word of the shorter is in the longer ("Cybercriminalité" in "Lutte contre la
# cybercriminalité organisée").
_CLOSE = 0.6


def _closeness(new_title: str, gone_title: str) -> float:
    """How close two titles are, 0 to 1 (1: one title's words are all in the other's)."""
    new_folded, gone_folded = fold(new_title), fold(gone_title)
    if not new_folded or not gone_folded:
        return 0.0
    shorter, longer = sorted((set(new_folded.split()), set(gone_folded.split())), key=len)
    if shorter <= longer and sum(len(word) for word in shorter) >= 5:
        return 1.0
    return difflib.SequenceMatcher(None, new_folded, gone_folded).ratio()


def _pair_renamed(changes: list[ObjectChange]) -> None:
    """Mark new and gone objects of one kind whose titles are close as possibly renamed,
    the closest pairs first, each object in one pair at most."""
    gone = [change for change in changes if change.status == "gone"]
    new = [change for change in changes if change.status == "new"]
    if not gone or not new or len(gone) * len(new) > 250_000:
        return  # nothing to pair, or a whole other plan (no rename then)
    pairs = sorted(
        (
            (_closeness(added.title, removed.title), index_new, index_gone)
            for index_new, added in enumerate(new)
            for index_gone, removed in enumerate(gone)
            if added.kind == removed.kind
        ),
        reverse=True,
    )
    used_new: set[int] = set()
    used_gone: set[int] = set()
    for score, index_new, index_gone in pairs:
        if score < _CLOSE:
            break
        if index_new in used_new or index_gone in used_gone:
            continue
        used_new.add(index_new)
        used_gone.add(index_gone)
        new[index_new].possibly_renamed = gone[index_gone].title
        gone[index_gone].possibly_renamed = new[index_new].title


def status_map(session: Session, year: int) -> dict[tuple[str, str], Status]:
    """``{(target_kind, identity_key): status}`` for plan ``year``, for badges in the GUI."""
    return compare_with_previous(session, year).status_map()


def carried_notes(
    session: Session, year: int, *, note_ids: set[int] | None = None
) -> list[CarriedNote]:
    """Notes written on an earlier year's object that now show on plan ``year``'s object.

    ``note_ids`` limits the answer to notes that existed before an import.
    """
    plan = session.scalar(select(Plan).where(Plan.year == year))
    if plan is None:
        return []
    objects = {(o.kind, o.key): o for o in plan_objects(session, plan.id)}
    if not objects:
        return []
    keys = {key for _kind, key in objects}
    out: list[CarriedNote] = []
    notes = session.scalars(
        select(Annotation)
        .where(Annotation.deleted_at.is_(None), Annotation.target_key.in_(keys))
        .order_by(Annotation.id)
    )
    chosen = []
    for note in notes:
        if note_ids is not None and note.id not in note_ids:
            continue
        if note.plan_year is not None and note.plan_year >= year:
            continue
        target = objects.get((TargetKind(note.target_kind).value, note.target_key))
        if target is not None:
            chosen.append((note, target))
    names = workgroup_names(
        session, {t.obj_id for _n, t in chosen if t.kind == TargetKind.WORKGROUP.value}
    )
    for note, target in chosen:
        out.append(
            CarriedNote(
                note_id=note.id,
                uuid=note.uuid,
                target_kind=target.kind,
                target_key=target.key,
                target_label=note.target_label or target.title,
                written_in=note.plan_year,
                now_on_id=target.obj_id,
                now_on_title=target.title,
                excerpt=" ".join(note.body.split())[:120],
                now_on_names=names.get(target.obj_id, {})
                if target.kind == TargetKind.WORKGROUP.value
                else {},
            )
        )
    return out


def notes_left_behind(
    session: Session,
    gone: list[ObjectChange],
    previous_year: int,
    *,
    note_ids: set[int] | None = None,
) -> list[LeftNote]:
    """The live notes on the ``gone`` objects of a comparison (objects of the plan of
    ``previous_year`` the new one no longer has), which therefore do not follow into the new
    plan; in note order. ``note_ids`` limits the answer to notes that existed before an
    import."""
    by_key = {(change.kind, change.key): change for change in gone}
    if not by_key:
        return []
    notes = session.scalars(
        select(Annotation)
        .where(
            Annotation.deleted_at.is_(None),
            Annotation.target_key.in_({key for _kind, key in by_key}),
        )
        .order_by(Annotation.id)
    )
    left: list[LeftNote] = []
    for note in notes:
        change = by_key.get((TargetKind(note.target_kind).value, note.target_key))
        if change is None or (note_ids is not None and note.id not in note_ids):
            continue
        left.append(
            LeftNote(
                note_id=note.id,
                uuid=note.uuid,
                target_kind=change.kind,
                target_key=change.key,
                target_label=note.target_label or change.title,
                stays_in=previous_year,
                excerpt=" ".join(note.body.split())[:120],
                possibly_renamed=change.possibly_renamed,
            )
        )
    return left


def titles_close(first: str, second: str) -> bool:
    """Whether two titles are close enough to be one object renamed (what a comparison says
    as "possibly renamed")."""
    return _closeness(first, second) >= _CLOSE


def workgroup_names(session: Session, workgroup_ids: set[int]) -> dict[int, dict[str, str]]:
    """Per workgroup id, its title by plan language ("nl", "fr", "en"), as :func:`plan_objects`
    titles it ("Name (CODE)"): the name the newest plan in that language printed."""
    names: dict[int, dict[str, str]] = {}
    if not workgroup_ids:
        return names
    rows = session.execute(
        select(Workgroup.id, Workgroup.code, Plan.language, workgroup_plan.c.name)
        .join(workgroup_plan, workgroup_plan.c.workgroup_id == Workgroup.id)
        .join(Plan, Plan.id == workgroup_plan.c.plan_id)
        .where(Workgroup.id.in_(sorted(workgroup_ids)), workgroup_plan.c.name.is_not(None))
        .order_by(Plan.year)
    )
    for workgroup_id, code, language, name in rows:
        if language and name:
            title = f"{name} ({code})" if code else str(name)
            names.setdefault(int(workgroup_id), {})[str(language)] = title
    return names


def notes_on_plan(session: Session, year: int) -> set[int]:
    """The ids of the notes (not deleted) shown on an object of plan ``year`` (none when the
    database has no such plan)."""
    plan_id = session.scalar(select(Plan.id).where(Plan.year == year))
    if plan_id is None:
        return set()
    targets = {(o.kind, o.key) for o in plan_objects(session, plan_id)}
    keys = {key for _kind, key in targets}
    if not keys:
        return set()
    return {
        int(note_id)
        for note_id, kind, key in session.execute(
            select(Annotation.id, Annotation.target_kind, Annotation.target_key).where(
                Annotation.deleted_at.is_(None), Annotation.target_key.in_(keys)
            )
        )
        if (TargetKind(kind).value, key) in targets
    }


def live_note_ids(session: Session) -> set[int]:
    """The ids of every note not deleted."""
    return set(session.scalars(select(Annotation.id).where(Annotation.deleted_at.is_(None))))
