"""Tags written as one line of text and read back: the note editor's tag field and the notes
sheet's Tags cell use the same form.

A line is the tag names separated by commas (semicolons and line breaks also separate, as
delegates type lists); a name that holds a separator, or starts with a double quote, is written
in double quotes with quotes inside doubled, so that every stored name reads back as itself:
``crisis, "Luik, Namen", zeg "ja"`` is the three tags ``crisis``, ``Luik, Namen`` and
``zeg "ja"``. (Fifth delegate re-check: the window split a tag "Luik, Namen" made on the
command line into two tags the first time it saved the note.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

SEPARATORS = ",;\n"
_NEEDS_QUOTES = re.compile(r'[,;\n]|^"')


def quoted_tag(name: str) -> str:
    """``name`` as it stands in a line of tags: in double quotes (quotes inside doubled) when it
    holds a separator or starts with a quote, else as it is."""
    if _NEEDS_QUOTES.search(name):
        return '"' + name.replace('"', '""') + '"'
    return name


def tags_line(names: Iterable[str]) -> str:
    """The names as one line, ``", "``-separated, each as :func:`quoted_tag` writes it."""
    return ", ".join(quoted_tag(name) for name in names)


def split_line(text: str) -> list[str]:
    """The raw parts of a line of tags, quotes taken off (``""`` inside quotes is one quote),
    in order, empty and repeated parts kept: what :func:`tags_from_line` cleans."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text[index + 1 : index + 2] == '"':
                current.append('"')
                index += 1
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"' and not "".join(current).strip():
            quoted = True
            current = []
        elif char in SEPARATORS:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def plain_name(raw: str) -> str:
    """A tag name as the database stores it: spaces collapsed, at most 100 characters."""
    return " ".join(raw.split())[:100]


def tags_from_line(text: str, name: Callable[[str], str] = plain_name) -> list[str]:
    """The tag names of a line, each made by ``name`` (:func:`plain_name` by default), empty
    ones and repeats dropped, in order."""
    out: list[str] = []
    for raw in split_line(text):
        cleaned = name(raw)
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


def last_part_start(text: str) -> int:
    """Where the last tag of ``text`` starts (after the last separator outside quotes): the
    part a completer replaces."""
    start = 0
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in SEPARATORS and not quoted:
            start = index + 1
    return start
