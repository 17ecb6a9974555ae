"""Where file dialogs open (delegate trial): File > Import opened in the program's working
folder, Receive and Share in the home folder, Import notes in the export folder. One rule now:
the folder last used for that kind of file, else the export folder of the preferences."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from ui_support import settle, wait_for

from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.exports.dialogs import import_annotations
from bnldesk.ui.importing.review import ImportReviewDialog
from bnldesk.ui.meetings.features import ShareDialog, install_meeting_actions

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _in_dialog(open_dialog: Callable[[], object], act: Callable[[QFileDialog], None]) -> Path:
    """Open a file dialog with ``open_dialog``, note the folder it shows, then ``act`` on it
    (choose a file or cancel); the folder it opened in."""
    seen: list[Path] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog), dialog
        seen.append(Path(dialog.directory().absolutePath()))
        act(dialog)

    QTimer.singleShot(0, look)
    open_dialog()
    assert seen, "no file dialog was shown"
    return seen[0]


def _cancel(dialog: QFileDialog) -> None:
    dialog.reject()


def _choose(path: Path) -> Callable[[QFileDialog], None]:
    def act(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return act


@pytest.fixture
def exports(settings: Any, tmp_path: Path) -> Path:
    """The export folder of the preferences, a folder of its own."""
    folder = tmp_path / "exports"
    folder.mkdir()
    settings.set("prefs/export_dir", str(folder))
    return folder


def test_every_open_dialog_starts_in_the_export_folder_then_in_its_last_folder(
    window: MainWindow, exports: Path, qtbot: Any, tmp_path: Path
) -> None:
    features = install_meeting_actions(window)
    openers: dict[str, Callable[[], object]] = {
        "import": window.import_document,
        "notes sheet": lambda: import_annotations(window),
        "receive": features.receive,
    }
    for name, opener in openers.items():
        assert _in_dialog(opener, _cancel) == exports, name
    # A plan chosen in another folder: File > Import opens there next time, the others not.
    documents = tmp_path / "plannen"
    documents.mkdir()
    plan = documents / "jaarplan-2022.md"
    shutil.copy(SEEDS / "jaarplan-2022.md", plan)
    assert _in_dialog(window.import_document, _choose(plan)) == exports
    wait_for(qtbot, lambda: window.findChild(ImportReviewDialog) is not None, window)
    review = window.findChild(ImportReviewDialog)
    assert review is not None
    review.reject()
    settle(window)
    assert _in_dialog(window.import_document, _cancel) == documents
    assert _in_dialog(features.receive, _cancel) == exports
    # A folder that has gone since: back to the export folder.
    plan.unlink()
    documents.rmdir()
    assert _in_dialog(window.import_document, _cancel) == exports


def test_share_proposes_the_export_folder_then_the_folder_last_shared_to(
    window: MainWindow, settings: Any, exports: Path, qtbot: Any, tmp_path: Path
) -> None:
    features = install_meeting_actions(window)
    first = ShareDialog(settings, window)
    assert Path(first.path.text()).parent == exports  # not the home folder
    first.deleteLater()
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "voor-anna.bnlnotes"

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShareDialog), dialog
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, str(bundle))
        dialog.accept()

    said: list[str] = []

    def close_message() -> None:  # the "Wrote ..." message box, once the bundle is written
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()

    closer = QTimer()
    closer.timeout.connect(close_message)
    closer.start(20)
    QTimer.singleShot(0, fill_and_save)
    try:
        features.share()
        wait_for(qtbot, lambda: bool(said), window)
    finally:
        closer.stop()
    assert bundle.exists() and str(bundle) in said[0]
    again = ShareDialog(settings, window)
    assert Path(again.path.text()).parent == usb
    again.deleteLater()


def test_add_to_calendar_asks_where_starting_in_the_export_folder(
    window: MainWindow, store: Any, exports: Path, qtbot: Any, tmp_path: Path
) -> None:
    """ "Add to calendar" saved meeting.ics in the program's working folder without asking;
    it asks now, in the export folder, with the meeting's workgroup and date as the name."""
    import datetime as dt

    from ui_support import click_row, open_meetings

    from bnldesk.services import meetings

    with store.transaction() as s:
        fields = meetings.MeetingFields(
            workgroup="SENN-CRISE", starts_at=dt.datetime(2027, 3, 4, 10, 0)
        )
        meetings.create_meeting(s, fields)
    panel = open_meetings(qtbot, window)
    wait_for(qtbot, lambda: panel.model.rowCount() == 1, window)
    click_row(qtbot, panel.view, 0)
    wait_for(qtbot, lambda: panel.editor.meeting_id is not None, window)
    proposed: list[str] = []
    agenda = tmp_path / "agenda"
    agenda.mkdir()

    def save_in_agenda(dialog: QFileDialog) -> None:
        proposed.append(dialog.selectedFiles()[0])
        dialog.selectFile(str(agenda / "crisis.ics"))
        dialog.accept()

    shown = _in_dialog(
        lambda: qtbot.mouseClick(panel.editor.ics_button, Qt.MouseButton.LeftButton), save_in_agenda
    )
    assert shown == exports
    assert Path(proposed[0]) == exports / "SENN-CRISE-2027-03-04.ics"
    wait_for(qtbot, lambda: (agenda / "crisis.ics").exists(), window)
    assert "BEGIN:VEVENT" in (agenda / "crisis.ics").read_text(encoding="utf-8")
    assert not list(Path.cwd().glob("*.ics"))
    # The next calendar file is proposed where the last one went.
    assert _in_dialog(lambda: panel.editor.export_ics(), _cancel) == agenda
