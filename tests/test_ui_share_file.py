"""File > Share notes... (fifth delegate re-check): the second share of a day wrote over the
day's notes-YYYYMMDD.bnlnotes without asking, and with only private notes the result said
"0 notes" without why.

The dialog now proposes a name that does not exist yet, asks before replacing a file the
delegate names, and the result says how many private notes were left out and why.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import answering, settle

from bnldesk.services import annotations as svc
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.meetings.features import ShareDialog, install_meeting_actions


def _message_box() -> QMessageBox | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QMessageBox) else None


def _share_dialog() -> ShareDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, ShareDialog) else None


def _share(window: Any, qtbot: Any, on_dialog: Any) -> list[str]:
    """File > Share notes...: ``on_dialog`` answers the dialog; returns what the result says."""
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    with answering(qtbot, _message_box, read_and_close, "the written message"):
        with answering(qtbot, _share_dialog, on_dialog, "the share dialog"):
            window.meeting_features.share()
        settle(window)
    settle(window)
    return said


def _save_as_proposed(qtbot: Any, proposed: list[str]) -> Any:
    def answer(dialog: ShareDialog) -> None:
        proposed.append(dialog.path.text())
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    return answer


@pytest.mark.parametrize(
    ("language", "left_out"),
    [
        ("en", "2 private notes left out: private notes never leave this laptop."),
        ("nl", "2 privénota's weggelaten: privénota's verlaten deze laptop nooit."),
        (
            "fr",
            "2 notes privées laissées de côté\u00a0: les notes privées ne quittent jamais cet"
            " ordinateur.",
        ),
    ],
)
def test_share_never_replaces_the_days_file_unasked_and_says_why_private_notes_stay(
    window: Any, store: Store, qtbot: Any, tmp_path: Path, language: str, left_out: str
) -> None:
    with store.transaction() as session:
        for body in ("Geheim standpunt", "Tweede privénota"):
            svc.add_annotation(
                session, svc.resolve_target(session, "SENN-CRISE"), svc.NoteFields(body=body)
            )
    install_meeting_actions(window)
    window.settings.set("folders/bundle", str(tmp_path))
    i18n.install(language)
    try:
        day = f"notes-{dt.date.today():%Y%m%d}"
        proposed: list[str] = []
        said = _share(window, qtbot, _save_as_proposed(qtbot, proposed))
        first = tmp_path / f"{day}.bnlnotes"
        assert proposed == [str(first)] and first.is_file()
        assert said[0].splitlines()[-1] == left_out, said
        written = first.read_bytes()

        # The second share of the day proposes another name: the first file stays.
        said = _share(window, qtbot, _save_as_proposed(qtbot, proposed))
        second = tmp_path / f"{day}-2.bnlnotes"
        assert proposed[-1] == str(second) and second.is_file()
        assert first.read_bytes() == written

        # The delegate types the first file's name: asked, No keeps the dialog and the file.
        asked: list[str] = []

        def refuse(box: QMessageBox) -> None:
            asked.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
            if box.isVisible():
                box.button(QMessageBox.StandardButton.No).click()

        def name_the_first(dialog: ShareDialog) -> None:
            dialog.path.selectAll()
            qtbot.keyClicks(dialog.path, str(first))
            with answering(qtbot, _message_box, refuse, "the replace question"):
                qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
            assert dialog.isVisible()  # still open: another name, or Cancel
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        with answering(qtbot, _share_dialog, name_the_first, "the share dialog"):
            window.meeting_features.share()
        settle(window)
        assert len(asked) == 1 and first.name in asked[0]
        assert first.read_bytes() == written
        assert sorted(p.name for p in tmp_path.glob("*.bnlnotes")) == [
            f"{day}-2.bnlnotes",
            f"{day}.bnlnotes",
        ]
    finally:
        i18n.install("en")
