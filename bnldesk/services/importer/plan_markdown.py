"""Annual plans converted from a designed PDF to Markdown-like text (the 2022 style).

The table of contents ("1.1 Mobiliteit ...<tab>11") gives the skeleton and the nicer titles;
the text gives chapters ("# 1." + "## EEN COMPETITIEVE ..."), sections ("## 1.1 ..."),
sub-sections ("### 2.1.1 ...") and themed blocks as headings, each block one item. A broken-up
"VLAG- GENSCHIP- PROJECT" mark, a heading or plain lines, flags the item that follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

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
    match = _HEADING.match(text)
    if not match:
        return None
    return len(match.group(1)), match.group(2).strip()


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
    people of its contacts chapter. What looks wrong is added to ``warnings``."""
    reader = _MarkdownPlanReader(lines, warnings)
    index = 0
    while index < len(lines):
        index += reader.read(index)
    return reader.finish()


def _numbered_in_text(lines: list[str], skipped: set[int]) -> set[str]:
    """The numbers of the numbered headings or lines with a title ("2.1.1 Politie..."),
    the lines in ``skipped`` (the table of contents) left out."""
    numbers: set[str] = set()
    for position, raw in enumerate(lines):
        if position in skipped:
            continue
        heading = _heading(raw)
        numbered = _NUMBERED.match(strip_markup(heading[1] if heading else raw).strip())
        if numbered and numbered.group("title"):
            numbers.add(numbered.group("number"))
    return numbers


