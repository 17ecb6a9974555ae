"""A document's table of contents: the longest run of "title ... page" lines.

Dot leaders ("Energiebeleid ........ 12") count as the gap before the page number. The
parsers use the entries to check (or, for the 2022 layout, to find) the headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bnldesk.services.importer.cleaning import clean_title, strip_markup

_TOC_ENTRY = re.compile(
    r"^\s*(?P<title>\S.*?\S)\s*(?:\t+|\s{2,}|\s(?=\d{1,3}\s*$))\s*(?P<page>\d{1,3})\s*$"
)
_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})\.?(?:\s+(?P<title>\S.*))?$")
_PAGE_ONLY = re.compile(r"^\d{1,3}$")
_GLUED_PAGE = re.compile(r"^(.*[a-zà-ÿ)])(\d{1,3})$")
_LEADER = re.compile(r"\s*(?:\.\s?){3,}\s*|\s*…+\s*|\s*(?:_\s?){3,}\s*")


@dataclass
class TocEntry:
    line: int
    number: str
    title: str


@dataclass
class Toc:
    entries: list[TocEntry]
    lines: set[int] = field(default_factory=set)


def find_toc(lines: list[str]) -> Toc:
    """The longest run of "title ... page" lines (blank lines allowed between them).

    A page number alone on the line after its title (a contents line wrapped in print) and
    one glued to the title ("Justitie23") count too.
    """
    best: list[tuple[int, str, str]] = []
    run: list[tuple[int, str, str]] = []
    pending: tuple[int, str] | None = None  # a title waiting for its page number
    gap = 0
    for index, raw in enumerate(lines):
        text = _LEADER.sub("\t", strip_markup(raw)).strip()
        text = _GLUED_PAGE.sub(r"\1 \2", text)
        match = _TOC_ENTRY.match(text) if text and not text.startswith("#") else None
        if (
            match
            and len(match.group("title")) <= 160
            and not match.group("title").endswith((".", ","))
        ):
            run.append((index, match.group("title"), match.group("page")))
            pending, gap = None, 0
            continue
        if pending is not None and _PAGE_ONLY.match(text):
            run.append((pending[0], pending[1], text))
            pending, gap = None, 0
            continue
        if not text:
            gap += 1
            if gap <= 1:
                continue
        elif run and _NUMBERED.match(text) and len(text) <= 160 and pending is None:
            pending, gap = (index, text), 0
            continue
        if len(run) > len(best):
            best = run
        run, gap, pending = [], 0, None
    if len(run) > len(best):
        best = run
    if len(best) < 4:
        return Toc([])
    entries: list[TocEntry] = []
    for index, title, _page in best:
        match = _NUMBERED.match(title)
        if match and match.group("title"):
            entries.append(
                TocEntry(index, match.group("number"), clean_title(match.group("title")))
            )
        else:
            entries.append(TocEntry(index, "", clean_title(title)))
    covered = {i for i, _t, _p in best}
    # The lines that only held a wrapped entry's page number belong to the contents too.
    if best:
        covered |= set(range(min(covered), max(covered) + 1))
    return Toc(entries, covered)
