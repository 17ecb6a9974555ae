"""Meetings, start page and conflicts in the real window (offscreen), with screenshots."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid as uuidlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sync_support import pair
from ui_support import click_debrief, click_row, open_meetings, press, settle, type_into

from bnldesk.domain.models import Annotation, Setting, utcnow
from bnldesk.services import meetings as m
from bnldesk.services import sync
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.meetings.features import MeetingFeatures, install_meeting_actions


@pytest.fixture
def window(controller: Controller, qtbot: object) -> MainWindow:
    w = controller.open_window(restore=False, show=False)
    settle(w)
    return w


def _prepare(store: Store) -> int:
    today = dt.date.today()
    start = dt.datetime.combine(today + dt.timedelta(days=5), dt.time(10, 0))
    with store.transaction() as s:
        meeting = m.create_meeting(
            s,
            m.MeetingFields(
                workgroup="SENN-CRISE",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=3),
                place="Benelux-Secretariaat, Brussel",
                chair="Voorzitter (NL)",
            ),
        )
        m.add_agenda_item(
            s,
            meeting.id,
            m.AgendaFields(
                target="SENN-CRISE",
                position_text="BE steunt het risicorapport; vraag naar de planning.",
            ),
        )
        m.add_agenda_item(
            s, meeting.id, m.AgendaFields(target="2.1.1", notes="Tekst nalezen met de FOD")
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag"))
        m.add_meeting_action(
            s, meeting.id, "Commentaar sturen", owner="An", due_date=today - dt.timedelta(days=3)
        )
        m.add_meeting_action(
            s, meeting.id, "Zaal reserveren", owner="Piet", due_date=today + dt.timedelta(days=10)
        )
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="Oefening 2026: NL vraagt deelname BE", visibility="delegation"),
        )
        return meeting.id


def _make_conflict(store: Store, tmp_path: Path) -> None:
    """A second laptop edits the same note: after exchanging, a conflict is listed."""
    with store.transaction() as s:
        note = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(
                body="Standpunt: steun", visibility="delegation", consult="FOD Binnenlandse Zaken"
            ),
        )
        note_uuid = note.uuid
    other_path = tmp_path / "other.db"
    store.engine.dispose()
    shutil.copy(store.path, other_path)
    other = open_store(other_path)
    try:
        with other.transaction() as s:
            row = s.get(Setting, "database_id")
            assert row is not None
            row.value = str(uuidlib.uuid4())
        pair(store, other)
        sync.share(store, tmp_path / "first.bnlnotes")
        sync.receive(other, tmp_path / "first.bnlnotes")
        for st, body in (
            (store, "Standpunt: steun, mits de planning haalbaar is"),
            (other, "Standpunt: voorbehoud tot na overleg met de regio's"),
        ):
            with st.transaction() as s:
                n = s.scalar(select(Annotation).where(Annotation.uuid == note_uuid))
                assert n is not None
                n.body = body
                n.updated_at = utcnow()
                if st is other:
                    n.priority = 3
        sync.share(other, tmp_path / "other.bnlnotes")
        report = sync.receive(store, tmp_path / "other.bnlnotes")
        assert report.count("conflict") == 1
    finally:
        other.close()


def test_meeting_menu_start_page_editor_and_conflicts(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    meeting_id = _prepare(store)
    _make_conflict(store, tmp_path)
    features = install_meeting_actions(window)
    assert isinstance(features, MeetingFeatures)
    assert install_meeting_actions(window) is features  # once
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Meetings" in titles
    assert titles.index("&Meetings") == len(titles) - 2  # before Help
    shots = tmp_path / "screenshots"  # tests write only into temporary folders
    shots.mkdir()

    # Start page: the coming meeting, the overdue action, the recent note, the conflict banner.
    features.actions["start_page"].trigger()
    settle(window)
    page = features.show_start_page()
    settle(window)
    assert page.meetings_model.rowCount() == 1
    assert page.overdue_model.rowCount() == 1
    assert page.overdue_model.index(0, 1).data() == "Commentaar sturen"
    assert page.open_model.rowCount() == 1
    assert page.notes_model.rowCount() >= 2
    assert page.conflict_banner.isVisibleTo(page)
    page.window().resize(1200, 720)
    page.grab().save(str(shots / "start_page.png"))

    # Meeting editor: agenda with linked and free points; edit a point's outcome.
    features.open_meeting(meeting_id)
    settle(window)
    panel = features.show_meetings()
    settle(window)
    editor = panel.editor
    assert editor.meeting_id == meeting_id
    assert editor.agenda_model.rowCount() == 3
    assert editor.agenda_model.index(0, 2).data() == "Workgroup"
    assert editor.agenda_model.index(1, 2).data() == "Section"
    assert editor.agenda_model.index(2, 2).data() == "Free text"
    editor.agenda_view.selectRow(0)
    editor.point_outcome.setPlainText("Rapport aangenomen; planning volgt in maart.")
    editor.save_point()
    settle(window)
    assert "aangenomen" in editor.agenda_model.index(0, 4).data()
    editor.new_point.setText("Begroting oefening 2027")
    editor.add_point()
    settle(window)
    assert editor.agenda_model.rowCount() == 4
    assert editor.agenda_model.index(3, 2).data() == "Free text"
    editor.agenda_view.selectRow(0)
    QApplication.processEvents()
    panel.window().resize(1280, 800)
    panel.grab().save(str(shots / "meeting_agenda.png"))
    out = tmp_path / "m.ics"
    editor.export_ics(str(out))
    settle(window)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    asked = click_debrief(qtbot, editor)  # the meeting is in five days: asked first
    assert len(asked) == 1
    settle(window)
    with store.read() as s:
        bodies = [
            a.body for a in s.scalars(select(Annotation).where(Annotation.deleted_at.is_(None)))
        ]
    assert any("Rapport aangenomen" in b for b in bodies)

    # Conflict view: field by field, take the other version's text.
    view = features.show_conflicts()
    settle(window)
    assert len(view.conflicts) == 1
    names = [f.name for f in view.fields_model.fields]
    assert "body" in names
    row = names.index("body")
    view.fields_model.setData(
        view.fields_model.index(row, 3), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    view.window().resize(1100, 480)
    view.fields_view.resizeRowsToContents()
    view.grab().save(str(shots / "conflicts.png"))
    other_text = view.fields_model.fields[row].other
    view.resolve()
    settle(window)
    assert view.conflicts == []
    with store.read() as s:
        assert other_text in [a.body for a in s.scalars(select(Annotation))]
    for key in list(features._windows):
        features._windows[key].close()


def test_meeting_edits_undo_and_redo(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    """In the Meetings window: a point's outcome typed and saved, a point added with Enter,
    a new meeting saved; Ctrl+Z takes each back, Ctrl+Y does each again."""
    meeting_id = _prepare(store)
    features = install_meeting_actions(window)
    features.open_meeting(meeting_id)
    settle(window)
    panel = features.show_meetings()
    editor = panel.editor
    settle(window)
    stack = window.undo_stack
    start = stack.count()
    click_row(qtbot, editor.agenda_view, 1, 1)
    settle(window)
    type_into(qtbot, editor.point_outcome, "Tekst aangepast")
    qtbot.mouseClick(editor.save_point_button, Qt.MouseButton.LeftButton)
    settle(window)
    type_into(qtbot, editor.new_point, "Varia")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    settle(window)
    assert editor.agenda_model.rowCount() == 4
    assert stack.count() == start + 2
    press(qtbot, editor, "Ctrl+Z")
    settle(window)
    assert editor.agenda_model.rowCount() == 3
    press(qtbot, editor, "Ctrl+Z")
    settle(window)
    assert editor.agenda_model.index(1, 4).data() == ""
    press(qtbot, editor, "Ctrl+Y")
    settle(window)
    press(qtbot, editor, "Ctrl+Y")
    settle(window)
    assert editor.agenda_model.rowCount() == 4
    assert editor.agenda_model.index(1, 4).data() == "Tekst aangepast"
    # A new meeting undone disappears from the list.
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.title, "Extra overleg")
    type_into(qtbot, editor.workgroup, "SENN-CRISE")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.model.rowCount() == 2
    press(qtbot, editor, "Ctrl+Z")
    settle(window)  # the list follows the undo by itself
    assert panel.model.rowCount() == 1
    for key in list(features._windows):
        features._windows[key].close()


def test_the_meetings_window_opens_where_it_was_left(
    store: Store, settings: Any, qtbot: QtBot
) -> None:
    """Before: the Meetings window opened at its default size over the main window at every
    start (the main window's place was remembered). Closed with Ctrl+W, or left open at
    Ctrl+Q, it opens again where it was, after a restart."""
    from PySide6.QtCore import QRect

    from bnldesk.ui.app import Controller

    places = [QRect(24, 36, 640, 420), QRect(60, 48, 600, 400)]
    for place, closed_first in zip(places, (True, False), strict=True):
        controller = Controller(store, settings)
        try:
            w = controller.open_window(restore=False)
            settle(w)
            panel = open_meetings(qtbot, w)
            tool = panel.window()
            tool.setGeometry(place)
            settle(w)
            assert tool.geometry() == place
            if closed_first:
                press(qtbot, tool, "Ctrl+W")
                settle(w)
                assert not tool.isVisible()
            press(qtbot, w, "Ctrl+Q")
            settle(w)
        finally:
            controller.shutdown()
        controller = Controller(store, settings)
        try:
            w = controller.open_window(restore=False)
            settle(w)
            tool = open_meetings(qtbot, w).window()
            settle(w)
            assert tool.geometry() == place
        finally:
            controller.shutdown()
