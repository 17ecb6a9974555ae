"""The import review window says the importer's warnings in the interface language.

Fifth delegate re-check: in the Dutch window the warnings read "Heel het document: 1 of 28
sections have no items" and "pagina 1, regel 1: text before the first chapter skipped". The
importer (no Qt) gives each warning a code and its values; the window words them. Every code the
importer can give must have its words here, or the window falls back to English again.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import settle

from bnldesk.domain.document import ImportWarning
from bnldesk.ui import i18n
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog
from bnldesk.ui.importing.review import WarningsModel
from bnldesk.ui.importing.warning_texts import KNOWN_CODES
from bnldesk.ui.widgets import file_dialogs

SERVICES = Path(__file__).resolve().parent.parent / "bnldesk" / "services"

# A plan with a title line before its first chapter, a section without items (2.2) and a
# chapter numbered 4 after 2: three warnings of three kinds.
PLAN = (
    "Jaarplan 2032\nBenelux-Publicatieblad van de Benelux Unie\n\n1. Inleiding\nTekst.\n\n"
    "2. Veiligheid\n2.1. Crisis\nVoortgangsprojecten\n Oefenen.\n2.2. Markt\n"
    "Tekst zonder projecten.\n2.3. Energie\nTekst.\n\n4. Economie\n4.1. Markt\nVoortgangsprojecten\n Meer.\n"
)

# Words of the English messages that must not reach a Dutch or French window.
ENGLISH = ("sections have no items", "before the first chapter", "where chapter", "read as text")


def _codes_given_by_the_importer() -> list[tuple[str, int, str | None]]:
    """(file, line, code) of every ImportWarning(...) the services build; code None when the
    call gives none or not as a literal (a conditional of two literals gives both)."""
    found: list[tuple[str, int, str | None]] = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ImportWarning"):
                continue
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            literals = (
                [
                    n.value
                    for n in ast.walk(code)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                ]
                if code is not None
                else []
            )
            for literal in literals or [None]:
                found.append((path.name, node.lineno, literal))
    return found


def test_every_warning_of_the_importer_has_words_in_the_window() -> None:
    given = _codes_given_by_the_importer()
    assert len(given) >= 15, given  # the importer builds warnings in many places
    without = [(name, line) for name, line, code in given if code is None]
    assert not without, f"ImportWarning without a code= (the window shows it in English): {without}"
    unknown = sorted({code for _, _, code in given if code not in KNOWN_CODES})
    assert not unknown, f"codes without words in bnldesk/ui/importing/warning_texts.py: {unknown}"


def _open_by_menu(window: MainWindow, path: Path, qtbot: Any, monkeypatch: Any) -> Any:
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialogs = window.findChildren(ImportReviewDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
    settle(window)
    return dialog


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "Het hele document: 1 van de 3 onderdelen heeft geen projecten – 2.2",
                "Regel 1: tekst vóór het eerste hoofdstuk overgeslagen – Jaarplan 2032",
                "⚠ Regel 16: een titel met nummer 4 waar hoofdstuk 3 verwacht werd: als tekst gelezen",
            ],
        ),
        (
            "fr",
            [
                "Tout le document\u00a0: 1 des 3 thèmes n'a aucun projet – 2.2",
                "Ligne 1\u00a0: texte avant le premier chapitre ignoré – Jaarplan 2032",
                "⚠ Ligne 16\u00a0: un titre numéroté 4 là où le chapitre 3 était attendu\u00a0: lu comme texte",
            ],
        ),
        (
            "en",
            [
                "Whole document: 1 of 3 sections has no items – 2.2",
                "Line 1: text before the first chapter skipped – Jaarplan 2032",
                "⚠ Line 16: a heading numbered 4 where chapter 3 was expected: read as text",
            ],
        ),
    ],
)
def test_the_review_window_says_the_warnings_in_the_interface_language(
    window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    expected: list[str],
) -> None:
    path = tmp_path / "jaarplan-2032.txt"
    path.write_text(PLAN, encoding="utf-8")
    i18n.install(language)
    try:
        dialog = _open_by_menu(window, path, qtbot, monkeypatch)
        rows = [dialog.warnings.index(row).data() for row in range(dialog.warnings.rowCount())]
        for line in expected:
            assert any(row.startswith(line) for row in rows), (line, rows)
        if language != "en":
            assert not [row for row in rows if any(word in row for word in ENGLISH)], rows
        # Choosing a warning still shows its line in the document's text.
        row = next(number for number, text in enumerate(rows) if text.startswith("⚠"))
        rect = dialog.warning_view.visualRect(dialog.warnings.index(row))
        qtbot.mouseClick(
            dialog.warning_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        shown = dialog.source.current_line()
        assert shown is not None and shown[1:] == (16, "4. Economie"), shown
        dialog.close()
    finally:
        i18n.install("en")


@pytest.mark.parametrize(
    ("language", "one", "several"),
    [
        (
            "nl",
            "1 van de 28 onderdelen heeft geen projecten",
            "5 van de 28 onderdelen hebben geen projecten",
        ),
        ("fr", "1 des 28 thèmes n'a aucun projet", "5 des 28 thèmes n'ont aucun projet"),
        ("en", "1 of 28 sections has no items", "5 of 28 sections have no items"),
    ],
)
def test_counted_warnings_take_the_plural_of_their_number(
    qapp: Any, language: str, one: str, several: str
) -> None:
    model = WarningsModel()
    model.set_warnings(
        [
            ImportWarning(
                0, "1 of 28 sections have no items", code="sections_without_items", values=(1, 28)
            ),
            ImportWarning(
                0, "5 of 28 sections have no items", code="sections_without_items", values=(5, 28)
            ),
            ImportWarning(3, "some future warning", code="not_known_yet"),
        ]
    )
    i18n.install(language)
    try:
        rows = [model.index(row).data() for row in range(model.rowCount())]
    finally:
        i18n.install("en")
    assert rows[0].endswith(one) and rows[1].endswith(several), rows
    # A code this window does not know yet is shown in English rather than lost.
    assert rows[2].endswith(": some future warning"), rows
