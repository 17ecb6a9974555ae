"""What the seventh delegate re-check left in the window, each driven in the real window
offscreen and checked against the database:

- changing the interface language showed another note in the notes pane (note 1 shown, the
  object's latest note after the change) and scrolled the pane back to the top.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractSlider
from ui_support import activate, choose_language, click_row, settle, wait_for

from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store


def _notes_on(store: Store, code: str, bodies: list[str], actions: int = 0) -> list[int]:
    """Notes with ``bodies`` on the object ``code``; the first with ``actions`` action items
    (enough of them make the notes pane scroll at 1280x720)."""
    with store.transaction() as session:
        target = svc.resolve_target(session, code)
        notes = [svc.add_annotation(session, target, svc.NoteFields(body=b)) for b in bodies]
        for number in range(actions):
            svc.add_action(session, notes[0], f"Actiepunt {number}", "An Peeters", None)
        return [note.id for note in notes]


def test_changing_the_language_keeps_the_note_shown_and_the_notes_scrolled(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    bodies = [f"Nota {n}: " + "standpunt van de delegatie " * 40 for n in (1, 2, 3)]
    first, _second, latest = _notes_on(store, "SENN-CRISE", bodies, actions=12)
    window.resize(1280, 720)
    window.show()
    activate(qtbot, window)
    window.show_note(first)
    settle(window)
    notes = window.notes
    wait_for(qtbot, lambda: notes.current is not None and notes.current.id == first, window)
    # The delegate goes to the latest note, then back to the first by clicking it in the list.
    click_row(qtbot, notes.list, notes.list_model.row_of(latest))
    settle(window)
    assert notes.current.id == latest
    click_row(qtbot, notes.list, notes.list_model.row_of(first))
    settle(window)
    assert notes.current.id == first
    bar = window.notes_scroll.verticalScrollBar()
    wait_for(qtbot, lambda: bar.maximum() > 0, window)
    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)  # a click below the handle
    scrolled = bar.value()
    assert scrolled > 0
    shown = window.current

    french = choose_language(qtbot, controller, window, "Français")
    french_notes = french.notes
    wait_for(qtbot, lambda: french_notes.current is not None, french)
    assert french.current == shown
    assert french_notes.current.id == first
    assert french_notes.body.toPlainText() == bodies[0]
    assert french_notes.list.currentIndex().row() == french_notes.list_model.row_of(first)
    french_bar = french.notes_scroll.verticalScrollBar()
    wait_for(qtbot, lambda: french_bar.value() == scrolled, french)
