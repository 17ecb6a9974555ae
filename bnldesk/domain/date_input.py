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

A leading article or preposition is left out ("le 3 décembre", "op 3 december", "on the 3rd
of December", "le mardi 1er décembre"). Days said from ``today`` are read too, in the three
languages:

- vandaag / aujourd'hui / today, morgen / demain / tomorrow, overmorgen / après-demain / the
  day after tomorrow, gisteren / hier / yesterday, eergisteren / avant-hier / the day before
  yesterday;
- a day name alone, or with aanstaande / a.s.: the first such day after ``today`` ("dinsdag"
  on a Monday is tomorrow, on a Tuesday a week later);
- a day name with volgende / prochain / next, or with volgende week / la semaine prochaine /
  next week: that day in the week after ``today``'s (weeks begin on Monday), so "mardi
  prochain", "volgende week dinsdag" and "next Tuesday" typed on Monday 30 November 2026 are
  all 8 December, not the next day;
- over / dans / in and a number of days or weeks ("over 3 dagen", "dans une semaine",
  "in 2 weeks").

"Volgende week" or "next month" alone name no one day and are refused, as is "ce mardi"/"this
Tuesday" (today, or a week later?).

A time of day is read as 10:30, 10.30, 10h30, 10u30 or 10 uur (:func:`read_time`), and a date
followed by one as a meeting's start ("demain 14h30", "morgen om 9 uur", "2026-12-15 10:00":
:func:`read_date_time`), as the Meetings window's date and time fields read them.

Anything else raises :class:`DateInputError`: a typed date is never read as another date.
``today`` is always the caller's (the window's or the command line's clock; a test's fixed
day): nothing here reads a clock. The month and day names are written down here (not asked of
Qt) so that the command line, which has no Qt, reads what the window reads.
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

# Days counted from today, by their words (folded: no accents, hyphens as spaces; "the" is a
# filler word and already left out of "the day after tomorrow").
_DAYS_FROM_TODAY: dict[str, int] = {
    "vandaag": 0,
    "aujourd'hui": 0,
    "aujourdhui": 0,
    "today": 0,
    "morgen": 1,
    "demain": 1,
    "tomorrow": 1,
    "overmorgen": 2,
    "apres demain": 2,
    "day after tomorrow": 2,
    "gisteren": -1,
    "hier": -1,
    "yesterday": -1,
    "eergisteren": -2,
    "avant hier": -2,
    "day before yesterday": -2,
}

# Words around a day name that say which one: the first after today, or that day of next week.
_SOONEST: frozenset[tuple[str, ...]] = frozenset({(), ("aanstaande",), ("as",)})
_NEXT_WEEK: frozenset[tuple[str, ...]] = frozenset(
    {
        ("volgende",),
        ("volgende", "week"),
        ("prochain",),
        ("semaine", "prochaine"),
        ("la", "semaine", "prochaine"),
        ("de", "la", "semaine", "prochaine"),
        ("next",),
        ("next", "week"),
    }
)

# "over 3 dagen", "dans une semaine", "in 2 weeks": the count as digits or a small word.
_IN = re.compile(r"^(?:over|dans|in) (\d{1,3}|[a-z]+) ([a-z]+)$")
_COUNTS: dict[str, int] = {
    **dict.fromkeys(("een", "une", "un", "a", "one"), 1),
    **dict.fromkeys(("twee", "deux", "two"), 2),
    **dict.fromkeys(("drie", "trois", "three"), 3),
}
_UNITS: dict[str, int] = {
    **dict.fromkeys(("dag", "dagen", "jour", "jours", "day", "days"), 1),
    **dict.fromkeys(("week", "weken", "semaine", "semaines", "weeks"), 7),
}

# Articles and prepositions that say nothing of the date: "le 3 décembre", "op 3 december",
# "on the 3rd of December".
_FILLERS = frozenset({"le", "op", "on", "the", "of"})

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?\.?$")
_ORDINAL = r"(\d{1,2})(?:er|re|e|de|ste|st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"^{_ORDINAL}\.?\s*([a-z]+)\.?(?:\s+(\d{{4}}))?$")
_MONTH_DAY = re.compile(rf"^([a-z]+)\.?\s+{_ORDINAL},?(?:\s+(\d{{4}}))?$")
_WEEKDAY = re.compile(r"^([a-z]+)\.?,?\s+(?=\d)")


class DateInputError(BnldeskError, ValueError):
    """What was typed is not a date; ``typed`` is the text as the delegate typed it. The
    window and the command line say it in the delegate's language, with the forms that work
    (:data:`FORMS`)."""

    def __init__(self, typed: str) -> None:
        super().__init__(f"'{typed}' is not a date ({FORMS})")
        self.typed = typed


