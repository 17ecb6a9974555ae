"""The command line runs without Qt (layers: ``bnldesk.ui`` is the only Qt user). Until stop
26 `receive` in Dutch or French made a Qt application to say its report in the window's words
(``bnldesk.ui.sync_texts``); the words are now ``bnldesk.services.sync_words``'.

Each command runs as a delegate types it, under LANG=fr_BE.UTF-8 and nl_NL.UTF-8, in a fresh
process whose loaded modules are read afterwards: no PySide6, no shiboken6, no bnldesk.ui.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_support import run_commands
from sync_support import laptops_of_one_delegation

from bnldesk.cli import main

ROOT = Path(__file__).resolve().parent.parent

# Runs each command (a JSON list of argument lists) with bnldesk.cli.main, then prints, as the
# last line, the exit codes and every loaded module of Qt or of bnldesk's window.
_RUNNER = """
import json, sys
from bnldesk.cli import main
codes = [main(arguments) for arguments in json.loads(sys.argv[1])]
qt = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("bnldesk.ui")
)
print("\\n" + json.dumps({"codes": codes, "qt": qt}))
"""


def _commands(mine: str, theirs: str, folder: Path) -> list[list[str]]:
    bundle = str(folder / "theirs.bnlnotes")
    commands = [
        ["--db", theirs, "share", "--out", bundle],
        ["--db", mine, "receive", bundle, "--dry-run"],
        ["--db", mine, "receive", bundle],
        ["--db", mine, "conflicts"],
        ["--db", mine, "pair"],
        ["--db", mine, "backup"],
        ["--db", mine, "restore"],
        ["--db", mine, "search", "energie", "--limit", "2"],
        ["--db", mine, "meeting", "list", "--all"],
        ["--db", mine, "meeting", "show", "1"],
        ["--db", mine, "note", "show", "1"],
        ["--db", mine, "action", "edit", "1", "--status", "done"],
        ["--db", mine, "check"],
    ]
    kinds = ("programmes", "plans", "chapters", "sections", "items", "workgroups", "contacts")
    return commands + [["--db", mine, "list", kind] for kind in (*kinds, "annotations")]


SUMMARY = {"fr_BE.UTF-8": "À la réception\u00a0: ", "nl_NL.UTF-8": "Bij ontvangst: "}


@pytest.mark.parametrize("locale", ["fr_BE.UTF-8", "nl_NL.UTF-8"])
def test_the_commands_never_load_qt(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
) -> None:
    settings = str(tmp_path / "settings.ini")
    monkeypatch.setenv("BNLDESK_SETTINGS", settings)
    with laptops_of_one_delegation(tmp_path, "ab") as (first, second):
        mine, theirs = str(first.path), str(second.path)
    # A note changed on both laptops (a conflict when received), an action, a meeting.
    for db, body in ((mine, "Position BE"), (theirs, "Standpunt NL")):
        assert main(["--db", db, "annotate", "SENN-CRISE", body, "--visibility", "delegation"]) == 0
    assert main(["--db", mine, "action", "add", "1", "Consulter le SPF"]) == 0
    meeting = ["meeting", "add", "--workgroup", "SENN-CRISE", "--start", "2026-12-07 10:00"]
    assert main(["--db", mine, *meeting, "--title", "Crise", "--agenda", "SENN-CRISE"]) == 0
    capsys.readouterr()
    env = {
        **os.environ,
        "LANG": locale,
        "LC_ALL": "",
        "BNLDESK_SETTINGS": settings,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("QT_QPA_PLATFORM", None)
    commands = _commands(mine, theirs, tmp_path)
    ran, done = run_commands(_RUNNER, commands, env, ROOT)
    assert ran["codes"] == [0] * len(commands), (ran, done.stderr)
    assert ran["qt"] == [], done.stdout
    # The receive preview's sentence, in the window's words (not a Qt translation any more).
    assert SUMMARY[locale] in done.stdout, done.stdout


# A sheet's preview and an error's sentence, the two the command line took from the window
# through a Qt application until stop 28 (bnldesk.cli.worded, import-annotations).
WINDOW_WORDS = {
    "fr_BE.UTF-8": ("1 note à mettre à jour", "le dossier de "),
    "nl_NL.UTF-8": ("1 nota bij te werken", "de map van "),
}


@pytest.mark.parametrize("locale", ["fr_BE.UTF-8", "nl_NL.UTF-8"])
def test_the_window_words_of_errors_and_previews_need_no_qt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], locale: str
) -> None:
    import openpyxl

    db, sheet = str(tmp_path / "x.db"), str(tmp_path / "notes.xlsx")
    assert (
        main(["--db", db, "annotate", "SENN-CRISE", "Standpunt", "--visibility", "delegation"]) == 0
    )
    assert main(["--db", db, "export-annotations", "--out", sheet]) == 0
    workbook = openpyxl.load_workbook(sheet)
    header = [cell.value for cell in workbook.worksheets[0][1]]
    workbook.worksheets[0].cell(row=2, column=header.index("Text") + 1).value = "Nieuw standpunt"
    workbook.save(sheet)
    capsys.readouterr()
    env = {**os.environ, "LANG": locale, "LC_ALL": "", "PYTHONPATH": str(ROOT)}
    env["BNLDESK_SETTINGS"] = str(tmp_path / "settings.ini")
    env.pop("QT_QPA_PLATFORM", None)
    commands = [
        ["--db", db, "import-annotations", sheet, "--dry-run"],
        ["--db", str(tmp_path / "no such folder" / "x.db"), "list", "plans"],
    ]
    ran, done = run_commands(_RUNNER, commands, env, ROOT)
    assert ran["codes"] == [0, 1], (ran, done.stderr)
    assert ran["qt"] == [], done.stdout
    preview, fault = WINDOW_WORDS[locale]
    assert preview in done.stdout, done.stdout
    assert "Nieuw standpunt" in done.stdout
    assert f"bnldesk: {fault}" in done.stderr.replace("\u00a0", " "), done.stderr
