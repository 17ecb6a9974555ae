"""The export dialogs' remembered choices (parts of the brief, sheets and columns, private notes)
in the settings, with the marking, delegation, author and language from the preferences.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from bnldesk.services.reports import (
    EXPORT_KINDS,
    BriefOptions,
    XlsxOptions,
)
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


def _json(settings: Settings, key: str) -> dict[str, Any]:
    try:
        value = json.loads(str(settings.get(key)))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def load_brief_options(settings: Settings) -> BriefOptions:
    """The remembered parts and private-notes choice, with marking, delegation, author and
    language from the preferences."""
    saved = _json(settings, "export/brief_options")
    options = BriefOptions()
    for f in fields(BriefOptions):
        if f.name.startswith("include_") and isinstance(saved.get(f.name), bool):
            setattr(options, f.name, saved[f.name])
    options.marking = str(settings.get("prefs/marking"))
    options.delegation = settings.delegation()
    options.author = str(settings.get("prefs/author"))
    options.language = language(settings)
    return options


def save_brief_options(settings: Settings, options: BriefOptions) -> None:
    chosen = {k: v for k, v in asdict(options).items() if k.startswith("include_")}
    settings.set("export/brief_options", json.dumps(chosen, sort_keys=True))


def load_excel_options(settings: Settings) -> tuple[XlsxOptions, bool]:
    saved = _json(settings, "export/excel_options")
    kinds = [k for k in saved.get("kinds", []) if k in EXPORT_KINDS] or ["workgroups"]
    columns: dict[str, list[str]] = {}
    for kind, keys in dict(saved.get("columns", {})).items():
        if kind in EXPORT_KINDS and isinstance(keys, list):
            known = {c.key for c in EXPORT_KINDS[kind].columns}
            columns[kind] = [k for k in keys if k in known]
    options = XlsxOptions(
        kinds=kinds,
        columns=columns,
        language=language(settings),
        author=str(settings.get("prefs/author")),
    )
    return options, bool(saved.get("include_private", False))


def save_excel_options(settings: Settings, options: XlsxOptions, include_private: bool) -> None:
    value = {"kinds": options.kinds, "columns": options.columns, "include_private": include_private}
    settings.set("export/excel_options", json.dumps(value, sort_keys=True))


def slug(text: str) -> str:
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return text[:60] or "export"
