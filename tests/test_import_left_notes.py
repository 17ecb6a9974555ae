"""Year over year, the notes that stay behind are named (trial 13, F): a note on a workgroup the
new plan no longer lists stays on it, and the CLI summary, the --json report and the import
window's result say which and where; a section renamed under its number is followed whether
or not the old plan had its items, and the window counts new, changed and gone as the CLI does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _seed_documents import CASES, SEEDS
from PySide6.QtCore import Qt
from ui_support import settle

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing.review import ImportReviewDialog

EDITED = CASES / "docs" / "jaarplan-2014-edited.txt"


def _notes_on_2013(store: Store) -> None:
    with store.transaction() as session:
        for ref, body in (
            ("3.1", "Energie: positie NL"),
            ("VET-GRENS", "Grensbeweiding: navragen bij LNV"),
        ):
            target = resolve_target(session, ref, plan_year=2013)
            add_annotation(session, target, NoteFields(body=body))


@pytest.mark.parametrize("with_items", [True, False], ids=["seed-2013", "demo-2013-no-items"])
def test_the_note_left_behind_is_named_and_the_renamed_section_is_followed_either_way(
    tmp_path: Path, with_items: bool
) -> None:
    db = tmp_path / "plans.db"
    store = open_store(db, demo=not with_items)
    try:
        if with_items:
            import_file(store, SEEDS / "jaarplan-2013.txt")
        _notes_on_2013(store)
        report = import_file(store, EDITED, year=2014)
    finally:
        store.close()
    assert [n.excerpt for n in report.carried_notes] == ["Energie: positie NL"]
    assert report.carried_notes[0].now_on_title == "3.1 Energie en klimaat"
    assert [(n.excerpt, n.target_key, n.stays_in) for n in report.left_notes] == [
        ("Grensbeweiding: navragen bij LNV", "wg:VET-GRENS", 2013)
    ]
    assert not [o for o in report.gone_objects if o.kind == "section"]


def test_the_cli_summary_and_json_name_the_note_left_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "plans.db"
    assert main(["--db", str(db), "import", str(SEEDS / "jaarplan-2013.txt")]) == 0
    store = open_store(db)
    try:
        _notes_on_2013(store)
    finally:
        store.close()
    assert main(["--db", str(db), "import", str(EDITED), "--year", "2014", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "notes left on objects no longer in this plan: 1" in out, out
    assert '"Grensbeweiding: navragen bij LNV" stays on workgroup' in out, out
    assert "(2013 plan)" in out
    argv = ["--db", str(db), "import", str(EDITED), "--year", "2014", "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    reports = data if isinstance(data, list) else [data]
    left = reports[0]["left_notes"]
    assert [(n["excerpt"], n["target_key"], n["stays_in"]) for n in left] == [
        ("Grensbeweiding: navragen bij LNV", "wg:VET-GRENS", 2013)
    ]


@pytest.fixture
def settings(settings: Any) -> Any:
    settings.set("prefs/language", "nl")
    return settings


def test_the_dutch_import_window_names_the_note_left_behind_and_counts_the_changes(
    settings: Any, window: MainWindow, store: Store, qtbot: Any
) -> None:
    _notes_on_2013(store)  # the demo's 2013 plan: sections and workgroups, no items
    dialog = window.review_import(EDITED)
    assert isinstance(dialog, ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=120_000)
    settle(window)
    dialog.year_box.setValue(2014)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.summary.isVisible(), timeout=120_000)
    text = dialog.summary.text().replace("\u00a0", " ")
    assert "Vergeleken met 2013: " in text and " verdwenen" in text, text
    assert "• Werkgroep Veterinaire" in text, text  # a workgroup, not an "onderdeel"
    assert "onderdelen van het" not in text, text
    assert "1 nota blijft op objecten die niet meer in dit jaarplan staan:" in text, text
    assert "„Grensbeweiding: navragen bij LNV” blijft op Werkgroep" in text, text
    assert "(jaarplan 2013)" in text, text
    assert "Energie: positie NL" in text  # carried over, named among the carried notes
