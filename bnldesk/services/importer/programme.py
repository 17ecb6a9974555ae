"""Joint work programmes: themes ("krachtlijnen") and their sub-themes.

With a table of contents (the 2025-2028 style) the themes are its entries in capitals and the
sub-themes the entries below them; the text between two titles is the body. Without one (the
2021-2024 two-column extraction) a theme is a line in capitals outside a quotation, possibly
wrapped over two lines ("EEN COMPETITIEVE" / "EN DUURZAME BENELUX").
"""

from __future__ import annotations

import re

from bnldesk.domain.document import DocChapter, DocSection, ImportWarning
from bnldesk.domain.identity import normalise_title
from bnldesk.services.importer.cleaning import clean_title, display_case, join_text, strip_markup
from bnldesk.services.importer.contents import TocEntry, find_toc
from bnldesk.services.importer.vocabulary import names_programme

# Parts of a programme that are not themes.
_NOT_THEMES = re.compile(
    r"^(inleiding|introductie|voorwoord|missie\b.*|colofon|inhoud.*"
    r"|introduction|avant-propos|préface|pr[ée]ambule|mission\b.*|table des mati[èe]res|sommaire"
    r"|foreword|preface|contents|table of contents)$",
    re.I,
)


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def parse_programme(
    lines: list[str], warnings: list[ImportWarning]
) -> tuple[list[DocChapter], str]:
    """Themes and the introduction text of a programme."""
    toc = find_toc(lines)
    if toc.entries:
        return _with_toc(lines, toc.entries, toc.lines, warnings)
    numbered = _by_numbers(lines)
    if numbered is not None:
        return numbered
    headed = _by_headings(lines)
    if headed is not None:
        return headed
    return _by_capitals(lines, warnings)


