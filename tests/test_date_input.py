"""Dates as delegates type them (eighth delegate trial: "1er décembre" was refused as a due
date, and the command line took only 2026-12-31). Expected dates written out; ``today`` is
fixed at 30 November 2026 (a Monday) for the dates typed without a year."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from bnldesk.domain.date_input import DateInputError, read_date

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
        "demain",
        "12/13/2026",  # month 13: never read month-first
        "29 février 2027",
        "=cmd|' /C calc'!A0",
        "1/12/2026/4",
    ],
)
def test_what_is_not_a_date_is_refused_not_guessed(typed: str) -> None:
    with pytest.raises(DateInputError) as raised:
        read_date(typed, TODAY)
    assert str(raised.value) == f"'{typed}' is not a date (for example 15/12/2026 or 2026-12-15)"


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
