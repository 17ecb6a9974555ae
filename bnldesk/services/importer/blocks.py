"""Blocks: what a layout-aware reader hands the structure parser, and how they become lines.

A PDF says with font size, weight and position what a Word file says with styles and list
levels; both readers turn that into :class:`Block` objects (one paragraph, heading or list
entry each). :func:`render_lines` writes the blocks as the text the structure parser reads:

- a document that labels its lists ("Voortgangsprojecten", "Projets en cours") is written as
  numbered plain text: headings as their own lines, a list entry with the leading blank that
  marks a bullet and a second-level entry as "- " under it;
- any other document as Markdown: ``#`` marks by heading level, ``- `` list entries.

Each block starts a new line, so line numbers in warnings point at the block.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bnldesk.services.importer.vocabulary import label_of

_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(\.\d{1,2})*\.?|[A-Z][a-z]+ \d{1,2})\s")

# List labels (objectives, ongoing and new projects) that make a document read as numbered
# plain text in the 2013 way; fewer than this and its headings are its structure.
_LABELS_FOR_NUMBERED = 2


@dataclass
class Block:
    """One paragraph, heading or list entry of a document, with what its layout says.

    ``page`` is 1-based (0 for formats without pages); ``size`` is the font size in points
    (0 when unknown); ``heading_level`` 1.. for headings (0 for body text); ``list_level``
    1.. for list entries (0 otherwise); ``style`` the Word style name, if any.
    """

    text: str
    page: int = 0
    heading_level: int = 0
    list_level: int = 0
    size: float = 0.0
    bold: bool = False
    style: str = ""


def is_labelled(blocks: list[Block]) -> bool:
    """Whether the document labels its lists of objectives and projects (the 2013 way)."""
    count = 0
    for block in blocks:
        if label_of(block.text) in ("objective", "ongoing", "new"):
            count += 1
            if count >= _LABELS_FOR_NUMBERED:
                return True
    return False


def paragraphs_are_lines(blocks: list[Block]) -> bool:
    """Whether the body blocks are the wrapped lines of a text rather than whole paragraphs.

    A text pasted into Word line by line, or extracted from a PDF, breaks its sentences at
    line ends: many blocks end without punctuation and the next one goes on in lower case.
    """
    body = [b.text.strip() for b in blocks if not b.heading_level and not b.list_level]
    pairs = list(itertools.pairwise(body))
    if len(pairs) < 10:
        return False
    broken = sum(
        1
        for first, second in pairs
        if first and second and first[-1].isalpha() and second[:1].islower()
    )
    return broken / len(pairs) > 0.15


def render_lines(blocks: list[Block]) -> tuple[list[str], list[int]]:
    """The blocks as lines of text for the structure parser (see the module docstring), and
    the page of each line (0 where the format has no pages)."""
    numbered = is_labelled(blocks)
    # Whole paragraphs of a labelled list are entries of it; wrapped lines are not.
    paragraph_entries = numbered and not paragraphs_are_lines(blocks)
    lines: list[str] = []
    pages: list[int] = []

    def emit(text: str, page: int) -> None:
        lines.append(text)
        pages.append(page)

    in_list = False  # after a label ("Voortgangsprojecten"), until the next heading
    for block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        label = label_of(text)
        if numbered:
            if label:
                in_list = label != "intro"
                emit(text, block.page)
            elif block.heading_level:
                # A numbered heading ends the list; a bold table heading inside it does not.
                in_list = in_list and not _NUMBERED_HEADING.match(text)
                emit(text, block.page)
            elif block.list_level:
                emit(" " + text if block.list_level == 1 else " - " + text, block.page)
            elif paragraph_entries and in_list:
                emit(" " + text, block.page)
            else:
                emit(block.text.strip() if paragraph_entries else block.text.rstrip(), block.page)
            continue
        if block.heading_level and not label:
            emit("#" * min(block.heading_level, 6) + " " + text, block.page)
        elif block.list_level:
            emit("  " * (block.list_level - 1) + "- " + text, block.page)
        else:
            emit(text, block.page)
        if not block.list_level:
            emit("", block.page)
    return lines, pages
