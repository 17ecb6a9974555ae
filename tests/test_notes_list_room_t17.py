"""The notes list under an object shows its notes where the pane has the room (trial 17,
t17-27: four notes on SENN-CRISE, three in sight and the fourth behind a scroll bar, with
space left under the form). The window offscreen at the trial's sizes; notes written into
the real database first."""

from __future__ import annotations

from typing import Any

import pytest
from ui_support import settle, show_workgroup, wait_for

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow


def _notes(store: Store, count: int) -> None:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        for number in range(count):
            add_annotation(session, target, NoteFields(body=f"Nota {number + 1}: kosten delen"))


@pytest.mark.parametrize("size", [(1920, 1080), (1440, 900)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_four_notes_are_all_in_sight_and_the_form_whole(
    store: Store, window: MainWindow, qtbot: Any, size: tuple[int, int]
) -> None:
    _notes(store, 4)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    show_workgroup(window, store, "SENN-CRISE")
    notes = window.notes
    wait_for(qtbot, lambda: notes.list_model.rowCount() == 4, window)
    settle(window)
    view = notes.list
    last = view.visualRect(notes.list_model.index(3))
    assert view.verticalScrollBar().maximum() == 0, view.height()
    assert view.viewport().rect().contains(last), (last, view.viewport().rect())
    # The note's form is whole: the pane does not scroll for it.
    assert window.panes.notes_scroll.verticalScrollBar().maximum() == 0


def test_a_note_stored_meanwhile_does_not_move_the_form(
    store: Store, window: MainWindow, qtbot: Any
) -> None:
    """Fitted once per object: the list keeps its height while the delegate works there."""
    _notes(store, 2)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    show_workgroup(window, store, "SENN-CRISE")
    notes = window.notes
    wait_for(qtbot, lambda: notes.list_model.rowCount() == 2, window)
    settle(window)
    height = notes.list.height()
    _notes(store, 1)
    window.reload_all()
    wait_for(qtbot, lambda: notes.list_model.rowCount() == 3, window)
    settle(window)
    assert notes.list.height() == height
