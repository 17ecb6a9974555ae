"""The detail pane's object as typed plain data (no Qt).

``bnldesk.store.browse.object_detail`` hands an object with its context as a dictionary whose
keys depend on the object's kind; :meth:`ObjectDetail.of` turns it into one typed record on the
worker, so the pane renders fields it knows, never ``dict[str, Any]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple


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
    ``item_kind`` a plan item's kind (``flagship`` for a flagship); ``crumbs`` the objects
    above it; ``child_kinds`` a section's items' kinds by id (``flagship`` for a flagship),
    empty for other objects; ``sections`` the sections a workgroup carries ("2022: 2.1 ..."), ``years`` the
    plans it is in, ``other_name`` the name its plans printed besides its title ("" when
    none); ``other`` the same object in other years; ``plan_without_items`` that
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

    @classmethod
    def of(cls, detail: Mapping[str, Any]) -> ObjectDetail:
        """The record of ``object_detail``'s dictionary."""
        kind = str(detail["kind"])
        return cls(
            kind=kind,
            obj_id=int(detail["id"]),
            title=str(detail.get("title") or ""),
            body=str(detail.get("body") or ""),
            key=str(detail.get("key") or ""),
            item_kind=str(detail.get("item_kind") or ""),
            theme=str(detail.get("theme") or ""),
            crumbs=_links(detail.get("crumbs")),
            workgroups=_links(("workgroup", *pair) for pair in detail.get("workgroups") or ()),
            contacts=_links(("contact", *pair) for pair in detail.get("contacts") or ()),
            children=_links(detail.get("children")),
            child_kinds={
                int(obj_id): str(item_kind)
                for obj_id, item_kind in (detail.get("child_kinds") or {}).items()
            },
            sections=_links(detail.get("sections")),
            years=tuple(int(year) for year in detail.get("years") or ()),
            other_name=str(detail.get("other_name") or ""),
            other=tuple(OtherYear(str(k), int(i), int(y)) for k, i, y in detail.get("other") or ()),
            contact=_contact(detail) if kind == "contact" else None,
            plan_without_items=bool(detail.get("plan_without_items")),
        )


def _links(triples: Iterable[tuple[str, int, str]] | None) -> tuple[Link, ...]:
    return tuple(Link(str(kind), int(obj_id), str(label)) for kind, obj_id, label in triples or ())


def _contact(detail: Mapping[str, Any]) -> ContactFacts:
    return ContactFacts(
        role=str(detail.get("role") or ""),
        domain=str(detail.get("domain") or ""),
        email=str(detail.get("email") or ""),
        phone=str(detail.get("phone") or ""),
        validity=str(detail.get("validity") or ""),
    )
