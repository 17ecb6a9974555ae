"""The start page on a file with many open actions (trial 13, defects C and D).

On the benchmark file (8,014 open actions, all overdue) the start page said "Nothing overdue"
and "No open actions" while the status bar said "8014 open actions", and then the window did
not react for about a minute: the page's lists held every open action and the GUI thread laid
out 8,014 wrapped rows. Here the page is read on a real file holding overdue actions of every
kind it might leave out, and the window is opened on a generated database with a hook that
fails when the GUI thread runs a statement.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bench_database import build_bench_database
from sqlalchemy import event

from bnldesk.domain.models import Visibility
from bnldesk.services import meetings
from bnldesk.services.annotations import NoteFields, add_action, add_annotation, resolve_target
from bnldesk.services.start_page import LIST_LIMIT, start_page_data
from bnldesk.store.engine import Store, open_store

TODAY = dt.date(2026, 11, 30)
LONG_AGO = dt.date(2024, 6, 1)


def _open_actions_in_file(path: Path, today: dt.date) -> tuple[int, int]:
    """(overdue, other open) actions counted with plain sqlite3, not with bnldesk."""
    with sqlite3.connect(path) as conn:
        overdue, others = conn.execute(
            "SELECT sum(due_date IS NOT NULL AND due_date < ?),"
            " sum(due_date IS NULL OR due_date >= ?)"
            " FROM action_item WHERE status = 'open' AND deleted_at IS NULL",
            (today.isoformat(), today.isoformat()),
        ).fetchone()
    return int(overdue or 0), int(others or 0)


def _fill_every_kind(store: Store) -> None:
    """Overdue actions of every kind a start page might leave out, and open ones beside them:
    on a meeting (no note), on a deleted meeting, on private, delegation and shareable notes,
    on a note of another delegation, of an old plan year, on a deleted note, more overdue
    ones than a list shows, one due today, one without a date, one done and one deleted."""
    with store.transaction() as session:
        past = meetings.create_meeting(
            session,
            meetings.MeetingFields(title="Directiecomité", starts_at=dt.datetime(2024, 5, 2, 10)),
        )
        gone = meetings.create_meeting(
            session,
            meetings.MeetingFields(
                title="Vervallen overleg", starts_at=dt.datetime(2024, 5, 3, 10)
            ),
        )
        meetings.add_meeting_action(session, past.id, "Verslag rondsturen", due_date=LONG_AGO)
        meetings.add_meeting_action(session, gone.id, "Zaal annuleren", due_date=LONG_AGO)
        # The meeting alone deleted (as another laptop's deletion may arrive), its action kept.
        gone.deleted_at = dt.datetime(2026, 11, 3)
        target = resolve_target(session, "SENN-CRISE")
        for visibility in Visibility:
            note = add_annotation(session, target, NoteFields(body=f"{visibility.value} nota"))
            note.visibility = visibility
            add_action(session, note, f"Actie {visibility.value}", due_date=LONG_AGO)
        foreign = add_annotation(session, target, NoteFields(body="Belgische nota"))
        foreign.delegation = "BE"
        add_action(session, foreign, "Belgische actie", due_date=LONG_AGO)
        old_year = add_annotation(session, target, NoteFields(body="Oud jaarplan"))
        old_year.plan_year = 2013
        add_action(session, old_year, "Actie 2013", due_date=dt.date(2013, 12, 31))
        deleted_note = add_annotation(session, target, NoteFields(body="Gewiste nota"))
        add_action(session, deleted_note, "Actie op gewiste nota", due_date=LONG_AGO)
        deleted_note.deleted_at = dt.datetime(2026, 11, 1)
        many = add_annotation(session, target, NoteFields(body="Veel acties"))
        for day in range(LIST_LIMIT + 5):
            add_action(session, many, f"Late actie {day}", due_date=LONG_AGO + dt.timedelta(day))
        add_action(session, many, "Vandaag", due_date=TODAY)
        add_action(session, many, "Zonder datum", due_date=None)
        done = add_action(session, many, "Al gedaan", due_date=LONG_AGO)
        done.status = done.status.DONE
        removed = add_action(session, many, "Gewist", due_date=LONG_AGO)
        removed.deleted_at = dt.datetime(2026, 11, 2)


def test_the_start_page_counts_every_open_action_the_status_bar_counts(store: Store) -> None:
    _fill_every_kind(store)
    overdue, others = _open_actions_in_file(Path(store.path), TODAY)
    assert (overdue, others) == (8 + LIST_LIMIT + 5, 2)  # what the fill wrote, by hand
    with store.read() as session:
        data = start_page_data(session, TODAY)
    assert (data.overdue_total, data.open_total) == (overdue, others)
    # The lists are bounded: the longest overdue first, the oldest of all at the top.
    assert len(data.overdue) == LIST_LIMIT
    assert data.overdue[0]["title"] == "Actie 2013"
    dates = [row["due_date"] for row in data.overdue]
    assert dates == sorted(dates)
    assert all(row["overdue"] for row in data.overdue)
    titles = {row["title"] for row in data.overdue}
    assert {"Verslag rondsturen", "Zaal annuleren", "Belgische actie"} <= titles
    assert {f"Actie {v.value}" for v in Visibility} <= titles
    assert "Actie op gewiste nota" in titles
    assert {"Al gedaan", "Gewist"}.isdisjoint(titles)
    assert [row["title"] for row in data.open_actions] == ["Vandaag", "Zonder datum"]
    context = {row["title"]: row["context"] for row in data.overdue}
    assert context["Verslag rondsturen"] == "Directiecomité 02/05/2024"
    assert context["Belgische actie"] == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"


def test_the_page_says_how_many_and_which_it_lists(store: Store, window: Any, qtbot: Any) -> None:
    from bnldesk.ui.browse.status import totals_text
    from bnldesk.ui.meetings.features import install_meeting_actions

    _fill_every_kind(store)
    overdue, others = _open_actions_in_file(Path(store.path), dt.date.today())
    page = install_meeting_actions(window).show_start_page()
    # Before the worker answered: nobody knows yet, so nothing claims "Nothing overdue".
    assert page.overdue_card.empty.text() == "Reading..."
    assert page.open_card.empty.text() == "Reading..."
    with qtbot.waitSignal(page.data_shown, timeout=30000):
        pass
    assert page.overdue_card.count.text() == str(overdue)
    assert page.overdue_model.rowCount() == LIST_LIMIT
    assert page.overdue_card.more.isVisible()
    assert page.overdue_card.more.text() == f"The {LIST_LIMIT} longest overdue are listed."
    assert page.open_card.count.text() == str(others)
    assert not page.open_card.more.isVisible()
    # The status bar counts the same actions: overdue and other open ones together.
    window.status.load_totals()
    assert window.worker.wait_idle(30000)
    assert f"{overdue + others} open actions" in totals_text(window.status.totals)


def test_nothing_to_list_reads_as_such(store: Store, window: Any, qtbot: Any) -> None:
    from bnldesk.ui.meetings.features import install_meeting_actions

    page = install_meeting_actions(window).show_start_page()
    with qtbot.waitSignal(page.data_shown, timeout=30000):
        pass
    assert page.overdue_card.empty.isVisible()
    assert page.overdue_card.empty.text() == "Nothing overdue."
    assert page.open_card.empty.text() == "No open actions."
    # Said when the list is empty (the demo holds no notes): how far back it looked.
    assert page.notes_card.empty.text() == "No notes changed in the last 14 days."


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bench/make_big_db.py's database at scale 0.02: 2,000 notes, 160 open actions due in
    2024-2025 (all overdue today), 2,592 plan items."""
    return build_bench_database(tmp_path_factory.mktemp("big") / "generated.db", 0.02)


