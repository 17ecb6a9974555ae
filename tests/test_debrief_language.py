"""What the app writes into the database and into files is in the delegate's language (trial
10: "Verslag in nota's verwerken" from the Dutch window wrote "Outcome of the meeting of …
Our position … Actions … due …", which then stood in the Dutch brief; the .ics file said
"Chair:" and "Agenda:"). The window writes in its own language; the command line takes
``--language``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from ui_support import click_debrief, open_meeting, wait_for

from bnldesk.cli import main
from bnldesk.domain.models import Annotation
from bnldesk.services import meetings as service
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.browse.window import MainWindow

# The note's position: each point's, named by its point (the body does not repeat them).
POSITIONS = (
    "1. Grensoverschrijdende oefening: Steun, mits budgetneutraal\n2. Rondvraag: Nog af te stemmen"
)
EXPECTED = {
    "nl": [
        "Uitkomst van de vergadering van 02/12/2026: Strategisch overleg",
        "",
        "1. Grensoverschrijdende oefening",
        "Uitkomst: Oefening in mei",
        "",
        "2. Rondvraag",
        "Uitkomst: niet vastgelegd",
        "",
        "Actiepunten:",
        "- Zaal reserveren (Pieter de Vries, uiterlijk 15/01/2027)",
    ],
    "fr": [
        "Résultat de la réunion du 02/12/2026 : Strategisch overleg",
        "",
        "1. Grensoverschrijdende oefening",
        "Résultat : Oefening in mei",
        "",
        "2. Rondvraag",
        "Résultat : non consigné",
        "",
        "Actions :",
        "- Zaal reserveren (Pieter de Vries, échéance 15/01/2027)",
    ],
}


def _meeting(store: Store) -> int:
    with store.transaction() as session:
        meeting = service.create_meeting(
            session,
            service.MeetingFields(
                workgroup="SENN-CRISE",
                title="Strategisch overleg",
                starts_at=dt.datetime(2026, 12, 2, 10),
                chair="Anna Peeters",
            ),
        )
        first = service.add_agenda_item(
            session,
            meeting.id,
            service.AgendaFields(
                title="Grensoverschrijdende oefening",
                position_text="Steun, mits budgetneutraal",
                outcome="Oefening in mei",
            ),
        )
        service.add_agenda_item(
            session,
            meeting.id,
            service.AgendaFields(title="Rondvraag", position_text="Nog af te stemmen"),
        )
        service.add_meeting_action(
            session,
            meeting.id,
            "Zaal reserveren",
            owner="Pieter de Vries",
            due_date=dt.date(2027, 1, 15),
            agenda_item_id=first.id,
        )
        return int(meeting.id)


def _debrief_body(store: Store) -> list[str]:
    """The debrief note's body lines; its position (the points' positions) checked here."""
    with store.read() as session:
        ((body, position),) = session.execute(
            select(Annotation.body, Annotation.position_text).where(
                Annotation.target_key == "wg:SENN-CRISE", Annotation.deleted_at.is_(None)
            )
        )
        assert position == POSITIONS
        return str(body).splitlines()


def _debrief_in_the_window(qtbot: Any, window: MainWindow, store: Store) -> list[str]:
    meeting_id = _meeting(store)
    panel = open_meeting(qtbot, window, meeting_id)
    click_debrief(qtbot, panel.editor)
    wait_for(qtbot, lambda: panel.editor.notice.isVisible(), window)
    return _debrief_body(store)


@pytest.fixture
def settings(settings: Any, request: pytest.FixtureRequest) -> Any:
    """The preferences with the interface language of the test's parameter."""
    settings.set("prefs/language", request.param)
    return settings


@pytest.mark.parametrize("settings", ["nl", "fr"], indirect=True)
def test_the_window_writes_the_debrief_in_its_language(
    settings: Any, window: MainWindow, store: Store, qtbot: Any
) -> None:
    language = str(settings.get("prefs/language"))
    assert _debrief_in_the_window(qtbot, window, store) == EXPECTED[language]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_command_line_writes_the_debrief_in_the_language_asked(
    tmp_path: Path, language: str, capsys: Any
) -> None:
    db = tmp_path / "demo.db"
    store = open_store(db)
    try:
        meeting_id = _meeting(store)
    finally:
        store.close()
    argv = ["--db", str(db), "meeting", "debrief", str(meeting_id), "--language", language]
    argv.append("--before-meeting")  # 2 December 2026 may still be ahead
    assert main(argv) == 0, capsys.readouterr().err
    store = open_store(db)
    try:
        assert _debrief_body(store) == EXPECTED[language]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("language", "chair", "agenda"),
    [
        ("nl", "Voorzitter: Anna Peeters", "Agenda:"),
        ("fr", "Présidence : Anna Peeters", "Ordre du jour :"),
    ],
)
def test_the_calendar_file_is_in_the_language_asked(
    tmp_path: Path, language: str, chair: str, agenda: str, capsys: Any
) -> None:
    import icalendar

    db = tmp_path / "demo.db"
    store = open_store(db)
    try:
        meeting_id = _meeting(store)
    finally:
        store.close()
    out = tmp_path / "meeting.ics"
    argv = ["--db", str(db), "meeting", "ics", str(meeting_id), "--out", str(out)]
    assert main([*argv, "--language", language]) == 0, capsys.readouterr().err
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["description"]).splitlines() == [
        chair,
        agenda,
        "1. Grensoverschrijdende oefening",
        "2. Rondvraag",
    ]
