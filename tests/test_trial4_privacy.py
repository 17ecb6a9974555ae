"""Private notes in exports (fourth delegate trial): ticking "Include notes marked private"
once must not make every later brief or workbook carry them, and a brief that holds them
says so on its cover."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from sqlalchemy import select
from ui_support import WAIT_MS, press, settle

from bnldesk.domain.models import Workgroup
from bnldesk.services import annotations as svc
from bnldesk.services.annotations import NoteFields, resolve_target
from bnldesk.store.engine import Store
from bnldesk.ui.settings import Settings

SECRET = "GEHEIM standpunt over het draaiboek"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "settings.ini")
    s.set("prefs/delegation", "BE")  # chosen: not asked
    s.set("prefs/export_dir", str(tmp_path / "exports"))
    return s


def _private_note(store: Store) -> None:
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        svc.add_annotation(s, target, NoteFields(body=SECRET, visibility="private"))


def _show_senn_crise(window: Any, store: Store) -> None:
    with store.read() as s:
        wg_id = s.scalar(select(Workgroup.id).where(Workgroup.code == "SENN-CRISE"))
    window.show_object("workgroup", wg_id)
    settle(window)


def _tick(qtbot: Any, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def _first_page(path: Path) -> str:
    return " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())


def _brief(qtbot: Any, window: Any, name: str, *, private: bool) -> Path:
    press(qtbot, window, "Ctrl+P")
    dialog = window.brief_dialog
    assert dialog.isVisible()
    assert not dialog.private_box.isChecked()  # never ticked when the dialog opens
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    if private:
        _tick(qtbot, dialog.private_box)
    dialog.path_row.edit.setText(str(Path(dialog.path()).with_name(name)))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(window)
    window.export_done_box.close()
    return Path(dialog.path())


def test_private_notes_are_a_one_off_choice_in_the_brief(
    window: Any, store: Store, settings: Settings, qtbot: Any
) -> None:
    _private_note(store)
    _show_senn_crise(window, store)
    first = _brief(qtbot, window, "with-private.pdf", private=True)
    cover = _first_page(first)
    assert "This brief contains 1 note marked private" in cover
    second = _brief(qtbot, window, "shared.pdf", private=False)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(second)).pages)
    assert SECRET.split()[0] not in text
    assert "marked private" not in _first_page(second)
    assert "include_private" not in str(settings.get("export/brief_options"))


def test_private_notes_are_a_one_off_choice_in_the_workbook(
    window: Any, store: Store, settings: Settings, qtbot: Any
) -> None:
    _private_note(store)
    for round_number, private in enumerate((True, False)):
        press(qtbot, window, "Ctrl+Shift+E")
        dialog = window.excel_dialog
        assert not dialog.private_box.isChecked()
        qtbot.waitExposed(dialog, timeout=WAIT_MS)
        dialog.sheet_boxes["annotations"].setChecked(True)
        if private:
            _tick(qtbot, dialog.private_box)
        dialog.path_row.edit.setText(str(Path(dialog.path()).with_name(f"wb{round_number}.xlsx")))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        settle(window)
        window.export_done_box.close()
        book = openpyxl.load_workbook(dialog.path())
        cells = [
            str(v)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v
        ]
        assert any(SECRET in cell for cell in cells) is private
