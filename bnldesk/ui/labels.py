"""Display names of the stored codes (kinds, states, priorities), translated at display time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bnldesk.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"

ITEM_KINDS: dict[str, str] = {
    "objective": QT_TRANSLATE_NOOP("Labels", "Objective"),
    "ongoing": QT_TRANSLATE_NOOP("Labels", "Ongoing project"),
    "new": QT_TRANSLATE_NOOP("Labels", "New project"),
    "flagship": QT_TRANSLATE_NOOP("Labels", "Flagship project"),
    "other": QT_TRANSLATE_NOOP("Labels", "Project"),
}

OBJECT_KINDS: dict[str, str] = {
    "programme": QT_TRANSLATE_NOOP("Labels", "Work programme"),
    "plan": QT_TRANSLATE_NOOP("Labels", "Annual plan"),
    "chapter": QT_TRANSLATE_NOOP("Labels", "Chapter"),
    "theme": QT_TRANSLATE_NOOP("Labels", "Theme"),
    "section": QT_TRANSLATE_NOOP("Labels", "Section"),
    "item": QT_TRANSLATE_NOOP("Labels", "Plan item"),
    "workgroup": QT_TRANSLATE_NOOP("Labels", "Workgroup"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "annotation": QT_TRANSLATE_NOOP("Labels", "Note"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "free": QT_TRANSLATE_NOOP("Labels", "Free text"),
}

NOTE_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
}

PRIORITIES: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("Labels", "No priority"),
    1: QT_TRANSLATE_NOOP("Labels", "Low"),
    2: QT_TRANSLATE_NOOP("Labels", "Normal"),
    3: QT_TRANSLATE_NOOP("Labels", "High"),
}

POSITION_STATES: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("Labels", "No position yet"),
    "agreed": QT_TRANSLATE_NOOP("Labels", "Agreed"),
    "reservation": QT_TRANSLATE_NOOP("Labels", "Reservation"),
    "to_coordinate": QT_TRANSLATE_NOOP("Labels", "To coordinate"),
}

VISIBILITIES: dict[str, str] = {
    "private": QT_TRANSLATE_NOOP("Labels", "Private (only me)"),
    "delegation": QT_TRANSLATE_NOOP("Labels", "Delegation"),
    "shareable": QT_TRANSLATE_NOOP("Labels", "Shareable"),
}
# The same, short: in the list of an object's notes, beside each note's status.
VISIBILITIES_SHORT: dict[str, str] = {
    "private": QT_TRANSLATE_NOOP("Labels", "Private"),
    "delegation": QT_TRANSLATE_NOOP("Labels", "Delegation"),
    "shareable": QT_TRANSLATE_NOOP("Labels", "Shareable"),
}

ACTION_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

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


def label(table: dict[str, str] | dict[int, str], value: object) -> str:
    text = table.get(value)  # type: ignore[call-overload]
    if text is None:
        return str(value) if value is not None else ""
    return QCoreApplication.translate(_CTX, text)


# The editable fields of notes, action items, meetings and agenda points, as the forms name
# them (filed under the empty context, where the forms' own labels are).
RECORD_FIELDS: dict[str, str] = {
    "body": QT_TRANSLATE_NOOP("", "Note text"),
    "tags": QT_TRANSLATE_NOOP("", "Tags"),
    "priority": QT_TRANSLATE_NOOP("", "Priority"),
    "status": QT_TRANSLATE_NOOP("", "Status"),
    "position_text": QT_TRANSLATE_NOOP("", "Our position"),
    "position_state": QT_TRANSLATE_NOOP("", "Position state"),
    "consult": QT_TRANSLATE_NOOP("", "Still to consult"),
    "visibility": QT_TRANSLATE_NOOP("", "Visibility"),
    "title": QT_TRANSLATE_NOOP("", "Title"),
    "owner": QT_TRANSLATE_NOOP("", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("", "Due"),
    "workgroup": QT_TRANSLATE_NOOP("", "Workgroup"),
    "starts_at": QT_TRANSLATE_NOOP("", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("", "Ends"),
    "place": QT_TRANSLATE_NOOP("", "Place"),
    "video_link": QT_TRANSLATE_NOOP("", "Video link"),
    "chair": QT_TRANSLATE_NOOP("", "Chair"),
    "notes": QT_TRANSLATE_NOOP("", "Notes"),
    "outcome": QT_TRANSLATE_NOOP("", "Outcome"),
}


def field_label(name: str) -> str:
    """The name of a record's field ``name`` (``position_text``) in the interface language."""
    return QCoreApplication.translate("", RECORD_FIELDS.get(name, name))
