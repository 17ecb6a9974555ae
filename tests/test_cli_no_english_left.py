"""A Dutch or French delegate meets no English sentence and no English-only option value from
the command line (trial 16/17 leftovers: "--flagship applies to 'list items' only", "there is
no 2015 plan in …", the meeting debrief's date line, ``--log-level``, ``--leave-out`` and
``--kind`` listing and taking English words only), and its words are the window's ("portable"
and "paquet" in French, "databank" in Dutch; the command line said "ordinateur", "lot" and
"database").

Each wrong command runs as a delegate types it, under LANG=nl_NL.UTF-8 and fr_BE.UTF-8, in a
fresh process on a real database file (tests/cli_support.run_commands); what it prints is
searched for the English sentences written out below (not read from the code under test) and
for the words of the delegate's language it must say.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from cli_support import run_commands
from pypdf import PdfReader

from bnldesk.cli import main

ROOT = Path(__file__).resolve().parent.parent

# Runs each argument list with bnldesk.cli.main, catching argparse's exit; prints each run's
# exit code, stdout and stderr, then the Qt modules loaded, as JSON on the last line.
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
qt = [name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6")]
runs.append({"qt": qt})
print("\\n" + json.dumps(runs))
"""

# What the command line said in English before (its code at d98f8b2 and argparse's own).
ENGLISH = (
    "applies to",
    "there is no",
    "must be 1 or more",
    "has no letters",
    "must end in",
    "unknown column",
    "needs a title",
    "still to come",
    "is on ",
    "with --plan YEAR",
    "invalid choice",
    "choose from",
    "not a valid value",
    "no such file",
    "opens an SQLite",
    "'cover'",
    "'debug'",
    "'programme'",
    "{debug,",
    "{cover,",
    "{plan,programme}",
)
# Words the window does not use for these things, per language (one vocabulary).
NOT_THE_WINDOWS = {"fr": ("ordinateur", " lot ", " lots ", " lot."), "nl": ("database",)}

LATER = (dt.date.today() + dt.timedelta(days=30)).strftime("%d/%m/%Y")

