"""The notes list and the note form show the same note (trial 18: after an edit re-sorted the
notes list, it highlighted "<b>x</b>" while the form showed "Suivi"; a delegate acting on the
highlighted row would have acted on another note than the one read)."""

from __future__ import annotations

from typing import Any

from ui_support import click_row, go_to, leave, press, settle, type_into, wait_for, write_note

from bnldesk.ui.browse.list_model import ListRow
from bnldesk.ui.browse.window import MainWindow


def _highlighted(window: MainWindow) -> str:
    """The text of the note the notes list highlights ("" for none)."""
    row: ListRow | None = window.list_model.row_data(window.table.currentIndex().row())
    return getattr(row, "body", "")


def _form_row(window: MainWindow, words: str) -> int:
    notes = window.notes.list_model.notes
    return next(at for at, note in enumerate(notes) if words in note.fields.body)


def _list_row(window: MainWindow, words: str) -> int:
    model = window.list_model
    body = [column.key for column in model.columns].index("body")
    found = (at for at in range(model.rowCount()) if words in str(model.index(at, body).data()))
    return next(found, -1)


def test_the_list_follows_the_note_chosen_in_the_form_and_keeps_it_after_a_resort(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    go_to(qtbot, window, "Crisisbeheersing")
    for words in ("Alpha position", "Beta follow-up", "Gamma briefing"):
        write_note(qtbot, window, words)
    press(qtbot, window.table, "Ctrl+2")
    wait_for(qtbot, lambda: window.list_model.mode == "notes" and window.list_model.total >= 3)
    settle(window)
    # The delegate clicks Alpha in the list: the form shows Alpha.
    click_row(qtbot, window.table, _list_row(window, "Alpha"), 1)
    wait_for(qtbot, lambda: "Alpha" in window.notes.body.toPlainText(), window)
    # ... then Gamma in the form's own list of the workgroup's notes.
    click_row(qtbot, window.notes.list, _form_row(window, "Gamma"))
    wait_for(qtbot, lambda: "Gamma" in window.notes.body.toPlainText(), window)
    assert "Gamma" in _highlighted(window), _highlighted(window)
    # An edit of Gamma moves it to the top of the list (newest first): still Gamma there.
    type_into(qtbot, window.notes.body, " - changed", replace=False)
    leave(qtbot, window.notes.body)
    wait_for(qtbot, lambda: _list_row(window, "changed") >= 0, window)
    settle(window)
    assert "Gamma" in window.notes.body.toPlainText()
    assert "changed" in _highlighted(window), _highlighted(window)
