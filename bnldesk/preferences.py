"""The window's preferences as the command line reads them, without Qt.

The window keeps its preferences in an INI file written by Qt's ``QSettings``
(:class:`bnldesk.ui.settings.Settings`): ``$BNLDESK_SETTINGS`` when set (``dev.py demo``),
else ``Benelux/bnldesk.ini`` in the user's configuration folder. The command line takes the
delegation and the author from there where the delegate gives none, as the window does for
a brief (README, "Command line"). Only plain text values are read; a file that is missing or
cannot be read gives the window's defaults.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from bnldesk import APP_NAME, APP_ORG, LANGUAGES

__all__ = [
    "BriefPreferences",
    "brief_preferences",
    "command_line_language",
    "preferred_language",
    "settings_file",
]

SETTINGS_ENV = "BNLDESK_SETTINGS"  # the same variable as bnldesk.ui.settings.SETTINGS_ENV
# Not chosen (bnldesk.ui.settings: prefs/delegation): never assumed from the locale (trials 14
# and 15 stamped a Luxembourg delegate's briefs "BE").
DEFAULT_DELEGATION = ""


@dataclass(frozen=True)
class BriefPreferences:
    """The preferences a brief is signed with: ``delegation`` ("BE", "NL", "LU", the
    delegation typed for "other", or "" while none is chosen) and ``author`` ("" when none
    was given)."""

    delegation: str = DEFAULT_DELEGATION
    author: str = ""


def settings_file() -> Path:
    """The INI file the window's preferences are in (the one ``QSettings`` uses for the
    user scope: ``%APPDATA%`` on Windows, ``$XDG_CONFIG_HOME`` or ``~/.config`` elsewhere)."""
    chosen = os.environ.get(SETTINGS_ENV)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_ORG / f"{APP_NAME}.ini"


def brief_preferences(path: Path | None = None) -> BriefPreferences:
    """The delegation and author of the preferences in ``path`` (default
    :func:`settings_file`), as the window reads them; the defaults when the file is missing,
    unreadable or holds none."""
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path or settings_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return BriefPreferences()

    def value(key: str) -> str:
        return _unquoted(parser.get("prefs", key, fallback=""))

    delegation = value("delegation") or DEFAULT_DELEGATION
    if delegation == "other":
        delegation = value("delegation_other").strip() or "other"
    return BriefPreferences(delegation=delegation, author=value("author").strip())


# The environment variables a locale is read from, the first that names one of ours winning
# (GNU gettext's order: LANGUAGE is a list "fr:nl:en", the others one locale "fr_BE.UTF-8").
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def preferred_language(path: Path | None = None) -> str | None:
    """The interface language chosen in the window's preferences (``path``, default
    :func:`settings_file`): "en", "nl" or "fr"; None for "as the system" or no choice."""
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path or settings_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    chosen = _unquoted(parser.get("prefs", "language", fallback=""))
    return chosen if chosen in LANGUAGES else None


def environment_language(environ: dict[str, str] | None = None) -> str | None:
    """The first of ours ("en", "nl", "fr") the locale variables name, in
    :data:`LOCALE_VARIABLES` order; None when none does ("C", "POSIX", "de_DE", unset)."""
    environ = dict(os.environ) if environ is None else environ
    for variable in LOCALE_VARIABLES:
        for locale_name in environ.get(variable, "").split(":"):
            language = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0]
            if language.lower() in LANGUAGES:
                return language.lower()
    return None


def command_line_language(given: str | None = None) -> str:
    """The language the command line speaks, the same rule for every command: ``given``
    (a ``--language``), else the window's preferences, else the locale variables
    (:func:`environment_language`), else English."""
    if given in LANGUAGES:
        return str(given)
    return preferred_language() or environment_language() or "en"


def _unquoted(raw: str) -> str:
    """A text value as ``QSettings`` writes it: quoted when it holds a comma or spaces at its
    ends, with ``\\"`` and ``\\\\`` escaped; a value of another type (``@...``) is none."""
    text = raw.strip()
    if text.startswith("@"):
        return ""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text.replace('\\"', '"').replace("\\\\", "\\")
