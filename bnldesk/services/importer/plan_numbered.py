"""Annual plans laid out as numbered plain text (the 2013 style).

Chapters "3. Interne markt en economische unie", sections "3.1. Energiebeleid", and in each
section the blocks "Algemene doelstelling(en)", "Voortgangsproject(en)", "Nieuw(e) project(en)
2013" and "Werkgroep(en) en commissie(s)". Items start on a line with a (lost) bullet, which
survives as leading white space; "- " and "o " lines are sub-points of the item above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocItem,
    DocSection,
    DocWorkgroup,
    ImportWarning,
)
from bnldesk.services.importer.cleaning import (
    clean_title,
    display_case,
    join_text,
    split_lost_spaces,
)
from bnldesk.services.importer.contacts import parse_contacts
from bnldesk.services.importer.contents import Toc, find_toc
from bnldesk.services.importer.vocabulary import ITEM_KINDS, label_of
from bnldesk.services.importer.workgroups import parse_workgroup

# "3. Interne markt", "3.1. Energiebeleid"; with Markdown's marks when the blocks of a
# styled document were written as Markdown ("## 3. Interne markt").
_CHAPTER = re.compile(r"^\s*(?:#{1,6}\s*)?(\d{1,2})\.?\s+(\S.{1,100})$")
_SECTION = re.compile(r"^\s*(?:#{1,6}\s*)?(\d{1,2})\.(\d{1,2})\.?\s+(\S.{1,160})$")
_SECOND_PART = re.compile(r"^\s*gemeenschappelijk\s+werkprogramma\b", re.I)
_CONTACTS_TITLE = re.compile(r"contact", re.I)  # Dutch, French and English alike
_SUB_POINT = re.compile(r"^\s*(-|–|o\s|\d+\)|[a-z]\))")


@dataclass
class _Item:
    kind: str
    lines: list[str] = field(default_factory=list)
    colon: bool = False  # a line ended with ':' - a list of points follows
    mode: str | None = None  # how that list is laid out: "bullets" or "dashes"
    after_dash: bool = False


@dataclass
class Group:
    """One line of a workgroup list; ``child`` when it is indented under the one before."""

    line: int
    text: str
    child: bool


@dataclass
class ParsedPlan:
    """What a plan parser read: the chapters, the contacts chapter's people, and the line
    where a second, separate part of the file begins (None if none)."""

    chapters: list[DocChapter]
    contacts: list[DocContact]
    end_line: int | None = None


def is_contacts_title(title: str) -> bool:
    """Whether a chapter's title names the contacts chapter (in Dutch, French or English)."""
    return bool(_CONTACTS_TITLE.search(title))


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _block_of(text: str) -> str | None:
    """The block a label line opens (objective, ongoing, new, workgroups, intro), or None."""
    label = label_of(text)
    if label == "flagship":
        return "flagship"
    return label if label in ("objective", "ongoing", "new", "workgroups", "intro") else None


def _looks_like_heading(line: str) -> bool:
    """A numbered line that reads as a heading: "4. Title", short, no sentence end."""
    text = line.strip()
    return bool(re.match(r"^\d{1,2}(\.\d{1,2})?\.?\s+\S", text)) and (
        len(text) <= 90 and not text.endswith((".", ";", ","))
    )


def _plausible_title(title: str) -> bool:
    title = title.strip()
    return (
        bool(title)
        and (title[0].isupper() or title[0] == "(")
        and not title.endswith((";", ",", ":"))
        and len(title.split()) <= 16
    )


def item_title(text: str) -> str:
    """A short title for an item whose text is a sentence: up to the first ';' or ':'."""
    first = re.split(r"(?<=[;:])\s|\s-\s|\n", text, maxsplit=1)[0]
    first = first.strip().rstrip(";:,.").strip()
    if len(first) > 180:
        cut = first[:180].rsplit(" ", 1)[0]
        first = cut.rstrip(",;: ") + " …"
    return first


