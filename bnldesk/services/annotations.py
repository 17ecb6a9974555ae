"""Writing the delegation's notes: resolving what a note is about, creating, editing, deleting.

Both the CLI and the GUI's undo commands call these functions; they take a session and leave the
commit to the caller (one transaction per user action).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, make_transient_to_detached

from bnldesk.domain import identity
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Chapter,
    Contact,
    NoteStatus,
    Plan,
    PlanItem,
    PositionState,
    Priority,
    Programme,
    Section,
    Tag,
    TargetKind,
    Visibility,
    Workgroup,
    utcnow,
)
from bnldesk.domain.workgroup_names import Naming
from bnldesk.store.backend import backend_of
from bnldesk.store.queries import section_by_number
from bnldesk.store.workgroup_lookup import single_workgroup, workgroup_by_code, workgroups_named
from bnldesk.store.workgroup_names import shown_names_in


class TargetNotFound(BnldeskError, LookupError):
    """The object a note should be attached to does not exist; the message says what was tried."""


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    key: str
    obj_id: int | None
    label: str
    plan_year: int | None


_OBJECT_REF = re.compile(r"^(programme|plan|chapter|section|item|workgroup|wg|contact)[:#](\d+)$")
_SECTION_NUMBER = re.compile(r"^\d+(\.\d+)*\.?$")


def is_section_number(ref: str) -> bool:
    """Whether ``ref`` reads as a section number ("5.2", "5.2.", "3")."""
    return _SECTION_NUMBER.match(ref.strip()) is not None


def target_of(
    session: Session, kind: TargetKind | str, obj_id: int, naming: Naming | None = None
) -> Target:
    """Describe a plan object by kind and row id; a workgroup by the name it is shown by
    under ``naming`` (:func:`bnldesk.domain.workgroup_names.shown_name`)."""
    kind = TargetKind(kind)
    if kind == TargetKind.WORKGROUP:
        workgroup = session.get(Workgroup, obj_id)
        if workgroup is None:
            raise TargetNotFound(f"no workgroup with id {obj_id}")
        name = shown_names_in(session, [obj_id], naming or Naming())[obj_id].name
        label = f"{name} ({workgroup.code})" if workgroup.code else name
        return Target(kind, workgroup.identity_key, workgroup.id, label, None)
    if kind == TargetKind.SECTION:
        sec = session.get(Section, obj_id)
        if sec is None:
            raise TargetNotFound(f"no section with id {obj_id}")
        year = sec.chapter.plan.year if sec.chapter.plan else None
        return Target(kind, sec.identity_key, sec.id, f"{sec.number} {sec.title}".strip(), year)
    if kind == TargetKind.ITEM:
        item = session.get(PlanItem, obj_id)
        if item is None:
            raise TargetNotFound(f"no plan item with id {obj_id}")
        plan = item.section.chapter.plan
        return Target(kind, item.identity_key, item.id, item.title, plan.year if plan else None)
    if kind == TargetKind.CHAPTER:
        chapter = session.get(Chapter, obj_id)
        if chapter is None:
            raise TargetNotFound(f"no chapter with id {obj_id}")
        year = chapter.plan.year if chapter.plan else None
        return Target(
            kind,
            chapter.identity_key,
            chapter.id,
            f"{chapter.number} {chapter.title}".strip(),
            year,
        )
    if kind == TargetKind.PLAN:
        plan = session.get(Plan, obj_id)
        if plan is None:
            raise TargetNotFound(f"no plan with id {obj_id}")
        return Target(kind, plan.identity_key, plan.id, plan.title, plan.year)
    if kind == TargetKind.PROGRAMME:
        prog = session.get(Programme, obj_id)
        if prog is None:
            raise TargetNotFound(f"no programme with id {obj_id}")
        return Target(kind, prog.identity_key, prog.id, prog.title, None)
    if kind == TargetKind.CONTACT:
        contact = session.get(Contact, obj_id)
        if contact is None:
            raise TargetNotFound(f"no contact with id {obj_id}")
        return Target(kind, contact.identity_key, contact.id, contact.name, None)
    raise TargetNotFound(f"notes cannot be attached to {kind.value}")


def resolve_target(session: Session, ref: str, *, plan_year: int | None = None) -> Target:
    """Find the object a delegate names: a workgroup code, a section number, or ``kind:id``;
    a workgroup is labelled with the name the ``plan_year`` plan printed, if it did."""
    ref = ref.strip()
    naming = Naming(plan_year)
    match = _OBJECT_REF.match(ref.lower())
    if match:
        kind = "workgroup" if match.group(1) == "wg" else match.group(1)
        return target_of(session, kind, int(match.group(2)), naming)
    workgroup = workgroup_by_code(session, ref)
    if workgroup is not None:
        return target_of(session, TargetKind.WORKGROUP, workgroup.id, naming)
    if _SECTION_NUMBER.match(ref):
        section = section_by_number(session, ref, plan_year)
        if section is None:
            where = f" in the {plan_year} plan" if plan_year else ""
            raise TargetNotFound(f"no section {identity.normalise_number(ref)}{where}")
        return target_of(session, TargetKind.SECTION, section.id)
    named = workgroups_named(session, ref)
    if named:
        return target_of(
            session, TargetKind.WORKGROUP, single_workgroup(named, ref, TargetNotFound).id, naming
        )
    raise TargetNotFound(
        f"'{ref}' is neither a workgroup code, a section number nor an object id (e.g. item:12)"
    )


def tags_named(session: Session, names: list[str]) -> list[Tag]:
    """The tags called ``names`` (spaces collapsed, at most 100 characters, duplicates and
    empty names dropped), made where missing; in the order given.

    Missing tags are inserted skipping names that exist meanwhile, so delegates saving notes
    with the same new tag on a server at once both succeed.
    """
    wanted: list[str] = []
    for raw in names:
        name = " ".join(raw.split())[:100]
        if name and name not in wanted:
            wanted.append(name)
    if not wanted:
        return []
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    missing = [name for name in wanted if name not in existing]
    for name, tag_id in backend_of(session).tag_ids(session, missing).items():
        # Known by id and name, without reading the row (on a server a delegate may use a
        # tag whose row it may not read: see Backend.tag_ids).
        known = Tag(id=tag_id, name=name)
        make_transient_to_detached(known)
        existing[name] = session.merge(known, load=False)
    return [existing[name] for name in wanted]


@dataclass
class NoteFields:
    """The editable fields of a note, as plain data (what the GUI's undo commands carry)."""

    body: str = ""
    tags: list[str] = field(default_factory=list)
    priority: int = int(Priority.NONE)
    status: str = NoteStatus.OPEN.value
    position_text: str = ""
    position_state: str = PositionState.NONE.value
    consult: str = ""
    visibility: str = Visibility.PRIVATE.value

    @classmethod
    def of(cls, note: Annotation) -> NoteFields:
        """The editable fields of ``a`` as plain data."""
        return cls(
            body=note.body,
            tags=[t.name for t in note.tags],
            priority=int(note.priority),
            status=note.status.value,
            position_text=note.position_text,
            position_state=note.position_state.value,
            consult=note.consult,
            visibility=note.visibility.value,
        )


def apply_fields(session: Session, note: Annotation, fields: NoteFields) -> None:
    """Give ``note`` the values of ``fields`` and a new ``updated_at`` (so sync takes the edit).

    Raises ValueError for a status, position state, visibility or priority outside its
    enumeration.
    """
    # Tags first, and no flush in between (assigning the tag list loads the old one): an edit
    # is saved as one new version, not two.
    tags = tags_named(session, fields.tags)
    with session.no_autoflush:
        note.body = fields.body
        note.tags = tags
        note.priority = Priority(fields.priority)
        note.status = NoteStatus(fields.status)
        note.position_text = fields.position_text
        note.position_state = PositionState(fields.position_state)
        note.consult = fields.consult
        note.visibility = Visibility(fields.visibility)
        note.updated_at = utcnow()


def add_annotation(
    session: Session,
    target: Target,
    fields: NoteFields,
    *,
    author: str = "",
    delegation: str = "",
    uuid: str | None = None,
) -> Annotation:
    """A new note on ``target`` with ``fields``, by ``author`` of ``delegation``; ``uuid`` keeps
    the identity of a note that comes from elsewhere (a sheet row, undo). Flushed, not committed.
    """
    note = new_annotation(target, author=author, delegation=delegation, uuid=uuid)
    session.add(note)
    apply_fields(session, note, fields)
    session.flush()
    return note


def new_annotation(
    target: Target, *, author: str, delegation: str, uuid: str | None = None
) -> Annotation:
    """An empty note on ``target`` by ``author`` of ``delegation`` (a new UUID unless ``uuid``
    is given), not yet added to a session."""
    note = Annotation(
        target_kind=target.kind,
        target_key=target.key,
        target_id=target.obj_id,
        target_label=target.label,
        plan_year=target.plan_year,
        author=author,
        delegation=delegation,
    )
    if uuid:
        note.uuid = uuid
    return note


def delete_annotation(session: Session, note: Annotation) -> None:
    """Soft-delete ``note`` and its live action items (kept for sync and undo)."""
    note.soft_delete()
    for action in note.actions:
        if action.deleted_at is None:
            action.soft_delete()


def restore_annotation(session: Session, note: Annotation) -> None:
    """Undo :func:`delete_annotation`: the note and its action items live again, as a new edit."""
    note.deleted_at = None
    note.updated_at = utcnow()
    for action in note.actions:
        action.deleted_at = None
        action.updated_at = note.updated_at


def notes_for(session: Session, kind: TargetKind | str, key: str) -> list[Annotation]:
    """Every live note on the object with this identity, whichever year's row it was made on."""
    stmt = (
        select(Annotation)
        .where(
            Annotation.target_kind == TargetKind(kind),
            Annotation.target_key == key,
            Annotation.deleted_at.is_(None),
        )
        .order_by(Annotation.created_at)
    )
    return list(session.scalars(stmt))


def add_action(
    session: Session, note: Annotation, title: str, owner: str = "", due_date: Any = None
) -> ActionItem:
    """A new open action item on ``note``; ``due_date`` is a date or None."""
    action = ActionItem(annotation=note, title=title, owner=owner, due_date=due_date)
    session.add(action)
    session.flush()
    return action


@dataclass
class ActionFields:
    """The editable fields of an action item, as plain data (carried by the GUI's undo commands)."""

    title: str = ""
    owner: str = ""
    due_date: dt.date | None = None
    status: str = ActionStatus.OPEN.value

    @classmethod
    def of(cls, action: ActionItem) -> ActionFields:
        """The editable fields of ``action`` as plain data."""
        return cls(action.title, action.owner, action.due_date, action.status.value)


def apply_action_fields(action: ActionItem, fields: ActionFields) -> None:
    """Give ``action`` the values of ``fields`` and a new ``updated_at``; raises ValueError for
    an unknown status.
    """
    action.title = fields.title
    action.owner = fields.owner
    action.due_date = fields.due_date
    action.status = ActionStatus(fields.status)
    action.updated_at = utcnow()


def delete_action(action: ActionItem) -> None:
    """Soft-delete ``action`` (kept for sync and undo)."""
    action.soft_delete()


def restore_action(action: ActionItem) -> None:
    """Undo :func:`delete_action`, as a new edit."""
    action.deleted_at = None
    action.updated_at = utcnow()