# (arguments, exit code, {language: what it must say}); "{db}" is the database file.
CASES: list[tuple[list[str], int, dict[str, str]]] = [
    (
        ["list", "workgroups", "--flagship"],
        1,
        {"nl": "--flagship geldt alleen voor 'list items'", "fr": "--flagship ne vaut que pour"},
    ),
    (
        ["list", "sections", "--plan", "2015"],
        1,
        # One refusal for every command with --plan, before it opens anything else.
        {
            "nl": "deze databank heeft geen plan 2015",
            "fr": "cette base de données n'a pas de plan 2015",
        },
    ),
    (["search", "--limit", "0", "x"], 1, {"nl": "--limit moet 1 of meer", "fr": "--limit doit"}),
    (["search", "!!!"], 1, {"nl": "„!!!” bevat geen letters", "fr": "« !!! » ne contient ni"}),
    (
        ["brief", "--workgroup", "SENN-CRISE", "--out", "x.txt"],
        1,
        {"nl": "moet op .pdf eindigen", "fr": "doit se terminer par .pdf"},
    ),
    (
        ["export-workgroups", "--out", "x.xlsx", "--columns", "bogus"],
        1,
        {"nl": "kies uit Code, Naam, Bovenliggend, Jaarplan", "fr": "choisissez parmi Code, Nom"},
    ),
    (["note", "show", "999"], 1, {"nl": "er is geen nota 999", "fr": "il n'y a pas de note 999"}),
    (["action", "add", "1", ""], 1, {"nl": "heeft een titel nodig", "fr": "doit avoir un titre"}),
    (
        ["action", "edit", "999", "--title", "t"],
        1,
        {"nl": "er is geen actiepunt 999", "fr": "il n'y a pas de point d'action 999"},
    ),
    (
        ["meeting", "debrief", "1"],
        1,
        {
            "nl": f"vergadering 1 is op {LATER} en moet nog komen",
            "fr": f"la réunion 1 a lieu le {LATER} et est encore à venir",
        },
    ),
    (
        ["meeting", "add", "--title", "t", "--start", "2027-12-07 10:00", "--agenda", "3.1"],
        1,
        {"nl": "(2013, 2022)", "fr": "(2013, 2022)"},
    ),
    (
        ["--log-level", "bogus", "list", "plans"],
        2,
        {
            "nl": "kies uit foutopsporing, info, waarschuwing, fout",
            "fr": "choisissez parmi débogage, info, avertissement, erreur",
        },
    ),
    (
        ["brief", "--workgroup", "X", "--out", "x.pdf", "--leave-out", "bogus"],
        2,
        {
            "nl": "kies uit voorblad, inhoudsopgave, agenda, plan, notas, actiepunten",
            "fr": "choisissez parmi page-de-garde, table-des-matières, ordre-du-jour",
        },
    ),
    (
        ["import", "--kind", "bogus", "x.md"],
        2,
        {"nl": "kies uit jaarplan, werkprogramma", "fr": "parmi plan-annuel, programme-de-travail"},
    ),
    # The words of every language are taken, whatever the delegate's: the command runs on.
    (
        [
            *("--log-level", "Débogage", "brief", "--workgroup", "NOPE", "--out", "x.pdf"),
            *("--leave-out", "Voorblad", "--leave-out", "points d'action"),
        ],
        1,
        {"nl": "er is geen werkgroep „NOPE”", "fr": "il n'y a pas de groupe de travail « NOPE »"},
    ),
    (
        ["import", "--kind", "plan annuel", "missing.md"],
        1,
        {"nl": "missing.md bestaat niet", "fr": "missing.md n'existe pas"},
    ),
    (
        ["--db", "ftp://x", "list", "plans"],
        2,
        {"nl": "bnldesk opent een SQLite-databankbestand", "fr": "bnldesk ouvre un fichier"},
    ),
    (["pair", "ABCD"], 1, {"nl": "geef de andere laptop een naam", "fr": "l'autre portable"}),
]
HELPS: list[tuple[list[str], dict[str, str]]] = [
    (["--help"], {"nl": "{foutopsporing,info,waarschuwing,fout}", "fr": "{débogage,info,"}),
    (["brief", "--help"], {"nl": "{voorblad,inhoudsopgave,", "fr": "{page-de-garde,table-des-"}),
    (["import", "--help"], {"nl": "{jaarplan,werkprogramma}", "fr": "{plan-annuel,programme-de"}),
    (["share", "--help"], {"nl": "bundel", "fr": "le paquet à écrire"}),
    (["--help"], {"nl": "controleer het databankbestand", "fr": "pour d'autres portables"}),
]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database file with a note and a meeting thirty days ahead (made in English)."""
    folder = tmp_path_factory.mktemp("cli")
    db = str(folder / "x.db")
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    assert main(["--db", db, "annotate", "SENN-CRISE", "Standpunt"]) == 0
    assert main(["--db", db, "meeting", "add", "--title", "Later", "--start", later]) == 0
    return Path(db)


def _run(locale: str, commands: list[list[str]], db: Path) -> list[dict[str, object]]:
    env = {
        **os.environ,
        "LANG": locale,
        "LC_ALL": "",
        "LANGUAGE": "",
        "COLUMNS": "200",
        "BNLDESK_SETTINGS": str(db.parent / "settings.ini"),
        "PYTHONPATH": str(ROOT),
    }
    runs, _done = run_commands(_RUNNER, [["--db", str(db), *c] for c in commands], env, db.parent)
    assert isinstance(runs, list)
    assert runs.pop() == {"qt": []}  # saying a mistake needs no Qt, in any language
    return runs


@pytest.mark.parametrize(("locale", "language"), [("nl_NL.UTF-8", "nl"), ("fr_BE.UTF-8", "fr")])
def test_every_wrong_command_says_no_english_and_the_windows_words(
    database: Path, locale: str, language: str
) -> None:
    runs = _run(locale, [case[0] for case in CASES] + [help[0] for help in HELPS], database)
    wrong = []
    for (arguments, code, says), run in zip(CASES, runs, strict=False):
        said = _flat(str(run["err"]))
        english = [s for s in (*ENGLISH, *NOT_THE_WINDOWS[language]) if s in f" {said} "]
        if run["code"] != code or _flat(says[language]) not in said or english or run["out"]:
            wrong.append((arguments, run, english))
    for (arguments, says), run in zip(HELPS, runs[len(CASES) :], strict=True):
        shown = _flat(str(run["out"]))
        english = [s for s in (*ENGLISH, *NOT_THE_WINDOWS[language]) if s in f" {shown} "]
        if run["code"] != 0 or _flat(says[language]) not in shown or english:
            wrong.append((arguments, run["code"], english, says[language]))
    assert wrong == []


def test_the_parts_and_columns_named_in_french_are_the_ones_written(
    database: Path, tmp_path: Path
) -> None:
    """--leave-out in the brief dialog's words leaves those parts out of the PDF; --columns in
    the sheet's headings writes those columns."""
    whole, short, sheet = tmp_path / "whole.pdf", tmp_path / "short.pdf", tmp_path / "wg.xlsx"
    brief = ["brief", "--workgroup", "SENN-CRISE", "--language", "fr"]
    runs = _run(
        "fr_BE.UTF-8",
        [
            [*brief, "--out", str(whole)],
            [
                *brief,
                "--out",
                str(short),
                *("--leave-out", "table-des-matières"),
                *("--leave-out", "Page de garde"),
            ],
            ["export-workgroups", "--out", str(sheet), "--columns", "code,Nom,plan annuel"],
        ],
        database,
    )
    assert [run["code"] for run in runs] == [0, 0, 0], runs
    whole_text = " ".join(page.extract_text() for page in PdfReader(whole).pages)
    short_text = " ".join(page.extract_text() for page in PdfReader(short).pages)
    assert "Table des matières" in whole_text
    assert "Table des matières" not in short_text
    assert len(PdfReader(short).pages) < len(PdfReader(whole).pages)
    workbook = openpyxl.load_workbook(sheet, read_only=True)
    first = next(workbook.worksheets[0].iter_rows(max_row=1, values_only=True))
    workbook.close()
    assert list(first) == ["Code", "Nom", "Plan annuel"]
