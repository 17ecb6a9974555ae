"""One plan object with its context, for the window's detail pane: :func:`object_detail`.

The pane shows an object's title and text, where it sits in the plan (the crumbs), what it
holds (its children), the workgroups and contacts of its section, and the same object in the
other years' plans. :func:`object_detail` reads that into one typed record,
:class:`ObjectDetail`, whose fields every kind shares (a kind leaves what it lacks empty), so
the pane renders fields it knows. The record is plain data: the GUI's database worker hands it
across threads.

The SQL is portable between SQLite files and PostgreSQL servers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from bnldesk.domain.workgroup_names import Naming, ShownName
from bnldesk.store.browse import (
    chapter_crumbs,
    numbered_label,
    path_to,
    plan_crumbs,
    section_crumbs,
)
from bnldesk.store.workgroup_names import shown_names_in


class Link(NamedTuple):
    """A plan object the detail links to: its kind, id and label."""

    kind: str
    obj_id: int
    label: str


class OtherYear(NamedTuple):
    """The same object in another year's plan."""

    kind: str
    obj_id: int
    year: int


@dataclass(frozen=True)
class ContactFacts:
    """What the Secretariat-General's contact list gives for a person (each may be "")."""

    role: str = ""
    domain: str = ""
    email: str = ""
    phone: str = ""
    validity: str = ""


@dataclass(frozen=True)
class ObjectDetail:
    """A plan object with its context. ``kind`` is the object's kind (a theme is a chapter);
    ``key`` its identity key; ``item_kind`` a plan item's kind (``flagship`` for a flagship);
    ``crumbs`` the objects above it, from the top; ``workgroups`` and ``contacts`` those of
    its section (a workgroup's: its contacts); ``child_kinds`` a section's items' kinds by id
    (``flagship`` for a flagship), empty for other objects; ``sections`` the sections a
    workgroup carries ("2022: 2.1 ..."), ``years`` the plans it is in, ``other_name`` the name
    its plans printed besides its title ("" when none); ``other`` the same object in other
    years; ``contact`` a contact's facts (None for other kinds); ``plan_without_items`` that
    the section's plan was loaded without any item (its structure only)."""

    kind: str
    obj_id: int
    title: str
    body: str = ""
    key: str = ""
    item_kind: str = ""
    theme: str = ""
    crumbs: tuple[Link, ...] = ()
    workgroups: tuple[Link, ...] = ()
    contacts: tuple[Link, ...] = ()
    children: tuple[Link, ...] = ()
    child_kinds: Mapping[int, str] = field(default_factory=dict)
    sections: tuple[Link, ...] = ()
    years: tuple[int, ...] = ()
    other_name: str = ""
    other: tuple[OtherYear, ...] = ()
    contact: ContactFacts | None = None
    plan_without_items: bool = False


def object_detail(
    session: Session, kind: str, obj_id: int, naming: Naming | None = None
) -> ObjectDetail | None:
    """Object ``obj_id`` of ``kind`` (item, section, chapter or theme, plan, programme,
    workgroup, contact) with its context; None when it no longer exists or ``kind`` is none of
    those. A workgroup is titled by the name it is shown by under ``naming``, its other printed
    name in ``other_name`` (:func:`bnldesk.domain.workgroup_names.shown_name`); an item's or a
    section's workgroups by the same rule, in ``naming``'s language, else as the section's plan
    printed them."""
    naming = naming or Naming()
    if kind == "theme":
        kind = "chapter"
    if kind == "workgroup":
        return _workgroup_detail(session, obj_id, naming)
    if kind == "item":
        return _item_detail(session, obj_id, naming.language)
    if kind == "section":
        return _section_detail(session, obj_id, naming.language)
    reader = _DETAIL_READERS.get(kind)
    return reader(session, obj_id) if reader is not None else None


def _links(triples: Iterable[tuple[str, int, str]]) -> tuple[Link, ...]:
    """``(kind, id, label)`` triples (the tree's crumbs) as links."""
    return tuple(Link(kind, obj_id, label) for kind, obj_id, label in triples)


def _one(session: Session, table: str, obj_id: int) -> Any:
    """The row of ``table`` with ``obj_id`` (every column), or None. ``table`` is one of ours."""
    return session.execute(
        text(f"SELECT * FROM {table} WHERE id = :id"), {"id": obj_id}
    ).one_or_none()


