"""File > Pair laptops...: typed as a delegate would, then a bundle from that laptop is received."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import settle

from bnldesk.services import sync, sync_trust
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store, open_store
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.pairing_dialog import PairingDialog


def test_pairing_in_the_window_lets_the_other_laptops_notes_in(
    window: MainWindow, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = open_store(tmp_path / "other.db")
    try:
        with other.transaction() as s:
            add_annotation(
                s,
                resolve_target(s, "SENN-CRISE"),
                NoteFields(body="from Anna", visibility="delegation"),
            )
            other_code = sync_trust.pairing_code(s)
        bundle = tmp_path / "anna.bnlnotes"
        sync.share(other, bundle)
    finally:
        other.close()
    with pytest.raises(sync.BundleError, match="not paired"):
        sync.receive(store, bundle, dry_run=True)

    window.findChild(object, "meetings.pair").trigger()
    dialogs = [d for d in window.findChildren(PairingDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    settle(window)
    assert dialog.own_code.text().startswith("BNL-")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    # A typing mistake is caught by the code's checksum, nothing is paired.
    mistyped = other_code[:-1] + ("A" if other_code[-1] != "A" else "B")
    qtbot.keyClicks(dialog.code, mistyped)
    qtbot.keyClicks(dialog.name, "Anna's laptop")
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert len(warnings) == 1 and "mistyped" in warnings[0]
    assert dialog.model.rowCount() == 0
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, other_code.lower())
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert dialog.model.rowCount() == 1
    assert dialog.model.row(0).name == "Anna's laptop"
    report = sync.receive(store, bundle)
    assert report.count("added") == 1 and report.author == "Anna's laptop"
    # Forgetting the laptop shuts the door again.
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert dialog.model.rowCount() == 0
    with pytest.raises(sync.BundleError, match="not paired"):
        sync.receive(store, bundle, dry_run=True)
    dialog.close()


def test_receive_errors_show_the_delegates_message_never_internal_text(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    unpaired = tmp_path / "stranger.bnlnotes"
    stranger = open_store(tmp_path / "stranger.db")
    try:
        sync.share(stranger, unpaired)
    finally:
        stranger.close()
    window.meeting_features.receive(str(unpaired))
    settle(window)
    assert len(warnings) == 1 and "not paired" in warnings[0]

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("internal detail: table annotation_v2")

    monkeypatch.setattr(sync, "receive", broken)
    window.meeting_features.receive(str(unpaired))
    settle(window)
    assert len(warnings) == 2
    assert "internal error" in warnings[1] and "annotation_v2" not in warnings[1]
