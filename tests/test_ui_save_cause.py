"""A failed save names its cause on screen, in the interface language (trial 14: a note edited
with the database on a full tmpfs stayed "Pas encore enregistré / Réessayer maintenant"; the
log said ``disk_full`` but the screen never said the disk is full).

The database lies on a small disk of its own, filled to the last byte while a note is open;
the line under the form, narrowed as in a 1366-pixel window, still names the cause class; the
edit is stored once space is freed. Each cause class has its few words in nl and fr.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_support import fill, small_disk
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_support import go_to, settle, type_text, wait_for, write_note

from bnldesk.store.engine import open_store
from bnldesk.ui import i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.error_texts import cause_class

# The wait for the retry after space is freed (it backs off up to 30 s between two looks).
RETRY_WAIT_MS = 75000


@pytest.fixture
def on_a_small_disk(tmp_path: Path, qapp: Any, settings: Any) -> Iterator[tuple[Path, Controller]]:
    with small_disk(tmp_path / "usb") as disk:
        if disk is None:
            pytest.skip("a small disk of its own needs root and mount")
        store = open_store(disk / "lu.db")
        settings.set("prefs/language", "fr")
        controller = Controller(store, settings)
        try:
            yield disk, controller
        finally:
            controller.shutdown()
            store.close()
            i18n.install("en")


def _bodies(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT body FROM annotation WHERE deleted_at IS NULL ORDER BY id")
        return [row[0] for row in rows]
    finally:
        conn.close()


def test_a_note_on_a_full_disk_says_the_disk_is_full(
    on_a_small_disk: tuple[Path, Controller], qtbot: QtBot
) -> None:
    disk, controller = on_a_small_disk
    w: MainWindow = controller.open_window(restore=False)
    settle(w)
    go_to(qtbot, w, "SENN-CRISE")
    write_note(qtbot, w, "Cabotage")
    settle(w)
    filler = fill(disk)
    body = w.notes.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(body, " d'abord" * 400)  # more than the WAL's free frames hold
    label = w.notes.saved_label
    wait_for(qtbot, lambda: bool(label.property("problem")) and w.notes.unsaved.count() == 1, w)
    assert "disque est plein" in label.toolTip().replace("\u00a0", " ")
    label.setFixedWidth(330)  # the notes pane of a 1366x768 window
    shown = label.shown_text()
    assert "disque plein" in shown, shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    filler.unlink()  # space again: stored without the delegate moving
    qtbot.waitUntil(
        lambda: _bodies(disk / "lu.db") == ["Cabotage" + " d'abord" * 400], timeout=RETRY_WAIT_MS
    )


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize(
    "code",
    [
        "disk_full",
        "database_locked",
        "database_read_only",
        "server_unreachable",
        "database_damaged",
        "disk_io",
    ],
)
def test_every_cause_class_has_its_words(qapp: Any, language: str, code: str) -> None:
    i18n.install("en")
    english = cause_class(code)
    i18n.install(language)
    try:
        worded = cause_class(code)
    finally:
        i18n.install("en")
    assert english and worded and worded != english, (code, worded)
