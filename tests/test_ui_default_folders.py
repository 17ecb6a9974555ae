"""The folder a save dialog proposes is made when it is used (trial 12, D5: on a new laptop
File > Share notes proposed ~/Documents/bnldesk/notes-DATE.bnlnotes, then refused it because
the folder did not exist), and a missing folder the delegate typed is offered to be made.

Driven through the real dialogs offscreen, on a home folder of the test's own with no
Documents folder; the written files are read back.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import answering, settle

from bnldesk.paths import default_export_dir
from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store
from bnldesk.ui.actions import ActionId
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.exports.excel_dialog import ExcelDialog
from bnldesk.ui.meetings.features import ShareDialog, install_meeting_actions


def _modal(kind: type) -> Any:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) else None


def test_share_writes_into_the_default_folder_it_proposes(
    window: MainWindow, store: Store, qtbot: Any
) -> None:
    with store.transaction() as session:
        target = svc.resolve_target(session, "SENN-CRISE")
        svc.add_annotation(session, target, svc.NoteFields(body="Gedeeld", visibility="delegation"))
    folder = default_export_dir()
    assert not folder.exists() and not folder.parent.exists()  # a new laptop: no ~/Documents
    install_meeting_actions(window)
    proposed: list[Path] = []
    said: list[str] = []

    def save(dialog: ShareDialog) -> None:
        proposed.append(Path(dialog.path.text()))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    with answering(qtbot, lambda: _modal(QMessageBox), read_and_close, "the result"):
        with answering(qtbot, lambda: _modal(ShareDialog), save, "the share dialog"):
            window.meeting_features.share()
        settle(window)
    assert proposed[0].parent == folder
    assert proposed[0].is_file(), said
    assert zipfile.is_zipfile(proposed[0]) or proposed[0].stat().st_size > 0


def _excel_dialog(window: MainWindow) -> ExcelDialog:
    window.registry[ActionId.EXPORT_EXCEL].trigger()
    dialog: ExcelDialog = window.excel_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    return dialog


def _answer(qtbot: Any, button: QMessageBox.StandardButton, asked: list[str]) -> Any:
    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    return answer


def _save_excel_as(
    window: MainWindow, qtbot: Any, target: Path, answer: QMessageBox.StandardButton
) -> tuple[ExcelDialog, list[str]]:
    """File > Export Excel list, ``target`` typed as the file, Enter; the question about its
    missing folder answered with ``answer``. Returns the dialog and the questions asked."""
    dialog = _excel_dialog(window)
    dialog.path_row.edit.setText(str(target))
    asked: list[str] = []
    with answering(
        qtbot, lambda: _modal(QMessageBox), _answer(qtbot, answer, asked), "the question"
    ):
        qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    settle(window)
    return dialog, asked


def test_a_typed_missing_folder_is_made_when_the_delegate_agrees(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    target = tmp_path / "réunions" / "2026" / "liste.xlsx"
    _, asked = _save_excel_as(window, qtbot, target, QMessageBox.StandardButton.Yes)
    assert len(asked) == 1 and str(target.parent) in asked[0]
    box: QMessageBox = window.export_done_box  # type: ignore[attr-defined]
    box.close()
    assert openpyxl.load_workbook(target).sheetnames[0] == "Workgroups"


def test_a_typed_missing_folder_declined_keeps_the_dialog_and_makes_nothing(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    target = tmp_path / "typo" / "liste.xlsx"
    dialog, asked = _save_excel_as(window, qtbot, target, QMessageBox.StandardButton.No)
    assert len(asked) == 1
    assert dialog.isVisible()  # another folder, or Cancel
    assert not target.parent.exists()
    dialog.reject()
