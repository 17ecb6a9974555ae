"""The Dutch window's preview of a notes sheet names coded values with the window's own words,
and the status bar after Apply says which rows a conflict kept out (trial 10: the preview
showed „reservation" → „agreed", „in_progress", priority „2", „delegation"; after a sheet with
a conflict row the status bar said only "0 nota's bijgewerkt, 1 nieuw")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sheet_support import edit_sheet, export_notes, note_value
from sqlalchemy import select
from ui_support import activate, settle, wait_for

from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, apply_fields, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets import file_dialogs


@pytest.fixture
def settings(settings: Any) -> Any:
    settings.set("prefs/language", "nl")
    return settings


def _notes(store: Store) -> tuple[str, str]:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        coded = NoteFields(
            body="Standpunt over de oefening",
            position_state="reservation",
            status="open",
            priority=2,
            visibility="delegation",
        )
        first = add_annotation(session, target, coded)
        other = add_annotation(
            session, target, NoteFields(body="Oorspronkelijke tekst", visibility="delegation")
        )
        return first.uuid, other.uuid


def _edit_in_the_app(store: Store, uuid: str, body: str) -> None:
    with store.transaction() as session:
        note = session.scalars(select(Annotation).where(Annotation.uuid == uuid)).one()
        fields = NoteFields.of(note)
        fields.body = body
        apply_fields(session, note, fields)


def test_the_preview_says_coded_values_as_the_window_does_and_apply_names_conflicts(
    settings: Any, window: MainWindow, store: Store, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    coded, clashing = _notes(store)
    sheet = tmp_path / "notes.xlsx"
    export_notes(store, sheet)
    edit_sheet(
        sheet,
        {
            coded: {
                "Position state": "agreed",
                "Status": "in progress",
                "Priority": "high",
                "Visibility": "shareable",
            },
            clashing: {"Text": "Tekst uit het werkblad"},
        },
    )
    _edit_in_the_app(store, clashing, "Tekst in bnldesk veranderd")  # a conflict row

    activate(qtbot, window)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(sheet), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()
    settle(window)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    preview = dialog.text.toPlainText().replace("\u00a0", " ")
    for line in (
        "Stand standpunt: „Voorbehoud” → „Akkoord”",
        "Status: „Open” → „Lopend”",
        "Prioriteit: „Normaal” → „Hoog”",
        "Zichtbaarheid: „Delegatie (mijn delegatie)” → „Deelbaar (ook andere delegaties)”",
    ):
        assert line in preview, (line, preview)
    for code in ("reservation", "agreed", "in_progress", "„2”", "„3”", "delegation", "shareable"):
        assert code not in preview, (code, preview)

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: note_value(store, coded, "position_state") == "agreed", window)
    wait_for(qtbot, lambda: "conflict" in window.statusBar().currentMessage(), window)
    message = window.statusBar().currentMessage()
    assert "1 nota bijgewerkt, 0 nieuw" in message, message
    assert "1 rij niet toegepast wegens een conflict" in message, message
    assert note_value(store, clashing) == "Tekst in bnldesk veranderd"
