"""A due date typed in words into the note editor's action items ("demain", "volgende week
dinsdag", "in 2 weeks": stop 29, refused before), read from the window's day, which the test
fixes, and checked in the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_support import activate, double_click_cell, settle, type_into

from bnldesk.domain.models import ActionItem
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui import dates, i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.widgets.date_fields import DateField

MONDAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("language", "typed", "due"),
    [
        ("fr", "demain", dt.date(2026, 12, 1)),
        ("nl", "volgende week dinsdag", dt.date(2026, 12, 8)),
        ("en", "in 2 weeks", dt.date(2026, 12, 14)),
    ],
)
def test_a_due_date_typed_in_words_is_stored_as_that_day(
    store: Store,
    settings: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    typed: str,
    due: dt.date,
) -> None:
    monkeypatch.setattr(dates, "today", lambda: MONDAY)
    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    try:
        window = controller.open_window(restore=False)
        settle(window)
        with store.transaction() as s:
            note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="start"))
            note_id = note.id
        window.show_object("annotation", note_id)
        settle(window)
        activate(qtbot, window)
        notes = window.notes
        notes.add_action("Standpunt rondsturen")
        settle(window)
        double_click_cell(qtbot, notes.actions_view, 0, 2)
        editor = notes.actions_view.viewport().findChild(DateField)
        assert editor is not None
        type_into(qtbot, editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(window)
        with store.read() as s:
            assert s.scalars(select(ActionItem.due_date)).one() == due
        shown = notes.actions_model.index(0, 2).data(Qt.ItemDataRole.DisplayRole)
        assert shown == dates.format_date(due)
    finally:
        controller.shutdown()
        i18n.install("en")
