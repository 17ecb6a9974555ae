"""The structure of one published document, as plain data.

Both the importer (which parses PDF/DOCX/TXT/MD) and the bundled demo data produce a
:class:`PlanDocument`; :func:`bnldesk.store.structure.write_document` merges it into a database.
Sharing that one path is what lets a real import merge with the demo objects instead of
duplicating them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from bnldesk.domain.models import ItemKind

DocumentKind = Literal["plan", "programme"]


@dataclass
class DocItem:
    kind: ItemKind
    title: str
    body: str = ""
    flagship: bool = False
    theme: str = ""


@dataclass
class DocWorkgroup:
    name: str
    code: str | None = None
    description: str = ""
    children: list[DocWorkgroup] = field(default_factory=list)


@dataclass
class DocSection:
    number: str
    title: str
    body: str = ""
    items: list[DocItem] = field(default_factory=list)
    workgroups: list[DocWorkgroup] = field(default_factory=list)
    children: list[DocSection] = field(default_factory=list)


@dataclass
class DocChapter:
    number: str
    title: str
    body: str = ""
    sections: list[DocSection] = field(default_factory=list)


@dataclass
class DocContact:
    name: str
    email: str | None = None
    phone: str | None = None
    role: str = ""
    domain: str = ""
    organisation: str = "Secretariaat-Generaal Benelux"
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    validity_note: str = ""
    section_numbers: list[str] = field(default_factory=list)
    workgroup_codes: list[str] = field(default_factory=list)


@dataclass
class ImportWarning:
    """Something the importer noticed: ``line`` (1-based, 0 for the whole document) and
    ``page`` (1-based, 0 when the format has none) say where. ``doubt`` marks a warning that
    makes the structure doubtful: such a document is not written without a review.

    ``message`` is the English sentence (the command line prints it); ``code`` names the kind of
    warning and ``values`` fill it in (numbers, section numbers, titles), so that the window can
    say it in the interface language (``bnldesk.ui.importing.warning_texts``)."""

    line: int
    message: str
    text: str = ""
    page: int = 0
    doubt: bool = False
    code: str = ""
    values: tuple[str | int, ...] = ()


@dataclass
class PlanDocument:
    kind: DocumentKind
    title: str
    year: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    description: str = ""
    chapters: list[DocChapter] = field(default_factory=list)
    contacts: list[DocContact] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    source_file: str | None = None
    source_sha256: str | None = None
    # "nl", "fr" or "en": the language the document is written in ("" when not known).
    language: str = ""

    @property
    def doubtful(self) -> bool:
        """Whether a warning doubts the structure found (see :class:`ImportWarning`)."""
        return any(w.doubt for w in self.warnings)

    def iter_sections(self) -> list[DocSection]:
        """Every section of the document, sub-sections after their parent, in reading order."""
        out: list[DocSection] = []

        def walk(sections: list[DocSection]) -> None:
            for section in sections:
                out.append(section)
                walk(section.children)

        for chapter in self.chapters:
            walk(chapter.sections)
        return out

    def iter_workgroups(self) -> list[DocWorkgroup]:
        """Every workgroup of every section, sub-groups after their parent, in reading order."""
        out: list[DocWorkgroup] = []

        def walk(groups: list[DocWorkgroup]) -> None:
            for group in groups:
                out.append(group)
                walk(group.children)

        for section in self.iter_sections():
            walk(section.workgroups)
        return out


# --------------------------------------------------------------------------------------------
# JSON form, used for the bundled demo data
# --------------------------------------------------------------------------------------------


def _item_from(data: dict[str, Any]) -> DocItem:
    return DocItem(
        kind=ItemKind(data["kind"]),
        title=data["title"],
        body=data.get("body", ""),
        flagship=bool(data.get("flagship", False)),
        theme=data.get("theme", ""),
    )


def _workgroup_from(data: dict[str, Any]) -> DocWorkgroup:
    return DocWorkgroup(
        name=data["name"],
        code=data.get("code"),
        description=data.get("description", ""),
        children=[_workgroup_from(c) for c in data.get("children", [])],
    )


def _section_from(data: dict[str, Any]) -> DocSection:
    return DocSection(
        number=data.get("number", ""),
        title=data["title"],
        body=data.get("body", ""),
        items=[_item_from(i) for i in data.get("items", [])],
        workgroups=[_workgroup_from(w) for w in data.get("workgroups", [])],
        children=[_section_from(c) for c in data.get("children", [])],
    )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def document_from_dict(data: dict[str, Any]) -> PlanDocument:
    """The document a dict of :func:`document_to_dict` (or a bundled demo file) describes.
    Raises ``KeyError`` for a missing ``kind`` or ``title`` and ``ValueError`` for an unknown
    item kind."""
    return PlanDocument(
        kind=data["kind"],
        title=data["title"],
        year=data.get("year"),
        start_year=data.get("start_year"),
        end_year=data.get("end_year"),
        description=data.get("description", ""),
        language=data.get("language", ""),
        chapters=[
            DocChapter(
                number=c.get("number", ""),
                title=c["title"],
                body=c.get("body", ""),
                sections=[_section_from(s) for s in c.get("sections", [])],
            )
            for c in data.get("chapters", [])
        ],
        contacts=[
            DocContact(
                name=c["name"],
                email=c.get("email"),
                phone=c.get("phone"),
                role=c.get("role", ""),
                domain=c.get("domain", ""),
                organisation=c.get("organisation", "Secretariaat-Generaal Benelux"),
                valid_from=_date(c.get("valid_from")),
                valid_until=_date(c.get("valid_until")),
                validity_note=c.get("validity_note", ""),
                section_numbers=list(c.get("section_numbers", [])),
                workgroup_codes=list(c.get("workgroup_codes", [])),
            )
            for c in data.get("contacts", [])
        ],
    )


def document_to_dict(doc: PlanDocument, *, with_bodies: bool = True) -> dict[str, Any]:
    """Serialise ``doc``; ``with_bodies=False`` keeps only facts (titles, codes, names, dates)."""
    result: dict[str, Any] = {"kind": doc.kind, "title": doc.title}
    for key in ("year", "start_year", "end_year"):
        if getattr(doc, key) is not None:
            result[key] = getattr(doc, key)
    if doc.description and with_bodies:
        result["description"] = doc.description
    if doc.language:
        result["language"] = doc.language
    result["chapters"] = [
        {
            "number": chapter.number,
            "title": chapter.title,
            **_body(chapter.body, with_bodies),
            "sections": [_section_dict(section, with_bodies) for section in chapter.sections],
        }
        for chapter in doc.chapters
    ]
    if doc.contacts:
        result["contacts"] = [_contact_dict(contact) for contact in doc.contacts]
    return result


def _body(text: str, with_bodies: bool) -> dict[str, str]:
    return {"body": text} if with_bodies and text else {}


def _workgroup_dict(group: DocWorkgroup, with_bodies: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"name": group.name}
    if group.code:
        out["code"] = group.code
    if group.description and with_bodies:
        out["description"] = group.description
    if group.children:
        out["children"] = [_workgroup_dict(child, with_bodies) for child in group.children]
    return out


def _section_dict(section: DocSection, with_bodies: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "number": section.number,
        "title": section.title,
        **_body(section.body, with_bodies),
    }
    if section.items:
        out["items"] = [
            {
                "kind": item.kind.value,
                "title": item.title,
                **({"flagship": True} if item.flagship else {}),
                **({"theme": item.theme} if item.theme else {}),
                **_body(item.body, with_bodies),
            }
            for item in section.items
        ]
    if section.workgroups:
        out["workgroups"] = [_workgroup_dict(group, with_bodies) for group in section.workgroups]
    if section.children:
        out["children"] = [_section_dict(child, with_bodies) for child in section.children]
    return out


def _contact_dict(contact: DocContact) -> dict[str, Any]:
    """The contact's fields that have a value (dates as ISO text)."""
    fields = {
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "role": contact.role,
        "domain": contact.domain,
        "organisation": contact.organisation,
        "valid_from": contact.valid_from.isoformat() if contact.valid_from else None,
        "valid_until": contact.valid_until.isoformat() if contact.valid_until else None,
        "validity_note": contact.validity_note,
        "section_numbers": contact.section_numbers,
        "workgroup_codes": contact.workgroup_codes,
    }
    return {key: value for key, value in fields.items() if value}
