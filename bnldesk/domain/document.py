"""The structure of one published document, as plain data.

Both the importer (which parses PDF/DOCX/TXT/MD) and the bundled demo data produce a
:class:`PlanDocument`; :func:`bnldesk.store.structure.write_document` merges it into a database.
Sharing that one path is what lets a real import merge with the demo objects instead of
duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

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


# A JSON object as json.loads hands it over; read through the typed readers below.
JsonObject = Mapping[str, object]


def _text(data: JsonObject, key: str, default: str = "") -> str:
    """``data[key]`` as text; ``default`` when missing or null. ValueError for another type."""
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{key!r} is not text: {value!r}")
    return value


def _required_text(data: JsonObject, key: str) -> str:
    """``data[key]`` as text; KeyError when missing, ValueError when not text."""
    if key not in data:
        raise KeyError(key)
    return _text(data, key)


def _optional_text(data: JsonObject, key: str) -> str | None:
    """``data[key]`` as text, None when missing or null."""
    return _text(data, key) if data.get(key) is not None else None


def _optional_year(data: JsonObject, key: str) -> int | None:
    """``data[key]`` as a year, None when missing or null; ValueError for anything but a
    whole number."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key!r} is not a year: {value!r}")
    return value


def _objects(data: JsonObject, key: str) -> list[JsonObject]:
    """``data[key]`` as a list of JSON objects ([] when missing); ValueError otherwise."""
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise ValueError(f"{key!r} is not a list of objects")
    return value


def _texts(data: JsonObject, key: str) -> list[str]:
    """``data[key]`` as a list of texts ([] when missing); ValueError otherwise."""
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise ValueError(f"{key!r} is not a list of texts")
    return list(value)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _document_kind(data: JsonObject) -> DocumentKind:
    kind = _required_text(data, "kind")
    if kind == "plan":
        return "plan"
    if kind == "programme":
        return "programme"
    raise ValueError(f"'kind' is neither plan nor programme: {kind!r}")


def _item_from(data: JsonObject) -> DocItem:
    return DocItem(
        kind=ItemKind(_required_text(data, "kind")),
        title=_required_text(data, "title"),
        body=_text(data, "body"),
        flagship=bool(data.get("flagship", False)),
        theme=_text(data, "theme"),
    )


def _workgroup_from(data: JsonObject) -> DocWorkgroup:
    return DocWorkgroup(
        name=_required_text(data, "name"),
        code=_optional_text(data, "code"),
        description=_text(data, "description"),
        children=[_workgroup_from(child) for child in _objects(data, "children")],
    )


def _section_from(data: JsonObject) -> DocSection:
    return DocSection(
        number=_text(data, "number"),
        title=_required_text(data, "title"),
        body=_text(data, "body"),
        items=[_item_from(item) for item in _objects(data, "items")],
        workgroups=[_workgroup_from(group) for group in _objects(data, "workgroups")],
        children=[_section_from(child) for child in _objects(data, "children")],
    )


def _chapter_from(data: JsonObject) -> DocChapter:
    return DocChapter(
        number=_text(data, "number"),
        title=_required_text(data, "title"),
        body=_text(data, "body"),
        sections=[_section_from(section) for section in _objects(data, "sections")],
    )


def _contact_from(data: JsonObject) -> DocContact:
    return DocContact(
        name=_required_text(data, "name"),
        email=_optional_text(data, "email"),
        phone=_optional_text(data, "phone"),
        role=_text(data, "role"),
        domain=_text(data, "domain"),
        organisation=_text(data, "organisation", "Secretariaat-Generaal Benelux"),
        valid_from=_date(_optional_text(data, "valid_from")),
        valid_until=_date(_optional_text(data, "valid_until")),
        validity_note=_text(data, "validity_note"),
        section_numbers=_texts(data, "section_numbers"),
        workgroup_codes=_texts(data, "workgroup_codes"),
    )


def document_from_dict(data: JsonObject) -> PlanDocument:
    """The document a dict of :func:`document_to_dict` (or a bundled demo file) describes.
    Raises ``KeyError`` for a missing ``kind``, ``title`` or name, and ``ValueError`` for an
    unknown kind of document or item, or a field of the wrong type."""
    return PlanDocument(
        kind=_document_kind(data),
        title=_required_text(data, "title"),
        year=_optional_year(data, "year"),
        start_year=_optional_year(data, "start_year"),
        end_year=_optional_year(data, "end_year"),
        description=_text(data, "description"),
        language=_text(data, "language"),
        chapters=[_chapter_from(chapter) for chapter in _objects(data, "chapters")],
        contacts=[_contact_from(contact) for contact in _objects(data, "contacts")],
    )


def document_to_dict(doc: PlanDocument, *, with_bodies: bool = True) -> dict[str, object]:
    """Serialise ``doc`` as JSON data; ``with_bodies=False`` keeps only facts (titles, codes,
    names, dates). Empty fields are left out."""
    result: dict[str, object] = {"kind": doc.kind, "title": doc.title}
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


def _workgroup_dict(group: DocWorkgroup, with_bodies: bool) -> dict[str, object]:
    out: dict[str, object] = {"name": group.name}
    if group.code:
        out["code"] = group.code
    if group.description and with_bodies:
        out["description"] = group.description
    if group.children:
        out["children"] = [_workgroup_dict(child, with_bodies) for child in group.children]
    return out


def _section_dict(section: DocSection, with_bodies: bool) -> dict[str, object]:
    out: dict[str, object] = {
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


def _contact_dict(contact: DocContact) -> dict[str, object]:
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
