"""Messages a Dutch delegate met in trial 17, said in whole sentences.

- Importing the workgroup list an export wrote (instead of its notes sheet) said
  "Wg-edit1.xlsx is geen blad met nota's..." (t17-18): the file name capitalised, no full stop,
  no way out. It now says what the file is and how to get a notes sheet, and no message that
  starts with a file name changes its case.
- The import review's "Heel het document" is Flemish: "Het hele document" (pinned by
  tests/test_import_warning_texts.py, which reads the review window).
- "een vergadering heeft een titel..." in the Meetings window starts with a capital.
Real workbooks written by the export and read back by the import; the window offscreen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import open_meetings, settle, wait_for

from bnldesk.services.reports.annotations_roundtrip import plan_import
from bnldesk.services.reports.rows import ExportFilters
from bnldesk.services.reports.sheet_reader import RoundTripError
from bnldesk.services.reports.xlsx import XlsxOptions, write_workbook
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.error_texts import as_sentence, error_text
from bnldesk.ui.widgets.dialogs import sentence

# What the delegate is told, per language: the start (file name as written), the way out.
SAID = {
    "nl": (
        "Het bestand wg-edit1.xlsx is een lijst van werkgroepen",
        ("Excel-lijst exporteren", "tab Nota's", "„Dit werkblad opnemen”"),
    ),
    "fr": (
        "Le fichier wg-edit1.xlsx est une liste de groupes de travail",
        ("Exporter une liste Excel", "onglet Notes", "«\u00a0Inclure cette feuille\u00a0»"),
    ),
    "en": (
        "The file wg-edit1.xlsx is a list of workgroups",
        ("Export Excel list", "tab Notes", '"Include this sheet"'),
    ),
}


def _refusal(store: Store, tmp_path: Path, kinds: list[str]) -> RoundTripError:
    """The error importing a workbook of ``kinds`` (written in Dutch) as notes raises."""
    target = tmp_path / "wg-edit1.xlsx"
    with store.read() as session:
        write_workbook(session, target, ExportFilters(), XlsxOptions(kinds=kinds, language="nl"))
    with store.read() as session, pytest.raises(RoundTripError) as raised:
        plan_import(session, target)
    return raised.value


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_workgroup_list_is_named_and_the_way_to_a_notes_sheet_said(
    qapp: Any, store: Store, tmp_path: Path, language: str
) -> None:
    error = _refusal(store, tmp_path, ["workgroups"])
    assert error.code == "workgroup_list_not_notes"
    start, way = SAID[language]
    i18n.install(language)
    try:
        for shown in (as_sentence(error_text(error)), sentence(error_text(error))):
            assert shown.startswith(start), shown
            assert all(step in shown for step in way), shown
            assert shown.endswith("."), shown
    finally:
        i18n.install("en")


def test_any_message_starting_with_a_file_name_keeps_its_case(
    qapp: Any, store: Store, tmp_path: Path
) -> None:
    """A contacts list is no workgroup list: the general refusal, which starts with the file
    name, keeps it as written in every language."""
    error = _refusal(store, tmp_path, ["contacts"])
    assert error.code == "not_a_notes_sheet"
    for language in ("nl", "fr", "en"):
        i18n.install(language)
        try:
            assert as_sentence(error_text(error)).startswith("wg-edit1.xlsx "), language
            assert sentence(error_text(error)).startswith("wg-edit1.xlsx "), language
            # Handed on by a Qt signal of str (the worker's failed line): a new plain str.
            handed_on = "".join(error_text(error))
            assert type(handed_on) is str
            assert sentence(handed_on).startswith("wg-edit1.xlsx "), language
        finally:
            i18n.install("en")
    # A message that starts with words still becomes a sentence.
    assert sentence("the folder x does not exist") == "The folder x does not exist"


@pytest.fixture
def in_dutch(settings: Any) -> None:
    """Dutch chosen in the preferences before the window starts."""
    settings.set("prefs/language", "nl")


def test_the_meeting_editor_says_its_fault_as_a_sentence(
    in_dutch: None, controller: Any, qtbot: Any
) -> None:
    """Dutch window, New, Return with neither a title nor a workgroup: the line under the form
    starts with a capital."""
    w = controller.open_window(restore=False)
    settle(w)
    panel = open_meetings(qtbot, w)
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.problem.isVisibleTo(editor), w)
    assert editor.problem.text().startswith("Een vergadering heeft een titel"), (
        editor.problem.text()
    )