def _item_detail(session: Session, obj_id: int, language: str | None) -> ObjectDetail | None:
    """A plan item: ``theme``, ``item_kind`` (``flagship`` for a flagship of any kind) and the
    workgroups of its section."""
    item = session.execute(
        text(
            "SELECT i.*, s.id AS sid FROM plan_item i JOIN section s ON s.id = i.section_id "
            "WHERE i.id = :id"
        ),
        {"id": obj_id},
    ).one_or_none()
    if item is None:
        return None
    return ObjectDetail(
        kind="item",
        obj_id=obj_id,
        title=str(item.title or ""),
        body=str(item.body or ""),
        key=str(item.identity_key or ""),
        item_kind="flagship" if item.is_flagship else str(item.kind or ""),
        theme=str(item.theme or ""),
        crumbs=_links(section_crumbs(session, int(item.sid))),
        workgroups=_section_workgroups(session, int(item.sid), language),
        other=_other_years(session, "plan_item", str(item.identity_key), obj_id),
    )


def _section_detail(session: Session, obj_id: int, language: str | None) -> ObjectDetail | None:
    """A section: its workgroups, contacts and items, with ``child_kinds`` to list the items
    by kind, and ``plan_without_items`` (see :func:`_plan_without_items`)."""
    section = _one(session, "section", obj_id)
    if section is None:
        return None
    contacts = session.execute(
        text(
            "SELECT c.id, c.name FROM contact c JOIN contact_section cs "
            "ON cs.contact_id = c.id WHERE cs.section_id = :id ORDER BY c.name"
        ),
        {"id": obj_id},
    )
    items = session.execute(
        text(
            "SELECT id, title, kind, is_flagship FROM plan_item WHERE section_id = :id "
            "ORDER BY position"
        ),
        {"id": obj_id},
    ).all()
    return ObjectDetail(
        kind="section",
        obj_id=obj_id,
        title=numbered_label(section.number, section.title),
        body=str(section.body or ""),
        key=str(section.identity_key or ""),
        crumbs=_links(section_crumbs(session, obj_id)[:-1]),
        workgroups=_section_workgroups(session, obj_id, language),
        contacts=tuple(Link("contact", int(contact.id), str(contact.name)) for contact in contacts),
        children=tuple(Link("item", int(item.id), str(item.title)) for item in items),
        child_kinds={
            int(item.id): "flagship" if item.is_flagship else str(item.kind) for item in items
        },
        other=_other_years(session, "section", str(section.identity_key), obj_id),
        plan_without_items=not items and _plan_without_items(session, obj_id),
    )


def _plan_without_items(session: Session, section_id: int) -> bool:
    """Whether the annual plan of section ``section_id`` holds no item at all: a plan loaded
    with its structure only (the demo's 2013 plan, whose items are whole sentences of the
    plan's text and are not bundled), where an empty section says nothing about the plan."""
    plan_id = session.execute(
        text(
            "SELECT c.plan_id FROM section s JOIN chapter c ON c.id = s.chapter_id WHERE s.id = :id"
        ),
        {"id": section_id},
    ).scalar()
    if plan_id is None:
        return False
    any_item = session.execute(
        text(
            "SELECT 1 FROM plan_item i JOIN section s ON s.id = i.section_id "
            "JOIN chapter c ON c.id = s.chapter_id WHERE c.plan_id = :plan LIMIT 1"
        ),
        {"plan": plan_id},
    ).first()
    return any_item is None


def _chapter_detail(session: Session, obj_id: int) -> ObjectDetail | None:
    """A chapter: its top-level sections as children."""
    chapter = _one(session, "chapter", obj_id)
    if chapter is None:
        return None
    sections = session.execute(
        text(
            "SELECT id, number, title FROM section WHERE chapter_id = :id "
            "AND parent_id IS NULL ORDER BY position"
        ),
        {"id": obj_id},
    )
    return ObjectDetail(
        kind="chapter",
        obj_id=obj_id,
        title=numbered_label(chapter.number, chapter.title),
        body=str(chapter.body or ""),
        key=str(chapter.identity_key or ""),
        crumbs=_links(chapter_crumbs(session, obj_id)[:-1]),
        children=tuple(
            Link("section", int(section.id), numbered_label(section.number, section.title))
            for section in sections
        ),
        other=_other_years(session, "chapter", str(chapter.identity_key), obj_id),
    )