def parse_numbered_plan(lines: list[str], warnings: list[ImportWarning]) -> ParsedPlan:
    chapters: list[DocChapter] = []
    contacts_lines: list[tuple[int, str]] = []
    chapter: DocChapter | None = None
    section: DocSection | None = None
    block: str | None = None
    items: list[_Item] = []
    groups: list[Group] = []
    body: list[str] = []
    in_contacts = False
    end_line: int | None = None

    def flush() -> None:
        nonlocal items, groups, body
        text = join_text(body)
        if section is not None:
            section.body = text
            for it in items:
                content = join_text(it.lines)
                if content:
                    section.items.append(
                        DocItem(
                            kind=ITEM_KINDS[it.kind],
                            title=item_title(content),
                            body=content,
                            flagship=it.kind == "flagship",
                        )
                    )
            section.workgroups = build_groups(groups, warnings)
        elif chapter is not None and text:
            chapter.body = text
        items, groups, body = [], [], []

    skip_line = -1
    lines = marked_lists(lines)
    toc = find_toc(lines)
    for index, line in enumerate(lines):
        number = index + 1
        if index == skip_line or index in toc.lines:
            continue
        if not line.strip():
            if block is None and body:
                body.append("")
            continue
        if chapters and in_contacts and _SECOND_PART.match(line):
            end_line = number
            break
        m = _SECTION.match(line)
        if m and chapter is not None and m.group(1) == chapter.number:
            expected = len(chapter.sections) + 1
            if int(m.group(2)) == expected and _plausible_title(m.group(3)):
                flush()
                section = DocSection(
                    number=f"{m.group(1)}.{m.group(2)}",
                    title=display_case(clean_title(m.group(3))),
                )
                chapter.sections.append(section)
                block = None
                continue
            if expected < int(m.group(2)) <= expected + 2 and _looks_like_heading(line):
                warnings.append(
                    ImportWarning(
                        number,
                        f"a heading numbered {m.group(1)}.{m.group(2)} where "
                        f"{m.group(1)}.{expected} was expected: read as text",
                        line.strip()[:80],
                        doubt=True,
                    )
                )
        m = _CHAPTER.match(line)
        if m and not _SECTION.match(line):
            expected = int(chapters[-1].number) + 1 if chapters else 1
            title = m.group(2).strip()
            if title.endswith((":", ",")) and _is_caps(title):
                # A title in capitals wrapped over two lines ("... EN JAARPLAN:" / "INSTRUMENTEN").
                nxt = next((t for t in lines[index + 1 : index + 3] if t.strip()), "")
                if _is_caps(nxt) and len(nxt.strip()) <= 80:
                    title = f"{title} {nxt.strip()}"
                    skip_line = lines.index(nxt, index + 1)
            if int(m.group(1)) == expected and _plausible_title(title):
                flush()
                chapter = DocChapter(number=m.group(1), title=display_case(clean_title(title)))
                chapters.append(chapter)
                section = None
                block = None
                in_contacts = is_contacts_title(m.group(2))
                continue
            if (
                chapters
                and expected < int(m.group(1)) <= expected + 2
                and _plausible_title(title)
                and _looks_like_heading(line)
            ):
                warnings.append(
                    ImportWarning(
                        number,
                        f"a heading numbered {m.group(1)} where chapter {expected} was expected: "
                        "read as text",
                        line.strip()[:80],
                        doubt=True,
                    )
                )
        if chapter is None:
            if not any(w.message.startswith("text before the first chapter") for w in warnings):
                warnings.append(
                    ImportWarning(
                        number, "text before the first chapter skipped", line.strip()[:80]
                    )
                )
            continue
        if in_contacts:
            contacts_lines.append((number, line))
            continue
        kind = _block_of(line)
        if kind is not None:
            block = None if kind == "intro" else kind
            continue
        if section is None or block is None:
            if section is not None and block is None and line[:1].isspace():
                # A list in a section without any label: its entries are projects all the
                # same (kind "other"); the delegate can set their kind in the review.
                block = "other"
            else:
                body.append(line)
                continue
        if block == "workgroups":
            stripped = line.strip()
            if stripped in {"-", "–"}:
                continue
            is_child = bool(re.match(r"^\s*[-–]\s*", line))
            starts = line[:1].isspace() or is_child
            if starts or not groups:
                groups.append(Group(number, stripped, is_child))
            else:
                groups[-1].text = f"{groups[-1].text} {stripped}"
            continue
        is_dash = bool(_SUB_POINT.match(line))
        starts_item = line[:1].isspace() and not is_dash
        same_block = bool(items) and items[-1].kind == block
        if same_block:
            current = items[-1]
            if current.colon and current.mode is None:
                # A list follows "... rond:": dashes are its points (bullets are items).
                current.mode = "dashes" if is_dash else "bullets" if starts_item else None
            # After a dashed sub-point, an indented line still belongs to it unless the point
            # ended its sentence (";" or "."): then the next bullet of the list begins.
            if (
                starts_item
                and current.mode == "dashes"
                and current.after_dash
                and not current.lines[-1].rstrip().endswith((";", "."))
            ):
                starts_item = False
        if starts_item or not same_block:
            if not line.strip().lstrip("-– ").strip():
                continue
            items.append(_Item(block, [line.strip()]))
        else:
            items[-1].lines.append(line.strip())
        last = items[-1]
        last.after_dash = is_dash
        if line.rstrip().endswith(":") and last.mode is None:
            last.colon = True
    flush()

    sections = [s for ch in chapters for s in ch.sections]
    contacts = parse_contacts(contacts_lines, sections, warnings) if contacts_lines else []
    _check_against_contents(toc, chapters, warnings)
    return ParsedPlan(chapters=chapters, contacts=contacts, end_line=end_line)


