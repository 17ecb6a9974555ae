"""File > Synchroniseren met de server… in a Dutch window says what it did in Dutch, and a sync
that changed this laptop says so in a dialog (trial 13: the status bar read "this laptop: 3
added, 1 left out …; the server: nothing new from this laptop")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_ui_server_sync import _answer_dialogs
from ui_support import settle, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, apply_fields, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow

# Words of the command line's English report that must not reach a Dutch window.
_ENGLISH = ("this laptop", "the server", "nothing new", "added", "updated", "left out", "changed")


@pytest.fixture
def settings(settings: Any) -> Any:
    settings.set("prefs/language", "nl")
    return settings


def _sync(qtbot: QtBot, window: MainWindow, url: str) -> None:
    seen: list[str] = []
    _answer_dialogs(qtbot, [url], seen)
    window.registry[ActionId.SYNC_SERVER].trigger()
    settle(window)


def test_a_dutch_sync_reports_in_dutch_and_a_change_here_in_a_dialog(
    window: MainWindow,
    store: Store,
    qtbot: QtBot,
    pg_server: Any,
    pg_database: Callable[[bool], Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = pg_database(True)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        add_annotation(session, target, NoteFields(body="Eerste versie", visibility="delegation"))
    url = pg_server.admin_url(admin.database)

    _sync(qtbot, window, url)  # the laptop's note goes to the server; nothing changes here
    first = window.statusBar().currentMessage()
    assert "De server" in first and "Deze laptop: niets nieuws van de server." in first, first
    assert not [word for word in _ENGLISH if word in first.lower()], first
    assert shown == []  # nothing changed on this laptop: the status bar says it

    server = open_store(admin)
    try:
        with server.transaction() as session:
            note = session.scalars(select(Annotation)).one()
            fields = NoteFields.of(note)
            fields.body = "Versie van de server"
            apply_fields(session, note, fields)
    finally:
        server.close()
    _sync(qtbot, window, url)  # the server's change comes to this laptop: a dialog says so
    wait_for(qtbot, lambda: shown != [], window)
    assert shown[0].startswith("Deze laptop — 1 bijgewerkt."), shown
    assert "De server: niets nieuws van deze laptop." in shown[0], shown
    assert not [word for word in _ENGLISH if word in shown[0].lower()], shown
    with store.read() as session:
        assert session.scalars(select(Annotation.body)).one() == "Versie van de server"
