"""An export that cannot be written keeps its dialog (delegate re-checks 6 and 7: the fault
was titled "bnldesk", began in lower case, and the Export brief dialog was gone after OK, every
option to be set again).

Driven by keys in the real window (offscreen), in nl, fr and en, over three real faults: a
file where the folder should be, a read-only folder (a read-only tmpfs as root, else a folder
without write permission) and a full disk (a 6 MB tmpfs filled to the last byte, root only).
The message box must be titled with the dialog's own name and begin with a capital, the dialog
must stay open with every option as set, and the next folder typed must work.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from fault_support import IS_ROOT, fill, mounted, small_disk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from ui_support import answering, press, settle, show_workgroup, type_into, wait_for

from bnldesk.store.engine import Store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.exports.brief_dialog import BriefDialog
from bnldesk.ui.exports.excel_dialog import ExcelDialog
from bnldesk.ui.meetings.features import ShareDialog, install_meeting_actions

# The dialogs' names in each language, as a delegate reads them in the title bar (written out
# here, not read from the translations under test).
BRIEF_TITLE = {
    "nl": "Briefing exporteren (PDF)",
    "fr": "Exporter un briefing (PDF)",
    "en": "Export brief (PDF)",
}
EXCEL_TITLE = {"fr": "Exporter un classeur Excel"}
SHARE_TITLE = {"nl": "Nota's delen"}


@contextlib.contextmanager
def unwritable_folder(base: Path, fault: str) -> Iterator[Path]:
    """A folder an export cannot be written into, by ``fault``: "file" (a file where the
    folder should be), "read_only", "full"."""
    if fault == "file":
        blocker = base / "afile"
        blocker.write_text("a file, not a folder")
        yield blocker
        return
    if fault == "read_only":
        folder = base / "read-only"
        folder.mkdir()
        if IS_ROOT:
            with mounted("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)) as ok:
                if not ok:
                    pytest.skip("a read-only tmpfs could not be mounted")
                yield folder
            return
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            folder.chmod(stat.S_IRWXU)
        return
    with small_disk(base / "small-disk") as disk:
        if disk is None:
            pytest.skip("a real full disk needs a tmpfs, which only root can mount")
        filler = fill(disk)
        try:
            yield disk
        finally:
            filler.unlink()


def open_window(controller: Any, settings: Any, language: str, exports: Path) -> MainWindow:
    from bnldesk.ui import i18n

    settings.set("prefs/export_dir", str(exports))
    settings.set("prefs/language", language)
    controller.language = i18n.install(language)  # as the controller does at its start
    window: MainWindow = controller.open_window(restore=False)
    window.resize(1280, 720)
    settle(window)
    return window


def toggle(qtbot: Any, box: QCheckBox) -> None:
    """Tick or untick ``box`` with the space bar, as a delegate tabbing through does."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def fault_box(qtbot: Any, dialog: Any, window: MainWindow) -> QMessageBox:
    """The fault shown over ``dialog`` once the export failed (waits, fails loudly)."""
    wait_for(qtbot, lambda: getattr(dialog, "fault_box", None) is not None, window)
    box: QMessageBox = dialog.fault_box
    wait_for(qtbot, box.isVisible, window)
    return box


def close_fault(qtbot: Any, box: QMessageBox) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: QApplication.activeModalWidget() is not box)


def assert_worded(box: QMessageBox, title: str, names: str) -> None:
    assert box.windowTitle() == title
    text = box.text()
    # A capital, or the path or the program's name ("bnldesk") the sentence begins with.
    assert text.startswith("bnldesk") or not text[:1].islower(), text
    assert names in text, text


