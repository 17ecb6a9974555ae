"""Annual plans converted from a designed PDF to Markdown-like text (the 2022 style).

The table of contents ("1.1 Mobiliteit ...<tab>11") gives the skeleton and the nicer titles;
the text gives chapters ("# 1." + "## EEN COMPETITIEVE ..."), sections ("## 1.1 ..."),
sub-sections ("### 2.1.1 ...") and themed blocks as headings, each block one item. A broken-up
"VLAG- GENSCHIP- PROJECT" mark, a heading or plain lines, flags the item that follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bnldesk.domain.document import DocChapter, DocItem, DocSection, ImportWarning
from bnldesk.domain.identity import normalise_title
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer.cleaning import clean_title, display_case, join_text, strip_markup
from bnldesk.services.importer.contacts import parse_contacts
from bnldesk.services.importer.contents import TocEntry, find_toc
from bnldesk.services.importer.plan_numbered import (
    Group,
    ParsedPlan,
    build_groups,
    is_contacts_title,
    item_title,
)
from bnldesk.services.importer.vocabulary import ITEM_KINDS, Label, compact, label_of
from bnldesk.services.importer.workgroups import mentioned_workgroups

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
_TOC_ENTRY = re.compile(
    r"^\s*(?P<title>\S.*?\S)\s*(?:\t+|\s{2,}|\s(?=\d{1,3}\s*$))\s*(?P<page>\d{1,3})\s*$"
)
_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})\.?(?:\s+(?P<title>\S.*))?$")


def is_flag_mark(texts: list[str]) -> int:
    """How many of ``texts`` (from the current line on) form a flagship mark broken over
    two or three short lines ("VLAG-" / "GENSCHIP-" / "PROJECT", "PRO-" / "JET PHARE"), blank
    lines between them allowed; 0 if none. A mark on one line is a label (see vocabulary)."""
    pieces: list[tuple[int, str]] = []  # (lines used so far, the piece)
    for count, text in enumerate(texts[:6], start=1):
        if not text.strip():
            if pieces:
                continue
            return 0
        plain = strip_markup(text).strip().lstrip("#").strip()
        if not plain or len(plain) > 24:
            break
        pieces.append((count, compact(plain)))
        if len(pieces) == 3:
            break
    # The longest run of pieces that reads as the mark ("VLAG-"+"GENSCHIP-"+"PROJECT").
    for size in range(len(pieces), 1, -1):
        if label_of("".join(piece for _c, piece in pieces[:size])) == "flagship":
            return pieces[size - 1][0]
    return 0


@dataclass
class _Block:
    line: int
    level: int
    title: str
    body: list[str] = field(default_factory=list)
    flagship: bool = False
    theme: str = ""
    kind: ItemKind | None = None  # set for an entry of a labelled list ("Voortgangsprojecten")


def _heading(text: str) -> tuple[int, str] | None:
    m = _HEADING.match(text)
    if not m:
        return None
    return len(m.group(1)), m.group(2).strip()


_CAPS_WORD = re.compile(r"^[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’&+/-]*$")


def _caps_heading(text: str) -> tuple[int, str] | None:
    """A heading of a text without Markdown marks: "DUURZAME MOBILITEIT roadmap ...", "VUURWERK"."""
    text = text.strip()
    if not text or len(text) > 130 or text.endswith((".", ";", ",")) or text.startswith(("-", "–")):
        return None
    words = text.split()
    caps = 0
    for word in words:
        core = word.strip("(),:;“”\"'")
        if not core or not _CAPS_WORD.match(core):
            break
        caps += 1
    letters = sum(ch.isalpha() for ch in " ".join(words[:caps]))
    if caps == 0 or letters < 3:
        return None
    if caps == len(words) or caps >= 2 or letters >= 5:
        return 3, text
    return None


def parse_markdown_plan(lines: list[str], warnings: list[ImportWarning]) -> ParsedPlan:
    """Chapters, sections and items of a plan whose headings carry its structure, and the
    people of its contacts chapter."""
    toc = find_toc(lines)
    # A text without Markdown marks (a designed PDF): headings are recognised by their capitals.
    marked = sum(1 for line in lines if _HEADING.match(line)) >= 2
    toc_chapters = {e.number: e for e in toc.entries if e.number and "." not in e.number}
    toc_sections = {e.number: e for e in toc.entries if "." in e.number}
    by_title = {normalise_title(e.title): e for e in toc.entries if e.number}

    chapters: list[DocChapter] = []
    chapter: DocChapter | None = None
    sections: dict[str, DocSection] = {}
    section: DocSection | None = None
    blocks: list[_Block] = []
    chapter_body: list[str] = []
    section_body: list[str] = []
    pending_flag = False
    # Under a label ("Nieuwe projecten", "Groupes de travail et commissions") the list that
    # follows holds items of that kind or workgroups, until the next heading.
    mode: Label | None = None
    groups: list[Group] = []
    pending_title_for: DocChapter | None = None
    stray: list[tuple[int, str]] = []
    contact_lines: list[tuple[int, str]] = []
    contacts_chapter: DocChapter | None = None

    def flush_section() -> None:
        nonlocal blocks, section_body, groups, mode
        target = section
        mode = None
        if target is None and chapter is not None and blocks:
            target = _first_section(chapter, toc_sections, sections)
            if target is not None:
                warnings.append(
                    ImportWarning(
                        blocks[0].line,
                        f"items of chapter {chapter.number} before any section were placed in "
                        f"{target.number}",
                        blocks[0].title[:80],
                    )
                )
        if target is not None:
            if section_body and target is section:
                target.body = join_text([*([target.body] if target.body else []), *section_body])
            target.items.extend(_items(blocks))
            target.workgroups.extend(build_groups(groups, warnings))
            mentioned = mentioned_workgroups(
                " ".join([target.body, *(i.body for i in target.items)])
            )
            known = {g.code for g in target.workgroups}
            target.workgroups.extend(g for g in mentioned if g.code not in known)
        blocks, section_body, groups = [], [], []

    def flush_chapter() -> None:
        nonlocal chapter_body
        flush_section()
        if chapter is not None and chapter_body:
            chapter.body = join_text(chapter_body)
        chapter_body = []

    def start_chapter(number: str, title: str, line: int) -> DocChapter:
        nonlocal chapter, section, pending_title_for
        flush_chapter()
        entry = toc_chapters.get(number)
        chosen = entry.title if entry else title
        chapter = DocChapter(
            number=number, title=display_case(clean_title(chosen)) if chosen else ""
        )
        chapters.append(chapter)
        section = None
        # "# 1." is followed by the title as its own heading: that heading is not an item.
        pending_title_for = chapter if not title else None
        for sub in sorted(
            (e for e in toc_sections.values() if e.number.split(".")[0] == number),
            key=lambda e: [int(p) for p in e.number.split(".")],
        ):
            _ensure_section(chapter, sub, sections)
        return chapter

    index = 0
    n = len(lines)
    expected_chapter = 1
    section_level: int | None = None
    numbered_in_text: set[str] = set()
    for position, raw in enumerate(lines):
        if position in toc.lines:
            continue
        head_match = _heading(raw)
        mm = _NUMBERED.match(strip_markup(head_match[1] if head_match else raw).strip())
        if mm and mm.group("title"):
            numbered_in_text.add(mm.group("number"))
    while index < n:
        raw = lines[index]
        line_no = index + 1
        if index in toc.lines or not raw.strip():
            index += 1
            continue
        flag_len = is_flag_mark([lines[j] for j in range(index, min(n, index + 6))])
        if flag_len:
            pending_flag = True
            index += flag_len
            continue
        head = _heading(raw) if marked else _caps_heading(raw)
        text = head[1] if head else raw.strip()
        plain = clean_title(text)
        m = _NUMBERED.match(strip_markup(text).strip())
        if (
            m
            and not head
            and not m.group("title")
            and "." in raw
            and int(m.group("number").split(".")[0]) != expected_chapter
        ):
            m = None
        # Chapters: "# 1." then a title heading, "# 3. TITLE", a bare "4." line, or the TOC title.
        if (
            m
            and "." not in m.group("number")
            and int(m.group("number")) == expected_chapter
            and (
                head
                or (not m.group("title") and raw.strip().endswith("."))  # a bare "4." line
                or (
                    m.group("number") in toc_chapters
                    and normalise_title(m.group("title") or "")
                    == normalise_title(toc_chapters[m.group("number")].title)
                )
            )
        ):
            start_chapter(m.group("number"), clean_title(m.group("title") or ""), line_no)
            expected_chapter += 1
            index += 1
            continue
        entry = by_title.get(normalise_title(plain)) if head else None
        if entry and "." not in entry.number and int(entry.number) == expected_chapter:
            start_chapter(entry.number, entry.title, line_no)
            expected_chapter += 1
            index += 1
            continue
        if chapter is not None and pending_title_for is chapter:
            pending_title_for = None
            entry = toc_chapters.get(chapter.number)
            if (
                (head or not marked)
                and (
                    not chapter.title
                    or entry is None
                    or normalise_title(plain) == normalise_title(entry.title)
                )
                and (
                    head
                    or (
                        entry is not None and normalise_title(plain) == normalise_title(entry.title)
                    )
                )
            ):
                if not chapter.title:
                    chapter.title = display_case(plain)
                index += 1
                continue
        if chapter is None:
            index += 1  # front matter: title page, colophon, foreword, presidency priorities
            continue
        if is_contacts_title(chapter.title):
            # The contacts chapter: per domain a team head and staff, read as in 2013.
            contacts_chapter = chapter
            contact_lines.append((line_no, _CONTACT_MARKS.sub("", strip_markup(raw))))
            index += 1
            continue
        if (
            m
            and "." in m.group("number")
            and m.group("title")
            and (head or m.group("number") in toc_sections)
        ):
            number = m.group("number")
            if number.split(".")[0] == chapter.number:
                flush_section()
                entry = toc_sections.get(number)
                section = _ensure_section(
                    chapter,
                    entry or TocEntry(line_no, number, clean_title(m.group("title"))),
                    sections,
                )
                if entry is None:
                    section.title = display_case(clean_title(m.group("title")))
                section_level = head[0] if head else None
                index += 1
                continue
        if (
            head
            and section is not None
            and section_level is not None
            and head[0] <= section_level
            and not _is_sentence(plain)
        ):
            sibling = _next_sibling(section.number, toc_sections)
            if sibling is not None and sibling.number not in numbered_in_text:
                flush_section()
                section = _ensure_section(chapter, sibling, sections)
                section_level = None
                warnings.append(
                    ImportWarning(
                        line_no,
                        f"section {sibling.number} has no heading in the text; taken to start here",
                        plain[:80],
                    )
                )
        label = label_of(plain) if head or len(plain) <= 70 else None
        if label == "flagship":
            # Marks the heading that follows, or the entries of a list that follows.
            pending_flag = True
            mode = "flagship"
            index += 1
            continue
        if label in _LIST_LABELS:
            mode = label
            index += 1
            continue
        if head:
            mode = None
        elif mode is not None and section is not None:
            _add_listed(mode, raw, line_no, blocks, groups)
            if mode != "workgroups" and pending_flag and blocks:
                pending_flag = False  # the list under the mark: its entries are flagships
            index += 1
            continue
        if head and head[0] >= 2 and plain and not _is_sentence(plain):
            block = _Block(line_no, head[0], plain, flagship=pending_flag)
            pending_flag = False
            blocks.append(block)
            index += 1
            continue
        content = raw.strip()
        if content.startswith("*") and content.endswith("*") and not content.startswith("**"):
            index += 1  # a pull quote repeats the text next to it
            continue
        if head:
            content = plain
        if blocks:
            blocks[-1].body.append(content)
        elif section is not None:
            section_body.append(content)
        else:
            chapter_body.append(content)
        index += 1
    flush_chapter()
    if pending_flag:
        warnings.append(ImportWarning(n, "a flagship mark at the end of the text marks nothing"))
    for number, entry in toc_sections.items():
        sec = sections.get(number)
        if sec is not None and not sec.items and not sec.body and not sec.children:
            stray.append((entry.line + 1, number))
    # A few contents entries without a heading happen (a designed page); many mean the text
    # was not read as its contents announce.
    doubtful = len(stray) > max(1, len(toc_sections) // 4)
    for line_no, number in stray:
        warnings.append(
            ImportWarning(
                line_no,
                f"section {number} is in the table of contents but not in the text",
                doubt=doubtful,
            )
        )
    sections_found = [s for c in chapters for s in c.sections]
    contacts = parse_contacts(contact_lines, sections_found, warnings) if contact_lines else []
    if contacts_chapter is not None and not contacts:
        # A chapter about contacts of another kind ("Contacten met de buren"): its text.
        contacts_chapter.body = join_text([text for _line, text in contact_lines])
    return ParsedPlan(chapters, contacts)


# Heading marks and list marks before a line of the contacts chapter.
_CONTACT_MARKS = re.compile(r"^\s*(?:#{1,6}|[-*+•])\s+")


_LIST_LABELS: tuple[Label, ...] = ("objective", "ongoing", "new", "workgroups")
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*+•–]|\d{1,2}[.)])\s+(?P<text>\S.*)$")


def _add_listed(
    mode: Label, raw: str, line_no: int, blocks: list[_Block], groups: list[Group]
) -> None:
    """One line of a labelled list: an entry ("- ..."), a sub-point (indented) or more text."""
    bullet = _BULLET.match(raw)
    text = strip_markup(bullet.group("text") if bullet else raw).strip()
    nested = bool(bullet) and len(bullet.group("indent").expandtabs(4)) >= 2 if bullet else False
    if mode == "workgroups":
        groups.append(Group(line_no, text, nested))
        return
    listed = [b for b in blocks if b.kind is not None]
    if (bullet and not nested) or not listed or listed[-1] is not blocks[-1]:
        blocks.append(
            _Block(
                line_no,
                99,
                text,
                kind=ITEM_KINDS[mode],
                body=[text],
                flagship=mode == "flagship",
            )
        )
    else:
        blocks[-1].body.append(f"- {text}" if nested else text)


def _next_sibling(number: str, toc_sections: dict[str, TocEntry]) -> TocEntry | None:
    head, _, last = number.rpartition(".")
    return toc_sections.get(f"{head}.{int(last) + 1}") if last.isdigit() else None


def _is_sentence(text: str) -> bool:
    return len(text) > 90 and text.rstrip().endswith((".", ";"))


def _ensure_section(
    chapter: DocChapter, entry: TocEntry, sections: dict[str, DocSection]
) -> DocSection:
    existing = sections.get(entry.number)
    if existing is not None:
        return existing
    section = DocSection(number=entry.number, title=display_case(entry.title))
    sections[entry.number] = section
    parent_number = entry.number.rsplit(".", 1)[0]
    parent = sections.get(parent_number) if parent_number.count(".") >= 1 else None
    if parent is not None:
        parent.children.append(section)
    else:
        chapter.sections.append(section)
    return section


def _first_section(
    chapter: DocChapter, toc_sections: dict[str, TocEntry], sections: dict[str, DocSection]
) -> DocSection | None:
    return chapter.sections[0] if chapter.sections else None


def _items(blocks: list[_Block]) -> list[DocItem]:
    """Each heading with text is an item; a heading without text is the theme of those below it."""
    items: list[DocItem] = []
    themes: list[_Block] = []
    for position, block in enumerate(blocks):
        if block.kind is not None:
            body = join_text(block.body)
            kind = ItemKind.FLAGSHIP if block.flagship else block.kind
            items.append(
                DocItem(kind=kind, title=item_title(body), body=body, flagship=block.flagship)
            )
            continue
        while themes and themes[-1].level >= block.level:
            themes.pop()
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        body = join_text(block.body)
        if (
            not body
            and following is not None
            and following.level > block.level
            and not block.flagship
        ):
            # A heading with no text over deeper headings names a theme; printed in capitals it
            # is also a project of its own ("KUSTVAART" over "inspecties wegvervoer ...").
            themes.append(block)
            if not _is_caps_heading(block.title):
                continue
        theme = _item_title(themes[-1].title) if themes else ""
        items.append(
            DocItem(
                kind=ItemKind.FLAGSHIP if block.flagship else ItemKind.OTHER,
                title=_capitalise(_item_title(block.title)),
                body=body,
                flagship=block.flagship,
                theme=theme,
            )
        )
        if body and following is not None and following.level >= 4 > block.level:
            themes.append(block)
    return items


def _is_caps_heading(title: str) -> bool:
    """A themed heading: it opens with a word in capitals ("KUSTVAART", "BEVORDEREN VAN ...")."""
    first = strip_markup(title).split(" ", 1)[0]
    letters = [ch for ch in first if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _item_title(title: str) -> str:
    """ "DUURZAME MOBILITEIT roadmap fietsstimulering" -> "Duurzame mobiliteit roadmap fietsstimulering".

    Themed headings print their first words in capitals; those words are put in sentence case
    and the rest of the heading is kept as written.
    """
    title = title.rstrip(":").strip()
    words = title.split(" ")
    caps: list[str] = []
    for word in words:
        if any(ch.islower() for ch in word):
            break
        caps.append(word)
    if not caps or len(caps) == len(words):
        return display_case(title)
    head = " ".join(caps)
    if sum(ch.isalpha() for ch in head) < 4:
        return title
    rest = " ".join(words[len(caps) :])
    return f"{display_case(head)} {rest}"