@pytest.fixture
def generated_store(generated: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "generated.db"
    copy.write_bytes(generated.read_bytes())
    store = open_store(copy, demo=False)
    yield store
    store.close()


def test_opening_the_window_runs_no_statement_on_the_gui_thread(
    generated_store: Store, settings: Any, qtbot: Any
) -> None:
    from bnldesk.ui.app import Controller, show_start_page_at_start

    on_gui_thread: list[str] = []
    gui = threading.main_thread()

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if threading.current_thread() is gui:
            on_gui_thread.append(statement)

    event.listen(generated_store.engine, "before_cursor_execute", record)
    controller = Controller(generated_store, settings)
    try:
        window = controller.open_window(restore=True)
        qtbot.addWidget(window)
        page = None
        with qtbot.waitSignal(controller.worker.idle, timeout=60000):
            assert show_start_page_at_start(window)
            page = window.meeting_features.show_start_page()
        assert controller.worker.wait_idle(60000)
        overdue, _others = _open_actions_in_file(Path(generated_store.path), dt.date.today())
        assert overdue > LIST_LIMIT
        assert page.overdue_card.count.text() == str(overdue)
        assert page.overdue_model.rowCount() == LIST_LIMIT
        assert window.list_model.total > 0
    finally:
        controller.shutdown()
        event.remove(generated_store.engine, "before_cursor_execute", record)
    assert on_gui_thread == []
