"""How well a parsed document matches what a careful reader finds in it (its ground truth).

The truth is a JSON file in the format of ``shared/cases/import/truth/*.json``: ``chapters`` and
``sections`` (``number``, ``title``), ``items`` (``section``, ``kind``, ``text`` or ``title``,
``flagship``, ``optional``, ``tolerant_merge``, ``section_any``), ``workgroups`` (``section``,
``name``, ``code``, ``parent``) and ``contacts_unique`` (names). :func:`score_document` gives,
per object type, precision and recall with the misses (in the truth, not found) and the extras
(found, not in the truth) listed, so that a test can hold floors and the bench can print the
whole table.

Titles compare as :func:`bnldesk.domain.identity.normalise_title` folds them (case, accents,
spacing, hyphenation); item texts may differ by a few characters (a dropped footnote marker, a
joined hyphen) and still match.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bnldesk.domain.document import DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.identity import normalise_code, normalise_title

OBJECT_TYPES = ("chapters", "sections", "items", "flagships", "workgroups", "contacts")

# Front and back matter of a programme that a reader may or may not count as a theme (the
# truth of the 2025-2028 programme says so); found, they are neither right nor wrong.
OPTIONAL_PROGRAMME_CHAPTERS = ("Inleiding", "Missie - Visie - Waarden")

# Two item texts this similar (difflib ratio over their folded letters) are the same item.
_ITEM_SIMILARITY = 0.9


@dataclass
class TypeScore:
    """Precision and recall for one object type of one document."""

    expected: int = 0
    found: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """The share of the expected objects found (1.0 when none were expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        """The share of the objects found that were expected; with nothing found, 1.0 when nothing
        was expected either, else 0.0."""
        return self.matched / self.found if self.found else (1.0 if not self.expected else 0.0)


@dataclass
class DocumentScore:
    """The scores of one document, by object type (:data:`OBJECT_TYPES`)."""

    name: str
    types: dict[str, TypeScore] = field(default_factory=dict)

    def worst(self) -> float:
        """The lowest precision or recall over all object types (1.0 is perfect)."""
        return min(min(t.recall, t.precision) for t in self.types.values())


@dataclass(frozen=True)
class _TruthItem:
    sections: list[str]
    text: str
    kind: str | None
    flagship: bool
    optional: bool
    tolerant_merge: bool


@dataclass(frozen=True)
class TruthTitle:
    """A chapter or section of the truth: its number and title."""

    number: str
    title: str


@dataclass(frozen=True)
class TruthWorkgroup:
    """A workgroup of the truth: the section listing it, its name, code (None without one),
    its parent's name ("" at the top) and whether finding it is optional."""

    section: str
    name: str
    code: str | None
    parent: str
    optional: bool


@dataclass(frozen=True)
class Truth:
    """A document's ground truth (the format of the module's docstring), read once
    (``plan_year`` the plan's year, None for a programme or when it gives none):
    ``sections`` holds the truth's sections and subsections; ``roles`` the tasks the 2013
    truth lists apart (``roles_2_2``), whose sections (``role_sections``) the item score
    leaves out; ``contact_emails`` the e-mail address (casefolded) by folded name where the
    truth gives one."""

    document: str = ""
    kind: str = ""
    plan_year: int | None = None
    chapters: list[TruthTitle] = field(default_factory=list)
    sections: list[TruthTitle] = field(default_factory=list)
    items: list[_TruthItem] = field(default_factory=list)
    roles: list[_TruthItem] = field(default_factory=list)
    role_sections: set[str] = field(default_factory=set)
    workgroups: list[TruthWorkgroup] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    contact_emails: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, data: Mapping[str, object]) -> Truth:
        """The truth a JSON object holds; entries that are no objects are left out."""
        roles = _entries(data, "roles_2_2")
        return cls(
            document=_str(data, "document"),
            kind=_str(data, "kind"),
            plan_year=_year(data.get("plan_year")),
            chapters=[_titled(entry) for entry in _entries(data, "chapters")],
            sections=[
                _titled(entry)
                for key in ("sections", "subsections")
                for entry in _entries(data, key)
            ],
            items=[_truth_item(entry) for entry in _entries(data, "items")],
            roles=[_truth_item(entry) for entry in roles],
            role_sections={str(role.get("section")) for role in roles},
            workgroups=[_truth_workgroup(entry) for entry in _entries(data, "workgroups")],
            contacts=[str(name) for name in _list(data, "contacts_unique")],
            contact_emails={
                _fold(_str(row, "name")): _str(row, "email").casefold()
                for row in _entries(data, "contact_roles")
                if row.get("email")
            },
        )


