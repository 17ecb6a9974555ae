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


# Words a phrase cannot end with (Dutch, French, English prepositions, articles, conjunctions):
# a title cut after one of them ("... op het vlak van:") has lost the words it leads to.
_OPEN_ENDINGS = frozenset({
    "aan", "als", "bij", "binnen", "betreffende", "buiten", "de", "dat", "die", "door", "een",
    "en", "het", "in", "inzake", "langs", "met", "na", "naar", "of", "om", "omtrent", "onder",
    "op", "over", "per", "rond", "te", "tegen", "tot", "tussen", "uit", "van", "via", "volgens",
    "voor", "zoals", "zonder",
    "à", "au", "aux", "avec", "chez", "concernant", "contre", "dans", "des", "du", "entre", "et",
    "la", "le", "les", "par", "pour", "que", "selon", "sous", "sur", "un", "une", "vers",
    "a", "about", "an", "and", "as", "between", "by", "for", "from", "into", "on", "or",
    "regarding", "such", "the", "to", "with",
})  # fmt: skip
_TITLE_CUT = re.compile(r"(?<=[;:])\s|\s-\s|\n")
_TITLE_LIMIT = 180  # characters, the ellipsis aside


def item_title(text: str) -> str:
    """A short title for an item whose text is a sentence: up to the first ';' or ':' (or
    " - " or line break), cut at a word before 180 characters with " …".

    A lead-in that ends open ("Initiëren van de samenwerking op het vlak van:") keeps the
    first point of the list it opens ("... op het vlak van: energietransitie, hernieuwbare
    energie"), as its phrase goes on there."""
    parts = _TITLE_CUT.split(text, maxsplit=2)
    first = parts[0].strip().rstrip(";:,.").strip()
    following = _title_part(parts[1]) if len(parts) > 1 else ""
    if following and _ends_open(first):
        separator = ":" if parts[0].rstrip().endswith(":") else ""
        first = f"{first}{separator} {following}"
    if len(first) > _TITLE_LIMIT:
        cut = first[:_TITLE_LIMIT].rsplit(" ", 1)[0]
        first = cut.rstrip(",;: ") + " …"
    return first


def _title_part(text: str) -> str:
    """A point of a list as part of a title: its list mark and closing punctuation off."""
    return text.strip().lstrip("-–•").strip().rstrip(";:,.").strip()


def _ends_open(title: str) -> bool:
    """Whether ``title`` ends with a word that leads on (see :data:`_OPEN_ENDINGS`)."""
    words = title.split()
    return bool(words) and words[-1].casefold() in _OPEN_ENDINGS


def parse_numbered_plan(lines: list[str], warnings: list[ImportWarning]) -> ParsedPlan:
    """Chapters, sections and items of a plan numbered in its text (the 2013 style: "3.",
    "3.1. Energiebeleid", labels such as "Voortgangsprojecten" over indented entries), and
    the people of its contacts chapter. What looks wrong is added to ``warnings``; reading
    stops at a second part bound after the contacts (``end_line``)."""
    lines, after_lists = loose_lists(marked_lists(lines))
    reader = _NumberedPlanReader(lines, warnings, after_lists)
    for index, line in enumerate(lines):
        if not reader.read(index, line):
            break
    return reader.finish()


