"""Corrections a delegate makes to a parsed document before it is written (no Qt).

Each function changes a :class:`PlanDocument` in place and raises :class:`CorrectionError`
(one line) when the correction does not apply to what was chosen. The review window wraps each
call in an undoable command (it keeps a copy of the document from before).

- :func:`promote`: an item becomes a section (with the items after it), a section a chapter
  (with the sections after it);
- :func:`demote`: a chapter becomes a section of the chapter before it, a section an item of
  the section before it (its own items follow it there);
- :func:`merge_with_previous` and :func:`split` for items read as one or as two;
- :func:`set_kind` and :func:`set_flagship` for an item's kind and flagship mark;
- :func:`set_year` for the plan's year (or the programme's first year);
- :func:`set_title` for a title the reader got wrong ("de samenwerkingtussenhulpdiensten"),
  :func:`set_code` for a workgroup's code.

Sections are renumbered by position after a move ("3.1", "3.2" ...), chapters too.
"""

from __future__ import annotations

import re

from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocItem,
    DocSection,
    DocumentKind,
    DocWorkgroup,
    PlanDocument,
)
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer.language import PLAN_TITLES, known, programme_title
from bnldesk.services.importer.plan_numbered import item_title

Node = DocChapter | DocSection | DocItem


class CorrectionError(BnldeskError):
    """A correction that does not apply to the chosen object; ``code`` names why (worded in
    the interface language by ``bnldesk.ui.error_texts``), ``values`` what the sentence needs."""


def _find_section(doc: PlanDocument, item: DocItem) -> tuple[DocChapter, DocSection]:
    for chapter in doc.chapters:
        for section in _walk(chapter.sections):
            if any(candidate is item for candidate in section.items):
                return chapter, section
    raise CorrectionError("that item is no longer in the document", code="correction_item_gone")


def _walk(sections: list[DocSection]) -> list[DocSection]:
    out: list[DocSection] = []
    for section in sections:
        out.append(section)
        out.extend(_walk(section.children))
    return out


def _siblings(doc: PlanDocument, section: DocSection) -> tuple[DocChapter, list[DocSection]]:
    """The chapter of ``section`` and the list that holds it (chapter or parent section)."""
    for chapter in doc.chapters:
        if any(s is section for s in chapter.sections):
            return chapter, chapter.sections
        for parent in _walk(chapter.sections):
            if any(s is section for s in parent.children):
                return chapter, parent.children
    raise CorrectionError(
        "that section is no longer in the document", code="correction_section_gone"
    )


def _index(items: list[object], wanted: object) -> int:
    return next(i for i, candidate in enumerate(items) if candidate is wanted)


def renumber(doc: PlanDocument) -> None:
    """Number chapters 1, 2 ... and their sections 1.1, 1.2 ... (and 1.1.1 ...) by position."""

    def number(sections: list[DocSection], prefix: str) -> None:
        for position, section in enumerate(sections, start=1):
            section.number = f"{prefix}.{position}"
            number(section.children, section.number)

    for position, chapter in enumerate(doc.chapters, start=1):
        chapter.number = str(position)
        number(chapter.sections, chapter.number)


def promote(doc: PlanDocument, node: Node) -> Node:
    """An item becomes a section, a section a chapter (see the module docstring); returns the
    section or chapter it became."""
    result: Node
    if isinstance(node, DocItem):
        _chapter_of, section = _find_section(doc, node)
        at = _index(list(section.items), node)
        items_after = section.items[at + 1 :]
        del section.items[at:]
        new = DocSection(number="", title=node.title, body=node.body, items=items_after)
        _chapter, holder = _siblings(doc, section)
        holder.insert(_index(list(holder), section) + 1, new)
        result = new
    elif isinstance(node, DocSection):
        chapter, holder = _siblings(doc, node)
        if holder is not chapter.sections:
            raise CorrectionError(
                "only a section directly under a chapter can become a chapter",
                code="correction_not_under_chapter",
            )
        at = _index(list(holder), node)
        moved = holder[at + 1 :]
        del holder[at:]
        new_chapter = DocChapter(number="", title=node.title, body=node.body)
        if node.items or node.workgroups or node.children:
            # Its own content stays in a section of the new chapter.
            new_chapter.sections.append(node)
        new_chapter.sections.extend(moved)
        doc.chapters.insert(_index(list(doc.chapters), chapter) + 1, new_chapter)
        result = new_chapter
    else:
        raise CorrectionError(
            "a chapter is already the highest level", code="correction_chapter_highest"
        )
    renumber(doc)
    return result


def demote(doc: PlanDocument, node: Node) -> Node:
    """A chapter becomes a section of the one before, a section an item of the one before;
    returns the section or item it became."""
    result: Node
    if isinstance(node, DocChapter):
        at = _index(list(doc.chapters), node)
        if at == 0:
            raise CorrectionError(
                "the first chapter has no chapter before it to go under",
                code="correction_first_chapter",
            )
        before = doc.chapters[at - 1]
        section = DocSection(number="", title=node.title, body=node.body)
        before.sections.append(section)
        before.sections.extend(node.sections)
        del doc.chapters[at]
        result = section
    elif isinstance(node, DocSection):
        _chapter, holder = _siblings(doc, node)
        at = _index(list(holder), node)
        if at == 0:
            raise CorrectionError(
                "the first section has no section before it to go under",
                code="correction_first_section",
            )
        above = holder[at - 1]
        result = DocItem(ItemKind.OTHER, node.title, node.body)
        above.items.append(result)
        above.items.extend(node.items)
        above.workgroups.extend(node.workgroups)
        above.children.extend(node.children)
        del holder[at]
    else:
        raise CorrectionError("an item is already the lowest level", code="correction_item_lowest")
    renumber(doc)
    return result