def _list(data: Mapping[str, object], key: str) -> list[object]:
    value = data.get(key)
    return list(value) if isinstance(value, list) else []


def _entries(data: Mapping[str, object], key: str) -> list[Mapping[str, object]]:
    """The JSON objects listed under ``key`` ([] when none)."""
    return [entry for entry in _list(data, key) if isinstance(entry, dict)]


def _str(data: Mapping[str, object], key: str) -> str:
    """``data[key]`` as text ("" when missing or null)."""
    value = data.get(key)
    return "" if value is None else str(value)


def _year(value: object) -> int | None:
    """A year given as a whole number, else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _titled(entry: Mapping[str, object]) -> TruthTitle:
    return TruthTitle(_str(entry, "number"), _str(entry, "title"))


def _truth_item(entry: Mapping[str, object]) -> _TruthItem:
    sections = [str(section) for section in _list(entry, "section_any") if section]
    if entry.get("section"):
        sections.insert(0, str(entry["section"]))
    kind = entry.get("kind")
    return _TruthItem(
        sections=sections,
        text=str(entry.get("text") or entry.get("title") or ""),
        kind=kind if isinstance(kind, str) and kind else None,
        flagship=bool(entry.get("flagship", False)),
        optional=bool(entry.get("optional", False)),
        tolerant_merge=bool(entry.get("tolerant_merge", False)),
    )


def _truth_workgroup(entry: Mapping[str, object]) -> TruthWorkgroup:
    return TruthWorkgroup(
        section=str(entry.get("section")),
        name=_str(entry, "name"),
        code=_str(entry, "code") or None,
        parent=_str(entry, "parent"),
        optional=bool(entry.get("optional")),
    )


def load_truth(path: Path) -> Truth:
    """The truth JSON at ``path``; raises ``OSError`` or ``ValueError`` for a bad file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: a truth file holds one JSON object")
    return Truth.of(data)


def _fold(text: str | None) -> str:
    return normalise_title(text or "")


def _similar(one: str, other: str) -> bool:
    if one == other:
        return True
    if not one or not other:
        return False
    shorter, longer = sorted((one, other), key=len)
    if len(shorter) < 0.8 * len(longer):
        return False
    return difflib.SequenceMatcher(None, one, other, autojunk=False).ratio() >= _ITEM_SIMILARITY


def _score_titled(
    expected: list[TruthTitle], found: list[tuple[str, str]], optional: set[str]
) -> TypeScore:
    """Chapters or sections: same number and same folded title."""
    score = TypeScore(expected=len(expected), found=len(found))
    wanted = {(entry.number, _fold(entry.title)): entry for entry in expected}
    seen: set[tuple[str, str]] = set()
    for number, title in found:
        key = (number, _fold(title))
        if key in wanted and key not in seen:
            seen.add(key)
            score.matched += 1
        elif _fold(title) in optional:
            score.found -= 1
        else:
            score.extras.append(f"{number} {title}".strip())
    for key, entry in wanted.items():
        if key not in seen:
            score.misses.append(f"{entry.number} {entry.title}".strip())
    return score


def _item_texts(item: DocItem) -> list[str]:
    return [_fold(item.title), _fold(item.body), _fold(f"{item.title} {item.body}")]


def _score_items(doc: PlanDocument, truth: Truth) -> tuple[TypeScore, TypeScore]:
    """Items (right section, text and kind) and flagships (the items marked as such)."""
    expected = truth.items
    found = _found_items(doc, truth)
    texts = [_item_texts(item) for _number, item in found]
    matches = _match_items(expected, found, texts)  # truth index -> found index
    items, flags = TypeScore(), TypeScore()
    for truth_index, want in enumerate(expected):
        hit = matches.get(truth_index)
        if hit is None and (want.optional or _merged(expected, matches, texts, truth_index)):
            continue
        items.expected += 1
        if want.flagship:
            flags.expected += 1
        if hit is not None:
            items.matched += 1
            if want.flagship and found[hit][1].flagship:
                flags.matched += 1
            elif want.flagship:
                flags.misses.append(want.text[:80])
        else:
            items.misses.append(f"{'/'.join(want.sections)} {want.kind or ''} {want.text[:80]}")
            if want.flagship:
                flags.misses.append(want.text[:80])
    truth_of = {found_index: expected[truth_index] for truth_index, found_index in matches.items()}
    for found_index, (number, item) in enumerate(found):
        items.found += 1
        matched = truth_of.get(found_index)
        if matched is None:
            items.extras.append(f"{number} {item.kind.value} {item.title[:80]}")
        if item.flagship and (matched is None or not matched.flagship):
            flags.extras.append(f"{number} {item.title[:80]}")
    flags.found = sum(1 for _number, item in found if item.flagship)
    return items, flags


