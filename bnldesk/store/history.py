"""Year over year: how a plan's objects compare with the previous imported plan.

Objects are matched by identity key, so a workgroup, section or project that recurs is
``same`` or ``changed``, one that appears is ``new`` and one that disappeared is ``gone``.
Notes are keyed by ``(target_kind, target_key)``, so they follow recurring objects by themselves;
:func:`carried_notes` lists the ones that did, for the import summary and the interface.
Everything is handed back as plain data.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

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


@dataclass
class PlanComparison:
    year: int
    previous_year: int | None
    changes: list[ObjectChange] = field(default_factory=list)

    def status_map(self) -> dict[tuple[str, str], Status]:
        return {(c.kind, c.key): c.status for c in self.changes}

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for c in self.changes:
            bucket = out.setdefault(c.kind, {"new": 0, "changed": 0, "gone": 0, "same": 0})
            bucket[c.status] += 1
        return out

    def of_status(self, status: Status) -> list[ObjectChange]:
        return [c for c in self.changes if c.status == status]

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "previous_year": self.previous_year,
            "counts": self.counts(),
            "changes": [asdict(c) for c in self.changes if c.status != "same"],
        }


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
    out: list[PlanObject] = []
    for ch in session.scalars(select(Chapter).where(Chapter.plan_id == plan_id)):
        out.append(
            PlanObject(
                TargetKind.CHAPTER.value,
                ch.identity_key,
                ch.id,
                f"{ch.number} {ch.title}".strip(),
                _fingerprint(ch.number, ch.title, ch.body),
            )
        )
    sections = list(
        session.scalars(select(Section).join(Chapter).where(Chapter.plan_id == plan_id))
    )
    for s in sections:
        out.append(
            PlanObject(
                TargetKind.SECTION.value,
                s.identity_key,
                s.id,
                f"{s.number} {s.title}".strip(),
                _fingerprint(s.number, s.title, s.body),
            )
        )
    items = session.scalars(
        select(PlanItem).join(Section).join(Chapter).where(Chapter.plan_id == plan_id)
    )
    for it in items:
        out.append(
            PlanObject(
                TargetKind.ITEM.value,
                it.identity_key,
                it.id,
                it.title,
                _fingerprint(it.kind, it.is_flagship, it.title, it.body, it.theme),
            )
        )
    groups = session.execute(
        select(Workgroup, workgroup_plan.c.name)
        .join(workgroup_plan)
        .where(workgroup_plan.c.plan_id == plan_id)
    )
    for g, printed in groups:
        # The name this plan printed; the row itself is named as the newest plan names it.
        name = printed or g.name
        sections_of = sorted(s.identity_key for s in g.sections if s in sections)
        out.append(
            PlanObject(
                TargetKind.WORKGROUP.value,
                g.identity_key,
                g.id,
                f"{name} ({g.code})" if g.code else name,
                _fingerprint(name if names else "", g.code, *sections_of),
            )
        )
    return out


def previous_plan_year(session: Session, year: int) -> int | None:
    return session.scalar(select(Plan.year).where(Plan.year < year).order_by(Plan.year.desc()))


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
    names = previous_plan is None or None in (plan.language, previous_plan.language) or (
        plan.language == previous_plan.language
    )
    current = plan_objects(session, plan.id, names=names)
    before = (
        plan_objects(session, previous_plan.id, names=names) if previous_plan is not None else []
    )
    old: dict[tuple[str, str], list[PlanObject]] = {}
    for o in before:
        old.setdefault((o.kind, o.key), []).append(o)
    now: dict[tuple[str, str], list[PlanObject]] = {}
    for o in current:
        now.setdefault((o.kind, o.key), []).append(o)
    seen: set[tuple[str, str]] = set()
    for o in current:
        k = (o.kind, o.key)
        if k in seen:
            continue
        seen.add(k)
        previous = old.get(k)
        if previous is None:
            result.changes.append(ObjectChange(o.kind, o.key, o.title, "new", o.obj_id))
        else:
            # Objects sharing a key (two items with one title in a section) compare as a
            # group: the same set of fingerprints, in any order, is no change.
            same = sorted(p.fingerprint for p in previous) == sorted(c.fingerprint for c in now[k])
            status: Status = "same" if same else "changed"
            result.changes.append(
                ObjectChange(o.kind, o.key, o.title, status, o.obj_id, previous[0].obj_id)
            )
    for k, previous in old.items():
        if k not in seen:
            prev = previous[0]
            result.changes.append(
                ObjectChange(prev.kind, prev.key, prev.title, "gone", None, prev.obj_id)
            )
    return result


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


def live_note_ids(session: Session) -> set[int]:
    return set(session.scalars(select(Annotation.id).where(Annotation.deleted_at.is_(None))))
