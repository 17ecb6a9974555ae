"""A note typed while its database is away, in the window (trial 13, defects A and B): run by
``test_unsaved_notes`` in a process of its own (``pytest`` does not collect this file by its
name). The window is driven with keys: a note is opened, the database breaks (a private
PostgreSQL server stopped with ``pg_ctl stop``, the SQLite file locked by another program or
made read-only), the delegate types on, then Ctrl+Q or the close button. The question appears
and is answered; the recovery file holds the text; the next start puts it into the database.
When the fault goes, the text is stored without the delegate moving anywhere.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from ui_support import WAIT_MS, answering, go_to, press, settle, type_text, wait_for, write_note

from bnldesk.services import recovery
from bnldesk.store import engine as store_engine
from bnldesk.store.backend import parse_location
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow

# The retry backs off up to 30 s between two looks: a wait for it allows a whole round more.
RETRY_WAIT_MS = 75000


@pytest.fixture(scope="module")
def own_server() -> Iterator[Any]:
    """A PostgreSQL server of this module's own (the session's is shared and never stopped),
    with a demo database and the delegate piet."""
    import pg_server as server_module

    from bnldesk.store.server_admin import add_delegate, init_server

    try:
        server = server_module.start()
    except server_module.PgUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    try:
        server.create_database("bnldesk")
        admin = parse_location(server.admin_url("bnldesk"))
        init_server(admin, demo=True)  # type: ignore[arg-type]
        add_delegate(admin, "piet", "piet-secret")  # type: ignore[arg-type]
        yield server
    finally:
        server.stop()


def _server_bodies(server: Any) -> list[str]:
    out = server.psql("SELECT body FROM annotation WHERE deleted_at IS NULL ORDER BY id", "bnldesk")
    return out.splitlines()


@pytest.fixture
def on_server(own_server: Any, qapp: Any, settings: Any) -> Iterator[Controller]:
    store = open_store(parse_location(own_server.url("piet", "bnldesk", password="piet-secret")))
    controller = Controller(store, settings)
    yield controller
    controller.shutdown()
    store.close()
    own_server.psql("UPDATE annotation SET deleted_at = now() WHERE deleted_at IS NULL", "bnldesk")


def test_a_note_typed_while_the_server_is_stopped_is_saved_when_it_is_back(
    on_server: Controller, own_server: Any, qtbot: QtBot
) -> None:
    w = _window_with_a_note(on_server, qtbot, "Piet: kustvaart eerst")
    own_server.pause()
    try:
        _type_on(qtbot, w, " afstemmen met IenW tijdens storing")
        wait_for(qtbot, lambda: _shows_unsaved(w), w)
        assert "cannot reach the database server" in w.notes.saved_label.toolTip()
    finally:
        own_server.resume()
    qtbot.waitUntil(
        lambda: (
            _server_bodies(own_server)
            == ["Piet: kustvaart eerst afstemmen met IenW tijdens storing"]
        ),
        timeout=RETRY_WAIT_MS,
    )
    wait_for(qtbot, lambda: _shows_saved(w), w)


def test_ctrl_q_while_the_server_is_stopped_asks_and_the_next_start_saves_the_copy(
    on_server: Controller, own_server: Any, qtbot: QtBot, settings: Any
) -> None:
    w = _window_with_a_note(on_server, qtbot, "Piet: kustvaart eerst")
    store = on_server.store
    own_server.pause()
    try:
        _type_on(qtbot, w, " QUITTEST")
        with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("keep"), "the question"):
            press(qtbot, w, "Ctrl+Q")
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=WAIT_MS)
        assert _kept_bodies(store) == ["Piet: kustvaart eerst QUITTEST"]
    finally:
        own_server.resume()
    assert _server_bodies(own_server) == ["Piet: kustvaart eerst"]
    _next_start(qtbot, store.location, settings, "save")
    assert _server_bodies(own_server) == ["Piet: kustvaart eerst QUITTEST"]


# --------------------------------------------------------------------------------------------
# the window, on a SQLite file
# --------------------------------------------------------------------------------------------


def _bodies(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT body FROM annotation WHERE deleted_at IS NULL ORDER BY id"
            )
        ]
    finally:
        conn.close()


def _top_level(name: str) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
            None,
        )

    return find


def _click(name: str) -> Callable[[Any], None]:
    def act(box: QWidget) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None and button.isEnabled(), f"no {name} button"
        button.click()

    return act


def _type_on(qtbot: QtBot, w: MainWindow, text: str) -> None:
    """Click at the end of the note's text and type (the editor saves after a pause)."""
    body = w.notes.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(body, text)


def _kept_bodies(store: Store) -> list[str]:
    return [note.typed.body for note in recovery.kept(store.where)]


def _shows_unsaved(w: MainWindow) -> bool:
    notes = w.notes
    row = notes.list_model.row_of(notes.current.id) if notes.current else -1
    shown = str(notes.list_model.data(notes.list_model.index(row))) if row >= 0 else ""
    return (
        notes.unsaved.count() == 1
        and "Not saved" in shown
        and bool(notes.saved_label.property("problem"))
        and "Not saved" in notes.saved_label.text()
        and notes.retry_button.isVisible()
    )


def _shows_saved(w: MainWindow) -> bool:
    notes = w.notes
    return (
        notes.unsaved.count() == 0
        and not notes.retry_button.isVisible()
        and not notes.saved_label.property("problem")
        and not any(
            "Not saved" in str(notes.list_model.data(notes.list_model.index(r)))
            for r in range(notes.list_model.rowCount())
        )
    )