def _plan_detail(session: Session, obj_id: int) -> ObjectDetail | None:
    """An annual plan: its chapters as children."""
    plan = _one(session, "plan", obj_id)
    if plan is None:
        return None
    chapters = session.execute(
        text("SELECT id, number, title FROM chapter WHERE plan_id = :id ORDER BY position"),
        {"id": obj_id},
    )
    return ObjectDetail(
        kind="plan",
        obj_id=obj_id,
        title=str(plan.title or ""),
        body=str(plan.description or ""),
        key=str(plan.identity_key or ""),
        crumbs=_links(plan_crumbs(session, obj_id)[:-1]),
        children=tuple(
            Link("chapter", int(chapter.id), numbered_label(chapter.number, chapter.title))
            for chapter in chapters
        ),
    )


def _programme_detail(session: Session, obj_id: int) -> ObjectDetail | None:
    """A work programme: its annual plans as children, by year."""
    programme = _one(session, "programme", obj_id)
    if programme is None:
        return None
    plans = session.execute(
        text("SELECT id, title FROM plan WHERE programme_id = :id ORDER BY year"),
        {"id": obj_id},
    )
    return ObjectDetail(
        kind="programme",
        obj_id=obj_id,
        title=str(programme.title or ""),
        body=str(programme.description or ""),
        key=str(programme.identity_key or ""),
        children=tuple(Link("plan", int(plan.id), str(plan.title)) for plan in plans),
    )


def _workgroup_detail(session: Session, obj_id: int, naming: Naming) -> ObjectDetail | None:
    """A workgroup: ``other_name`` (the name its plans printed besides the one shown, ""
    when none), its sub-groups as children, the sections it carries, the plans it is in and
    its contacts; it and its sub-groups named under ``naming``."""
    workgroup = _one(session, "workgroup", obj_id)
    if workgroup is None:
        return None
    sub_groups = session.execute(
        text("SELECT id, code, name FROM workgroup WHERE parent_id = :id ORDER BY name"),
        {"id": obj_id},
    ).all()
    names = shown_names_in(session, [obj_id, *(int(group.id) for group in sub_groups)], naming)
    own = names.get(obj_id, ShownName(str(workgroup.name)))
    return ObjectDetail(
        kind="workgroup",
        obj_id=obj_id,
        title=_workgroup_label(workgroup.code, own.name),
        other_name=own.other,
        body=str(workgroup.description or ""),
        key=str(workgroup.identity_key or ""),
        crumbs=_links(path_to(session, "workgroup", obj_id)[:-1]),
        children=tuple(
            Link(
                "workgroup",
                int(group.id),
                _workgroup_label(
                    group.code, names.get(int(group.id), ShownName(str(group.name))).name
                ),
            )
            for group in sub_groups
        ),
        sections=_workgroup_sections(session, obj_id),
        years=_workgroup_years(session, obj_id),
        contacts=_workgroup_contacts(session, obj_id),
    )


# At most this many sections in a workgroup's detail (newest plans first): a pane, not a report.
WORKGROUP_SECTIONS_SHOWN = 200


def _workgroup_sections(session: Session, workgroup_id: int) -> tuple[Link, ...]:
    """The sections workgroup ``workgroup_id`` carries, newest plan first (at most
    :data:`WORKGROUP_SECTIONS_SHOWN`), labelled "year: number title"."""
    sections = session.execute(
        text(
            "SELECT s.id, s.number, s.title, p.year FROM workgroup_section ws "
            "JOIN section s ON s.id = ws.section_id JOIN chapter c ON c.id = s.chapter_id "
            "JOIN plan p ON p.id = c.plan_id WHERE ws.workgroup_id = :id "
            "ORDER BY p.year DESC, c.position, s.position LIMIT :shown"
        ),
        {"id": workgroup_id, "shown": WORKGROUP_SECTIONS_SHOWN},
    )
    return tuple(
        Link(
            "section",
            int(section.id),
            f"{section.year}: {numbered_label(section.number, section.title)}",
        )
        for section in sections
    )


def _workgroup_years(session: Session, workgroup_id: int) -> tuple[int, ...]:
    """The years of the plans workgroup ``workgroup_id`` is in, oldest first."""
    years = session.execute(
        text(
            "SELECT p.year FROM workgroup_plan wp JOIN plan p ON p.id = wp.plan_id "
            "WHERE wp.workgroup_id = :id ORDER BY p.year"
        ),
        {"id": workgroup_id},
    )
    return tuple(int(year) for (year,) in years)