class _NumberedPlanReader:
    """Reads a numbered plan line by line (:meth:`read`), then closes it (:meth:`finish`)."""

    def __init__(
        self, lines: list[str], warnings: list[ImportWarning], after_lists: set[int]
    ) -> None:
        self.lines = lines
        self.warnings = warnings
        self.after_lists = after_lists  # paragraphs after a list without a label (indexes)
        self.toc = find_toc(lines)
        self.chapters: list[DocChapter] = []
        self.contacts_lines: list[tuple[int, str]] = []
        self.chapter: DocChapter | None = None
        self.section: DocSection | None = None
        self.block: str | None = None  # the label the lines are under ("ongoing", ...)
        self.items: list[_Item] = []
        self.groups: list[Group] = []
        self.body: list[str] = []
        self.in_contacts = False
        self.end_line: int | None = None
        self.skip_line = -1  # the second line of a chapter title wrapped over two

    def read(self, index: int, line: str) -> bool:
        """Take the line at ``index`` (0-based); False when the plan ends before it."""
        number = index + 1
        if index == self.skip_line or index in self.toc.lines:
            return True
        if not line.strip():
            if self.block is None and self.body:
                self.body.append("")
            return True
        if self.chapters and self.in_contacts and _SECOND_PART.match(line):
            self.end_line = number
            return False
        if self._section_heading(line, number) or self._chapter_heading(index, line, number):
            return True
        if self.chapter is None:
            if not any(
                warning.message.startswith("text before the first chapter")
                for warning in self.warnings
            ):
                self.warnings.append(
                    ImportWarning(
                        number,
                        "text before the first chapter skipped",
                        line.strip()[:80],
                        code="text_before_first_chapter",
                    )
                )
            return True
        if self.in_contacts:
            self.contacts_lines.append((number, line))
            return True
        kind = _block_of(line)
        if kind is not None:
            self.block = None if kind == "intro" else kind
            return True
        if self.block == "other" and index in self.after_lists:
            self.block = None  # a paragraph after a list without a label: the section's text
        if self.section is None or self.block is None:
            if self.section is not None and self.block is None and line[:1].isspace():
                # A list in a section without any label: its entries are projects all the
                # same (kind "other"); the delegate can set their kind in the review.
                self.block = "other"
            else:
                self.body.append(line)
                return True
        if self.block == "workgroups":
            self._workgroup_line(line, number)
        else:
            self._item_line(line, self.block)
        return True

    def _section_heading(self, line: str, number: int) -> bool:
        """ "3.2. Title" opens the next section of the chapter; a number that skips one or two
        is warned about (doubt) and read as text."""
        match = _SECTION.match(line)
        chapter = self.chapter
        if not match or chapter is None or match.group(1) != chapter.number:
            return False
        expected = len(chapter.sections) + 1
        if int(match.group(2)) == expected and _plausible_title(match.group(3)):
            self._flush()
            self.section = DocSection(
                number=f"{match.group(1)}.{match.group(2)}",
                title=display_case(clean_title(match.group(3))),
            )
            chapter.sections.append(self.section)
            self.block = None
            return True
        if expected < int(match.group(2)) <= expected + 2 and _looks_like_heading(line):
            self.warnings.append(
                ImportWarning(
                    number,
                    f"a heading numbered {match.group(1)}.{match.group(2)} where "
                    f"{match.group(1)}.{expected} was expected: read as text",
                    line.strip()[:80],
                    doubt=True,
                    code="section_number_unexpected",
                    values=(f"{match.group(1)}.{match.group(2)}", f"{match.group(1)}.{expected}"),
                )
            )
        return False

    def _chapter_heading(self, index: int, line: str, number: int) -> bool:
        """ "4. Title" opens the next chapter (a title in capitals may wrap onto the next
        line); a number that skips one or two is warned about (doubt) and read as text."""
        match = _CHAPTER.match(line)
        if not match or _SECTION.match(line):
            return False
        expected = int(self.chapters[-1].number) + 1 if self.chapters else 1
        title = match.group(2).strip()
        if title.endswith((":", ",")) and _is_caps(title):
            # A title in capitals wrapped over two lines ("... EN JAARPLAN:" / "INSTRUMENTEN").
            following = next(
                (text for text in self.lines[index + 1 : index + 3] if text.strip()), ""
            )
            if _is_caps(following) and len(following.strip()) <= 80:
                title = f"{title} {following.strip()}"
                self.skip_line = self.lines.index(following, index + 1)
        if int(match.group(1)) == expected and _plausible_title(title):
            self._flush()
            self.chapter = DocChapter(number=match.group(1), title=display_case(clean_title(title)))
            self.chapters.append(self.chapter)
            self.section = None
            self.block = None
            self.in_contacts = is_contacts_title(match.group(2))
            return True
        if (
            self.chapters
            and expected < int(match.group(1)) <= expected + 2
            and _plausible_title(title)
            and _looks_like_heading(line)
        ):
            self.warnings.append(
                ImportWarning(
                    number,
                    f"a heading numbered {match.group(1)} where chapter {expected} was expected: "
                    "read as text",
                    line.strip()[:80],
                    doubt=True,
                    code="chapter_number_unexpected",
                    values=(match.group(1), expected),
                )
            )
        return False

    def _workgroup_line(self, line: str, number: int) -> None:
        """An entry of a workgroup list (indented, or "- " under the one before) or the rest
        of the entry above it."""
        stripped = line.strip()
        if stripped in {"-", "–"}:
            return
        is_child = bool(re.match(r"^\s*[-–]\s*", line))
        starts = line[:1].isspace() or is_child
        if starts or not self.groups:
            self.groups.append(Group(number, stripped, is_child))
        else:
            self.groups[-1].text = f"{self.groups[-1].text} {stripped}"

    def _item_line(self, line: str, block: str) -> None:
        """A line under an item label: a new item (indented) or more of the item before,
        its sub-points ("- ...") included."""
        items = self.items
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
                return
            items.append(_Item(block, [line.strip()]))
        else:
            items[-1].lines.append(line.strip())
        last = items[-1]
        last.after_dash = is_dash
        if line.rstrip().endswith(":") and last.mode is None:
            last.colon = True

    def _flush(self) -> None:
        """Hand the text, items and workgroups read since the last heading to the open
        section (or the text to the open chapter)."""
        text = join_text(self.body)
        if self.section is not None:
            self.section.body = text
            for item in self.items:
                content = join_text(item.lines)
                if content:
                    self.section.items.append(
                        DocItem(
                            kind=ITEM_KINDS[item.kind],
                            title=item_title(content),
                            body=content,
                            flagship=item.kind == "flagship",
                        )
                    )
            self.section.workgroups = build_groups(self.groups, self.warnings)
        elif self.chapter is not None and text:
            self.chapter.body = text
        self.items, self.groups, self.body = [], [], []

    def finish(self) -> ParsedPlan:
        """The chapters read, the contacts of the contacts chapter, and warnings where the
        text disagrees with its table of contents."""
        self._flush()
        sections = [section for chapter in self.chapters for section in chapter.sections]
        contacts = (
            parse_contacts(self.contacts_lines, sections, self.warnings)
            if self.contacts_lines
            else []
        )
        _check_against_contents(self.toc, self.chapters, self.warnings)
        return ParsedPlan(chapters=self.chapters, contacts=contacts, end_line=self.end_line)


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


