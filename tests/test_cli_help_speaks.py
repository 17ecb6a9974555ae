"""The command line's help and usage mistakes speak the delegate's language, and ``list``
takes her words for what to list (trial 16: under nl_BE ``bnldesk --help``, ``bnldesk list
--help`` and argparse's "invalid choice" were English, and ``bnldesk list werkgroepen`` was
refused).

The help and the mistakes run as a delegate types them, under LANG=nl_NL, fr_BE and en_GB, in
a fresh process per language whose loaded modules are read afterwards (no Qt for ``--help``
either); the lists run on a real database file.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from _seed_documents import CASES
from cli_support import run_commands

from bnldesk import cli
from bnldesk.cli import main
from bnldesk.commands._usage_words import ARGPARSE, HELP, METAVARS
from bnldesk.domain.value_words import LIST_KIND
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store

ROOT = Path(__file__).resolve().parent.parent
FRENCH_PLAN = CASES / "docs" / "plan-annuel-2023-fr.md"

# Runs each argument list with bnldesk.cli.main, catching argparse's exit; prints, as the last
# line, each run's exit code, stdout and stderr, and the Qt or window modules loaded.
_RUNNER = """
import contextlib, io, json, sys
from bnldesk.cli import main
runs = []
for arguments in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(arguments)
        except SystemExit as stop:
            code = stop.code
    runs.append({"code": code, "out": out.getvalue(), "err": err.getvalue()})
qt = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("bnldesk.ui")
)
print("\\n" + json.dumps({"runs": runs, "qt": qt}))
"""

# Mistakes a delegate makes; each is refused by argparse (exit 2) in one line.
MISTAKES = [
    ["list"],  # the following arguments are required
    ["list", "nonsense"],  # not a list
    ["lijst"],  # not a command (invalid choice)
    ["list", "plans", "--bogus"],  # unrecognized arguments
    ["list", "plans", "--plan"],  # expected one argument
    ["list", "plans", "--plan", "12"],  # not a plausible year
    ["note", "show", "abc"],  # not a whole number
    ["brief", "--workgroup", "SENN-CRISE"],  # --out is required
    ["brief", "--workgroup", "A", "--section", "5.2", "--out", "x.pdf"],  # not allowed with
    ["action", "edit", "1", "--status", "misschien"],
    ["annotate", "SENN-CRISE", "x", "--visibility", "geheim"],
    ["action", "add", "1", "t", "--due", "gisteren?"],
    ["meeting", "add", "--title", "t", "--start", "morgen vroeg"],
]

# What English says, which Dutch and French must not (and the reverse).
ENGLISH = [
    "usage:",
    "positional arguments",
    "show this help message and exit",
    "invalid choice",
    "the following arguments are required",
    "unrecognized arguments",
    "expected one argument",
    "not allowed with",
    "is not a",
    "argument ",
    "(see '",
    "invalid whole number",
]
HEADINGS = {
    "nl_NL": ["gebruik: ", "argumenten:", "opties:", "toon deze hulp en stop"],
    "fr_BE": ["utilisation : ", "arguments:", "options:", "afficher cette aide et quitter"],
}


# Placeholders said alike in every language (codes, letters, technical names).
SAME_PLACEHOLDERS = {"A,B,...", "BE", "CODE", "ID", "N", "REF", "T", "URL", "UUID", "XX"}


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every command path of ``parser`` (``()``, ``("list",)``, ``("meeting", "add")``...)."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _parser() -> argparse.ArgumentParser:
    cli._load_extra_commands()
    return cli.build_parser()


def _run(locale: str, commands: list[list[str]], folder: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "LANG": locale,
        "LC_ALL": "",
        "LANGUAGE": "",
        "COLUMNS": "100",
        "BNLDESK_SETTINGS": str(folder / "settings.ini"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("QT_QPA_PLATFORM", None)
    ran, _done = run_commands(_RUNNER, commands, env, folder)
    return ran


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_every_help_and_placeholder_has_its_dutch_and_french() -> None:
    """A help added in English only would be English in every language's --help."""
    missing = []
    for parser in _parsers(_parser()):
        texts = [parser.description] if parser.description else []
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(str(choice.help) for choice in action._choices_actions)
            placeholder = action.metavar if isinstance(action.metavar, str) else ""
            if placeholder.isupper() and placeholder not in {*METAVARS, *SAME_PLACEHOLDERS}:
                missing.append(placeholder)
        missing.extend(t for t in texts if t not in HELP and t not in ARGPARSE)
    assert missing == []


