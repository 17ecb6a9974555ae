"""Display names of the stored codes (kinds, states, priorities), translated at display time."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from bnldesk.domain import value_words
from bnldesk.domain.value_words import Words
from bnldesk.services import error_words
from bnldesk.ui import i18n
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"

ITEM_KINDS: dict[str, str] = {
    "objective": QT_TRANSLATE_NOOP("Labels", "Objective"),
    "ongoing": QT_TRANSLATE_NOOP("Labels", "Ongoing project"),
    "new": QT_TRANSLATE_NOOP("Labels", "New project"),
    "flagship": QT_TRANSLATE_NOOP("Labels", "Flagship project"),
    "other": QT_TRANSLATE_NOOP("Labels", "Project"),
}

# What a note can be on (the vocabulary's kinds) and the window's other objects.
OBJECT_KINDS: dict[str, str | Words] = {
    **value_words.TARGET_KIND,
    "theme": QT_TRANSLATE_NOOP("Labels", "Theme"),
    "annotation": QT_TRANSLATE_NOOP("Labels", "Note"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
}

# The enumerated fields' words come from the one vocabulary the sheets, briefs and the
# command line share (trial 13: the form's "Afgehandeld" was refused by the sheet's import).
NOTE_STATUSES: dict[str, Words] = value_words.NOTE_STATUS
PRIORITIES: dict[int, Words] = value_words.PRIORITY
POSITION_STATES: dict[str, Words] = value_words.POSITION_STATE
VISIBILITIES: dict[str, Words] = value_words.VISIBILITY_LONG
# The same, short: in the list of an object's notes, beside each note's status.
VISIBILITIES_SHORT: dict[str, Words] = value_words.VISIBILITY
ACTION_STATUSES: dict[str, Words] = value_words.ACTION_STATUS

CHANGES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "changed": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "gone": QT_TRANSLATE_NOOP("Labels", "Gone"),
    "same": QT_TRANSLATE_NOOP("Labels", "Unchanged"),
}

DELEGATIONS: dict[str, str] = {
    "BE": QT_TRANSLATE_NOOP("Labels", "Belgium (BE)"),
    "NL": QT_TRANSLATE_NOOP("Labels", "Netherlands (NL)"),
    "LU": QT_TRANSLATE_NOOP("Labels", "Luxembourg (LU)"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other party"),
}


def label(table: Mapping[str, str | Words] | Mapping[int, str | Words], value: object) -> str:
    """The name of the stored ``value`` in ``table`` in the interface language; the value as
    text when the table does not know it, "" for None."""
    text = table.get(value)  # type: ignore[call-overload]
    if text is None:
        return str(value) if value is not None else ""
    if isinstance(text, Words):
        return text.said_in(i18n.current())
    return QCoreApplication.translate(_CTX, text)


# The editable fields' names (bnldesk.services.error_words, which says a conflict's fields in
# the window's words on the command line too).
RECORD_FIELDS = error_words.RECORD_FIELDS


def field_label(name: str) -> str:
    """The name of a record's field ``name`` (``position_text``) in the interface language."""
    return QCoreApplication.translate("", RECORD_FIELDS.get(name, name))