def _found_items(doc: PlanDocument, truth: Truth) -> list[tuple[str, DocItem]]:
    """(section number, item) of each item found, but those the truth counts elsewhere (the
    roles of 2013's section 2.2): they are neither right nor wrong."""
    ignored_sections = truth.role_sections
    return [
        (section.number, item)
        for section in doc.iter_sections()
        if section.number not in ignored_sections
        for item in section.items
    ]


def _match_items(
    expected: list[_TruthItem], found: list[tuple[str, DocItem]], texts: list[list[str]]
) -> dict[int, int]:
    """Each item of the truth (its index) matched to the first item found (its index) not
    matched yet in one of its sections, of its kind, with a similar text."""
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for truth_index, want in enumerate(expected):
        target = _fold(want.text)
        for found_index, (number, item) in enumerate(found):
            if (
                found_index in taken
                or (want.sections and number not in want.sections)
                or (want.kind and item.kind.value != want.kind)
            ):
                continue
            if any(_similar(target, text) for text in texts[found_index]):
                matches[truth_index] = found_index
                taken.add(found_index)
                break
    return matches


def _merged(
    expected: list[_TruthItem], matches: dict[int, int], texts: list[list[str]], truth_index: int
) -> bool:
    """Whether an unmatched item of the truth that may rightly be merged into the one before
    (``tolerant_merge``) is so: its text is inside that one's."""
    want = expected[truth_index]
    if not want.tolerant_merge or truth_index == 0:
        return False
    previous = matches.get(truth_index - 1)
    return previous is not None and _fold(want.text)[:40] in texts[previous][1]


# The truth's kinds that bnldesk has no kind of its own for: the tasks listed under "Rol van het
# Secretariaat-Generaal" (the 2013 truth's "role") are that body's standing objectives.
TRUTH_KINDS = {"role": "objective"}


def kind_errors(doc: PlanDocument, truth: Truth) -> tuple[int, list[str]]:
    """How many of the truth's items with a kind were found (right section and text, any
    kind), and those found with another kind ("2.2: objective read as other: Toetsen ...").
    The truth's items and the tasks it lists apart (``roles_2_2``) both count; a truth kind
    bnldesk lacks is compared as :data:`TRUTH_KINDS` maps it."""
    wanted = [
        (want, TRUTH_KINDS.get(want.kind, want.kind))
        for want in [*truth.items, *truth.roles]
        if want.kind
    ]
    found = [
        (section.number, item, _item_texts(item))
        for section in doc.iter_sections()
        for item in section.items
    ]
    taken: set[int] = set()
    compared = 0
    wrong: list[str] = []
    for want, kind in wanted:
        target = _fold(want.text)
        for index, (number, item, texts) in enumerate(found):
            if index in taken or (want.sections and number not in want.sections):
                continue
            if any(_similar(target, text) for text in texts):
                taken.add(index)
                compared += 1
                if item.kind.value != kind:
                    wrong.append(f"{number}: {kind} read as {item.kind.value}: {want.text[:60]}")
                break
    return compared, wrong


def _workgroup_rows(doc: PlanDocument) -> list[tuple[str, DocWorkgroup, DocWorkgroup | None]]:
    rows: list[tuple[str, DocWorkgroup, DocWorkgroup | None]] = []

    def walk(section: DocSection, groups: list[DocWorkgroup], parent: DocWorkgroup | None) -> None:
        for group in groups:
            rows.append((section.number, group, parent))
            walk(section, group.children, group)

    for section in doc.iter_sections():
        walk(section, section.workgroups, None)
    return rows


def _names(group: DocWorkgroup | None) -> set[str]:
    """The folded ways a workgroup's name may be written: with or without its code."""
    if group is None:
        return {""}
    names = {_fold(group.name)}
    if group.code:
        names.add(_fold(f"{group.name} ({group.code})"))
    return names


