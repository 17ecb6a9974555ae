"""The notes sheet takes back every word the window shows for a coded field (trial 13: the note
form said "Afgehandeld", the sheet's import wanted "afgerond" and skipped the whole row).

The words are read from a real Dutch window's note form, written into a sheet exported in
Dutch with openpyxl (changed in case and accents, as a delegate types them), imported through
the window, and the database checked; French and English words, the CLI's English sheet and a
LibreOffice re-save go through the same import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from export_helpers import fill_sample, libreoffice, libreoffice_convert
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sheet_support import apply_sheet, edit_sheet, export_notes, note_value, plan_sheet
from ui_support import activate, go_to, settle, wait_for

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.widgets import file_dialogs

# The sheet's Dutch column heading and the note's database column of each coded field.
_NL_COLUMNS = {
    "status": ("Status", "status"),
    "priority": ("Prioriteit", "priority"),
    "visibility": ("Zichtbaarheid", "visibility"),
    "position_state": ("Stand standpunt", "position_state"),
}
_FR_COLUMNS = {"status": "Statut", "priority": "Priorité", "visibility": "Visibilité",
               "position_state": "État de la position"}  # fmt: skip
_EN_COLUMNS = {"status": "Status", "priority": "Priority", "visibility": "Visibility",
               "position_state": "Position state"}  # fmt: skip


def _notes_to_change(store: Store, count: int) -> list[str]:
    """``count`` notes on SENN-CRISE, each starting from values no word below names first."""
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        return [
            add_annotation(
                session,
                target,
                NoteFields(body=f"Nota {number}", visibility="delegation", priority=0),
            ).uuid
            for number in range(count)
        ]


def _combo_words(combo: QComboBox) -> list[tuple[str, Any]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def _typed(word: str, number: int) -> str:
    """The word as a delegate might type it: as shown, upper case, lower case without accents."""
    plain = word.replace("é", "e").replace("É", "E")
    return (word, word.upper(), plain.lower())[number % 3]


@pytest.fixture
def settings(settings: Any) -> Any:
    settings.set("prefs/language", "nl")
    return settings


def test_every_word_of_the_dutch_note_form_comes_back_through_the_sheet(
    settings: Any, window: MainWindow, store: Store, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    activate(qtbot, window)
    go_to(qtbot, window, "SENN-CRISE")
    offered = {
        field: _combo_words(getattr(window.notes, field))
        for field in ("status", "priority", "visibility", "position_state")
    }
    assert ("Afgehandeld", "done") in offered["status"], offered  # what trial 13 saw
    wanted = [(field, text, code) for field, words in offered.items() for text, code in words]
    uuids = _notes_to_change(store, len(wanted))
    sheet = tmp_path / "nota's.xlsx"
    export_notes(store, sheet, "nl")
    edit_sheet(
        sheet,
        {
            uuid: {_NL_COLUMNS[field][0]: _typed(text, n), "Tekst": f"Nota {n} uit Excel"}
            for n, (uuid, (field, text, _code)) in enumerate(zip(uuids, wanted, strict=True))
        },
    )

    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(sheet), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()
    settle(window)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    preview = dialog.text.toPlainText()
    assert "geen geldige waarde" not in preview, preview
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: note_value(store, uuids[-1]) == f"Nota {len(uuids) - 1} uit Excel")
    for n, (uuid, (field, text, code)) in enumerate(zip(uuids, wanted, strict=True)):
        assert note_value(store, uuid, _NL_COLUMNS[field][1]) == code, (field, text)
        assert note_value(store, uuid) == f"Nota {n} uit Excel"


# Words of the French and English windows (and the sheet's earlier words) for each code.
_OTHER_WORDS = [
    ("status", "Terminé", "done"),
    ("status", "TERMINE", "done"),
    ("status", "En cours", "in_progress"),
    ("status", "Ouvert", "open"),
    ("status", "afgerond", "done"),
    ("status", "In progress", "in_progress"),
    ("status", "in_progress", "in_progress"),
    ("status", "done", "done"),
    ("priority", "Sans priorité", 0),
    ("priority", "Haute", 3),
    ("priority", "basse", 1),
    ("priority", "High", 3),
    ("priority", "geen", 0),
    ("priority", "2", 2),
    ("visibility", "Privée (moi seul)", "private"),
    ("visibility", "privee", "private"),
    ("visibility", "Partageable", "shareable"),
    ("visibility", "Private (only me)", "private"),
    ("visibility", "DELEGATION", "delegation"),
    ("position_state", "Pas encore de position", "none"),
    ("position_state", "À coordonner", "to_coordinate"),
    ("position_state", "a coordonner", "to_coordinate"),
    ("position_state", "Réserve", "reservation"),
    ("position_state", "Accord", "agreed"),
    ("position_state", "geen standpunt", "none"),
    ("position_state", "To coordinate", "to_coordinate"),
]


def _start_value(field: str, code: object) -> dict[str, object]:
    """Fields a note starts from that differ from ``code`` in ``field``."""
    start: dict[str, object] = {"status": "open", "priority": 0, "visibility": "delegation",
                                "position_state": "none"}  # fmt: skip
    if start[field] == code:
        start[field] = {"status": "in_progress", "priority": 2, "visibility": "shareable",
                        "position_state": "agreed"}[field]  # fmt: skip
    return start


@pytest.mark.parametrize(
    ("language", "headings", "through_libreoffice"),
    [("fr", _FR_COLUMNS, False), ("en", _EN_COLUMNS, False), ("fr", _FR_COLUMNS, True)],
)
def test_french_english_and_earlier_words_come_back_with_the_rest_of_the_row(
    empty_store: Store,
    tmp_path: Path,
    language: str,
    headings: dict[str, str],
    through_libreoffice: bool,
) -> None:
    if through_libreoffice and libreoffice() is None:
        pytest.skip("LibreOffice is not installed (dev.py installs it)")
    fill_sample(empty_store)
    with empty_store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        uuids = [
            add_annotation(
                session,
                target,
                NoteFields(body=f"Note {n}", **_start_value(field, code)),  # type: ignore[arg-type]
            ).uuid
            for n, (field, _word, code) in enumerate(_OTHER_WORDS)
        ]
    sheet = tmp_path / "notes.xlsx"
    export_notes(empty_store, sheet, language)
    text_heading = {"fr": "Texte", "en": "Text"}[language]
    edit_sheet(
        sheet,
        {
            uuid: {headings[field]: word, text_heading: f"Note {n} edited"}
            for n, (uuid, (field, word, _code)) in enumerate(zip(uuids, _OTHER_WORDS, strict=True))
        },
    )
    if through_libreoffice:
        sheet = libreoffice_convert(sheet, tmp_path / "lo")
    plan = plan_sheet(empty_store, sheet)
    assert not [p for r in plan.rows for p in r.problems], plan.preview_lines()
    apply_sheet(empty_store, sheet)
    for n, (uuid, (field, word, code)) in enumerate(zip(uuids, _OTHER_WORDS, strict=True)):
        assert note_value(empty_store, uuid, field) == code, (field, word)
        assert note_value(empty_store, uuid) == f"Note {n} edited"


def test_a_bad_word_is_named_and_the_rows_other_changes_still_apply(
    empty_store: Store, tmp_path: Path
) -> None:
    sample = fill_sample(empty_store)
    first = sample.note_uuids[0]
    sheet = tmp_path / "nota's.xlsx"
    export_notes(empty_store, sheet, "nl")
    edit_sheet(sheet, {first: {"Status": "half klaar", "Prioriteit": "Laag", "Tekst": "Nieuw"}})
    plan = plan_sheet(empty_store, sheet)
    assert any("half klaar" in p for r in plan.rows for p in r.problems), plan.preview_lines()
    apply_sheet(empty_store, sheet)
    assert note_value(empty_store, first) == "Nieuw"
    assert note_value(empty_store, first, "priority") == 1
    assert note_value(empty_store, first, "status") == "in_progress"  # as it was


def test_a_section_is_an_onderdeel_in_the_sheet_as_in_the_window(
    empty_store: Store, tmp_path: Path
) -> None:
    fill_sample(empty_store)  # its second note is on section 5.2
    sheet = tmp_path / "nota's.xlsx"
    export_notes(empty_store, sheet, "nl")
    sheet_rows = openpyxl.load_workbook(sheet).worksheets[0]
    heading = [cell.value for cell in sheet_rows[1]]
    kinds = {
        row[heading.index("Soort object")] for row in sheet_rows.iter_rows(2, values_only=True)
    }
    assert "Onderdeel" in kinds and "Thema" not in kinds, kinds


def test_a_date_typed_into_gewijzigd_is_named_in_the_preview_and_ignored(
    settings: Any, window: MainWindow, store: Store, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    (typed_over, untouched) = _notes_to_change(store, 2)
    sheet = tmp_path / "nota's.xlsx"
    export_notes(store, sheet, "nl")
    edit_sheet(sheet, {typed_over: {"Gewijzigd": "15-01-2027", "Tekst": "Tekst uit Excel"}})
    activate(qtbot, window)
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(sheet), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()
    settle(window)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    preview = dialog.text.toPlainText()
    assert "„15-01-2027” in Gewijzigd wordt niet ingelezen" in preview, preview
    assert preview.count("wordt niet ingelezen") == 1, preview  # the untouched row says nothing
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: note_value(store, typed_over) == "Tekst uit Excel", window)
    assert note_value(store, untouched) == "Nota 1"