_LOOSE_MARK = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<bullet>[-–*+•])|(?P<number>\d{1,2}|[a-z])[.)])[ \t]+(?P<text>\S.*)$"
)


def loose_lists(lines: list[str]) -> tuple[list[str], set[int]]:
    """Lists with their marks ("- ", "* ", "1. ", "a) ") right under a section heading that
    no label opens ("1.1. Energie" then "- Project A"), written the way this parser reads
    the entries of a section without a label: an entry starts with a blank, a deeper mark
    is a sub-point ("- "). A numbered entry goes on from the one above it (no empty line
    between, the next number), so "3. Delen van ..." in such a list is no chapter. A list
    that a sentence opens ("... rond:") stays as it is, and so does any list under a
    label (:func:`marked_lists`) and the table of contents.

    Returns the lines (as many as given) and the indexes of the paragraphs that follow such
    a list after an empty line: they are the section's text again."""
    out = list(lines)
    paragraphs: set[int] = set()
    contents = find_toc(lines).lines
    chapter = 0  # the number of the chapter read last
    unlabelled = False  # inside a section no label has opened yet
    index = 0
    while index < len(lines):
        line = lines[index]
        mark = _LOOSE_MARK.match(line)
        heading = _CHAPTER.match(line) if not _SECTION.match(line) else None
        if index in contents:
            pass
        elif heading is not None and int(heading.group(1)) == chapter + 1:
            chapter += 1
            unlabelled = False
        elif _SECTION.match(line):
            unlabelled = True
        elif (
            unlabelled
            and mark is not None
            and (mark.group("bullet") or mark.group("number") in ("1", "a"))
        ):
            opened = _opened_by_sentence(lines, index)
            index = _loose_list(out, index, rewrite=not opened)
            following = next((i for i in range(index, len(out)) if out[i].strip()), None)
            if not opened and following is not None and following > index:
                paragraphs.add(following)
            continue
        elif label_of(line) is not None:
            unlabelled = False
        index += 1
    return out, paragraphs