@pytest.mark.parametrize(
    ("fault", "language"), [("file", "nl"), ("read_only", "fr"), ("full", "en")]
)
def test_a_brief_that_cannot_be_written_keeps_its_dialog_as_set(
    controller: Any,
    settings: Any,
    store: Store,
    qtbot: Any,
    tmp_path: Path,
    fault: str,
    language: str,
) -> None:
    window = open_window(controller, settings, language, tmp_path / "exports")
    show_workgroup(window, store, "SENN-CRISE")
    press(qtbot, window, "Ctrl+P")
    wait_for(qtbot, lambda: isinstance(getattr(window, "brief_dialog", None), BriefDialog))
    dialog: BriefDialog = window.brief_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, dialog.isVisible, window)
    settle(window)
    assert dialog.part_boxes["contacts"].isChecked() and not dialog.private_box.isChecked()
    toggle(qtbot, dialog.part_boxes["contacts"])
    toggle(qtbot, dialog.private_box)
    type_into(qtbot, dialog.marking_edit, "BEPERKT <b>&")
    with unwritable_folder(tmp_path, fault) as folder:
        type_into(qtbot, dialog.path_row.edit, str(folder / "brief.pdf"))
        qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
        box = fault_box(qtbot, dialog, window)
        assert_worded(box, BRIEF_TITLE[language], str(folder))
        close_fault(qtbot, box)
        settle(window)
    # Still open, every choice as it was set.
    assert dialog.isVisible()
    assert not dialog.part_boxes["contacts"].isChecked()
    assert dialog.part_boxes["notes"].isChecked()
    assert dialog.private_box.isChecked()
    assert dialog.marking_edit.text() == "BEPERKT <b>&"
    assert dialog.path_row.edit.text() == str(folder / "brief.pdf")
    assert not list(tmp_path.glob("**/*.partial-*"))
    # Another folder, and the brief is written as set.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    type_into(qtbot, dialog.path_row.edit, str(elsewhere / "brief.pdf"))
    qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: (elsewhere / "brief.pdf").exists(), window)
    settle(window)
    wait_for(qtbot, lambda: not dialog.isVisible(), window)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(elsewhere / "brief.pdf").pages)
    assert "BEPERKT <b>&" in text
    window.export_done_box.close()  # type: ignore[attr-defined]


def test_an_excel_export_that_cannot_be_written_keeps_its_dialog_as_set(
    controller: Any, settings: Any, store: Store, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(controller, settings, "fr", tmp_path / "exports")
    press(qtbot, window, "Ctrl+Shift+E")
    wait_for(qtbot, lambda: isinstance(getattr(window, "excel_dialog", None), ExcelDialog))
    dialog: ExcelDialog = window.excel_dialog  # type: ignore[attr-defined]
    wait_for(qtbot, dialog.isVisible, window)
    settle(window)
    assert not dialog.sheet_boxes["contacts"].isChecked()
    toggle(qtbot, dialog.sheet_boxes["contacts"])
    chosen = {key for key, box in dialog.sheet_boxes.items() if box.isChecked()}
    assert "contacts" in chosen
    with unwritable_folder(tmp_path, "file") as folder:
        type_into(qtbot, dialog.path_row.edit, str(folder / "liste.xlsx"))
        qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
        box = fault_box(qtbot, dialog, window)
        assert_worded(box, EXCEL_TITLE["fr"], str(folder))
        assert "n'est pas un dossier" in box.text()
        close_fault(qtbot, box)
    assert dialog.isVisible()
    assert {key for key, box in dialog.sheet_boxes.items() if box.isChecked()} == chosen
    target = tmp_path / "liste.xlsx"
    type_into(qtbot, dialog.path_row.edit, str(target))
    qtbot.keyClick(dialog.path_row.edit, Qt.Key.Key_Return)
    wait_for(qtbot, target.exists, window)
    settle(window)
    wait_for(qtbot, lambda: not dialog.isVisible(), window)
    assert "Contacts" in openpyxl.load_workbook(target).sheetnames
    window.export_done_box.close()  # type: ignore[attr-defined]


def test_sharing_into_a_folder_that_cannot_be_written_keeps_the_share_dialog(
    controller: Any, settings: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(controller, settings, "nl", tmp_path / "exports")
    install_meeting_actions(window)
    seen: list[str] = []
    written = tmp_path / "bundle.bnlnotes"

    def find_share() -> ShareDialog | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, ShareDialog) else None

    def share_into(dialog: ShareDialog, folder: Path) -> None:
        type_into(qtbot, dialog.code, "SENN-CRISE")
        type_into(qtbot, dialog.path, str(folder / "bundle.bnlnotes"))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
        box = fault_box(qtbot, dialog, window)
        seen.append(box.windowTitle())
        seen.append(box.text())
        close_fault(qtbot, box)
        assert dialog.isVisible()
        assert dialog.workgroup.isChecked() and dialog.code.text() == "SENN-CRISE"
        type_into(qtbot, dialog.path, str(written))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    def close_summary(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    def find_summary() -> QMessageBox | None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.objectName() != "faultBox":
            return widget
        return None

    with unwritable_folder(tmp_path, "read_only") as folder:

        def act(dialog: ShareDialog) -> None:
            share_into(dialog, folder)

        with (
            answering(qtbot, find_summary, close_summary, "the written message"),
            answering(qtbot, find_share, act, "the share dialog"),
        ):
            window.meeting_features.share()  # type: ignore[attr-defined]
        settle(window)
    assert seen[0] == SHARE_TITLE["nl"]
    assert (seen[1].startswith("bnldesk") or not seen[1][:1].islower()) and str(folder) in seen[1]
    assert written.exists() and str(written) in seen[2]
    assert os.path.getsize(written) > 0
