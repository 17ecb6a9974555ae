"""The dialogs shown around the window speak its language (trial 12, D4: under a French
desktop the second-window notice, the read-only notice and the whole unexpected-error dialog
were English, because their words came from below the interface or escaped the translation
files).

Each dialog is opened as the delegate meets it (startup_open on a database another window
holds, the crash dialog of the error reporter) in Dutch and French, and its texts are searched
for English words that the interface must not show there.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from ui_support import answering

from bnldesk.services.guard import ReadOnlyReason, open_guarded
from bnldesk.ui import i18n
from bnldesk.ui.crash_report import CrashDialog
from bnldesk.ui.settings.backups import read_only_text, startup_open

# Words of the English texts these dialogs had; none is a word of Dutch or French.
ENGLISH = re.compile(
    r"\b(already|open in another|window|read-only|changes|unexpected|error|copy|details|"
    r"log folder|the|you|can|not|save)\b",
    re.IGNORECASE,
)


@pytest.fixture(params=["nl", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Any:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _texts(dialog: QWidget) -> list[str]:
    texts = [dialog.windowTitle()]
    for child in dialog.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            texts.append(child.text())
    if isinstance(dialog, QMessageBox):
        texts.append(dialog.text())
    return texts


def _english_in(texts: list[str], *, names: tuple[str, ...] = ()) -> list[str]:
    found = []
    for text in texts:
        for name in names:  # a file name is the delegate's, not ours
            text = text.replace(name, "")
        if ENGLISH.search(text.replace("bnldesk", "")):
            found.append(text)
    return found


def test_a_second_window_is_told_in_its_language(db_path: Path, qtbot: Any, language: str) -> None:
    first = open_guarded(db_path)
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        seen.extend(_texts(box))
        assert isinstance(box, QMessageBox)
        box.accept()

    try:
        with answering(qtbot, QApplication.activeModalWidget, read_and_close, "the notice"):
            second = startup_open(db_path)
        assert second is not None and second.read_only_reason is ReadOnlyReason.OPEN_ELSEWHERE
        second.close()
    finally:
        first.close()
    assert any(db_path.name in text for text in seen), seen
    assert _english_in(seen, names=(db_path.name,)) == []


@pytest.mark.parametrize("reason", list(ReadOnlyReason))
def test_every_read_only_reason_is_worded_in_the_language(
    reason: ReadOnlyReason, language: str, tmp_path: Path
) -> None:
    db_path = tmp_path / "ro.db"
    text = read_only_text(reason, db_path)
    assert db_path.name in text
    assert _english_in([text], names=(str(db_path), db_path.name)) == []


def test_the_unexpected_error_dialog_is_in_the_language(
    qtbot: Any, language: str, tmp_path: Path
) -> None:
    dialog = CrashDialog("Traceback (most recent call last): ...", tmp_path / "bnldesk.log")
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton)]
    assert len(buttons) == 3, buttons  # Close, copy the details, open the log folder
    assert _english_in(texts, names=(str(tmp_path / "bnldesk.log"),)) == []