FORMS = "for example 15/12/2026, 15 december, tomorrow, next tuesday or in 3 days"
"""The forms of a date the English refusal lists (one of each kind this module reads)."""


class TimeInputError(DateInputError):
    """What was typed as a time of day is none (25:00, 10:75, "morning")."""

    def __init__(self, typed: str) -> None:
        BnldeskError.__init__(self, f"'{typed}' is not a time of day (for example 09:30)")
        self.typed = typed


class WeekdayMismatch(DateInputError):
    """A day name that does not fit the date typed ("mardi 3 déc." where 3 December is a
    Thursday): ``date`` is the date the rest reads as, so the message can say its day."""

    def __init__(self, typed: str, date: dt.date) -> None:
        super().__init__(typed)
        self.date = date


def _fold(text: str) -> str:
    """Case, accents, repeated spaces and filler words off, one apostrophe, hyphens between
    letters as spaces: "Le 1ER  Décembre" -> "1er decembre", "Après-demain" -> "apres demain"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _LETTER_HYPHEN.sub(" ", plain)
    return " ".join(word for word in plain.split() if word not in _FILLERS)


_LETTER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def read_date(text: str, today: dt.date) -> dt.date | None:
    """The date typed in ``text`` (see the module's docstring); None for an empty field.

    ``today`` is the day the delegate types on: it decides the year when none is typed and the
    day of "demain" or "next Tuesday". Raises :class:`DateInputError` for anything that is not
    a date or an impossible date (31/02/2026), :class:`WeekdayMismatch` for a day name that
    does not fit the date.
    """
    typed = " ".join(text.split())
    if not typed:
        return None
    folded = _fold(typed)
    relative = _from_today(folded, today)
    if relative is not None:
        return relative
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


# A time of day: 10:30, 10.30, 10h30, 10u30, 10h, 10 uur (24-hour clock in all three languages).
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.hu]\s*(\d{2}))?\s*(?:h|u|uur)?$")
# The same at the end of a date and time, where it needs its mark (":", "h", "u"), so that
# "3 décembre 2026" is not read as a date and the time 20:26; "à", "om", "at" may precede it.
_TRAILING_TIME = re.compile(
    r"^(.*?)(?:[ t]+(?:a |om |at )?|t)(\d{1,2}(?:\s*[:hu.]\s*\d{2}|\s*(?:h|u|uur)))$"
)


def read_time(text: str) -> dt.time | None:
    """The time of day typed in ``text`` (10:30, 10.30, 10h30, 10u30, 10); None for an empty
    field. Raises :class:`TimeInputError` for anything else (25:00, 10:75, "morning")."""
    typed = " ".join(text.split())
    if not typed:
        return None
    match = _TIME.match(typed.casefold())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise TimeInputError(typed)


def read_date_time(text: str, today: dt.date) -> dt.datetime | None:
    """A date and, after it, a time ("demain 14h30", "3 décembre 2026 à 10:00", "morgen om 9
    uur", "2026-12-03 10:00", ISO's "2026-12-03T10:00"); a date alone is the start of that day.
    None for an empty field. Raises :class:`DateInputError` as :func:`read_date` does, and for
    a time that is none (TimeInputError)."""
    typed = " ".join(text.split())
    if not typed:
        return None
    day_text, time = typed, dt.time(0, 0)
    match = _TRAILING_TIME.match(_fold(typed))
    if match and match.group(1):
        found = read_time(match.group(2))
        assert found is not None  # the pattern matched a non-empty time
        day_text, time = match.group(1), found
    day = read_date(day_text, today)
    if day is None:
        raise DateInputError(typed)
    return dt.datetime.combine(day, time)


def _from_today(folded: str, today: dt.date) -> dt.date | None:
    """The day ``folded`` says from ``today`` ("demain", "mardi prochain", "over 3 dagen"),
    or None when it says none that way."""
    if folded in _DAYS_FROM_TODAY:
        return today + dt.timedelta(days=_DAYS_FROM_TODAY[folded])
    if (match := _IN.match(folded)) and match.group(2) in _UNITS:
        count = match.group(1)
        number = int(count) if count.isdigit() else _COUNTS.get(count)
        if number is not None:
            return today + dt.timedelta(days=number * _UNITS[match.group(2)])
        return None
    words = tuple(word.strip(",").replace(".", "") for word in folded.split())
    for day_at, rest in ((0, words[1:]), (len(words) - 1, words[:-1])):
        day = DAY_NUMBERS.get(words[day_at]) if words else None
        if day is None:
            continue
        if rest in _SOONEST:
            return today + dt.timedelta(days=(day - today.isoweekday() - 1) % 7 + 1)
        if rest in _NEXT_WEEK:
            return today + dt.timedelta(days=7 - today.isoweekday() + day)
    return None


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
