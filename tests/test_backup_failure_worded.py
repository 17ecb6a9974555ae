"""A backup that fails is told in the delegate's language, as a sentence of its own.

The backups folder (beside the database, ``<name>-backups``) sits on a real 6 MB disk filled
to its last byte (tests/fault_support.small_disk: root and mount, as CI runs): "Back up now"
in File > Backups and ``bnldesk backup`` both fail there. The window and the command line word
the failure from its code (``backup_failed``) and the fault behind it (the full disk) in Dutch
and French; an unknown code would fall back to the English line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_support import fill, small_disk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import answering, settle

from bnldesk.cli import main
from bnldesk.paths import backups_dir
from bnldesk.store.engine import Store
from bnldesk.ui.app import Controller
from bnldesk.ui.meetings.features import install_meeting_actions


@pytest.fixture
def full_backups_folder(store: Store) -> Iterator[Path]:
    """The database's backups folder on a disk of its own, full to the last byte."""
    with small_disk(backups_dir(store.path)) as disk:
        if disk is None:
            pytest.skip("a small disk of its own needs root and mount")
        fill(disk)
        yield disk


def test_back_up_now_on_a_full_disk_is_told_in_dutch(
    qtbot: Any, controller: Controller, store: Store, full_backups_folder: Path
) -> None:
    controller.open_window(restore=False)
    window = controller.set_language("nl")
    assert window is not None
    settle(window)
    dialog: Any = install_meeting_actions(window).show_backups()
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    def warning() -> QMessageBox | None:
        modal = QApplication.activeModalWidget()
        return modal if isinstance(modal, QMessageBox) else None

    try:
        with answering(qtbot, warning, read_and_close, "the backup's warning"):
            qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
        assert dialog.list.model.rowCount() == 0
    finally:
        dialog.close()
    folder = full_backups_folder
    assert told == [
        f"Van {store.path} kon geen reservekopie gemaakt worden in {folder}: de schijf is vol: "
        f"er is niets opgeslagen en {folder} is ongeschonden; maak ruimte vrij en probeer het "
        "opnieuw"
    ]


def test_bnldesk_backup_on_a_full_disk_is_told_in_french(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    store: Store,
    full_backups_folder: Path,
) -> None:
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    store.close()
    assert main(["--db", str(store.path), "backup"]) == 1
    folder = full_backups_folder
    assert capsys.readouterr().err == (
        f"bnldesk: {store.path} n'a pas pu être sauvegardé dans {folder}\u00a0: le disque est "
        f"plein\u00a0: rien n'a été enregistré et {folder} est intact\u00a0; libérez de "
        "l'espace et réessayez\n"
    )
    assert [path.name for path in folder.iterdir()] == ["filler.bin"]
