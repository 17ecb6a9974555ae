"""The export dialogs' remembered choices (parts of the brief, sheets and columns) in the
settings, with the marking, delegation, author and language from the preferences. Whether
private notes go in is asked each time, never carried to another brief; a meeting's brief made
again gets the marking and private-notes choice of that meeting's last brief
(:class:`MeetingBriefChoice`).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from bnldesk.services.reports import (
    EXPORT_KINDS,
    BriefOptions,
    XlsxOptions,
)
from bnldesk.services.reports.labels import marking_in
from bnldesk.ui import i18n
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.settings import Settings

if TYPE_CHECKING:
    pass


BRIEF_PARTS: tuple[tuple[str, str], ...] = (
    ("cover", QT_TRANSLATE_NOOP("ExportDialogs", "Cover page")),
    ("toc", QT_TRANSLATE_NOOP("ExportDialogs", "Table of contents")),
    ("agenda", QT_TRANSLATE_NOOP("ExportDialogs", "Agenda (meeting briefs)")),
    ("plan", QT_TRANSLATE_NOOP("ExportDialogs", "Place in the plan, objectives and projects")),
    ("notes", QT_TRANSLATE_NOOP("ExportDialogs", "The delegation's notes and positions")),
    ("actions", QT_TRANSLATE_NOOP("ExportDialogs", "Open action items")),
    ("contacts", QT_TRANSLATE_NOOP("ExportDialogs", "Secretariat-General contacts")),
    ("history", QT_TRANSLATE_NOOP("ExportDialogs", "Earlier plans and the notes made then")),
)
SHEETS: tuple[tuple[str, str], ...] = (
    ("workgroups", QT_TRANSLATE_NOOP("ExportDialogs", "Workgroups")),
    ("contacts", QT_TRANSLATE_NOOP("ExportDialogs", "Contacts")),
    ("annotations", QT_TRANSLATE_NOOP("ExportDialogs", "Notes")),
)
BRIEF_KINDS = ("workgroup", "section", "item", "meeting")


def language(settings: Settings) -> str:
    return i18n.resolve(str(settings.get("prefs/language")))


def _json(settings: Settings, key: str) -> dict[str, object]:
    """The JSON object kept under ``key`` ({} when the setting holds none); its values are
    checked where they are read (a hand-edited file may hold anything)."""
    try:
        value = json.loads(str(settings.get(key)))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# Never remembered: ticked for one brief or workbook, private notes must not go into the
# next one unasked (fourth delegate trial). Every dialog opens with it off.
ONE_OFF = "include_private"


def load_brief_options(settings: Settings) -> BriefOptions:
    """The remembered parts, with marking, delegation, author and language from the
    preferences; private notes are left out (a one-off choice, never remembered)."""
    saved = _json(settings, "export/brief_options")
    options = BriefOptions()
    options.include_private = False
    for f in fields(BriefOptions):
        if f.name == ONE_OFF:
            continue
        if f.name.startswith("include_") and isinstance(saved.get(f.name), bool):
            setattr(options, f.name, saved[f.name])
    options.delegation = settings.delegation()
    options.author = str(settings.get("prefs/author"))
    options.language = language(settings)
    options.marking = marking_in(str(settings.get("prefs/marking")), options.language)
    return options


@dataclass(frozen=True)
class MeetingBriefChoice:
    """What the last brief of one meeting was made with: its marking ("BEPERKTE VERSPREIDING")
    and whether private notes went in. Trial 10: the second brief of the same meeting came out
    unmarked unless the marking was typed again. Kept for that meeting only; another meeting's
    brief still opens with private notes left out."""

    marking: str
    include_private: bool


# The meetings remembered: the most recently briefed are kept.
MEETING_BRIEFS_KEPT = 200


def load_meeting_brief_choice(settings: Settings, meeting_uuid: str) -> MeetingBriefChoice | None:
    """The choice of meeting ``meeting_uuid``'s last brief, None when it had none."""
    saved = _json(settings, "export/meeting_briefs").get(meeting_uuid)
    if not isinstance(saved, dict):
        return None
    marking, private = saved.get("marking"), saved.get("include_private")
    if not isinstance(marking, str) or not isinstance(private, bool):
        return None
    return MeetingBriefChoice(marking, private)


def save_meeting_brief_choice(
    settings: Settings, meeting_uuid: str, choice: MeetingBriefChoice
) -> None:
    """Remember ``choice`` for meeting ``meeting_uuid`` (the oldest dropped past
    :data:`MEETING_BRIEFS_KEPT`)."""
    saved = _json(settings, "export/meeting_briefs")
    saved.pop(meeting_uuid, None)
    saved[meeting_uuid] = asdict(choice)
    kept = dict(list(saved.items())[-MEETING_BRIEFS_KEPT:])
    settings.set("export/meeting_briefs", json.dumps(kept))


def save_brief_options(settings: Settings, options: BriefOptions) -> None:
    chosen = {k: v for k, v in asdict(options).items() if k.startswith("include_") and k != ONE_OFF}
    settings.set("export/brief_options", json.dumps(chosen, sort_keys=True))


def load_excel_options(settings: Settings) -> tuple[XlsxOptions, bool]:
    """The remembered sheets and columns, and whether to include private notes: never (a
    one-off choice, made again for each workbook)."""
    saved = _json(settings, "export/excel_options")
    saved_kinds, saved_columns = saved.get("kinds"), saved.get("columns")
    kinds = [
        kind
        for kind in (saved_kinds if isinstance(saved_kinds, list) else [])
        if isinstance(kind, str) and kind in EXPORT_KINDS
    ] or ["workgroups"]
    columns: dict[str, list[str]] = {}
    for kind, keys in (saved_columns if isinstance(saved_columns, dict) else {}).items():
        if kind in EXPORT_KINDS and isinstance(keys, list):
            known = {c.key for c in EXPORT_KINDS[kind].columns}
            columns[kind] = [k for k in keys if k in known]
    options = XlsxOptions(
        kinds=kinds,
        columns=columns,
        language=language(settings),
        author=str(settings.get("prefs/author")),
    )
    return options, False


def save_excel_options(settings: Settings, options: XlsxOptions) -> None:
    """Remember the sheets and columns (never the private-notes choice)."""
    value = {"kinds": options.kinds, "columns": options.columns}
    settings.set("export/excel_options", json.dumps(value, sort_keys=True))


def slug(text: str) -> str:
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return text[:60] or "export"
