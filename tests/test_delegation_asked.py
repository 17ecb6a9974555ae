"""The delegation is asked, never assumed (trials 14 and 15: a Luxembourg delegate on a French
system found every brief stamped "DÉLÉGATION BE"). A fresh settings file has none chosen; the
first brief asks, the choice is remembered, the brief dialog shows it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlalchemy import select
from ui_support import (
    activate,
    answering,
    leave,
    press,
    settle,
    show_workgroup,
    type_into,
    wait_for,
)

from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.settings import Settings
from bnldesk.ui.settings.ask import DelegationDialog


@pytest.fixture
def fresh(tmp_path: Path) -> Settings:
    """A settings file as on a new laptop: no delegation chosen."""
    settings = Settings(tmp_path / "settings.ini")
    settings.set("prefs/export_dir", str(tmp_path / "exports"))
    return settings


@pytest.fixture
def window(qapp: QApplication, store: Store, fresh: Settings) -> Iterator[MainWindow]:
    controller = Controller(store, fresh)
    w = controller.open_window(restore=False)
    settle(w)
    show_workgroup(w, store, "SENN-CRISE")
    yield w
    controller.shutdown()
    i18n.install("en")


def _asked() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DelegationDialog) and widget.isVisible():
            return widget
    return None


def _luxembourg_by_keys(qtbot: object) -> Callable[[QWidget], None]:
    """Space on Belgium (focused, none ticked), Down, Down: Luxembourg; Return."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegationDialog)
        activate(qtbot, dialog)
        assert dialog.chosen() is None  # nothing assumed
        assert not dialog.box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert dialog.focusWidget() is dialog.buttons["BE"]
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
        assert dialog.chosen() == "BE"
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        assert dialog.chosen() == "LU"
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    return act


def _brief(qtbot: object, window: MainWindow) -> Path:
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, dialog.isVisible, window)
    path: Path = dialog.path()
    QTest.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: not window.property("exportBusy"), window)
    window.export_done_box.close()  # type: ignore[attr-defined]
    return path


def _first_page(path: Path) -> str:
    return " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())


def test_the_first_brief_asks_the_delegation_and_the_second_does_not(
    qtbot: object, window: MainWindow, fresh: Settings
) -> None:
    assert not fresh.delegation_chosen() and fresh.delegation() == ""
    with answering(qtbot, _asked, _luxembourg_by_keys(qtbot), "the delegation question"):
        press(qtbot, window, "Ctrl+P")
    assert fresh.get("prefs/delegation") == "LU"
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    assert dialog.delegation_combo.currentData() == "LU"  # shown in the brief dialog
    text = _first_page(_brief(qtbot, window))
    assert "DELEGATION LU" in text and "BE" not in text.split()
    window.brief_dialog = None  # type: ignore[attr-defined]
    press(qtbot, window, "Ctrl+P")
    wait_for(qtbot, lambda: getattr(window, "brief_dialog", None) is not None, window)
    assert _asked() is None  # asked once
    window.brief_dialog.close()  # type: ignore[attr-defined]


def test_cancel_cancels_the_brief_and_chooses_nothing(
    qtbot: object, window: MainWindow, fresh: Settings
) -> None:
    def cancel(dialog: QWidget) -> None:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with answering(qtbot, _asked, cancel, "the delegation question"):
        press(qtbot, window, "Ctrl+P")
    assert getattr(window, "brief_dialog", None) is None
    assert not fresh.delegation_chosen()


def test_the_brief_dialog_changes_the_delegation_and_remembers_it(
    qtbot: object, window: MainWindow, fresh: Settings
) -> None:
    fresh.set("prefs/delegation", "BE")  # chosen before (also what the old default stored)
    press(qtbot, window, "Ctrl+P")
    wait_for(qtbot, lambda: getattr(window, "brief_dialog", None) is not None, window)
    assert _asked() is None
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    combo = dialog.delegation_combo
    assert combo.currentData() == "BE"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # Netherlands
    assert combo.currentData() == "NL"
    text = _first_page(_brief(qtbot, window))
    assert "DELEGATION NL" in text
    assert fresh.get("prefs/delegation") == "NL"


def _cli_brief(db_path: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``bnldesk brief --workgroup SENN-CRISE`` with ``extra`` options, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "bnldesk", "--db", str(db_path), "brief", "--workgroup",
         "SENN-CRISE", *extra, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip


def test_the_command_line_brief_without_a_delegation_names_none_and_says_how_to_set_one(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "new.ini").write_text("[prefs]\nauthor=Anne\n", encoding="utf-8")
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "new.ini"))  # none chosen
    out = tmp_path / "brief.pdf"
    run = _cli_brief(db_path, out)
    # Written, naming no delegation (never assumed BE), with one line saying how to choose
    # one (shared case 12: "brief --meeting 1" must work on a new laptop).
    assert run.returncode == 0, run.stderr
    said = run.stderr.strip().splitlines()
    assert len(said) == 1 and "names no delegation" in said[0], said
    assert "--delegation" in said[0] and "prefs/delegation" in said[0]
    assert "DELEGATION" not in _first_page(out)
    given = _cli_brief(db_path, out, "--delegation", "LU")
    assert given.returncode == 0, given.stderr
    assert "DELEGATION LU" in _first_page(out)


def test_the_first_new_note_asks_and_is_stamped_with_the_choice(
    qtbot: object, window: MainWindow, fresh: Settings, store: Store
) -> None:
    from bnldesk.domain.models import Annotation

    with answering(qtbot, _asked, _luxembourg_by_keys(qtbot), "the delegation question"):
        press(qtbot, window, "Ctrl+N")
    settle(window)
    assert window.notes.is_draft(), (window.notes.target, fresh.get("prefs/delegation"))
    type_into(qtbot, window.notes.body, "Position du Luxembourg")
    leave(qtbot, window.notes.body)
    settle(window)
    wait_for(qtbot, lambda: not window.notes.is_draft(), window)
    with store.read() as s:
        stamped = s.execute(
            select(Annotation.body, Annotation.delegation).where(
                Annotation.body.contains("Luxembourg")
            )
        ).all()
    assert [tuple(row) for row in stamped] == [("Position du Luxembourg", "LU")]
    assert fresh.get("prefs/delegation") == "LU"


def test_preferences_show_not_chosen_and_saving_them_chooses_nothing(
    qtbot: object, qapp: QApplication, fresh: Settings
) -> None:
    from bnldesk.ui.settings.preferences import PreferencesDialog

    dialog = PreferencesDialog(fresh)
    assert dialog.delegation.currentData() == ""  # "Not chosen yet", never Belgium
    dialog.author.setText("Anne")
    dialog.save()
    assert fresh.get("prefs/author") == "Anne" and not fresh.delegation_chosen()
    dialog.close()
