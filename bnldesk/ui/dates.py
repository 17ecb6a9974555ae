"""Dates and times as the delegate reads and types them: one format per interface language.

The format is the interface language's one short date format, the same the briefs and
workbooks print (:mod:`bnldesk.domain.dates`: 15/12/2026, 01/12/2026, ``dd/MM/yyyy`` in
every language). Everything shown in the application goes through :func:`format_date`
and :func:`format_datetime`; everything typed goes through :func:`parse_date` and
:func:`parse_time`, which read the same day-month-year order (all three languages write the day
first), the unambiguous ISO form 2026-12-15, and month and day names in any of the three
languages ("15 december 2026", "mardi 15 déc.", "1er décembre"), as the command line does
(:mod:`bnldesk.domain.date_input`). Anything else is refused with a :class:`DateError` that
says what was expected: a typed date is never read as another date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from bnldesk.domain import date_input
from bnldesk.domain import dates as shared_dates
from bnldesk.domain.errors import BnldeskError
from bnldesk.ui import i18n


class DateError(BnldeskError, ValueError):
    """A typed date or time that cannot be read; the message shows the expected form."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Dates", text)


def date_format() -> str:
    """The Qt date pattern of the interface language (the briefs' and workbooks' too)."""
    return shared_dates.date_pattern(i18n.current())


def time_format() -> str:
    """24-hour clock in all three languages."""
    return "HH:mm"


def format_date(value: dt.date | None) -> str:
    """15/12/2026, 01/12/2026 (dd/MM/yyyy in every language); "" for None."""
    if value is None:
        return ""
    return shared_dates.format_date(value, i18n.current())


def format_datetime(
    value: dt.datetime | None, *, weekday: bool = True, seconds: bool = False
) -> str:
    """ "Tue 15/12/2026 10:00" with the day's short name in the interface language;
    "10:00:07" with ``seconds``."""
    if value is None:
        return ""
    loc = i18n.locale()
    clock = f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"
    text = f"{format_date(value.date())} {clock}"
    if weekday:
        text = f"{loc.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)} {text}"
    return text


def format_utc(value: dt.datetime | str | None, *, seconds: bool = False) -> str:
    """A stored UTC time (``updated_at``, naive or ISO text) in the delegate's local time, to
    the second with ``seconds``."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        parsed = value
    local = parsed.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    return format_datetime(local, weekday=False, seconds=seconds)


def example_date() -> str:
    """What a date looks like in the interface language, for hints and error messages."""
    return format_date(dt.date(2026, 12, 15))


def today() -> dt.date:
    """The day the delegate types on (the local date): what "demain" and "1er décembre" are
    read from. The window's one clock for typed dates; a test replaces it with a fixed day."""
    return dt.date.today()


def parse_date(text: str) -> dt.date | None:
    """The date typed in ``text``; None for an empty field.

    Reads what :func:`bnldesk.domain.date_input.read_date` reads (day-month-year with ``/``,
    ``-``, ``.`` or spaces, ISO, month and day names in nl/fr/en, "1er décembre" without a
    year as the nearest such day, "demain", "volgende week dinsdag", "in 3 days" from
    :func:`today`), the same as the command line. Raises :class:`DateError`, worded in the
    interface language with the forms that work, for anything else, including impossible dates.
    """
    try:
        return date_input.read_date(text, today())
    except date_input.WeekdayMismatch as exc:
        day = i18n.locale().dayName(exc.date.isoweekday())
        raise DateError(
            i18n.filled(tr("%1: %2 is a %3"), exc.typed, format_date(exc.date), day)
        ) from None
    except date_input.DateInputError as exc:
        said = tr(
            "%1 is not a date (for example %2, 15 december, tomorrow, next tuesday or in 3 days)"
        )
        raise DateError(i18n.filled(said, exc.typed, example_date())) from None


def parse_time(text: str) -> dt.time | None:
    """The time typed in ``text`` (10:30, 10.30, 10h30, 10u30, 10); None for an empty field.

    Raises :class:`DateError` for anything else (25:00, 10:75, "morning").
    """
    try:
        return date_input.read_time(text)
    except date_input.TimeInputError:
        said = tr("%1 is not a time of day (for example 09:30)")
        raise DateError(said.replace("%1", text.strip())) from None
