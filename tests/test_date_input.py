"""Dates as delegates type them (eighth delegate trial: "1er décembre" was refused as a due
date, and the command line took only 2026-12-31). Expected dates written out; ``today`` is
fixed at 30 November 2026 (a Monday) for the dates typed without a year."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bnldesk.domain.date_input import DateInputError, read_date, read_date_time

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31/12/2026", dt.date(2026, 12, 31)),
        ("31.12.26", dt.date(2026, 12, 31)),
        ("1-12-2026", dt.date(2026, 12, 1)),
        ("2026-12-31", dt.date(2026, 12, 31)),
        ("1 décembre 2026", dt.date(2026, 12, 1)),
        ("1er décembre", dt.date(2026, 12, 1)),
        ("1ER DECEMBRE", dt.date(2026, 12, 1)),
        ("mardi 1er décembre", dt.date(2026, 12, 1)),
        ("mardi 1er décembre 2026", dt.date(2026, 12, 1)),
        ("di 1 dec.", dt.date(2026, 12, 1)),
        ("2 januari", dt.date(2027, 1, 2)),  # nearest: next January, not last
        ("15 novembre", dt.date(2026, 11, 15)),  # nearest: a fortnight ago, not next year
        ("15 nov", dt.date(2026, 11, 15)),
        ("3 févr. 2027", dt.date(2027, 2, 3)),
        ("3 fevr 2027", dt.date(2027, 2, 3)),
        ("14 mrt 2027", dt.date(2027, 3, 14)),
        ("December 1, 2026", dt.date(2026, 12, 1)),
        ("December 1st", dt.date(2026, 12, 1)),
        ("2nd December 2026", dt.date(2026, 12, 2)),
        ("1ste december", dt.date(2026, 12, 1)),
        ("2e december", dt.date(2026, 12, 2)),
        ("1/12", dt.date(2026, 12, 1)),
        ("mar 5, 2027", dt.date(2027, 3, 5)),  # "mar" is March here, not mardi
        ("  1   août   2027 ", dt.date(2027, 8, 1)),
    ],
)
def test_a_typed_date_is_read_as_the_delegate_means_it(typed: str, expected: dt.date) -> None:
    assert read_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "31/02/2026",  # no such day
        "lundi 1er décembre 2026",  # 1 December 2026 is a Tuesday
        "1er brumaire",
        "volgende week",  # no one day
        "la semaine prochaine",
        "next month",
        "ce mardi",  # today or in a week?
        "this tuesday",
        "demain matin",
        "over dagen",
        "dans quelques jours",
        "in 3 months",
        "le",
        "12/13/2026",  # month 13: never read month-first
        "29 février 2027",
        "=cmd|' /C calc'!A0",
        "1/12/2026/4",
    ],
)
def test_what_is_not_a_date_is_refused_not_guessed(typed: str) -> None:
    with pytest.raises(DateInputError) as raised:
        read_date(typed, TODAY)
    assert str(raised.value) == (
        f"'{typed}' is not a date (for example 15/12/2026, 15 december, tomorrow, next "
        "tuesday or in 3 days)"
    )


# Stop 29: the forms delegates type that were refused. TODAY is Monday 30 November 2026.
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # the article and preposition forms
        ("le 3 décembre", dt.date(2026, 12, 3)),
        ("Le 3 décembre 2026", dt.date(2026, 12, 3)),
        ("le jeudi 3 décembre", dt.date(2026, 12, 3)),
        ("jeudi 3 décembre", dt.date(2026, 12, 3)),
        ("op 3 december", dt.date(2026, 12, 3)),
        ("op donderdag 3 december 2026", dt.date(2026, 12, 3)),
        ("on the 3rd of December", dt.date(2026, 12, 3)),
        ("Thursday the 3rd of December", dt.date(2026, 12, 3)),
        # days counted from today
        ("vandaag", dt.date(2026, 11, 30)),
        ("Aujourd'hui", dt.date(2026, 11, 30)),
        ("aujourd\u2019hui", dt.date(2026, 11, 30)),  # the apostrophe a phone or Word types
        ("today", dt.date(2026, 11, 30)),
        ("morgen", dt.date(2026, 12, 1)),
        ("demain", dt.date(2026, 12, 1)),
        ("Tomorrow", dt.date(2026, 12, 1)),
        ("overmorgen", dt.date(2026, 12, 2)),
        ("après-demain", dt.date(2026, 12, 2)),
        ("apres demain", dt.date(2026, 12, 2)),
        ("the day after tomorrow", dt.date(2026, 12, 2)),
        ("gisteren", dt.date(2026, 11, 29)),
        ("hier", dt.date(2026, 11, 29)),
        ("yesterday", dt.date(2026, 11, 29)),
        ("avant-hier", dt.date(2026, 11, 28)),
        # a day name alone or "aanstaande": the first such day after today
        ("dinsdag", dt.date(2026, 12, 1)),
        ("mardi", dt.date(2026, 12, 1)),
        ("Tuesday", dt.date(2026, 12, 1)),
        ("aanstaande vrijdag", dt.date(2026, 12, 4)),
        ("vrijdag a.s.", dt.date(2026, 12, 4)),
        ("maandag", dt.date(2026, 12, 7)),  # today is a Monday: the next one
        # "next" / "prochain" / "volgende (week)": that day of next week
        ("volgende week dinsdag", dt.date(2026, 12, 8)),
        ("dinsdag volgende week", dt.date(2026, 12, 8)),
        ("volgende dinsdag", dt.date(2026, 12, 8)),
        ("mardi prochain", dt.date(2026, 12, 8)),
        ("mardi de la semaine prochaine", dt.date(2026, 12, 8)),
        ("next Tuesday", dt.date(2026, 12, 8)),
        ("Tuesday next week", dt.date(2026, 12, 8)),
        ("next Sunday", dt.date(2026, 12, 13)),
        # a number of days or weeks
        ("over 3 dagen", dt.date(2026, 12, 3)),
        ("over twee weken", dt.date(2026, 12, 14)),
        ("dans 10 jours", dt.date(2026, 12, 10)),
        ("dans une semaine", dt.date(2026, 12, 7)),
        ("in 3 days", dt.date(2026, 12, 3)),
        ("in a week", dt.date(2026, 12, 7)),
    ],
)
def test_a_day_said_in_words_is_read_from_the_reference_day(typed: str, expected: dt.date) -> None:
    assert read_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("demain", dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
        ("morgen", dt.date(2028, 2, 28), dt.date(2028, 2, 29)),
        ("mardi prochain", dt.date(2026, 12, 3), dt.date(2026, 12, 8)),  # on a Thursday
        ("next Tuesday", dt.date(2026, 12, 6), dt.date(2026, 12, 8)),  # on a Sunday
        ("volgende week dinsdag", dt.date(2026, 12, 1), dt.date(2026, 12, 8)),  # on a Tuesday
        ("dinsdag", dt.date(2026, 12, 1), dt.date(2026, 12, 8)),
        ("le 3 décembre", dt.date(2027, 11, 30), dt.date(2027, 12, 3)),
    ],
)
def test_the_reference_day_is_the_callers(typed: str, today: dt.date, expected: dt.date) -> None:
    """No clock is read below the window and the command line: the same words on another
    day are another date."""
    assert read_date(typed, today) == expected


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "volgende week is not a date (for example 15/12/2026, 15 december, tomorrow,"
            " next tuesday or in 3 days)",
        ),
        (
            "nl",
            "volgende week is geen datum (bijvoorbeeld 15/12/2026, 15 december, morgen,"
            " volgende week dinsdag of over 3 dagen)",
        ),
        (
            "fr",
            "volgende week n'est pas une date (par exemple 15/12/2026, 15 décembre,"
            " demain, mardi prochain ou dans 3 jours)",
        ),
    ],
)
def test_what_stays_refused_says_the_forms_that_work_in_the_window_language(
    qapp: object, language: str, said: str
) -> None:
    from bnldesk.ui import dates, i18n

    before = i18n.current()
    i18n.install(language)
    try:
        with pytest.raises(dates.DateError) as shown:
            dates.parse_date("volgende week")
        assert str(shown.value) == said
    finally:
        i18n.install(before)


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("fr", "mardi 3 déc.", "mardi 3 déc.\u00a0: le 03/12/2026 est un jeudi"),
        ("nl", "dinsdag 3 december", "dinsdag 3 december: 03/12/2026 is een donderdag"),
    ],
)
def test_a_day_name_that_does_not_fit_says_which_day_the_date_is(
    qapp: object, language: str, typed: str, said: str
) -> None:
    """The window said "mardi 3 déc. is not a date", which a delegate cannot correct from:
    it says which day the date is (stop 28), in the interface language."""
    from bnldesk.domain.date_input import WeekdayMismatch
    from bnldesk.ui import dates, i18n

    with pytest.raises(WeekdayMismatch) as raised:
        read_date(typed, TODAY)
    assert raised.value.date == dt.date(2026, 12, 3)
    before = i18n.current()
    i18n.install(language)
    try:
        with pytest.raises(dates.DateError) as shown:
            dates.parse_date(typed)
        assert str(shown.value) == said
    finally:
        i18n.install(before)


def test_an_empty_field_is_no_date() -> None:
    assert read_date("   ", TODAY) is None


def test_29_february_without_a_year_is_the_nearest_leap_day() -> None:
    assert read_date("29 février", dt.date(2027, 11, 30)) == dt.date(2028, 2, 29)


def test_the_command_line_takes_the_dates_the_window_takes(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    bnldesk = [sys.executable, "-m", "bnldesk", "--db", str(db)]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*bnldesk, *args], capture_output=True, text=True, timeout=120, check=False
        )

    made = run("annotate", "SENN-CRISE", "Standpunt voorbereiden")
    assert made.returncode == 0, made.stderr
    added = run("action", "add", "1", "Positie sturen", "--due", "31/12/2026")
    assert added.returncode == 0, added.stderr
    refused = run("action", "add", "1", "Nog iets", "--due", "31/02/2026")
    assert refused.returncode != 0
    assert "'31/02/2026' is not a date" in refused.stderr
    shown = run("note", "show", "1", "--json")
    assert '"due_date": "2026-12-31"' in shown.stdout.replace("'", '"')


def _cli(db: Path, *args: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": language}
    return subprocess.run(
        [sys.executable, "-m", "bnldesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_the_command_line_takes_days_in_words_and_says_the_forms_in_its_language(
    tmp_path: Path,
) -> None:
    """``--due`` reads what the window reads ("le 3 décembre 2026", "demain"); a refusal
    lists the forms that work in the command line's language."""
    db = tmp_path / "cli.db"
    assert _cli(db, "annotate", "SENN-CRISE", "Standpunt voorbereiden").returncode == 0
    before = dt.date.today()
    for title, due in (("Positie sturen", "le 3 décembre 2026"), ("Nabellen", "demain")):
        added = _cli(db, "action", "add", "1", title, "--due", due)
        assert added.returncode == 0, added.stderr
    after = dt.date.today()
    shown = json.loads(_cli(db, "note", "show", "1", "--json").stdout)
    stored = {action["title"]: action["due_date"] for action in shown["actions"]}
    assert stored["Positie sturen"] == "2026-12-03"
    # The day the command ran on (before and after differ only across a midnight).
    tomorrow = {str(day + dt.timedelta(days=1)) for day in (before, after)}
    assert stored["Nabellen"] in tomorrow
    said = {
        "nl": "'volgende week' is geen datum (bijvoorbeeld 15/12/2026, '15 december', "
        "morgen, 'volgende week dinsdag' of 'over 3 dagen'; 'none' wist ze)",
        "fr": "« volgende week » n'est pas une date (par exemple 15/12/2026, "
        "« 15 décembre », demain, « mardi prochain » ou « dans 3 jours » ; « none » l'efface)",
    }
    for language, sentence in said.items():
        refused = _cli(db, "action", "add", "1", "x", "--due", "volgende week", language=language)
        assert refused.returncode != 0
        assert sentence in refused.stderr, refused.stderr


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-15 10:00", dt.datetime(2026, 12, 15, 10, 0)),
        ("2026-12-15T10:00", dt.datetime(2026, 12, 15, 10, 0)),
        ("15/12/2026 10.30", dt.datetime(2026, 12, 15, 10, 30)),
        ("demain 14h30", dt.datetime(2026, 12, 1, 14, 30)),
        ("le 3 décembre à 14h", dt.datetime(2026, 12, 3, 14, 0)),
        ("morgen om 9 uur", dt.datetime(2026, 12, 1, 9, 0)),
        ("volgende week dinsdag 9u30", dt.datetime(2026, 12, 8, 9, 30)),
        ("tomorrow at 9:15", dt.datetime(2026, 12, 1, 9, 15)),
        ("3 décembre 2026", dt.datetime(2026, 12, 3, 0, 0)),  # 2026 is the year, not 20:26
        ("mardi prochain", dt.datetime(2026, 12, 8, 0, 0)),
    ],
)
def test_a_meetings_date_and_time_are_read_as_the_window_reads_them(
    typed: str, expected: dt.datetime
) -> None:
    """The command line's ``meeting add --start`` took only 'YYYY-MM-DD HH:MM' (stop 29); it
    reads what the Meetings window's date and time fields read."""
    assert read_date_time(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["morgen vroeg", "demain 25h", "15/12/2026 10:75", "10:00"])
def test_a_date_and_time_that_is_none_is_refused(typed: str) -> None:
    with pytest.raises(DateInputError):
        read_date_time(typed, TODAY)


def test_the_command_line_adds_a_meeting_typed_as_the_window_takes_it(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    before = dt.date.today()
    made = _cli(db, "meeting", "add", "--workgroup", "SENN-CRISE", "--start", "demain 14h30")
    after = dt.date.today()
    assert made.returncode == 0, made.stderr
    listed = _cli(db, "meeting", "show", "1", "--json")
    assert listed.returncode == 0, listed.stderr
    starts = json.loads(listed.stdout)["starts_at"]
    assert starts in {f"{day + dt.timedelta(days=1)} 14:30:00" for day in (before, after)}
