"""What is typed into any editor is what the database holds (issue 12): generated dates, times
and texts typed as key events into the note editor, the action items and the meeting form, in
English, Dutch and French, then read back from the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_support import activate, double_click_cell, settle, type_into

from bnldesk.domain.models import ActionItem, Annotation, Meeting
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui import dates, i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.meetings.features import install_meeting_actions
from bnldesk.ui.widgets.date_fields import DateField

LANGUAGES = ("en", "nl", "fr")
# Texts as delegates write them: accents, markup, formulas, emoji, Arabic, long words; no
# control characters a keyboard cannot type, no surrounding spaces (fields keep them, but a
# line edit's selection-replace in the test would be ambiguous about them).
TEXT = (
    st.text(
        alphabet=st.characters(
            codec="utf-8",
            exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"),
            exclude_characters="\u2028\u2029",
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
TIMES = st.times().map(lambda t: t.replace(second=0, microsecond=0))
PROFILE = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(params=LANGUAGES)
def language_window(request: Any, store: Store, settings: Any, qtbot: Any) -> Any:
    settings.set("prefs/language", request.param)
    controller = Controller(store, settings)
    window = controller.open_window(restore=False)
    settle(window)
    with store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="start"))
        note_id = note.id
    window.show_object("annotation", note_id)
    settle(window)
    activate(qtbot, window)
    yield window
    controller.shutdown()
    i18n.install("en")


def _note(store: Store) -> Annotation:
    with store.read() as s:
        note = s.scalars(select(Annotation).where(Annotation.deleted_at.is_(None))).one()
        s.expunge(note)
        return note


@PROFILE
@given(body=TEXT, position=TEXT, consult=TEXT)
def test_note_texts_are_stored_as_typed(
    language_window: Any, store: Store, qtbot: Any, body: str, position: str, consult: str
) -> None:
    notes = language_window.notes
    for widget, text in ((notes.body, body), (notes.position, position), (notes.consult, consult)):
        type_into(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)  # stores what was typed
    settle(language_window)
    note = _note(store)
    assert (note.body, note.position_text, note.consult) == (body, position, consult)


@PROFILE
@given(due=DATES, iso=st.booleans())
def test_due_dates_are_stored_as_typed(
    language_window: Any, store: Store, qtbot: Any, due: dt.date, iso: bool
) -> None:
    notes = language_window.notes
    if not notes.actions_model.rowCount():
        notes.add_action("Standpunt rondsturen")
        settle(language_window)
    double_click_cell(qtbot, notes.actions_view, 0, 2)
    editor = notes.actions_view.viewport().findChild(DateField)
    assert editor is not None
    type_into(qtbot, editor, due.isoformat() if iso else dates.format_date(due))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(language_window)
    with store.read() as s:
        assert s.scalars(select(ActionItem.due_date)).one() == due


@PROFILE
@given(title=TEXT, place=TEXT, day=DATES, start=TIMES)
def test_meeting_facts_are_stored_as_typed(
    language_window: Any,
    store: Store,
    qtbot: Any,
    title: str,
    place: str,
    day: dt.date,
    start: dt.time,
) -> None:
    panel = install_meeting_actions(language_window).show_meetings()
    editor = panel.editor
    settle(language_window)
    if editor.meeting_id is None:
        editor.new()
    type_into(qtbot, editor.title, title)
    type_into(qtbot, editor.place, place)
    type_into(qtbot, editor.starts.date, dates.format_date(day))
    type_into(qtbot, editor.starts.time, start.strftime("%H:%M"))
    type_into(qtbot, editor.ends.date, "")
    type_into(qtbot, editor.ends.time, "")
    qtbot.keyClick(editor.place, Qt.Key.Key_Return)
    settle(language_window)
    assert not editor.problem.isVisible(), editor.problem.text()
    with store.read() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.deleted_at.is_(None))).one()
        assert (meeting.title, meeting.place) == (title, place)
        assert meeting.starts_at == dt.datetime.combine(day, start)