_MARK = re.compile(r"^(?P<indent>[ \t]*)(?:[-–*+]|\d{1,2}[.)]|[a-z][.)])[ \t]+(?P<text>\S.*)$")
_BARE_ENTRY = re.compile(r"^[ \t]+[^\s\-–*+]")
_HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s*)?\d{1,2}(\.\d{1,2})*\.?\s+\S")


def marked_lists(lines: list[str]) -> list[str]:
    """Lists whose entries carry their marks ("- ", "* ", "+ ", "1. ", "a) ") written the way
    this parser reads lists (the 2013 text, whose bullets were lost): an entry starts with a
    blank, a sub-point with "- ". The least indented marks of a labelled list are its
    entries, deeper ones their sub-points. A list written the 2013 way (entries starting
    with a blank, "- " for sub-points) is left as it is. Line numbers do not change."""
    out = list(lines)
    start: int | None = None
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        ends = index == len(lines) or label_of(line) is not None
        if (
            start is not None
            and not ends
            and _HEADING_LINE.match(line)
            and _is_heading_after(lines, index)
        ):
            ends = True
        if ends:
            if start is not None:
                _mark_block(out, start, index)
            start = index + 1 if index < len(lines) and label_of(line) is not None else None
    return out


def _is_heading_after(lines: list[str], index: int) -> bool:
    """A numbered line in a list is a heading unless it runs on from the entry above (no
    empty line between) or reads as a sentence."""
    line = lines[index].strip()
    follows_entry = index > 0 and bool(lines[index - 1].strip())
    return not follows_entry and _looks_like_heading(line) and not line.endswith(":")


def _mark_block(out: list[str], start: int, end: int) -> None:
    marked = [(i, _MARK.match(out[i])) for i in range(start, end) if out[i].strip()]
    if not marked or marked[0][1] is None:
        return  # the list's first line has no mark: the 2013 way, or running text
    if any(_BARE_ENTRY.match(out[i]) and match is None for i, match in marked):
        return
    depth = min(len(m.group("indent").expandtabs(4)) for _i, m in marked if m is not None)
    for i, match in marked:
        if match is None:
            continue
        deeper = len(match.group("indent").expandtabs(4)) > depth
        out[i] = (" - " if deeper else " ") + match.group("text")


def _check_against_contents(
    toc: Toc, chapters: list[DocChapter], warnings: list[ImportWarning]
) -> None:
    """Contents entries with a number but no heading in the text: warnings, doubts if many."""
    numbered = [e for e in toc.entries if e.number]
    if not numbered:
        return
    found = {c.number for c in chapters} | {s.number for c in chapters for s in c.sections}
    missing = [e for e in numbered if e.number.strip(".") not in found]
    doubtful = len(missing) > max(1, len(numbered) // 4)
    for entry in missing:
        warnings.append(
            ImportWarning(
                entry.line + 1,
                f"{entry.number} is in the table of contents but not in the text",
                entry.title[:80],
                doubt=doubtful,
            )
        )


_COLUMN_WORDS = {
    "naam", "name", "nom", "code", "afkorting", "acronyme", "abbreviation", "werkgroep",
    "werkgroepen", "groupe", "groupes", "workgroup", "commissie", "comité", "omschrijving",
    "description", "titel", "titre", "title", "intitulé",
}  # fmt: skip


def _is_column_heading(text: str) -> bool:
    """A table's heading row read as an entry: only column names ("Naam – Code")."""
    words = [w.strip(".:()").casefold() for w in re.split(r"[\s–—|/-]+", text) if w.strip()]
    return bool(words) and len(words) <= 4 and all(w in _COLUMN_WORDS for w in words)


def build_groups(groups: list[Group], warnings: list[ImportWarning]) -> list[DocWorkgroup]:
    """Workgroups from the lines of a list, children nested under the entry above them."""
    out: list[DocWorkgroup] = []
    parent: DocWorkgroup | None = None
    for g in groups:
        text = split_lost_spaces(g.text.lstrip("-– ").strip())
        if not text:
            continue
        if _is_column_heading(text):
            continue  # "Naam – Code": the heading row of a table of workgroups
        parsed = parse_workgroup(text)
        if not parsed:
            warnings.append(ImportWarning(g.line, "unrecognised workgroup line", g.text[:80]))
            continue
        if g.child and parent is not None:
            for child in parsed:
                if not child.code:
                    # "ministerieeloverleg" exists under several fora: name it with its parent.
                    child.name = f"{child.name} – {parent.name}"
            parent.children.extend(parsed)
        else:
            out.extend(parsed)
            parent = parsed[-1]
    return out
