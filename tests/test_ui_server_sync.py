"""File > Sync with server...: the address and the password typed as a delegate would, then the
server holds the laptop's shareable notes and never its private ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_support import settle

from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.store.server_admin import add_delegate
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow


def _answer_dialogs(qtbot: QtBot, answers: list[str], seen: list[str]) -> None:
    """Type each answer into the next input dialog that opens, and press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)  # not open yet
            return
        seen.append(dialog.labelText())
        line = dialog.findChild(QLineEdit)
        assert line is not None
        line.selectAll()
        qtbot.keyClicks(line, answers.pop(0))
        qtbot.keyClick(line, Qt.Key.Key_Return)
        if answers:
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)


def test_sync_with_server_from_the_file_menu(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    pg_server: Any,
    pg_database: Callable[[bool], Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = pg_database(True)
    add_delegate(admin, "dora", "dora-secret")
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(
            s, target, NoteFields(body="Gedeeld met de delegatie", visibility="delegation")
        )
        add_annotation(s, target, NoteFields(body="Mijn eigen nota", visibility="private"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = pg_server.url("dora", admin.database)
    seen: list[str] = []
    _answer_dialogs(qtbot, [url, "dora-secret"], seen)
    window.registry[ActionId.SYNC_SERVER].trigger()
    settle(window)
    assert "postgresql://USER@HOST/DATABASE" in seen[0]
    assert seen[1].startswith("Password of dora on postgresql://dora@127.0.0.1")
    assert "The server — 1 added." in window.statusBar().currentMessage()
    server = open_store(admin)
    try:
        with server.read() as s:
            bodies = list(s.scalars(select(Annotation.body)))
    finally:
        server.close()
    assert bodies == ["Gedeeld met de delegatie"]
    # The address is remembered for next time, never the password.
    assert window.settings.get("sync/server_url") == url
    assert "dora-secret" not in str(window.settings.get("sync/server_url"))


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_window_on_the_server_checks_it_and_sends_backups_to_pg_dump(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert store.is_server
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.findChild(object, "meetings.check").trigger()
    settle(window)
    window.findChild(object, "meetings.backups").trigger()
    settle(window)
    assert len(shown) == 2
    assert "Every table can be read: in order" in shown[0]
    assert "Search index: in order" in shown[0]
    assert not shown[0].endswith("\n.")  # no file path line for a server
    assert "applies to SQLite database files" in shown[1] and "pg_dump" in shown[1]