@pytest.mark.parametrize("locale", ["nl_NL.UTF-8", "fr_BE.UTF-8", "en_GB.UTF-8"])
def test_help_and_mistakes_in_the_delegates_language(tmp_path: Path, locale: str) -> None:
    helps = [[*path, "--help"] for path in _commands(_parser())]
    db = str(tmp_path / "x.db")
    mistakes = [["--db", db, *mistake] for mistake in MISTAKES]
    ran = _run(locale, helps + mistakes, tmp_path)
    assert ran["qt"] == []  # --help and every mistake too: no Qt, no window module
    runs = ran["runs"]
    assert isinstance(runs, list)
    help_runs, mistake_runs = runs[: len(helps)], runs[len(helps) :]
    assert [run["code"] for run in help_runs] == [0] * len(helps)
    assert [run["code"] for run in mistake_runs] == [2] * len(mistakes), mistake_runs
    for run in mistake_runs:  # one line, nothing on stdout
        assert run["out"] == "" and run["err"].count("\n") == 1, run
    language = locale[:5]
    said = _flat(" ".join(run["out"] for run in help_runs))
    wrong = _flat(" ".join(run["err"] for run in mistake_runs))
    if language == "en_GB":
        for phrase in ENGLISH:
            assert phrase in said + wrong, phrase
        for text in HELP:  # every help, whole, in English (the reverse of the others)
            assert _flat(text.replace("%(choices)s", "")).split(":")[0] in said, text
        for phrase in (*HEADINGS["nl_NL"], *HEADINGS["fr_BE"][:1], "kies uit", "choisissez"):
            assert phrase not in said + wrong, phrase
        return
    column = 0 if language == "nl_NL" else 1
    for phrase in ENGLISH:
        assert phrase not in said and phrase not in wrong, phrase
    for heading in HEADINGS[language]:
        assert heading in said, heading
    for text, translations in HELP.items():
        english = _flat(text.split("%(")[0])
        if english != _flat(translations[column].split("%(")[0]):
            assert english not in said, text  # no help left in English
    assert ("kies uit" if column == 0 else "choisissez parmi") in wrong


def test_help_of_list_names_the_lists_in_the_delegates_words(tmp_path: Path) -> None:
    ran = _run("nl_BE.UTF-8", [["list", "--help"], ["--db", "x.db", "list", "nonsense"]], tmp_path)
    runs = ran["runs"]
    assert isinstance(runs, list)
    listed = "werkprogrammas, jaarplannen, hoofdstukken, onderdelen, planonderdelen, werkgroepen, contacten, notas"
    assert listed in _flat(runs[0]["out"])
    assert f"'nonsense' is geen lijst: kies uit {listed}" in runs[1]["err"]


def _listed(capsys: pytest.CaptureFixture[str], db: str, *what: str) -> str:
    assert main(["--db", db, "list", *what, "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


@pytest.mark.parametrize("language", ["C.UTF-8", "nl_BE.UTF-8", "fr_BE.UTF-8"])
def test_list_takes_the_delegates_words_whatever_the_system_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    """A Dutch delegate on an English system types "werkgroepen": the same rows, byte for
    byte, as "workgroups" (the --json keys stay English)."""
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "list", "plans"]) == 0
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LANG", language)
    capsys.readouterr()
    workgroups = _listed(capsys, db, "workgroups")
    assert '"code": "SENN-CRISE"' in workgroups
    for typed in (
        "werkgroepen",
        "Werkgroep",
        "groupes de travail",
        "Groupes-de-Travail",
        "WORKGROUP",
    ):
        assert _listed(capsys, db, typed) == workgroups, typed
    for key, words in LIST_KIND.items():
        english = _listed(capsys, db, key)
        for typed in (words.nl, words.fr, words.nl.replace("'", ""), words.fr.replace(" ", "-")):
            assert _listed(capsys, db, typed) == english, (key, typed)
    assert _listed(capsys, db, "élements du plan") == _listed(capsys, db, "items")


def test_action_status_in_the_windows_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "annotate", "SENN-CRISE", "Standpunt"]) == 0
    assert main(["--db", db, "action", "add", "1", "FOD raadplegen"]) == 0
    assert main(["--db", db, "action", "edit", "1", "--status", "Afgehandeld"]) == 0
    assert main(["--db", db, "note", "show", "1", "--json"]) == 0
    assert '"status": "done"' in capsys.readouterr().out
    assert main(["--db", db, "action", "edit", "1", "--status", "annulé"]) == 0
    assert main(["--db", db, "note", "show", "1", "--json"]) == 0
    assert '"status": "cancelled"' in capsys.readouterr().out


def test_meeting_show_names_the_workgroup_in_the_delegates_language(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SENN-CRISE is "Strategische werkgroep Crisisbeheersing" in the Dutch plans and "Groupe
    de travail stratégique Gestion des crises" in the French 2023 plan: a French delegate's
    ``meeting show`` says the French name, a Dutch one's the Dutch name."""
    import_file(store, FRENCH_PLAN, force=True)
    db = str(store.path)
    meeting = ["meeting", "add", "--workgroup", "SENN-CRISE", "--start", "2026-12-08 10:00"]
    assert main(["--db", db, *meeting, "--title", "Crise"]) == 0
    monkeypatch.setenv("BNLDESK_SETTINGS", str(Path(db).parent / "settings.ini"))
    shown = {}
    for language in ("fr_BE.UTF-8", "nl_BE.UTF-8"):
        monkeypatch.setenv("LANG", language)
        capsys.readouterr()
        assert main(["--db", db, "meeting", "show", "1"]) == 0
        shown[language] = capsys.readouterr().out.replace("\u00a0", " ").splitlines()
    french = "groupe de travail : SENN-CRISE · Groupe de travail stratégique Gestion des crises"
    assert french in shown["fr_BE.UTF-8"]
    assert "werkgroep: SENN-CRISE · Strategische werkgroep Crisisbeheersing" in shown["nl_BE.UTF-8"]