def _workgroup_contacts(session: Session, workgroup_id: int) -> tuple[Link, ...]:
    """The contacts listed for workgroup ``workgroup_id``, by name."""
    contacts = session.execute(
        text(
            "SELECT c.id, c.name FROM contact c JOIN contact_workgroup cw "
            "ON cw.contact_id = c.id WHERE cw.workgroup_id = :id ORDER BY c.name"
        ),
        {"id": workgroup_id},
    )
    return tuple(Link("contact", int(contact.id), str(contact.name)) for contact in contacts)


def _contact_detail(session: Session, obj_id: int) -> ObjectDetail | None:
    """A Secretariat-General contact with its facts (email, phone, role, domain and validity,
    "tot 1 maart 2013"), as the 2013 plan lists them."""
    contact = _one(session, "contact", obj_id)
    if contact is None:
        return None
    return ObjectDetail(
        kind="contact",
        obj_id=obj_id,
        title=str(contact.name or ""),
        key=str(contact.identity_key or ""),
        contact=ContactFacts(
            role=str(contact.role or ""),
            domain=str(contact.domain or ""),
            email=str(contact.email or ""),
            phone=str(contact.phone or ""),
            validity=str(contact.validity_note or ""),
        ),
    )


_DETAIL_READERS: dict[str, Callable[[Session, int], ObjectDetail | None]] = {
    "chapter": _chapter_detail,
    "plan": _plan_detail,
    "programme": _programme_detail,
    "contact": _contact_detail,
}


def _workgroup_label(code: str | None, name: str) -> str:
    """A workgroup's name with its code in brackets, when it has one."""
    return f"{name} ({code})" if code else name


def _section_workgroups(
    session: Session, section_id: int, language: str | None
) -> tuple[Link, ...]:
    """The workgroups of section ``section_id`` and of its parent section, by code, each under
    the name it is shown by (:func:`bnldesk.domain.workgroup_names.shown_name`): printed in
    ``language``, else the one the section's plan printed (a French plan's French names)."""
    rows = session.execute(
        text(
            "SELECT w.id, w.code, w.name FROM workgroup w "
            "JOIN workgroup_section ws ON ws.workgroup_id = w.id WHERE ws.section_id IN "
            "(:id, (SELECT parent_id FROM section WHERE id = :id)) ORDER BY w.code, w.name"
        ),
        {"id": section_id},
    ).all()
    year = session.execute(
        text(
            "SELECT p.year FROM section s JOIN chapter c ON c.id = s.chapter_id "
            "JOIN plan p ON p.id = c.plan_id WHERE s.id = :id"
        ),
        {"id": section_id},
    ).scalar()
    names = shown_names_in(session, [int(row.id) for row in rows], Naming(year, language))
    return tuple(
        Link(
            "workgroup",
            int(row.id),
            _workgroup_label(
                row.code, names[int(row.id)].name if int(row.id) in names else row.name
            ),
        )
        for row in rows
    )


# The same object in the other years' plans, by table: the SQL and the kind it links as.
_OTHER_SQL = {
    "plan_item": (
        "SELECT i.id, p.year FROM plan_item i JOIN section s ON s.id = i.section_id "
        "JOIN chapter c ON c.id = s.chapter_id JOIN plan p ON p.id = c.plan_id "
        "WHERE i.identity_key = :key AND i.id <> :id ORDER BY p.year",
        "item",
    ),
    "section": (
        "SELECT s.id, p.year FROM section s JOIN chapter c ON c.id = s.chapter_id "
        "JOIN plan p ON p.id = c.plan_id WHERE s.identity_key = :key AND s.id <> :id "
        "ORDER BY p.year",
        "section",
    ),
    "chapter": (
        "SELECT c.id, p.year FROM chapter c JOIN plan p ON p.id = c.plan_id "
        "WHERE c.identity_key = :key AND c.id <> :id ORDER BY p.year",
        "chapter",
    ),
}


def _other_years(session: Session, table: str, key: str, obj_id: int) -> tuple[OtherYear, ...]:
    """The same object (same identity key) in the other years' plans, oldest first."""
    sql, kind = _OTHER_SQL[table]
    return tuple(
        OtherYear(kind, int(row.id), int(row.year))
        for row in session.execute(text(sql), {"key": key, "id": obj_id})
    )
