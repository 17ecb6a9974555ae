"""Trial 18 (a French delegate in Luxembourg): the notes sheet's import preview showed a text
changed near its end as two identical cut strings (« …de l'I… » → « …de l'I… »), and its lines
did not wrap, so a conflict's explanation was reachable only by scrolling sideways.

A real SQLite file, a real sheet exported and edited with openpyxl, the command line's
``--dry-run`` in French and English and the window's preview dialog offscreen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from sheet_support import edit_sheet, export_notes
from ui_support import settle

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.exports.dialogs import preview_import

_OLD = (
    "La délégation luxembourgeoise soutient la coopération transfrontalière en matière de "
    "gestion de crise et demande un calendrier commun de l'Institut"
)
_NEW = _OLD[: -len("Institut")] + "Inspection générale"


def _long_note(store: Store) -> str:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        return add_annotation(session, target, NoteFields(body=_OLD, visibility="delegation")).uuid


def _sides(out: str, arrow: str) -> tuple[str, str]:
    line = next(line for line in out.splitlines() if arrow in line and "…" in line)
    old, new = line.split(arrow)
    return old.split(":", 1)[1].strip() if ":" in old else old.strip(), new.strip()


@pytest.mark.parametrize(("language", "column", "arrow"), [("fr", "Texte", " → "),
                                                            ("en", "Text", " -> ")])  # fmt: skip
def test_the_dry_run_shows_a_change_at_the_end_of_a_long_text(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any,
    language: str, column: str, arrow: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("LANGUAGE", language)
    uuid = _long_note(store)
    sheet = tmp_path / "notes.xlsx"
    export_notes(store, sheet, language)
    edit_sheet(sheet, {uuid: {column: _NEW}})
    capsys.readouterr()
    db = str(store.path)
    assert main(["--db", db, "import-annotations", str(sheet), "--dry-run"]) == 0
    old, new = _sides(capsys.readouterr().out, arrow)
    assert old != new, (old, new)
    assert "Institut" in old and "Inspection" in new, (old, new)
    assert "Inspection" not in old, old


def test_the_window_preview_wraps_and_shows_both_sides_apart(
    window: MainWindow, store: Store, qtbot: Any, tmp_path: Path
) -> None:
    uuid = _long_note(store)
    sheet = tmp_path / "notes.xlsx"
    export_notes(store, sheet, "en")
    edit_sheet(sheet, {uuid: {"Text": _NEW}})
    preview_import(window, sheet)
    qtbot.waitUntil(lambda: getattr(window, "import_preview_dialog", None) is not None)
    dialog = window.import_preview_dialog  # type: ignore[attr-defined]
    settle(window)
    text: QPlainTextEdit = dialog.text
    assert text.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap
    assert not text.horizontalScrollBar().isVisible()
    old, new = _sides(text.toPlainText(), " → ")
    assert old != new and "Institut" in old and "Inspection" in new, (old, new)
    dialog.reject()