_NUMBERED_THEME = re.compile(r"^\s*#*\s*(\d{1,2})\.?\s+(\S.{1,150})$")
_NUMBERED_SUB = re.compile(r"^\s*#*\s*(\d{1,2})\.(\d{1,2})\.?\s+(\S.{1,150})$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def _plausible(title: str) -> bool:
    title = strip_markup(title).strip()
    return (
        bool(title)
        and not title.endswith((".", ";", ",", ":"))
        and len(title.split()) <= 16
        and (title[0].isupper() or title[0] in "«“\"'")
    )


class _Bodies:
    """The text under each theme and sub-theme as lines are read; what comes before the first
    theme is the introduction."""

    def __init__(self) -> None:
        self.chapters: list[DocChapter] = []
        self.current: DocChapter | DocSection | None = None
        self._intro: list[str] = []
        self._texts: dict[int, list[str]] = {}

    def add(self, raw: str) -> None:
        if self.current is None:
            self._intro.append(raw)
        else:
            self._texts.setdefault(id(self.current), []).append(raw)

    def finish(self) -> tuple[list[DocChapter], str] | None:
        """The themes with their texts, or None with fewer than two themes."""
        if len(self.chapters) < 2:
            return None
        for chapter in self.chapters:
            chapter.body = join_text(self._texts.get(id(chapter), []))
            for section in chapter.sections:
                section.body = join_text(self._texts.get(id(section), []))
        return self.chapters, join_text(self._intro)


def _by_numbers(lines: list[str]) -> tuple[list[DocChapter], str] | None:
    """Themes numbered "1. Title" and sub-themes "1.1 Title", in order; None if fewer than two
    themes are numbered so."""
    read = _Bodies()
    chapters = read.chapters
    for raw in lines:
        text = strip_markup(raw).strip()
        sub = _NUMBERED_SUB.match(text)
        if sub and chapters and sub.group(1) == chapters[-1].number:
            chapter = chapters[-1]
            if int(sub.group(2)) == len(chapter.sections) + 1 and _plausible(sub.group(3)):
                read.current = DocSection(
                    number=f"{chapter.number}.{sub.group(2)}", title=clean_title(sub.group(3))
                )
                chapter.sections.append(read.current)
                continue
        theme = _NUMBERED_THEME.match(text)
        if (
            theme
            and not sub
            and int(theme.group(1)) == len(chapters) + 1
            and _plausible(theme.group(2))
        ):
            read.current = DocChapter(
                number=theme.group(1), title=display_case(clean_title(theme.group(2)))
            )
            chapters.append(read.current)
            continue
        read.add(raw)
    return read.finish()


def _by_headings(lines: list[str]) -> tuple[list[DocChapter], str] | None:
    """Themes and sub-themes from Markdown heading levels (a Word or PDF programme whose
    headings are styled or sized, not numbered); None without at least two themes."""
    headings: list[tuple[int, int, str]] = []
    for index, raw in enumerate(lines):
        match = _MD_HEADING.match(raw)
        if match is None:
            continue
        title = clean_title(re.sub(r"^\d{1,2}(\.\d{1,2})*\.?\s+", "", match.group(2)))
        if not title or names_programme(title) or _NOT_THEMES.match(title):
            continue
        headings.append((index, len(match.group(1)), title))
    levels = sorted({level for _i, level, _t in headings})
    top = next((lv for lv in levels if sum(1 for _i, v, _t in headings if v == lv) >= 2), None)
    if top is None:
        return None
    deeper = [lv for lv in levels if lv > top]
    sub_level = deeper[0] if deeper else None
    starts = {
        index: (level, title) for index, level, title in headings if level in (top, sub_level)
    }
    read = _Bodies()
    chapters = read.chapters
    for index, raw in enumerate(lines):
        if index in starts:
            level, title = starts[index]
            if level == top:
                read.current = DocChapter(number=str(len(chapters) + 1), title=display_case(title))
                chapters.append(read.current)
                continue
            if chapters:
                chapter = chapters[-1]
                read.current = DocSection(
                    number=f"{chapter.number}.{len(chapter.sections) + 1}", title=title
                )
                chapter.sections.append(read.current)
                continue
        read.add(raw)
    return read.finish()


def _with_toc(
    lines: list[str], entries: list[TocEntry], toc_lines: set[int], warnings: list[ImportWarning]
) -> tuple[list[DocChapter], str]:
    chapters: list[DocChapter] = []
    wanted: dict[str, tuple[DocChapter | None, DocSection | None]] = {}
    chapter: DocChapter | None = None
    intro_key = ""
    for entry in entries:
        title = entry.title
        if _NOT_THEMES.match(title):
            if title.lower().startswith(
                (
                    "inleiding",
                    "introductie",
                    "voorwoord",
                    "introduction",
                    "avant-propos",
                    "foreword",
                )
            ):
                intro_key = normalise_title(title)
            wanted[normalise_title(title)] = (None, None)
            continue
        if _is_caps(title):
            chapter = DocChapter(number=str(len(chapters) + 1), title=display_case(title))
            chapters.append(chapter)
            wanted[normalise_title(title)] = (chapter, None)
        elif chapter is not None:
            section = DocSection(
                number=f"{chapter.number}.{len(chapter.sections) + 1}", title=clean_title(title)
            )
            chapter.sections.append(section)
            wanted[normalise_title(title)] = (chapter, section)
        else:
            warnings.append(
                ImportWarning(
                    entry.line + 1,
                    "contents entry before any theme",
                    title,
                    code="toc_entry_before_theme",
                )
            )
    start = max(toc_lines) + 1 if toc_lines else 0
    bodies: dict[int, list[str]] = {}
    intro: list[str] = []
    current: object = None
    found: set[str] = set()
    for index in range(start, len(lines)):
        text = strip_markup(lines[index]).strip().lstrip("#").strip()
        key = normalise_title(text)
        if key in wanted and key not in found:
            found.add(key)
            toc_chapter, sec = wanted[key]
            current = sec if sec is not None else toc_chapter
            if key == intro_key:
                current = "intro"
            continue
        if current == "intro":
            intro.append(lines[index])
        elif current is not None:
            bodies.setdefault(id(current), []).append(lines[index])
    for toc_chapter in chapters:
        toc_chapter.body = join_text(bodies.get(id(toc_chapter), []))
        for sec in toc_chapter.sections:
            sec.body = join_text(bodies.get(id(sec), []))
    for key, (toc_chapter, sec) in wanted.items():
        if key not in found and (toc_chapter is not None or sec is not None):
            title = sec.title if sec is not None else toc_chapter.title if toc_chapter is not None else key
            warnings.append(
                ImportWarning(
                    0,
                    "in the table of contents but not in the text",
                    title,
                    code="theme_not_in_text",
                )
            )
    return chapters, join_text(intro)


def _by_capitals(lines: list[str], warnings: list[ImportWarning]) -> tuple[list[DocChapter], str]:
    chapters: list[DocChapter] = []
    intro: list[str] = []
    bodies: dict[int, list[str]] = {}
    in_quote = False
    index = 0
    count = len(lines)
    while index < count:
        raw = lines[index]
        text = strip_markup(raw).strip().lstrip("#").strip()
        if not text:
            index += 1
            continue
        if in_quote or text.startswith(("“", '"', "„", "«")):
            in_quote = not text.rstrip().endswith(("”", '"', "»"))
            index += 1  # a motto in quotes: decoration, repeated from the text
            continue
        if _is_caps(text) and len(text) <= 80 and len(text.split()) >= 2:
            title = text
            following = index + 1
            while following < count and not lines[following].strip():
                following += 1
            follow = strip_markup(lines[following]).strip() if following < count else ""
            if (
                follow
                and _is_caps(follow)
                and not follow.startswith(("“", '"'))
                and len(title + follow) <= 90
            ):
                title = f"{title} {follow}"
                index = following
            if _NOT_THEMES.match(title):
                index += 1
                continue
            chapters.append(
                DocChapter(number=str(len(chapters) + 1), title=display_case(clean_title(title)))
            )
            index += 1
            continue
        if chapters:
            bodies.setdefault(len(chapters) - 1, []).append(raw)
        else:
            intro.append(raw)
        index += 1
    for position, chapter in enumerate(chapters):
        chapter.body = join_text(bodies.get(position, []))
    if chapters:
        # Without contents or numbers, themes are guessed from lines in capitals.
        few = len(chapters) < 3
        warnings.append(
            ImportWarning(
                0,
                f"{len(chapters)} themes recognised by their capitals only (no table of contents "
                "or numbers to check them against)" + ("; too few for a programme" if few else ""),
                "; ".join(ch.title for ch in chapters)[:120],
                doubt=few,
                code="themes_by_capitals_few" if few else "themes_by_capitals",
                values=(len(chapters),),
            )
        )
    return chapters, join_text(intro)
