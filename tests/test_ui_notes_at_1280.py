"""The notes pane at 1280x720 in nl/fr/en (fifth delegate re-check).

- The action items' table showed about one and a half rows with cut columns ("Draaiboek
  oefenin…", "Standp…"), even with the notes pane scrolled down: it was squeezed to its least
  height. It now takes the height of its rows (up to five), each action and owner wrapped on
  two lines.
- The notes header dropped the object's name ("Nota's (0) — … (SENN-CRISE)", for a section
  "5…isisbeheersing"): the name has a line of its own, wrapped on two.
- The red "Changed elsewhere meanwhile: …" notice under the editor was cut at the pane's
  width, whole only in its tooltip: it wraps.

Each is checked by geometry on the real window offscreen, after the delegate's keys and clicks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from ui_support import WAIT_MS, leave, settle, type_into, wait_for

from bnldesk.domain.models import Annotation, Section
from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store, open_store

ACTIONS = (
    ("Draaiboek oefening crisiscommunicatie bijwerken met de provincies", "Standpuntenteam BZK"),
    ("Verslag van de werkgroep rondsturen naar alle betrokken diensten", "An Peeters (FOD BiZa)"),
    ("Contactlijst van de veiligheidsregio's nakijken", "Tom Claes"),
    ("Ontwerpstandpunt voor de volgende vergadering", "Secretariaat delegatie"),
)


def _note_with_actions(store: Store, target: str) -> int:
    with store.transaction() as session:
        note = svc.add_annotation(
            session,
            svc.resolve_target(session, target),
            svc.NoteFields(body="Voorbereiding", visibility="delegation"),
        )
        for title, owner in ACTIONS:
            svc.add_action(session, note, title, owner, dt.date(2026, 12, 15))
        return int(note.id)


def _section_52_of_2013(store: Store) -> str:
    with store.read() as session:
        section = session.query(Section).filter(Section.number == "5.2").all()
        chosen = next(s for s in section if s.chapter.plan.year == 2013)
        return f"section:{chosen.id}"


def _visible_in(widget: QWidget, viewport: QWidget) -> bool:
    """Whether the whole of ``widget`` is inside ``viewport`` (a scroll area's window)."""
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return QRect(QPoint(0, 0), viewport.size()).contains(rect)


def _window_at_1280(controller: Any, language: str, qtbot: Any) -> Any:
    controller.open_window(restore=False)
    window = controller.set_language(language)
    assert window is not None
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    settle(window)
    return window


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("target", ["SENN-CRISE", "section 5.2 of 2013"])
def test_action_items_and_the_objects_name_are_readable_at_1280x720(
    controller: Any, store: Store, qtbot: Any, language: str, target: str
) -> None:
    reference = "SENN-CRISE" if target == "SENN-CRISE" else _section_52_of_2013(store)
    note_id = _note_with_actions(store, reference)
    window = _window_at_1280(controller, language, qtbot)
    window.show_object("annotation", note_id)
    settle(window)
    notes = window.notes
    wait_for(qtbot, lambda: notes.actions_model.rowCount() == len(ACTIONS), window)
    # The delegate drags the notes pane's scroll bar to the bottom.
    bar = window.notes_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window)
    viewport = window.notes_scroll.viewport()
    table = notes.actions_view
    assert _visible_in(table, viewport), (table.geometry(), viewport.size())
    # Every action item in sight, each whole on its lines (the table does not scroll).
    for row in range(len(ACTIONS)):
        cell = table.visualRect(notes.actions_model.index(row, 0))
        assert QRect(QPoint(0, 0), table.viewport().size()).contains(cell), (row, cell)
    metrics = table.fontMetrics()
    for row, (title, owner) in enumerate(ACTIONS):
        for column, text in ((0, title), (1, owner)):
            room = table.columnWidth(column) - 8
            needs_two = metrics.horizontalAdvance(text) > room
            if needs_two and metrics.horizontalAdvance(text) <= 2 * room - 40:
                # Wrapped on two lines: the row is two lines tall.
                assert table.rowHeight(row) >= 2 * metrics.lineSpacing(), (row, text, room)
    assert table.columnWidth(0) > table.columnWidth(1)  # what, before who
    # The object's name, whole, on its own line(s) under "Notes (1)".
    label = notes.target.label
    shown = notes.title.shown_text().replace("\n", " ")
    assert shown == " ".join(label.split()), (shown, label)
    assert notes.count_label.text().endswith("(1)")
    bar.setValue(0)
    settle(window)
    assert _visible_in(notes.title, viewport)
    # The scope above the list names the object whole too (it was cut at one line).
    scope = window.scope_bar.label
    assert scope.shown_text().replace("\n", " ") == " ".join(scope.text().split()), (
        scope.shown_text()
    )


def _saved_elsewhere(store: Store, note_id: int, position: str) -> None:
    """Another program (a second store on the same file) saves a new position on the note."""
    other = open_store(store.location)
    try:
        with other.transaction() as session:
            note = session.get_one(Annotation, note_id)
            svc.apply_fields(
                session, note, replace(svc.NoteFields.of(note), position_text=position)
            )
    finally:
        other.close()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_changed_elsewhere_notice_is_read_whole(
    controller: Any, store: Store, qtbot: Any, language: str
) -> None:
    note_id = _note_with_actions(store, "SENN-CRISE")
    window = _window_at_1280(controller, language, qtbot)
    window.show_object("annotation", note_id)
    settle(window)
    notes = window.notes
    controller.outside.timer.stop()  # the window has not looked yet: its form is stale
    _saved_elsewhere(store, note_id, "theirs")
    type_into(qtbot, notes.position, "mine")
    leave(qtbot, notes.position)
    settle(window)
    wait_for(qtbot, lambda: notes.position.toPlainText() == "theirs", window)
    label = notes.saved_label
    whole = label.toolTip()
    assert "conflict" in whole.lower() or "conflit" in whole.lower(), whole
    # Wider than the pane on one line: shown whole on several.
    assert label.fontMetrics().horizontalAdvance(whole) > label.width()
    shown = label.shown_text()
    assert shown.replace("\n", " ") == " ".join(whole.split()), (shown, whole)
    assert label.height() >= shown.count("\n") * label.fontMetrics().lineSpacing() + 1
    # Brought into view whole, without the delegate scrolling.
    qtbot.waitUntil(lambda: _visible_in(label, window.notes_scroll.viewport()), timeout=WAIT_MS)
