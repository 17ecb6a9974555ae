"""The tables the command line prints (``list``, ``search``, ``meeting list``, ``restore``),
in the delegate's language, their columns lined up on a terminal.

Headings and coded values ("open", "delegation", "flagship", a search hit's kind) take the
words of the sheets, briefs and window (:mod:`bnldesk.services.reports.labels`, whose values
come from :mod:`bnldesk.domain.value_words`): one word for each thing in every place. English
keeps the column names as headings and the stored codes as values, as the command line
always printed them (scripts may read them; ``--json`` is the interface meant for that).

Loaded only when a table is printed (not for ``--json``; the command loader skips a module
whose name starts with "_"). A column's width is counted in terminal cells, not characters: a wide character (😀, 漢)
takes two, a combining accent none, so that a row holding one still lines up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from bnldesk.domain.tag_line import tags_line

# A column -> the label of its heading (bnldesk.services.reports.labels).
HEADINGS: dict[str, str] = {
    "id": "col_id",
    "period": "col_period",
    "title": "about_title",
    "themes": "col_themes",
    "year": "col_year",
    "programme": "col_programme",
    "chapters": "col_chapters",
    "workgroups": "col_workgroups",
    "plan_year": "col_plan_year",
    "number": "col_number",
    "sections": "col_sections",
    "section": "col_section",
    "kind": "kind",
    "flagship": "flagship",
    "code": "col_code",
    "name": "col_name",
    "parent": "col_parent",
    "plans": "col_plans",
    "email": "col_email",
    "phone": "col_phone",
    "role": "col_role",
    "domain": "col_domain",
    "validity": "col_validity",
    "target": "col_target",
    "body": "col_text",
    "tags": "col_tags",
    "status": "col_status",
    "visibility": "col_visibility",
    "updated_at": "col_updated",
    "snippet": "col_snippet",
    "starts_at": "col_starts",
    "place": "place",
    "chair": "chair",
    "points": "col_points",
    "created": "col_created",
    "size": "col_size",
}

# A column whose cells are codes -> the label prefixes that word them, tried in turn.
_CODED: dict[str, tuple[str, ...]] = {
    "status": ("status_",),
    "visibility": ("visibility_",),
    # an item's kind in `list items`; a hit's in `search` (a plan object's, "meeting",
    # "annotation")
    "kind": ("item_", "kind_", ""),
}


def heading(column: str, language: str) -> str:
    """The heading of ``column`` in ``language``, in capitals ("STATUT"); English: the
    column's own name ("PLAN_YEAR")."""
    if language == "en" or column not in HEADINGS:
        return column.upper()
    from bnldesk.services.reports.labels import label

    return label(HEADINGS[column], language).upper()


def cell(value: Any, column: str = "", language: str = "en") -> str:
    """A table cell's text: lists comma-separated (tags as the note editor and the sheets write
    them, a tag holding a comma in double quotes), booleans as "yes" ("ja", "oui") or nothing,
    a coded value as its word in ``language`` (English: the code)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes(language) if value else ""
    if isinstance(value, list):
        if column == "tags":
            return tags_line(str(v) for v in value)
        return ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    if language != "en" and column in _CODED:
        return _coded(text, _CODED[column], language)
    return text


def _yes(language: str) -> str:
    from bnldesk.commands.speech import say

    return say("yes", language)


def _coded(code: str, prefixes: tuple[str, ...], language: str) -> str:
    """The word for ``code`` under the first of ``prefixes`` that knows it; else the code."""
    from bnldesk.services.reports.labels import label

    for prefix in prefixes:
        word = label(prefix + code, language)
        if word != prefix + code:
            return word
    return code


def width(text: str) -> int:
    """How many terminal cells ``text`` takes: two for a wide character, none for a combining
    mark or a zero-width joiner, one for the rest."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def fit(text: str, cells: int) -> str:
    """``text`` padded to ``cells`` terminal cells, or cut to them with "…" as its last."""
    taken = width(text)
    if taken <= cells:
        return text + " " * (cells - taken)
    kept: list[str] = []
    used = 0
    for char in text:
        size = _char_width(char)
        if used + size > cells - 1:
            break
        kept.append(char)
        used += size
    cut = "".join(kept).rstrip()
    return cut + " " * (cells - 1 - width(cut)) + "…"


def table_lines(
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[str],
    *,
    limit: int,
    wide: bool = False,
    language: str = "en",
) -> list[str]:
    """``rows`` as a table: a line of headings, then a line per row, each column as wide as
    its widest cell (at most ``limit`` terminal cells unless ``wide``), trailing spaces cut;
    "(nothing)" in ``language`` without rows."""
    if not rows:
        from bnldesk.commands.speech import say

        return [say("nothing_listed", language)]
    headings = [heading(column, language) for column in columns]
    cells = [[cell(row.get(column), column, language) for column in columns] for row in rows]
    widths = [
        max(width(headings[i]), *(width(line[i]) for line in cells)) for i in range(len(columns))
    ]
    if not wide:
        widths = [min(limit, w) for w in widths]
    return [
        "  ".join(fit(text, widths[i]) for i, text in enumerate(line)).rstrip()
        for line in (headings, *cells)
    ]