@pytest.fixture
def short_lock_wait(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    """Writes give up on another program's lock after 0.3 s (5 s in the program)."""
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 300)
    store.engine.dispose()


def test_a_note_typed_while_the_file_is_locked_is_saved_when_the_lock_goes(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    short_lock_wait: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bnldesk")
    w = window
    go_to(qtbot, w, "SENN-CRISE")
    write_note(qtbot, w, "Kustvaart eerst")
    settle(w)
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writes
    try:
        _type_on(qtbot, w, " tijdens de storing")
        wait_for(qtbot, lambda: _shows_unsaved(w), w)
        assert _kept_bodies(store) == ["Kustvaart eerst tijdens de storing"]
        # The whole sentence, with its cause, in the tooltip; one line under the form.
        assert "in use by another program" in w.notes.saved_label.toolTip()
        assert w.notes.saved_label.lines == 1
        # Typing goes on while it is not saved: kept too.
        _type_on(qtbot, w, " en daarna")
        wait_for(
            qtbot, lambda: _kept_bodies(store) == ["Kustvaart eerst tijdens de storing en daarna"]
        )
        assert _bodies(store.path) == ["Kustvaart eerst"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Nobody moves: the retry stores it once the database answers.
    qtbot.waitUntil(
        lambda: _bodies(store.path) == ["Kustvaart eerst tijdens de storing en daarna"],
        timeout=RETRY_WAIT_MS,
    )
    wait_for(qtbot, lambda: _shows_saved(w), w)
    assert not recovery.recovery_path(store.where).exists()
    messages = [record.getMessage() for record in caplog.records]
    assert any("not saved (database_locked)" in m for m in messages), messages
    assert any("saved on retry" in m for m in messages), messages
    assert not any("tijdens" in m for m in messages)  # the log never holds the text
    # Typing on after the retry is an ordinary edit again (no clash with the retried text).
    _type_on(qtbot, w, "!")
    wait_for(
        qtbot, lambda: _bodies(store.path) == ["Kustvaart eerst tijdens de storing en daarna!"], w
    )


@pytest.fixture
def read_only_for_a_while(store: Store) -> Iterator[Callable[[bool], None]]:
    """``set(True)``: the file accepts no change from the window's connections (``PRAGMA
    query_only``, as a read-only disk answers); ``set(False)``: it does again."""

    def query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")

    def switch(on: bool) -> None:
        if on:
            event.listen(store.engine, "connect", query_only)
        elif event.contains(store.engine, "connect", query_only):
            event.remove(store.engine, "connect", query_only)
        store.engine.dispose()

    yield switch
    switch(False)


def test_ctrl_q_on_a_read_only_file_asks_keeps_a_copy_and_the_next_start_saves_it(
    controller: Controller,
    store: Store,
    qtbot: QtBot,
    read_only_for_a_while: Callable[[bool], None],
    settings: Any,
) -> None:
    w = _window_with_a_note(controller, qtbot, "Piet: kustvaart eerst")
    read_only_for_a_while(True)
    _type_on(qtbot, w, " QUITTEST")
    # Ctrl+Q at once, before the pause that saves: the question still comes.
    with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("stay"), "the question"):
        press(qtbot, w, "Ctrl+Q")
    assert w.isVisible(), "Cancel keeps the window"
    assert w.notes.body.toPlainText() == "Piet: kustvaart eerst QUITTEST"
    assert _shows_unsaved(w)
    with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("keep"), "the question"):
        press(qtbot, w, "Ctrl+Q")
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=WAIT_MS)
    assert _kept_bodies(store) == ["Piet: kustvaart eerst QUITTEST"]
    assert _bodies(store.path) == ["Piet: kustvaart eerst"]
    read_only_for_a_while(False)
    # The next start offers the copy; saving it puts it into the database.
    _next_start(qtbot, store.location, settings, "save")
    assert _bodies(store.path) == ["Piet: kustvaart eerst QUITTEST"]
    assert not recovery.recovery_path(store.where).exists()


def _window_with_a_note(controller: Controller, qtbot: QtBot, text: str) -> MainWindow:
    """The window open on SENN-CRISE with a note ``text`` written and stored."""
    w = controller.open_window(restore=False)
    settle(w)
    go_to(qtbot, w, "SENN-CRISE")
    write_note(qtbot, w, text)
    return w


def _next_start(qtbot: QtBot, location: Any, settings: Any, answer: str) -> None:
    """A new run of bnldesk on ``location``: the kept notes are offered and ``answer``ed."""
    again = open_store(location)
    later = Controller(again, settings)
    try:
        window = later.open_window(restore=False)
        settle(window)
        with answering(qtbot, _top_level("keptNotesQuestion"), _click(answer), "the offer"):
            later.offer_kept_notes()
        settle(window)
        wait_for(qtbot, lambda: unsaved_count(later) == 0, window)
    finally:
        later.shutdown()
        again.close()


def unsaved_count(controller: Controller) -> int:
    assert controller.window is not None
    return controller.window.notes.unsaved.count()


def test_quit_without_saving_drops_the_copy(
    controller: Controller,
    store: Store,
    qtbot: QtBot,
    read_only_for_a_while: Callable[[bool], None],
    settings: Any,
) -> None:
    w = _window_with_a_note(controller, qtbot, "Stays as it was")
    read_only_for_a_while(True)
    _type_on(qtbot, w, " thrown away")
    with answering(qtbot, _top_level("unsavedNotesQuestion"), _click("discard"), "the question"):
        w.close()  # the title bar's close button
    assert not w.isVisible()
    assert not recovery.recovery_path(store.where).exists()
    read_only_for_a_while(False)
    assert _bodies(store.path) == ["Stays as it was"]