def _opened_by_sentence(lines: list[str], index: int) -> bool:
    """Whether the text above line ``index``, blank lines aside, ends with ':'."""
    for text in reversed(lines[:index]):
        if text.strip():
            return text.rstrip().endswith(":")
    return False


def _loose_list(out: list[str], start: int, *, rewrite: bool) -> int:
    """The index of the first line after the list that starts at ``out[start]``; with
    ``rewrite``, its lines are rewritten as :func:`loose_lists` says."""
    first = _LOOSE_MARK.match(out[start])
    assert first is not None
    depth = len(first.group("indent").expandtabs(4))
    numbered = first.group("number")
    index = start
    while index < len(out):
        match = _LOOSE_MARK.match(out[index])
        if match is None:
            if out[index].strip() and out[index][:1].isspace() and out[index - 1].strip():
                index += 1  # the entry above goes on, indented
                continue
            if not out[index].strip() and _next_is_entry(out, index, numbered):
                index += 1
                continue
            break
        deeper = len(match.group("indent").expandtabs(4)) > depth
        if not deeper and numbered is not None:
            if match.group("number") != numbered or (index > start and not out[index - 1].strip()):
                break
            numbered = _next_number(numbered)
        if rewrite:
            out[index] = (" - " if deeper else " ") + match.group("text")
        index += 1
    return index


def _next_is_entry(out: list[str], index: int, numbered: str | None) -> bool:
    """Whether a bulleted list goes on after the empty line at ``index`` (a loose list);
    a numbered list ends at an empty line."""
    following = next((text for text in out[index:] if text.strip()), "")
    match = _LOOSE_MARK.match(following)
    return numbered is None and match is not None and match.group("bullet") is not None


def _next_number(number: str) -> str:
    return str(int(number) + 1) if number.isdigit() else chr(ord(number) + 1)


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
    for index, match in marked:
        if match is None:
            continue
        deeper = len(match.group("indent").expandtabs(4)) > depth
        out[index] = (" - " if deeper else " ") + match.group("text")


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
                code="toc_number_not_in_text",
                values=(entry.number,),
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
    for group in groups:
        text = split_lost_spaces(group.text.lstrip("-– ").strip())
        if not text:
            continue
        if _is_column_heading(text):
            continue  # "Naam – Code": the heading row of a table of workgroups
        parsed = parse_workgroup(text)
        if not parsed:
            warnings.append(
                ImportWarning(
                    group.line,
                    "unrecognised workgroup line",
                    group.text[:80],
                    code="workgroup_line_unrecognised",
                )
            )
            continue
        if group.child and parent is not None:
            for child in parsed:
                if not child.code:
                    # "ministerieeloverleg" exists under several fora: name it with its parent.
                    child.name = f"{child.name} – {parent.name}"
            parent.children.extend(parsed)
        else:
            out.extend(parsed)
            parent = parsed[-1]
    return out
