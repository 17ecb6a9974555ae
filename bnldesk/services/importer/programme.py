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
from bnldesk.services.importer.plan_markdown import TocEntry, find_toc

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
    return _by_capitals(lines, warnings)


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
            warnings.append(ImportWarning(entry.line + 1, "contents entry before any theme", title))
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
            ch, sec = wanted[key]
            current = sec if sec is not None else ch
            if key == intro_key:
                current = "intro"
            continue
        if current == "intro":
            intro.append(lines[index])
        elif current is not None:
            bodies.setdefault(id(current), []).append(lines[index])
    for ch in chapters:
        ch.body = join_text(bodies.get(id(ch), []))
        for sec in ch.sections:
            sec.body = join_text(bodies.get(id(sec), []))
    for key, (ch, sec) in wanted.items():
        if key not in found and (ch is not None or sec is not None):
            title = sec.title if sec is not None else ch.title if ch is not None else key
            warnings.append(ImportWarning(0, "in the table of contents but not in the text", title))
    return chapters, join_text(intro)


def _by_capitals(lines: list[str], warnings: list[ImportWarning]) -> tuple[list[DocChapter], str]:
    chapters: list[DocChapter] = []
    intro: list[str] = []
    bodies: dict[int, list[str]] = {}
    in_quote = False
    index = 0
    n = len(lines)
    while index < n:
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
            nxt = index + 1
            while nxt < n and not lines[nxt].strip():
                nxt += 1
            follow = strip_markup(lines[nxt]).strip() if nxt < n else ""
            if (
                follow
                and _is_caps(follow)
                and not follow.startswith(("“", '"'))
                and len(title + follow) <= 90
            ):
                title = f"{title} {follow}"
                index = nxt
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
    for position, ch in enumerate(chapters):
        ch.body = join_text(bodies.get(position, []))
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
            )
        )
    return chapters, join_text(intro)
