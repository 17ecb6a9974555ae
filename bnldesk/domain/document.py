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
    makes the structure doubtful: such a document is not written without a review."""

    line: int
    message: str
    text: str = ""
    page: int = 0
    doubt: bool = False


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
        out: list[DocSection] = []

        def walk(sections: list[DocSection]) -> None:
            for s in sections:
                out.append(s)
                walk(s.children)

        for ch in self.chapters:
            walk(ch.sections)
        return out

    def iter_workgroups(self) -> list[DocWorkgroup]:
        out: list[DocWorkgroup] = []

        def walk(groups: list[DocWorkgroup]) -> None:
            for g in groups:
                out.append(g)
                walk(g.children)

        for s in self.iter_sections():
            walk(s.workgroups)
        return out


# --------------------------------------------------------------------------------------------
# JSON form, used for the bundled demo data
# --------------------------------------------------------------------------------------------


def _item_from(d: dict[str, Any]) -> DocItem:
    return DocItem(
        kind=ItemKind(d["kind"]),
        title=d["title"],
        body=d.get("body", ""),
        flagship=bool(d.get("flagship", False)),
        theme=d.get("theme", ""),
    )


def _workgroup_from(d: dict[str, Any]) -> DocWorkgroup:
    return DocWorkgroup(
        name=d["name"],
        code=d.get("code"),
        description=d.get("description", ""),
        children=[_workgroup_from(c) for c in d.get("children", [])],
    )


def _section_from(d: dict[str, Any]) -> DocSection:
    return DocSection(
        number=d.get("number", ""),
        title=d["title"],
        body=d.get("body", ""),
        items=[_item_from(i) for i in d.get("items", [])],
        workgroups=[_workgroup_from(w) for w in d.get("workgroups", [])],
        children=[_section_from(c) for c in d.get("children", [])],
    )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def document_from_dict(d: dict[str, Any]) -> PlanDocument:
    return PlanDocument(
        kind=d["kind"],
        title=d["title"],
        year=d.get("year"),
        start_year=d.get("start_year"),
        end_year=d.get("end_year"),
        description=d.get("description", ""),
        language=d.get("language", ""),
        chapters=[
            DocChapter(
                number=c.get("number", ""),
                title=c["title"],
                body=c.get("body", ""),
                sections=[_section_from(s) for s in c.get("sections", [])],
            )
            for c in d.get("chapters", [])
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
            for c in d.get("contacts", [])
        ],
    )


def document_to_dict(doc: PlanDocument, *, with_bodies: bool = True) -> dict[str, Any]:
    """Serialise ``doc``; ``with_bodies=False`` keeps only facts (titles, codes, names, dates)."""

    def body(text: str) -> dict[str, str]:
        return {"body": text} if with_bodies and text else {}

    def wg(g: DocWorkgroup) -> dict[str, Any]:
        out: dict[str, Any] = {"name": g.name}
        if g.code:
            out["code"] = g.code
        if g.description and with_bodies:
            out["description"] = g.description
        if g.children:
            out["children"] = [wg(c) for c in g.children]
        return out

    def sec(s: DocSection) -> dict[str, Any]:
        out: dict[str, Any] = {"number": s.number, "title": s.title, **body(s.body)}
        if s.items:
            out["items"] = [
                {
                    "kind": i.kind.value,
                    "title": i.title,
                    **({"flagship": True} if i.flagship else {}),
                    **({"theme": i.theme} if i.theme else {}),
                    **body(i.body),
                }
                for i in s.items
            ]
        if s.workgroups:
            out["workgroups"] = [wg(g) for g in s.workgroups]
        if s.children:
            out["children"] = [sec(c) for c in s.children]
        return out

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
            "number": c.number,
            "title": c.title,
            **body(c.body),
            "sections": [sec(s) for s in c.sections],
        }
        for c in doc.chapters
    ]
    if doc.contacts:
        result["contacts"] = [
            {
                k: v
                for k, v in {
                    "name": c.name,
                    "email": c.email,
                    "phone": c.phone,
                    "role": c.role,
                    "domain": c.domain,
                    "organisation": c.organisation,
                    "valid_from": c.valid_from.isoformat() if c.valid_from else None,
                    "valid_until": c.valid_until.isoformat() if c.valid_until else None,
                    "validity_note": c.validity_note,
                    "section_numbers": c.section_numbers,
                    "workgroup_codes": c.workgroup_codes,
                }.items()
                if v
            }
            for c in doc.contacts
        ]
    return result
