"""Ctrl+P in the window on a workgroup whose notes hold oversized and hostile text: the brief
is laid out and saved; a brief that cannot be laid out is one line in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_brief_hostile import _BuilderWithAGiant
from ui_support import settle, show_workgroup, wait_for

from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import brief as brief_module
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.app import Controller
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.settings import Settings


@pytest.fixture
def window(qapp: QApplication, store: Store, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings(tmp_path / "settings.ini")
    settings.set("prefs/delegation", "BE")  # chosen: not asked
    settings.set("prefs/export_dir", str(tmp_path / "exports"))
    with store.transaction() as s:
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(
                body="Begin " + "w" * 5000 + " <b>&amp; =cmd|' /C calc'!A0 مرحبا 😀 einde",
                position_text="\n".join(f"lijn {n}" for n in range(200)),
                position_state="reservation",
                visibility="delegation",
            ),
        )
    controller = Controller(store, settings)
    w = controller.open_window(restore=False)
    settle(w)
    show_workgroup(w, store, "SENN-CRISE")
    yield w
    controller.shutdown()
    i18n.install("en")


def _brief_by_keyboard(qtbot: object, window: MainWindow) -> Path:
    """Ctrl+P, then Enter in the file name: the brief as a delegate makes it."""
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: getattr(window, "brief_dialog", None) is not None, window)
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, dialog.isVisible, window)
    path: Path = dialog.path()
    QTest.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: not window.property("exportBusy"), window)
    return path


def test_ctrl_p_lays_out_oversized_and_hostile_notes(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    path = _brief_by_keyboard(qtbot, window)
    assert errors == []
    box: QMessageBox = window.export_done_box  # type: ignore[attr-defined]
    assert box.isVisible()
    box.close()
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    assert text.count("w") >= 5000
    assert "<b>&amp; =cmd|' /C calc'!A0" in text
    assert "lijn 0" in text and "lijn 199" in text


def test_a_brief_that_cannot_be_laid_out_is_one_line_in_the_window(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the last resort and with a flowable larger than a page: the window says so in
    one line (not 'Internal error'), and no file is written."""
    monkeypatch.setattr(brief_module._BriefDocTemplate, "filterFlowables", lambda *_a: None)
    monkeypatch.setattr(brief_module, "BriefBuilder", _BuilderWithAGiant)
    path = _brief_by_keyboard(qtbot, window)
    dialog = window.brief_dialog  # type: ignore[attr-defined]
    # Said over the dialog, which stays open to shorten a text or choose fewer parts.
    wait_for(qtbot, lambda: getattr(dialog, "fault_box", None) is not None, window)
    said = dialog.fault_box.text()
    assert "\n" not in said and dialog.isVisible()
    assert "could not be laid out" in said and "Internal error" not in said
    dialog.fault_box.close()
    assert not path.exists()
    assert [p for p in path.parent.iterdir() if p.suffix in (".pdf", ".part")] == []
