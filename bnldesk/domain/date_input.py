"""Dates as delegates type them, in Dutch, French or English, read the same in the window and
on the command line.

All three languages write the day first, so ``1/12/2026``, ``1.12.26``, ``1-12-2026`` and
``1 12 2026`` are the first of December; the ISO form ``2026-12-01`` is read too. Month names
and their usual abbreviations in any of the three languages ("1 décembre 2026", "1 dec. 2026",
"December 1, 2026"), ordinals ("1er", "1st", "2nd", "1ste", "2e") and a leading day name
("mardi 1er décembre", "di 1 december") are understood; a day name that does not fall on that
date is refused rather than guessed. Without a year ("1er décembre", "1/12") the date is the
one of that day and month nearest to ``today`` (so on 30 November 2026 "1er décembre" is 1
December 2026 and "15 novembre" is 15 November 2026, not 2027).

Anything else raises :class:`DateInputError`: a typed date is never read as another date.
The month and day names are written down here (not asked of Qt) so that the command line,
which has no Qt, reads what the window reads.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from bnldesk.domain.errors import BnldeskError

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januari", "janvier", "january", "jan", "janv"),
    2: ("februari", "fevrier", "february", "feb", "febr", "fev", "fevr"),
    3: ("maart", "mars", "march", "mrt", "maa", "mar"),
    4: ("april", "avril", "apr", "avr"),
    5: ("mei", "mai", "may"),
    6: ("juni", "juin", "june", "jun"),
    7: ("juli", "juillet", "july", "jul", "juil"),
    8: ("augustus", "aout", "august", "aug"),
    9: ("september", "septembre", "sep", "sept"),
    10: ("oktober", "octobre", "october", "okt", "oct"),
    11: ("november", "novembre", "nov"),
    12: ("december", "decembre", "dec"),
}
MONTH_NUMBERS: dict[str, int] = {name: month for month, names in _MONTHS.items() for name in names}

# ISO weekday (Monday 1) by its names and abbreviations in the three languages.
_DAYS: dict[int, tuple[str, ...]] = {
    1: ("maandag", "lundi", "monday", "ma", "lun", "mon"),
    2: ("dinsdag", "mardi", "tuesday", "di", "mar", "tue", "tues"),
    3: ("woensdag", "mercredi", "wednesday", "wo", "mer", "wed"),
    4: ("donderdag", "jeudi", "thursday", "do", "jeu", "thu", "thur", "thurs"),
    5: ("vrijdag", "vendredi", "friday", "vr", "ven", "fri"),
    6: ("zaterdag", "samedi", "saturday", "za", "sam", "sat"),
    7: ("zondag", "dimanche", "sunday", "zo", "dim", "sun"),
}
DAY_NUMBERS: dict[str, int] = {name: day for day, names in _DAYS.items() for name in names}

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?\.?$")
_ORDINAL = r"(\d{1,2})(?:er|re|e|de|ste|st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"^{_ORDINAL}\.?\s*([a-z]+)\.?(?:\s+(\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^([a-z]+)\.?\s+{_ORDINAL},?(?:\s+(\d{{4}}))?$")
_WEEKDAY = re.compile(r"^([a-z]+)\.?,?\s+(?=\d)")


class DateInputError(BnldeskError, ValueError):
    """What was typed is not a date; ``typed`` is the text as the delegate typed it."""

    def __init__(self, typed: str) -> None:
        super().__init__(f"'{typed}' is not a date (for example 15/12/2026 or 2026-12-15)")
        self.typed = typed


class WeekdayMismatch(DateInputError):
    """A day name that does not fit the date typed ("mardi 3 déc." where 3 December is a
    Thursday): ``date`` is the date the rest reads as, so the message can say its day."""

    def __init__(self, typed: str, date: dt.date) -> None:
        super().__init__(typed)
        self.date = date


def _fold(text: str) -> str:
    """Case, accents and repeated spaces off: "1ER  Décembre" -> "1er decembre"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def read_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date typed in ``text`` (see the module's docstring); None for an empty field.

    ``today`` (default: the local date) decides the year when none is typed. Raises
    :class:`DateInputError` for anything that is not a date or an impossible date
    (31/02/2026), :class:`WeekdayMismatch` for a day name that does not fit the date.
    """
    typed = " ".join(text.split())
    if not typed:
        return None
    folded = _fold(typed)
    today = today or dt.date.today()
    if (match := _WEEKDAY.match(folded)) and match.group(1) in DAY_NUMBERS:
        # "mardi 1er décembre"; "mar 5, 2026" is read as March when that is not a date.
        found = _read(folded[match.end() :], today)
        if found is not None:
            if found.isoweekday() != DAY_NUMBERS[match.group(1)]:
                raise WeekdayMismatch(typed, found)
            return found
    found = _read(folded, today)
    if found is None:
        raise DateInputError(typed)
    return found


def _read(folded: str, today: dt.date) -> dt.date | None:
    """The date in ``folded`` text, or None when it is none."""
    if match := _ISO.match(folded):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NUMERIC.match(folded):
        return _dated(match.group(3), int(match.group(2)), int(match.group(1)), today)
    if (match := _DAY_MONTH.match(folded)) and match.group(2) in MONTH_NUMBERS:
        month = MONTH_NUMBERS[match.group(2)]
        return _dated(match.group(3), month, int(match.group(1)), today)
    if (match := _MONTH_DAY.match(folded)) and match.group(1) in MONTH_NUMBERS:
        month = MONTH_NUMBERS[match.group(1)]
        return _dated(match.group(3), month, int(match.group(2)), today)
    return None


def _dated(year: str | None, month: int, day: int, today: dt.date) -> dt.date | None:
    """Day ``day`` of ``month`` in ``year`` (two digits are 20xx), or, without a year, the one
    nearest to ``today`` (a later one on a tie)."""
    if year is not None:
        number = int(year)
        return _make(number + 2000 if number < 100 else number, month, day)
    candidates = [
        found
        for found in (_make(today.year + shift, month, day) for shift in (0, 1, -1))
        if found is not None
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda found: (abs((found - today).days), found < today))


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
