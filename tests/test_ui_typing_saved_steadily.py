"""Text typed without a pause is stored at the latest a second after its first key (trial 12,
D1: a paragraph typed steadily for 2 s and then lost whole by a crash, because the note editor
saved only after the typing stopped).

The window is driven with real key events; time going by is the editor's clock, moved by the
test (no sleeps). What is stored is read from the database file by a second, plain SQLite
connection while the delegate is still "typing": no pause, no leaving the field.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import activate, settle, type_text

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow


class StoppedClock:
    """A clock in milliseconds that moves only when the test moves it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _body_on_disk(db_path: Path, note_id: int) -> str:
    with sqlite3.connect(db_path) as other:
        row = other.execute("SELECT body FROM annotation WHERE id = ?", (note_id,)).fetchone()
    assert row is not None
    return str(row[0])


def _note(store: Store) -> int:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        return add_annotation(session, target, NoteFields(body="Begin.")).id


def _open_note(window: MainWindow, qtbot: Any, note_id: int) -> StoppedClock:
    activate(qtbot, window)
    window.show_object("annotation", note_id)
    settle(window)
    clock = StoppedClock()
    window.notes.typing_saver.clock = clock
    window.notes.body.setFocus()
    return clock


def _type_steadily(window: MainWindow, clock: StoppedClock, text: str, gap_ms: float) -> None:
    """One key every ``gap_ms`` on the editor's clock; the pause timer never gets to fire
    because no event loop runs between the keys except the keys' own."""
    for char in text:
        type_text(window.notes.body, char)
        clock.now += gap_ms


def test_steady_typing_is_on_disk_within_a_second(
    window: MainWindow, store: Store, db_path: Path, qtbot: Any
) -> None:
    note_id = _note(store)
    clock = _open_note(window, qtbot, note_id)
    saver = window.notes.typing_saver
    body = window.notes.body
    body.moveCursor(body.textCursor().MoveOperation.End)

    # 40 ms between keys, as the trial's delegate typed: 30 keys is 1.2 s of typing.
    _type_steadily(window, clock, " Nous soutenons la proposition", 40)
    # Still typing: the pause timer is running and the last keys wait for it. The crash comes
    # now: no timer fires any more, only the writes already sent reach the file.
    assert saver.timer.isActive() and saver.waiting()
    saver.timer.stop()
    settle(window)
    stored = _body_on_disk(db_path, note_id)
    assert stored.startswith("Begin. Nous soutenons la pro"), stored

    # And again for the next second of steady typing: never more than a second unsaved.
    _type_steadily(window, clock, " du secrétariat général de Bruxelles.", 40)
    saver.timer.stop()
    settle(window)
    stored = _body_on_disk(db_path, note_id)
    assert stored.startswith("Begin. Nous soutenons la proposition du secrétariat g"), stored


def test_the_pause_timer_never_waits_past_the_deadline(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    """Keys with gaps a little under the pause: each key would restart a plain debounce; the
    timer is set to fire no later than a second after the first unsaved key."""
    note_id = _note(store)
    clock = _open_note(window, qtbot, note_id)
    saver = window.notes.typing_saver
    type_text(window.notes.body, "a")
    assert saver.timer.isActive() and saver.timer.interval() == 600
    clock.now = 500
    type_text(window.notes.body, "b")
    assert saver.timer.interval() == 500  # what is left of the second
    clock.now = 950
    type_text(window.notes.body, "c")
    assert saver.timer.interval() == 50


def test_leaving_the_window_stores_what_was_typed(
    window: MainWindow, store: Store, db_path: Path, qtbot: Any
) -> None:
    """Focus lost (another window, another field) stores at once, with no pause or deadline."""
    note_id = _note(store)
    _open_note(window, qtbot, note_id)
    body = window.notes.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, " Vu.")
    qtbot.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    settle(window)
    assert _body_on_disk(db_path, note_id) == "Begin. Vu."
