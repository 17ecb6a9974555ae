"""Preferences and window state, declared in one place with their defaults, over QSettings.

Every key the application reads or writes is declared in :data:`SPECS`; asking for any other key
raises ``KeyError``, so a typo cannot silently create a setting nobody reads. Tests isolate the
store by giving :class:`Settings` a temporary INI file; ``$BNLDESK_SETTINGS`` names another INI
file for a whole run (``python3 dev.py demo`` keeps the demo's preferences and window layout in
``.demo/settings.ini``, never in the delegate's own).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from bnldesk import APP_NAME, APP_ORG
from bnldesk import LANGUAGES as INTERFACE_LANGUAGES
from bnldesk.paths import default_export_dir
from bnldesk.ui.browse.filter_state import FilterState, views_from_json, views_to_json

DELEGATIONS = ("BE", "NL", "LU", "other")
LANGUAGES = ("system", *INTERFACE_LANGUAGES)
NOT_CHOSEN = ""  # prefs/delegation before the delegate chose one (bnldesk.ui.settings.ask)


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type
    choices: tuple[str, ...] | None = None


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        # preferences (the Preferences dialog)
        # "" until the delegate chooses one: never inferred from the locale (trials 14, 15)
        SettingSpec("prefs/delegation", NOT_CHOSEN, str, DELEGATIONS),
        SettingSpec("prefs/delegation_other", "", str),
        SettingSpec("prefs/author", "", str),
        SettingSpec("prefs/language", "system", str, LANGUAGES),
        SettingSpec("prefs/appearance", "system", str, ("system", "light", "dark")),
        SettingSpec("prefs/export_dir", "", str),
        SettingSpec("prefs/marking", "", str),
        SettingSpec("prefs/start_page", True, bool),
        # window state
        SettingSpec("window/geometry", QByteArray(), QByteArray),
        SettingSpec("window/state", QByteArray(), QByteArray),
        SettingSpec("window/main_splitter", QByteArray(), QByteArray),
        SettingSpec("window/right_splitter", QByteArray(), QByteArray),
        SettingSpec("window/last_selection", "", str),
        SettingSpec("window/list_mode", "items", str, ("items", "notes")),
        SettingSpec("window/nav_tab", 0, int),
        # where the Start page, Meetings and Conflicts windows were (meetings.features)
        SettingSpec("window/tool_start", QByteArray(), QByteArray),
        SettingSpec("window/tool_meetings", QByteArray(), QByteArray),
        SettingSpec("window/tool_conflicts", QByteArray(), QByteArray),
        # saved filters ("views"): JSON {name: filter dict}
        SettingSpec("filters/views", "{}", str),
        # the export dialogs' last choices (JSON), see bnldesk.ui.exports.dialogs
        SettingSpec("export/brief_options", "{}", str),
        # per meeting (by its UUID): the marking and private-notes choice of its last brief
        SettingSpec("export/meeting_briefs", "{}", str),
        SettingSpec("export/excel_options", "{}", str),
        # the delegation server of File > Sync with server... (its URL, never a password)
        SettingSpec("sync/server_url", "", str),
        # the last folder each kind of file was picked from (bnldesk.ui.exports.folders)
        SettingSpec("folders/document", "", str),
        SettingSpec("folders/workbook", "", str),
        SettingSpec("folders/bundle", "", str),
        SettingSpec("folders/calendar", "", str),
    )
}


# The INI file a run keeps its settings in instead of the user's own (``dev.py demo``).
SETTINGS_ENV = "BNLDESK_SETTINGS"


class Settings:
    """Typed access to the declared settings. ``path`` gives an INI file (tests, portable use);
    without it ``$BNLDESK_SETTINGS`` when set, else the user's settings of the platform."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None and os.environ.get(SETTINGS_ENV):
            path = Path(os.environ[SETTINGS_ENV])
        if path is not None:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ORG, APP_NAME
            )

    @staticmethod
    def spec(key: str) -> SettingSpec:
        try:
            return SPECS[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}; declare it in bnldesk.ui.settings") from None

    def get(self, key: str) -> Any:
        spec = self.spec(key)
        raw = self._qs.value(key, None)
        if raw is None:
            return spec.default
        try:
            if spec.kind is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() == "true"
            elif spec.kind is QByteArray:
                value = (
                    raw if isinstance(raw, QByteArray) else QByteArray(bytes(str(raw), "latin-1"))
                )
            else:
                value = spec.kind(raw)
        except (TypeError, ValueError):
            return spec.default
        if spec.choices is not None and value not in spec.choices:
            return spec.default
        return value

    def set(self, key: str, value: Any) -> None:
        spec = self.spec(key)
        if spec.choices is not None and value not in spec.choices:
            raise ValueError(f"{key}: {value!r} is not one of {spec.choices}")
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    def file_name(self) -> str:
        return self._qs.fileName()

    # ---------------------------------------------------------------------------------------
    def export_dir(self) -> Path:
        value = self.get("prefs/export_dir")
        return Path(value) if value else default_export_dir()

    def delegation_chosen(self) -> bool:
        """Whether the delegate chose a delegation (a stored value counts as chosen, also
        one the old default "BE" wrote; only a missing or unknown one is not chosen)."""
        return str(self.get("prefs/delegation")) != NOT_CHOSEN

    def delegation(self) -> str:
        """The chosen delegation ("BE", "NL", "LU" or the one typed for "other"), ""
        while none is chosen: ask with :func:`bnldesk.ui.settings.ask.ask_delegation`."""
        value = str(self.get("prefs/delegation"))
        if value == "other":
            return str(self.get("prefs/delegation_other")).strip() or "other"
        return value

    def views(self) -> dict[str, FilterState]:
        """The filter bar's saved views by name (:mod:`bnldesk.ui.browse.filter_state`); none
        when the setting is no JSON."""
        try:
            data = json.loads(self.get("filters/views"))
        except ValueError:
            return {}
        return views_from_json(data)

    def set_views(self, views: dict[str, FilterState]) -> None:
        """Keep ``views`` (by name) as the saved views."""
        self.set(
            "filters/views",
            json.dumps(views_to_json(views), ensure_ascii=False, sort_keys=True),
        )
