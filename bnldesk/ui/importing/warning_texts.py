"""The importer's warnings in the interface language.

The importer (``bnldesk.services.importer``, no Qt) gives each warning a ``code`` and its
``values`` beside the English ``message`` the command line prints; the review window says it
here, by the code, with Qt's plural forms where a number leads. A warning whose code is not
known here (a newer importer) is shown in English rather than not at all;
``tests/test_import_warning_texts.py`` keeps every code the importer uses in this table.
"""

from __future__ import annotations

from collections.abc import Callable

from bnldesk.domain.document import ImportWarning
from bnldesk.ui import i18n
from bnldesk.ui.importing.texts import tr


def _filled(template: str, *values: str | int) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``values`` (the last first, so that
    ``%1`` never eats the start of ``%10``)."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def _sentence(text: str) -> str:
    """``text`` with a capital first letter: the translations are written to follow a place
    ("pagina 3, regel 12: ..."), but a warning is a sentence in every language (trial 14: the
    French review read "tout le document : ..."); a text the document gave at its start keeps
    its case (:func:`bnldesk.ui.i18n.sentence`)."""
    return i18n.sentence(text)


def _count(values: tuple[str | int, ...]) -> int:
    """The number a warning's text counts: its first value."""
    return values[0] if values and isinstance(values[0], int) else 0


def _value(values: tuple[str | int, ...], position: int) -> str | int:
    """The value at ``position``, "?" when the importer gave fewer."""
    return values[position] if len(values) > position else "?"


# Each text a literal inside tr(), so that lupdate files it for the translators.
_SAYINGS: dict[str, Callable[[tuple[str | int, ...]], str]] = {
    "toc_entry_before_theme": lambda values: tr("contents entry before any theme"),
    "theme_not_in_text": lambda values: tr("in the table of contents but not in the text"),
    "themes_by_capitals": lambda values: tr(
        "%n theme(s) recognised by their capitals only (no table of contents or numbers to "
        "check them against)",
        None,
        _count(values),
    ),
    "themes_by_capitals_few": lambda values: tr(
        "%n theme(s) recognised by their capitals only (no table of contents or numbers to "
        "check them against); too few for a programme",
        None,
        _count(values),
    ),
    "no_sections": lambda values: tr("no sections found under the chapters"),
    "no_items_or_workgroups": lambda values: tr("no items or workgroups found in any section"),
    "sections_without_items": lambda values: _filled(
        tr("%n of %1 section(s) have no items", None, _count(values)),
        _value(values, 1),
    ),
    "file_name_year": lambda values: _filled(
        tr("the file name says %1 but the plan is read as %2: check the year"),
        _value(values, 0),
        _value(values, 1),
    ),
    "programme_follows": lambda values: _filled(
        tr("%1 follows the plan in the same file; it is imported as a separate programme"),
        _value(values, 0),
    ),
    "second_document_follows": lambda values: tr(
        "a second document follows the plan in the same file; it was not imported"
    ),
    "section_without_heading": lambda values: _filled(
        tr("section %1 has no heading in the text; taken to start here"), _value(values, 0)
    ),
    "chapter_items_before_section": lambda values: _filled(
        tr("items of chapter %1 before any section were placed in %2"),
        _value(values, 0),
        _value(values, 1),
    ),
    "flagship_mark_at_end": lambda values: tr(
        "a flagship mark at the end of the text marks nothing"
    ),
    "section_not_in_text": lambda values: _filled(
        tr("section %1 is in the table of contents but not in the text"), _value(values, 0)
    ),
    "toc_number_not_in_text": lambda values: _filled(
        tr("%1 is in the table of contents but not in the text"), _value(values, 0)
    ),
    "contact_without_name": lambda values: tr("contact line without a name"),
    "text_before_first_chapter": lambda values: tr("text before the first chapter skipped"),
    "section_number_unexpected": lambda values: _filled(
        tr("a heading numbered %1 where %2 was expected: read as text"),
        _value(values, 0),
        _value(values, 1),
    ),
    "chapter_number_unexpected": lambda values: _filled(
        tr("a heading numbered %1 where chapter %2 was expected: read as text"),
        _value(values, 0),
        _value(values, 1),
    ),
    "workgroup_line_unrecognised": lambda values: tr("unrecognised workgroup line"),
}

KNOWN_CODES = frozenset(_SAYINGS)


def warning_message(warning: ImportWarning) -> str:
    """What ``warning`` says, in the interface language (its English ``message`` when its
    code is not known here), as a sentence (a capital first)."""
    return _sentence(_said(warning))


def _said(warning: ImportWarning) -> str:
    """What ``warning`` says as its translation words it (after a place and a colon, where
    it goes on in lower case)."""
    saying = _SAYINGS.get(warning.code)
    said = saying(warning.values) if saying is not None else warning.message
    return i18n.leading_value_kept(said, warning.values)


def warning_row(warning: ImportWarning) -> str:
    """The review window's line for ``warning``: "⚠ " when it doubts the structure, where
    (page and line, the line, or the whole document), what it says and the text it is about
    ("pagina 3, regel 12: ... – 2.1 Politiesamenwerking")."""
    if warning.page:
        where = _filled(tr("page %1, line %2"), warning.page, warning.line)
    elif warning.line:
        where = _filled(tr("line %1"), warning.line)
    else:
        where = tr("whole document")
    about = f" – {warning.text}" if warning.text else ""
    mark = "⚠ " if warning.doubt else ""
    return f"{mark}{i18n.with_colon(_sentence(where))} {_said(warning)}{about}"
