"""Trial 18, the first run on a new laptop: File > Import notes from Excel asked "Your
delegation" before saying the chosen file was no notes sheet, and the question ticked nothing
although the system was French (Luxembourg). Now the file is read first, and the question
comes ticked with the delegation the locale suggests, so Return accepts it.

A real window offscreen over a real SQLite file, a settings file with no delegation chosen,
real workbooks (a workgroups export, a notes sheet), keys on the real dialogs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sheet_support import export_notes
from ui_support import answering, settle, wait_for

from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.actions import ActionId
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.settings import Settings
from bnldesk.ui.settings.ask import DelegationDialog, likely_delegation
from bnldesk.ui.widgets import file_dialogs


@pytest.fixture
def fresh(tmp_path: Path) -> Settings:
    """A settings file as on a new laptop: no delegation chosen."""
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qapp: QApplication, store: Store, fresh: Settings) -> Iterator[MainWindow]:
    controller = Controller(store, fresh)
    w = controller.open_window(restore=False)
    settle(w)
    yield w
    controller.shutdown()
    i18n.install("en")


@pytest.fixture
def luxembourg(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_LU.UTF-8")


def _asked() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DelegationDialog) and widget.isVisible():
            return widget
    return None


def _message_box() -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QMessageBox) else None


def _import(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(path), ""))
    window.registry[ActionId.IMPORT_NOTES].trigger()


def test_a_file_that_is_no_notes_sheet_is_refused_before_the_delegation_is_asked(
    qtbot: object, window: MainWindow, fresh: Settings, store: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, luxembourg: None,
) -> None:  # fmt: skip
    workgroups = tmp_path / "werkgroepen.xlsx"
    export_workbook(store, workgroups, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        assert _asked() is None  # the delegation was not asked first
        said.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    with answering(qtbot, _message_box, read_and_close, "the refusal"):
        _import(window, workgroups, monkeypatch)
    assert said and "notes" in said[0].lower(), said
    settle(window)
    assert _asked() is None and not fresh.delegation_chosen()


def test_the_question_comes_ticked_from_the_locale_and_return_accepts_it(
    qtbot: object, window: MainWindow, fresh: Settings, store: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, luxembourg: None,
) -> None:  # fmt: skip
    sheet = tmp_path / "notes.xlsx"
    export_notes(store, sheet, "fr")

    def press_return(dialog: DelegationDialog) -> None:
        assert dialog.chosen() == "LU"
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    with answering(qtbot, _asked, press_return, "the delegation question"):
        _import(window, sheet, monkeypatch)
    wait_for(qtbot, lambda: getattr(window, "import_preview_dialog", None) is not None, window)
    assert fresh.get("prefs/delegation") == "LU"
    window.import_preview_dialog.reject()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("environ", "language", "expected"),
    [
        ({"LANG": "fr_LU.UTF-8"}, "fr", "LU"),
        ({"LANG": "lb_LU"}, "en", "LU"),
        ({"LC_ALL": "nl_BE.UTF-8", "LANG": "fr_LU.UTF-8"}, "nl", "BE"),
        ({"LC_MESSAGES": "fr_BE@euro"}, "fr", "BE"),
        ({"LANG": "nl_NL.UTF-8"}, "nl", "NL"),
        ({"LANG": "C.UTF-8"}, "nl", "NL"),
        ({"LANG": "C.UTF-8"}, "fr", None),
        ({"LANG": "fr_FR.UTF-8"}, "en", None),
        ({}, "en", None),
    ],
)
def test_the_delegation_a_system_suggests(
    qapp: QApplication, environ: dict[str, str], language: str, expected: str | None
) -> None:
    i18n.install(language)
    try:
        assert likely_delegation(environ) == expected
    finally:
        i18n.install("en")
