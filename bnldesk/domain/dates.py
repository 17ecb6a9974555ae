"""The one short date format per language, shared by the window, the briefs and the workbooks.

A delegate who reads 15/12/2026 in the notes list must read the same in the printed brief and
in the Excel sheet. The patterns are day/month/four-digit year, the day always on two digits
in every language (nl_BE and fr_BE write "1/12/2026", which stood unaligned beside
"15/12/2026" in a column of due dates: trial 9), written down here rather than asked of Qt
at run time so that the services (which have no Qt) and every Qt version agree:

======== =============== ============
language  pattern          1 Dec 2026
======== =============== ============
en        ``dd/MM/yyyy``   01/12/2026
nl        ``dd/MM/yyyy``   01/12/2026
fr        ``dd/MM/yyyy``   01/12/2026
======== =============== ============

Patterns use Qt's (Unicode CLDR) letters: ``d`` day, ``dd`` two-digit day, ``MM`` two-digit
month, ``yyyy`` year. An unknown language uses English.
"""

from __future__ import annotations

import datetime as dt
import re

DATE_PATTERNS: dict[str, str] = {"en": "dd/MM/yyyy", "nl": "dd/MM/yyyy", "fr": "dd/MM/yyyy"}
_TOKEN = re.compile(r"yyyy|MM|M|dd|d")


def date_pattern(language: str) -> str:
    """The Qt date pattern of ``language`` (``"dd/MM/yyyy"``); English for an unknown one."""
    return DATE_PATTERNS.get(language, DATE_PATTERNS["en"])


def format_date(day: dt.date, language: str) -> str:
    """``day`` in ``language``'s short format: "15/12/2026" (a datetime shows its date only)."""

    def field(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "yyyy":
            return f"{day.year:04d}"
        if token in ("MM", "dd"):
            return f"{day.month if token == 'MM' else day.day:02d}"
        return str(day.month if token == "M" else day.day)

    return _TOKEN.sub(field, date_pattern(language))


def format_date_time(moment: dt.datetime, language: str) -> str:
    """``moment`` as "15/12/2026 10:00" (24-hour clock in every language)."""
    return f"{format_date(moment, language)} {moment:%H:%M}"


def spreadsheet_date_format(language: str) -> str:
    """The Excel number format showing a date cell as :func:`format_date` does
    ("dd\\/mm\\/yyyy"; the slash escaped so that no spreadsheet swaps in its own separator)."""
    pattern = date_pattern(language).replace("M", "m")
    return pattern.replace("/", "\\/").replace("-", "\\-").replace(".", "\\.")


def spreadsheet_date_time_format(language: str) -> str:
    """The Excel number format for a date with its time, as :func:`format_date_time`."""
    return spreadsheet_date_format(language) + " hh:mm"
