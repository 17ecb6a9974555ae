"""What the fourth delegate trial left open and the fifth re-check still saw, each driven in the
real window offscreen: changing the interface language cleared the search box; the notes
footer "Last change" stood still while the note's action items were added or edited (in the
window and by the command line).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sheet_support import edit_sheet, export_notes
from ui_support import WAIT_MS, choose_language, new_action_item, press, settle, wait_for

from bnldesk.cli import main as cli_main
from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store
from bnldesk.ui import dates
from bnldesk.ui.actions import ActionId
from bnldesk.ui.widgets import file_dialogs


def test_changing_the_language_keeps_the_search(controller: Any, window: Any, qtbot: Any) -> None:
    window.show()
    press(qtbot, window, "Ctrl+F")
    qtbot.keyClicks(window.search_box, "SENN-CRISE")
    wait_for(qtbot, lambda: window.results_model.rowCount() > 0, window)
    found = window.results_model.rowCount()
    dutch_window = choose_language(qtbot, controller, window, "Nederlands")
    assert dutch_window.search_box.placeholderText().startswith("Zoeken")
    assert dutch_window.search_box.text() == "SENN-CRISE"
    wait_for(qtbot, lambda: dutch_window.results_model.rowCount() == found, dutch_window)


def _old_note_with_an_action(store: Store) -> int:
    """A note (and its action item) last changed on 5 January 2026."""
    long_ago = dt.datetime.fromisoformat(LONG_AGO)
    with store.transaction() as session:
        note = svc.add_annotation(
            session, svc.resolve_target(session, "SENN-CRISE"), svc.NoteFields(body="Oud")
        )
        action = svc.add_action(session, note, "Verslag lezen", "An", None)
        session.flush()
        note.updated_at = note.created_at = long_ago
        action.updated_at = action.created_at = long_ago
        return int(note.id)


def _footer(window: Any) -> str:
    return str(window.notes.saved_label.text())


LONG_AGO = "2026-01-05 10:00"


def _showing_an_old_note(window: Any, store: Store) -> int:
    """The window showing a note last changed long ago (its footer says so)."""
    note_id = _old_note_with_an_action(store)
    window.show()
    window.show_object("annotation", note_id)
    settle(window)
    assert dates.format_utc(LONG_AGO) in _footer(window)
    return note_id


def _footer_says_today(window: Any, qtbot: Any) -> None:
    wait_for(qtbot, lambda: dates.format_utc(LONG_AGO) not in _footer(window), window)
    assert dates.format_date(dt.date.today()) in _footer(window), _footer(window)


def test_last_change_follows_the_notes_action_items(window: Any, store: Store, qtbot: Any) -> None:
    _showing_an_old_note(window, store)
    new_action_item(qtbot, window, "Standpunt rondsturen")  # Ctrl+Shift+A, the title typed
    _footer_says_today(window, qtbot)


def test_last_change_follows_an_action_item_added_by_the_command_line(
    controller: Any, window: Any, store: Store, qtbot: Any
) -> None:
    note_id = _showing_an_old_note(window, store)
    assert cli_main(["--db", str(store.path), "action", "add", str(note_id), "Agenda nalezen"]) == 0
    controller.outside.look()  # as when the window is activated again (and every few seconds)
    wait_for(qtbot, lambda: window.notes.actions_model.rowCount() == 2, window)
    _footer_says_today(window, qtbot)


@pytest.mark.parametrize(
    ("language", "menu", "entry", "words"),
    [
        ("en", "&Help", "Using bnldesk", ("Private notes never leave this computer", "NEAR(")),
        (
            "nl",
            "&Help",
            "Werken met bnldesk",
            ("Privénota's verlaten deze computer nooit", "NEAR("),
        ),
        ("fr", "A&ide", "Utiliser bnldesk", ("Les notes privées ne quittent jamais", "NEAR(")),
    ],
)
def test_help_has_a_guide_in_the_interface_language(
    controller: Any,
    window: Any,
    store: Store,
    qtbot: Any,
    language: str,
    menu: str,
    entry: str,
    words: tuple[str, ...],
) -> None:
    """The Help menu had only Keyboard shortcuts and About: no help for a delegate."""
    window = controller.set_language(language)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    help_menu = window.menus["help"]
    assert help_menu.title() == menu
    # Alt+H (Alt+I in French) opens the menu; the guide is its first entry.
    bar = window.menuBar()
    bar.setActiveAction(help_menu.menuAction())
    qtbot.waitUntil(help_menu.isVisible, timeout=WAIT_MS)
    first = help_menu.actions()[0]
    assert first.text().replace("&", "") == entry
    help_menu.setActiveAction(first)
    qtbot.keyClick(help_menu, Qt.Key.Key_Return)
    guide = window.help_guide
    qtbot.waitExposed(guide, timeout=WAIT_MS)
    shown = guide.browser.toPlainText()
    for word in words:
        assert word in shown, (word, shown[:400])
    assert str(store.path) in shown  # where the database is, this run's
    assert "Ctrl+K" in shown and "F1" in shown  # the keys, from the registry
    assert "%" not in shown.replace("%n", "")  # every place filled in
    assert guide.windowTitle() == entry
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible(), timeout=WAIT_MS)


def test_search_results_follow_a_notes_sheet_import(
    window: Any, store: Store, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The result list showed the old position after File > Import notes from Excel, until
    searched again (fourth delegate trial)."""
    with store.transaction() as session:
        note = svc.add_annotation(
            session,
            svc.resolve_target(session, "SENN-CRISE"),
            svc.NoteFields(body="Standpunt oefening", visibility="delegation"),
        )
        uuid = note.uuid
    path = tmp_path / "notes.xlsx"
    export_notes(store, path)
    window.show()
    press(qtbot, window, "Ctrl+F")
    qtbot.keyClicks(window.search_box, "oefening")
    wait_for(qtbot, lambda: window.results_model.rowCount() > 0, window)

    def snippets() -> str:
        model = window.results_model
        return " ".join(
            str(model.index(row).data(role))
            for row in range(model.rowCount())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        )

    assert "Standpunt oefening" in snippets()
    edit_sheet(path, {uuid: {"Text": "Standpunt oefening met reserve"}})
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()
    settle(window)
    dialog = window.import_preview_dialog
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    settle(window)
    wait_for(qtbot, lambda: "met reserve" in snippets(), window)
