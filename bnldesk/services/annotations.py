"""Writing the delegation's notes: resolving what a note is about, creating, editing, deleting.

Both the CLI and the GUI's undo commands call these functions; they take a session and leave the
commit to the caller (one transaction per user action).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
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
from bnldesk.store.queries import no_section, section_by_number
from bnldesk.store.workgroup_lookup import single_workgroup, workgroup_by_code, workgroups_named
from bnldesk.store.workgroup_names import shown_names_in


class TargetNotFound(BnldeskError, LookupError):
    """The object a note should be attached to does not exist; the message says what was
    tried, ``code`` and ``values`` word it in the interface language."""


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


@dataclass(frozen=True)
class _Attachable:
    """How a note names one kind of plan object: its table, the noun an English message
    uses, the error ``code`` when a row id is not there, its label and its plan's year."""

    # Any: the tables share no class that declares ``id`` and ``identity_key``.
    model: type[Any]
    noun: str
    code: str
    label: Callable[[Any], str]
    plan_year: Callable[[Any], int | None]


def _numbered(row: Section | Chapter) -> str:
    return f"{row.number} {row.title}".strip()


def _year_of(plan: Plan | None) -> int | None:
    return plan.year if plan else None


ATTACHABLE: dict[TargetKind, _Attachable] = {
    TargetKind.WORKGROUP: _Attachable(
        Workgroup,
        "workgroup",
        code="no_workgroup_with_id",
        label=lambda group: f"{group.name} ({group.code})" if group.code else group.name,
        plan_year=lambda _group: None,
    ),
    TargetKind.SECTION: _Attachable(
        Section,
        "section",
        code="no_section_with_id",
        label=_numbered,
        plan_year=lambda section: _year_of(section.chapter.plan),
    ),
    TargetKind.ITEM: _Attachable(
        PlanItem,
        "plan item",
        code="no_item_with_id",
        label=lambda item: item.title,
        plan_year=lambda item: _year_of(item.section.chapter.plan),
    ),
    TargetKind.CHAPTER: _Attachable(
        Chapter,
        "chapter",
        code="no_chapter_with_id",
        label=_numbered,
        plan_year=lambda chapter: _year_of(chapter.plan),
    ),
    TargetKind.PLAN: _Attachable(
        Plan,
        "plan",
        code="no_plan_with_id",
        label=lambda plan: plan.title,
        plan_year=lambda plan: plan.year,
    ),
    TargetKind.PROGRAMME: _Attachable(
        Programme,
        "programme",
        code="no_programme_with_id",
        label=lambda programme: programme.title,
        plan_year=lambda _programme: None,
    ),
    TargetKind.CONTACT: _Attachable(
        Contact,
        "contact",
        code="no_contact_with_id",
        label=lambda contact: contact.name,
        plan_year=lambda _contact: None,
    ),
}
"""The kinds of plan object a note can be attached to, with how each is looked up and named."""


def target_of(
    session: Session, kind: TargetKind | str, obj_id: int, naming: Naming | None = None
) -> Target:
    """The plan object of ``kind`` with row id ``obj_id``, described for a note (identity
    key, label, plan year); a workgroup by the name it is shown by under ``naming``
    (:func:`bnldesk.domain.workgroup_names.shown_name`). Raises :class:`TargetNotFound` when
    there is no such row or notes cannot be attached to that kind (a note, a meeting)."""
    kind = TargetKind(kind)
    attachable = ATTACHABLE.get(kind)
    if attachable is None:
        raise TargetNotFound(
            f"notes cannot be attached to {kind.value}", code="not_attachable", values=(kind.value,)
        )
    row = session.get(attachable.model, obj_id)
    if row is None:
        raise TargetNotFound(
            f"no {attachable.noun} with id {obj_id}",
            code=attachable.code,
            values=(obj_id,),
        )
    label = attachable.label(row)
    if kind == TargetKind.WORKGROUP:
        name = shown_names_in(session, [obj_id], naming or Naming())[obj_id].name
        label = f"{name} ({row.code})" if row.code else name
    return Target(kind, row.identity_key, row.id, label, attachable.plan_year(row))


def resolve_target(
    session: Session, ref: str, *, plan_year: int | None = None, language: str | None = None
) -> Target:
    """Find the object a delegate names: a workgroup code, a section number, or ``kind:id``;
    a workgroup is labelled with the name printed in the delegate's ``language``, else the
    one the ``plan_year`` plan printed (:func:`bnldesk.domain.workgroup_names.shown_name`).
    Raises :class:`TargetNotFound` when ``ref`` names nothing."""
    ref = ref.strip()
    naming = Naming(plan_year, language)
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
            raise no_section(TargetNotFound, identity.normalise_number(ref), plan_year or None)
        return target_of(session, TargetKind.SECTION, section.id)
    named = workgroups_named(session, ref)
    if named:
        return target_of(
            session, TargetKind.WORKGROUP, single_workgroup(named, ref, TargetNotFound).id, naming
        )
    raise TargetNotFound(
        f"'{ref}' is neither a workgroup code, a section number nor an object id (e.g. item:12)",
        code="unknown_target",
        values=(ref,),
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
        edited_by=author,
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


def restore_annotation(session: Session, note: Annotation, *, editor: str | None = None) -> None:
    """Undo :func:`delete_annotation`: the note and its action items live again, as a new edit
    by ``editor`` (the delegate's name, "" when not known; None leaves the name as it is)."""
    note.deleted_at = None
    note.updated_at = utcnow()
    if editor is not None:
        note.edited_by = editor
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
    session: Session,
    note: Annotation,
    title: str,
    owner: str = "",
    due_date: Any = None,
    *,
    editor: str | None = None,
) -> ActionItem:
    """A new open action item on ``note``, added by ``editor`` (see :func:`note_changed_by`);
    ``due_date`` is a date or None."""
    action = ActionItem(annotation=note, title=title, owner=owner, due_date=due_date)
    session.add(action)
    note_changed_by(action, editor)
    session.flush()
    return action


def note_changed_by(action: ActionItem, editor: str | None) -> None:
    """Name ``editor`` (the delegate's name, "" when not known) as who last changed the note
    ``action`` is on: the note's footer dates its last change by its action items' too
    (stop 29: after Jan Jansen set a due date on Els de Vries's note, the footer gave the
    time of his change and her name as who made it). Every write a delegate makes passes
    the name; None (data a program makes: demo, tests) leaves the note's as it is."""
    if editor is not None and action.annotation is not None:
        action.annotation.edited_by = editor


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


def apply_action_fields(
    action: ActionItem, fields: ActionFields, *, editor: str | None = None
) -> None:
    """Give ``action`` the values of ``fields`` and a new ``updated_at``, its note ``editor``
    as who changed it last (:func:`note_changed_by`); raises ValueError for an unknown status.
    """
    action.title = fields.title
    action.owner = fields.owner
    action.due_date = fields.due_date
    action.status = ActionStatus(fields.status)
    action.updated_at = utcnow()
    note_changed_by(action, editor)


def delete_action(action: ActionItem, *, editor: str | None = None) -> None:
    """Soft-delete ``action`` (kept for sync and undo), by ``editor``."""
    action.soft_delete()
    note_changed_by(action, editor)


def restore_action(action: ActionItem, *, editor: str | None = None) -> None:
    """Undo :func:`delete_action`, as a new edit by ``editor``."""
    action.deleted_at = None
    action.updated_at = utcnow()
    note_changed_by(action, editor)