def _score_workgroups(doc: PlanDocument, truth: Truth) -> TypeScore:
    """A workgroup is right with its code, its section and its parent."""
    expected = truth.workgroups
    rows = _workgroup_rows(doc)
    score = TypeScore()
    taken: set[int] = set()
    for want in expected:
        code = normalise_code(want.code) if want.code else None
        name = _fold(want.name)
        parent = _fold(want.parent)
        hit = None
        for index, (number, group, group_parent) in enumerate(rows):
            if index in taken or number != want.section:
                continue
            if code is not None:
                if not group.code or normalise_code(group.code) != code:
                    continue
            elif group.code or not any(
                n == name or (n.startswith(name) and parent and n.endswith(parent))
                for n in _names(group)
            ):
                # A codeless child may carry its parent's name to tell it from its namesakes.
                continue
            if parent not in _names(group_parent):
                continue
            hit = index
            break
        if hit is None and want.optional:
            continue
        score.expected += 1
        if hit is None:
            where = f" under {want.parent}" if want.parent else ""
            score.misses.append(f"{want.section} {want.name}{where}")
        else:
            taken.add(hit)
            score.matched += 1
    optional_codes = {normalise_code(w.code) for w in expected if w.optional and w.code}
    for index, (number, group, _parent) in enumerate(rows):
        if index in taken:
            continue
        if group.code and normalise_code(group.code) in optional_codes:
            continue
        score.extras.append(f"{number} {group.name} ({group.code or '-'})")
    score.found = len(rows) - sum(
        1
        for index, (_n, group, _p) in enumerate(rows)
        if index not in taken and group.code and normalise_code(group.code) in optional_codes
    )
    return score


def _score_contacts(doc: PlanDocument, truth: Truth) -> TypeScore:
    """Contacts by name; with the truth's e-mail addresses where it gives them."""
    names = truth.contacts
    emails = truth.contact_emails
    score = TypeScore(expected=len(names), found=len(doc.contacts))
    wanted = {_fold(n): n for n in names}
    seen: set[str] = set()
    for contact in doc.contacts:
        key = _fold(contact.name)
        email_ok = key not in emails or (contact.email or "").casefold() == emails[key]
        if key in wanted and key not in seen and email_ok:
            seen.add(key)
            score.matched += 1
        else:
            score.extras.append(f"{contact.name} <{contact.email or ''}>")
    score.misses = [name for key, name in wanted.items() if key not in seen]
    return score


def score_document(doc: PlanDocument, truth: Truth, *, name: str = "") -> DocumentScore:
    """Precision and recall of ``doc`` against ``truth``, per object type."""
    optional_chapters = (
        {_fold(title) for title in OPTIONAL_PROGRAMME_CHAPTERS}
        if truth.kind == "programme"
        else set()
    )
    result = DocumentScore(name or truth.document)
    result.types["chapters"] = _score_titled(
        truth.chapters, [(c.number, c.title) for c in doc.chapters], optional_chapters
    )
    result.types["sections"] = _score_titled(
        truth.sections, [(s.number, s.title) for s in doc.iter_sections()], set()
    )
    result.types["items"], result.types["flagships"] = _score_items(doc, truth)
    result.types["workgroups"] = _score_workgroups(doc, truth)
    result.types["contacts"] = _score_contacts(doc, truth)
    return result


def format_table(scores: list[DocumentScore]) -> str:
    """A plain-text table: one row per document, precision/recall per object type."""
    head = f"{'document':<42}" + "".join(f" {kind:>15}" for kind in OBJECT_TYPES)
    lines = [head, " " * 42 + "".join(f" {'P/R %':>15}" for _ in OBJECT_TYPES)]
    for score in scores:
        cells = []
        for kind in OBJECT_TYPES:
            type_score = score.types[kind]
            if not type_score.expected and not type_score.found:
                cells.append(f" {'-':>15}")
            else:
                cells.append(
                    f" {f'{type_score.precision * 100:.0f}/{type_score.recall * 100:.0f}':>15}"
                )
        lines.append(f"{score.name[:42]:<42}" + "".join(cells))
    return "\n".join(lines)


def format_misses(score: DocumentScore, *, limit: int = 10) -> str:
    """The misses and extras of one document, ``limit`` per type, for a failing test."""
    out: list[str] = [score.name]
    for kind in OBJECT_TYPES:
        type_score = score.types[kind]
        if type_score.misses:
            out.append(
                f"  {kind} missed ({len(type_score.misses)}): "
                + " | ".join(type_score.misses[:limit])
            )
        if type_score.extras:
            out.append(
                f"  {kind} extra ({len(type_score.extras)}): "
                + " | ".join(type_score.extras[:limit])
            )
    return "\n".join(out)