class _MarkdownPlanReader:
    """Reads a plan line by line: :meth:`read` takes the line at an index and says how many
    lines it used, :meth:`finish` closes the last chapter and checks against the contents."""

    def __init__(self, lines: list[str], warnings: list[ImportWarning]) -> None:
        self.lines = lines
        self.warnings = warnings
        self.toc = find_toc(lines)
        # A text without Markdown marks (a designed PDF): headings are known by their capitals.
        self.marked = sum(1 for line in lines if _HEADING.match(line)) >= 2
        entries = self.toc.entries
        self.toc_chapters = {e.number: e for e in entries if e.number and "." not in e.number}
        self.toc_sections = {e.number: e for e in entries if "." in e.number}
        self.by_title = {normalise_title(e.title): e for e in entries if e.number}
        self.numbered_in_text = _numbered_in_text(lines, self.toc.lines)

        self.chapters: list[DocChapter] = []
        self.chapter: DocChapter | None = None
        self.sections: dict[str, DocSection] = {}
        self.section: DocSection | None = None
        self.blocks: list[_Block] = []
        self.chapter_body: list[str] = []
        self.section_body: list[str] = []
        self.pending_flag = False
        # Under a label ("Nieuwe projecten", "Groupes de travail et commissions") the list that
        # follows holds items of that kind or workgroups, until the next heading.
        self.mode: Label | None = None
        # A list right under a section's heading, with no label over it: "list" while its
        # entries are read, "after" once a paragraph has followed it (text of the section);
        # "opened" while the points of a sentence ending in ':' are read (its text).
        self.loose_list: Literal["list", "after", "opened"] | None = None
        self.groups: list[Group] = []
        self.pending_title_for: DocChapter | None = None
        self.contact_lines: list[tuple[int, str]] = []
        self.contacts_chapter: DocChapter | None = None
        self.expected_chapter = 1
        self.section_level: int | None = None

    # ---- one line -----------------------------------------------------------------------

    def read(self, index: int) -> int:
        """Take the line at ``index`` (0-based); returns how many lines it used (at least 1)."""
        raw = self.lines[index]
        line_no = index + 1
        if index in self.toc.lines or not raw.strip():
            return 1
        flag_length = is_flag_mark(self.lines[index : index + 6])
        if flag_length:
            self.pending_flag = True
            return flag_length
        head = _heading(raw) if self.marked else _caps_heading(raw)
        text = head[1] if head else raw.strip()
        plain = clean_title(text)
        numbered = _NUMBERED.match(strip_markup(text).strip())
        if (
            numbered
            and not head
            and not numbered.group("title")
            and "." in raw
            and int(numbered.group("number").split(".")[0]) != self.expected_chapter
        ):
            numbered = None
        if self._starts_chapter(numbered, raw, head, plain) or self._is_chapter_title(head, plain):
            return 1
        if self.chapter is None:
            return 1  # front matter: title page, colophon, foreword, presidency priorities
        if is_contacts_title(self.chapter.title):
            # The contacts chapter: per domain a team head and staff, read as in 2013.
            self.contacts_chapter = self.chapter
            self.contact_lines.append((line_no, _CONTACT_MARKS.sub("", strip_markup(raw))))
            return 1
        if self._starts_section(numbered, head, line_no):
            return 1
        self._section_without_heading(head, plain, line_no)
        self._read_content(raw, line_no, head, plain)
        return 1

    def _starts_chapter(
        self, numbered: re.Match[str] | None, raw: str, head: tuple[int, str] | None, plain: str
    ) -> bool:
        """A chapter starts: "# 1." then a title heading, "# 3. TITLE", a bare "4." line, or
        a heading with the contents' title of the next chapter."""
        if (
            numbered
            and "." not in numbered.group("number")
            and int(numbered.group("number")) == self.expected_chapter
            and (
                head
                or (not numbered.group("title") and raw.strip().endswith("."))  # a bare "4."
                or (
                    numbered.group("number") in self.toc_chapters
                    and normalise_title(numbered.group("title") or "")
                    == normalise_title(self.toc_chapters[numbered.group("number")].title)
                )
            )
        ):
            self._start_chapter(
                numbered.group("number"), clean_title(numbered.group("title") or "")
            )
            self.expected_chapter += 1
            return True
        entry = self.by_title.get(normalise_title(plain)) if head else None
        if entry and "." not in entry.number and int(entry.number) == self.expected_chapter:
            self._start_chapter(entry.number, entry.title)
            self.expected_chapter += 1
            return True
        return False

    def _is_chapter_title(self, head: tuple[int, str] | None, plain: str) -> bool:
        """The line after a bare chapter number is its title ("# 1." then "## EEN ...")."""
        chapter = self.chapter
        if chapter is None or self.pending_title_for is not chapter:
            return False
        self.pending_title_for = None
        entry = self.toc_chapters.get(chapter.number)
        matches_contents = entry is not None and normalise_title(plain) == normalise_title(
            entry.title
        )
        if (
            (head or not self.marked)
            and (not chapter.title or entry is None or matches_contents)
            and (head or matches_contents)
        ):
            if not chapter.title:
                chapter.title = display_case(plain)
            return True
        return False

    def _starts_section(
        self, numbered: re.Match[str] | None, head: tuple[int, str] | None, line_no: int
    ) -> bool:
        """A numbered heading (or a number the contents know) of this chapter opens a section."""
        chapter = self.chapter
        assert chapter is not None
        if not (
            numbered
            and "." in numbered.group("number")
            and numbered.group("title")
            and (head or numbered.group("number") in self.toc_sections)
        ):
            return False
        number = numbered.group("number")
        if number.split(".")[0] != chapter.number:
            return False
        self._flush_section()
        entry = self.toc_sections.get(number)
        title = clean_title(numbered.group("title"))
        self.section = _ensure_section(
            chapter, entry or TocEntry(line_no, number, title), self.sections
        )
        if entry is None:
            self.section.title = display_case(title)
        self.section_level = head[0] if head else None
        return True

    def _section_without_heading(
        self, head: tuple[int, str] | None, plain: str, line_no: int
    ) -> None:
        """A heading as high as the section's own, while the contents' next section has no
        heading in the text: that section is taken to start here (with a warning)."""
        chapter, section = self.chapter, self.section
        if (
            chapter is None
            or not head
            or section is None
            or self.section_level is None
            or head[0] > self.section_level
            or _is_sentence(plain)
        ):
            return
        sibling = _next_sibling(section.number, self.toc_sections)
        if sibling is None or sibling.number in self.numbered_in_text:
            return
        self._flush_section()
        self.section = _ensure_section(chapter, sibling, self.sections)
        self.section_level = None
        self.warnings.append(
            ImportWarning(
                line_no,
                f"section {sibling.number} has no heading in the text; taken to start here",
                plain[:80],
                code="section_without_heading",
                values=(sibling.number,),
            )
        )

    def _read_content(
        self, raw: str, line_no: int, head: tuple[int, str] | None, plain: str
    ) -> None:
        """A label, an entry of a labelled list, an item's heading, or text of what is open."""
        label = label_of(plain) if head or len(plain) <= 70 else None
        if label == "flagship":
            # Marks the heading that follows, or the entries of a list that follows.
            self.pending_flag = True
            self.mode = "flagship"
            return
        if label in _LIST_LABELS:
            self.mode = label
            return
        if head:
            self.mode = None
            self.loose_list = None
        elif self.mode is not None and self.section is not None:
            _add_listed(self.mode, raw, line_no, self.blocks, self.groups)
            if self.mode != "workgroups" and self.pending_flag and self.blocks:
                self.pending_flag = False  # the list under the mark: its entries are flagships
            return
        elif self._loose_list_line(raw, line_no):
            return
        if head and head[0] >= 2 and plain and not _is_sentence(plain):
            self.blocks.append(_Block(line_no, head[0], plain, flagship=self.pending_flag))
            self.pending_flag = False
            return
        content = raw.strip()
        if content.startswith("*") and content.endswith("*") and not content.startswith("**"):
            return  # a pull quote repeats the text next to it
        if head:
            content = plain
        if self.blocks:
            self.blocks[-1].body.append(content)
        elif self.section is not None:
            self.section_body.append(content)
        else:
            self.chapter_body.append(content)

    def _loose_list_line(self, raw: str, line_no: int) -> bool:
        """A line of a list under a section's heading without a label ("## 3.2 ..." then
        "- Project A", "* ...", "1. ..."): its entries are the section's items (kind
        "other", the delegate may set their kind in the review), deeper marks their points,
        and a paragraph after it (a blank line between) the section's text. Under an item's
        own heading a list stays that item's text, and so does a list that a sentence opens
        ("... is belangrijk om:"). True when the line was taken."""
        if self.section is None or (self.blocks and self.blocks[-1].kind is None):
            return False
        bullet = _BULLET.match(raw)
        if self.loose_list in (None, "opened"):
            if bullet is None:
                self.loose_list = None
                return False
            if self.loose_list == "opened" or self._after_colon(line_no):
                self.loose_list = "opened"  # points of the sentence above: its text
                return False
        elif self.loose_list == "after" or (
            bullet is None and not self.lines[line_no - 2].strip() and not raw[:1].isspace()
        ):
            self.loose_list = "after"
            self.section_body.append(raw.strip())
            return True
        self.loose_list = "list"
        _add_listed("other", raw, line_no, self.blocks, self.groups)
        return True

    def _after_colon(self, line_no: int) -> bool:
        """Whether the text above line ``line_no`` (1-based), blank lines aside, ends with ':'."""
        for text in reversed(self.lines[: line_no - 1]):
            if text.strip():
                return text.rstrip().endswith(":")
        return False

    # ---- closing chapters and sections ---------------------------------------------------

    def _flush_section(self) -> None:
        """Hand the items, text and workgroups read since the section began to it."""
        target = self.section
        chapter = self.chapter
        self.mode = None
        if target is None and chapter is not None and self.blocks:
            target = chapter.sections[0] if chapter.sections else None
            if target is not None:
                self.warnings.append(
                    ImportWarning(
                        self.blocks[0].line,
                        f"items of chapter {chapter.number} before any section were placed in "
                        f"{target.number}",
                        self.blocks[0].title[:80],
                        code="chapter_items_before_section",
                        values=(chapter.number, target.number),
                    )
                )
        if target is not None:
            if self.section_body and target is self.section:
                target.body = join_text(
                    [*([target.body] if target.body else []), *self.section_body]
                )
            target.items.extend(_items(self.blocks))
            target.workgroups.extend(build_groups(self.groups, self.warnings))
            mentioned = mentioned_workgroups(
                " ".join([target.body, *(item.body for item in target.items)])
            )
            known = {group.code for group in target.workgroups}
            target.workgroups.extend(group for group in mentioned if group.code not in known)
        self.blocks, self.section_body, self.groups = [], [], []
        self.loose_list = None

    def _flush_chapter(self) -> None:
        self._flush_section()
        if self.chapter is not None and self.chapter_body:
            self.chapter.body = join_text(self.chapter_body)
        self.chapter_body = []

    def _start_chapter(self, number: str, title: str) -> None:
        """Close the open chapter and open chapter ``number`` with the sections the contents
        list for it; the contents' title wins over ``title``."""
        self._flush_chapter()
        entry = self.toc_chapters.get(number)
        chosen = entry.title if entry else title
        chapter = DocChapter(
            number=number, title=display_case(clean_title(chosen)) if chosen else ""
        )
        self.chapter = chapter
        self.chapters.append(chapter)
        self.section = None
        # "# 1." is followed by the title as its own heading: that heading is not an item.
        self.pending_title_for = chapter if not title else None
        for sub in sorted(
            (e for e in self.toc_sections.values() if e.number.split(".")[0] == number),
            key=lambda e: [int(part) for part in e.number.split(".")],
        ):
            _ensure_section(chapter, sub, self.sections)

    # ---- the end of the text ------------------------------------------------------------

    def finish(self) -> ParsedPlan:
        """The chapters read, after warnings for what the contents list and the text lacks,
        and the contacts of a contacts chapter."""
        self._flush_chapter()
        if self.pending_flag:
            self.warnings.append(
                ImportWarning(
                    len(self.lines),
                    "a flagship mark at the end of the text marks nothing",
                    code="flagship_mark_at_end",
                )
            )
        self._warn_missing_sections()
        sections_found = [section for chapter in self.chapters for section in chapter.sections]
        contact_lines = self.contact_lines
        contacts = (
            parse_contacts(contact_lines, sections_found, self.warnings) if contact_lines else []
        )
        if self.contacts_chapter is not None and not contacts:
            # A chapter about contacts of another kind ("Contacten met de buren"): its text.
            self.contacts_chapter.body = join_text([text for _line, text in contact_lines])
        return ParsedPlan(self.chapters, contacts)

    def _warn_missing_sections(self) -> None:
        """A warning for each section of the contents that the text left empty."""
        stray: list[tuple[int, str]] = []
        for number, entry in self.toc_sections.items():
            section = self.sections.get(number)
            if (
                section is not None
                and not section.items
                and not section.body
                and not section.children
            ):
                stray.append((entry.line + 1, number))
        # A few contents entries without a heading happen (a designed page); many mean the text
        # was not read as its contents announce.
        doubtful = len(stray) > max(1, len(self.toc_sections) // 4)
        for line_no, number in stray:
            self.warnings.append(
                ImportWarning(
                    line_no,
                    f"section {number} is in the table of contents but not in the text",
                    doubt=doubtful,
                    code="section_not_in_text",
                    values=(number,),
                )
            )


# Heading marks and list marks before a line of the contacts chapter.
_CONTACT_MARKS = re.compile(r"^\s*(?:#{1,6}|[-*+•])\s+")


_LIST_LABELS: tuple[Label, ...] = ("objective", "ongoing", "new", "workgroups")
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*+•–]|\d{1,2}[.)])\s+(?P<text>\S.*)$")


def _add_listed(
    mode: Label | Literal["other"],
    raw: str,
    line_no: int,
    blocks: list[_Block],
    groups: list[Group],
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
