"""A start of the window that bnldesk refuses before the window opens says so in a message box
too, not only on stderr (trial 16: ``bnldesk --db MISSING_FOLDER/x.db`` from a desktop shortcut
showed nothing): the same one line, in the delegate's language. A command (``list``) keeps
its line on stderr alone, and without a display the refusal is the line, not a Qt abort.
Damaged, newer and locked databases already had their start-up dialogs (fault_dialogs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import answering

from bnldesk.cli import main

NO_FOLDER = "does not exist: check the path; nothing was created"


def _start(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``bnldesk ARGS`` in a process of its own, HOME a fresh folder, ``env`` added; with the
    start probe a shown window or box ends it."""
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    base.pop("QT_QPA_PLATFORM", None)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "bnldesk", *args],
        env={**base, "HOME": str(home), "LANGUAGE": "en", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


SCREEN = {"QT_QPA_PLATFORM": "offscreen", "BNLDESK_QUIT_WHEN_SHOWN": "1"}


@pytest.mark.parametrize("where", ["--db", "BNLDESK_DB"])
def test_the_window_refused_before_it_opens_shows_the_line_in_a_box(
    tmp_path: Path, where: str
) -> None:
    missing = str(tmp_path / "typo" / "x.db")
    args, env = (["--db", missing], SCREEN) if where == "--db" else ([], {**SCREEN, where: missing})
    done = _start(tmp_path, *args, env=env)
    assert done.returncode == 1, done.stderr
    assert f"bnldesk: the folder of {missing} {NO_FOLDER}" in done.stderr
    assert "bnldesk: QMessageBox shown after" in done.stderr, done.stderr
    assert not (tmp_path / "typo").exists()


def test_a_command_and_a_start_without_a_display_say_it_on_stderr_only(tmp_path: Path) -> None:
    missing = str(tmp_path / "typo" / "x.db")
    listed = _start(tmp_path, "--db", missing, "list", "workgroups", env=SCREEN)
    assert listed.returncode == 1 and NO_FOLDER in listed.stderr
    assert "shown after" not in listed.stderr
    headless = _start(tmp_path, "--db", missing, env={})  # no display: no Qt abort
    assert headless.returncode == 1, headless.stderr
    assert headless.stderr.strip() == f"bnldesk: the folder of {missing} {NO_FOLDER}"


def test_the_box_holds_the_same_line_in_the_delegates_language(
    qapp: QApplication, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl")
    missing = tmp_path / "typo" / "x.db"
    said: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    with answering(qtbot, QApplication.activeModalWidget, read_and_close, "the refusal box"):
        assert main(["--db", str(missing)]) == 1
    (text,) = said
    assert str(missing) in text and "bestaat niet" in text, text