def merge_with_previous(doc: PlanDocument, item: DocItem) -> None:
    """The item is the rest of the one before it (a list entry read as an item of its own)."""
    _chapter, section = _find_section(doc, item)
    at = _index(list(section.items), item)
    if at == 0:
        raise CorrectionError(
            "the first item of a section has no item before it", code="correction_first_item"
        )
    previous = section.items[at - 1]
    text = item.body or item.title
    previous.body = f"{previous.body}\n\n{text}".strip() if previous.body else text
    previous.flagship = previous.flagship or item.flagship
    del section.items[at]


_BREAK = re.compile(r"\n\n|(?<=[;.])\s+(?=[A-ZÀ-Þ])|\s+-\s+")


def _no_break() -> CorrectionError:
    return CorrectionError(
        "the item's text has no paragraph or sentence break to split at", code="correction_no_break"
    )


def split(doc: PlanDocument, item: DocItem) -> None:
    """Two items read as one: split at the first paragraph or sentence break of its text."""
    _chapter, section = _find_section(doc, item)
    text = item.body or item.title
    match = _BREAK.search(text)
    if match is None:
        raise _no_break()
    first, rest = text[: match.start()].strip(), text[match.end() :].strip()
    if not first or not rest:
        raise _no_break()
    item.body = first
    item.title = item_title(first)
    new = DocItem(item.kind, item_title(rest), rest, theme=item.theme)
    section.items.insert(_index(list(section.items), item) + 1, new)


def set_kind(item: DocItem, kind: ItemKind) -> None:
    """The item's kind; the flagship kind marks it a flagship too."""
    item.kind = kind
    if kind is ItemKind.FLAGSHIP:
        item.flagship = True


def set_flagship(item: DocItem, flagship: bool) -> None:
    """Mark ``item`` a flagship or not; an unmarked flagship item becomes a project of kind other."""
    item.flagship = flagship
    if not flagship and item.kind is ItemKind.FLAGSHIP:
        item.kind = ItemKind.OTHER


def set_year(doc: PlanDocument, year: int) -> None:
    """The plan's year, or the first year of a programme (which then runs four years); the
    title follows (its year replaced, or the usual title in the document's language)."""
    if not 1944 <= year <= 2200:
        raise CorrectionError(
            f"{year} is not a plausible year", code="correction_year", values=(year,)
        )
    language = known(doc.language)
    if doc.kind == "plan":
        doc.year = year
        doc.title = (
            re.sub(r"\d{4}", str(year), doc.title)
            if re.search(r"\d{4}", doc.title)
            else PLAN_TITLES[language].format(year=year)
        )
    else:
        span = (doc.end_year - doc.start_year) if doc.start_year and doc.end_year else 3
        doc.start_year, doc.end_year = year, year + span
        doc.title = programme_title(year, year + span, language)


def set_document_kind(doc: PlanDocument, kind: DocumentKind, year: int) -> None:
    """Read the document as an annual plan of ``year`` or as the programme starting in
    ``year`` (four years), with the usual title in its language."""
    language = known(doc.language)
    doc.kind = kind
    if kind == "plan":
        doc.year, doc.start_year, doc.end_year = year, None, None
        doc.title = PLAN_TITLES[language].format(year=year)
    else:
        doc.year = None
        doc.start_year, doc.end_year = year, year + 3
        doc.title = programme_title(year, year + 3, language)


# A title is one line of a few hundred characters at most (the database keeps 500 for
# chapters and sections, 1,000 for items).
MAX_TITLE_CHARS = 500


def set_title(node: object, text: str) -> None:
    """A chapter's, section's or item's title, a workgroup's or contact's name, as typed:
    spacing (line breaks, tabs, runs of blanks) made single blanks. Raises
    :class:`CorrectionError` for an empty or overlong title or a node without one."""
    title = " ".join(text.split())
    if not title:
        raise CorrectionError("a title cannot be empty", code="correction_title_empty")
    if len(title) > MAX_TITLE_CHARS:
        raise CorrectionError(
            f"a title has at most {MAX_TITLE_CHARS} characters",
            code="correction_title_long",
            values=(MAX_TITLE_CHARS,),
        )
    if isinstance(node, DocChapter | DocSection | DocItem):
        node.title = title
    elif isinstance(node, DocWorkgroup | DocContact):
        node.name = title
    else:
        raise CorrectionError(
            "choose a chapter, section, item, workgroup or contact to rename",
            code="correction_choose_rename",
        )


_CODE = re.compile(r"^[\w][\w ./&()+-]*$")


def set_code(node: object, text: str) -> None:
    """A workgroup's code ("SENN-CRISE"), or none when ``text`` is blank. Raises
    :class:`CorrectionError` for a node that is no workgroup or a code with other signs than
    letters, digits, blanks and ``. / & ( ) + -``."""
    if not isinstance(node, DocWorkgroup):
        raise CorrectionError("only a workgroup has a code", code="correction_code_not_workgroup")
    code = " ".join(text.split())
    if code and (len(code) > 100 or not _CODE.match(code)):
        raise CorrectionError(
            f"{code[:40]!r} is not a workgroup code",
            code="correction_bad_code",
            values=(code[:40],),
        )
    node.code = code or None
