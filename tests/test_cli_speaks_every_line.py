"""Every line a delegate's day at the command line prints is in their language (trial 12, D4:
under LANG=fr_BE.UTF-8 `share`, `receive`, `conflicts`, `backup`, `restore`, `brief` and the
exports answered in English).

Each command runs as a delegate types it, under LANG=fr_BE.UTF-8 and nl_NL.UTF-8, on two
paired laptops' real database files; its output is searched for English sentences: the ones
the commands print in English (written out below, not read from the code under test) and a
few words no Dutch or French line has. `--json` keeps its English keys.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from sync_support import laptops_of_one_delegation

from bnldesk.cli import main
from bnldesk.services import sync_trust
from bnldesk.services.guard import InstanceLock

# What the commands said in English (trial 12 and their code before this change).
ENGLISH = (
    "wrote ",
    "left out",
    "private notes stay",
    "the other laptop learns",
    "bundle from",
    "would be",
    "added",
    "Received",
    "Receiving would bring",
    "backup before merging",
    "conflicts keep both versions",
    "no conflicts",
    "resolved",
    "backup written",
    "nothing changed since",
    "no backups",
    "restore one with",
    "pairing code",
    "enter it on the other laptop",
    "paired with",
    " notes,",
    " meetings",
    " agenda point",
    " workgroups",
    "replaced the file",
    "holds",
    "marked private",
    "debrief:",
    "written",
    "attached",
    "nothing to apply",
    "dry run",
    "added to",
)
# A word of each language that its lines use (they are not English by accident).
OWN_WORDS = {"fr": ("écrit", "sauvegarde", "conflit"), "nl": ("geschreven", "reservekopie")}


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    assert main(list(arguments)) == 0, arguments
    captured = capsys.readouterr()
    assert captured.err == "", captured.err
    return captured.out


def _english_in(output: str) -> list[str]:
    # Paths, codes and titles are the delegate's own words: only the lines' wording counts.
    found = []
    for line in output.splitlines():
        for sentence in ENGLISH:
            if sentence in line:
                found.append(f"{sentence!r} in {line!r}")
    return found


@pytest.mark.parametrize(("locale", "language"), [("fr_BE.UTF-8", "fr"), ("nl_NL.UTF-8", "nl")])
def test_a_day_at_the_command_line_in_the_locale_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
    language: str,
    qapp: object,
) -> None:
    # A Qt application made before the locale changes: Qt reads the system locale once, and
    # one made under fr_BE here would speak French to every later test's "as the system".
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    with laptops_of_one_delegation(tmp_path, "ab") as (first, second):
        mine, theirs = str(first.path), str(second.path)
    # Set up in English (not what is checked): a shared note on both laptops, changed on
    # both, so that receiving it keeps a conflict; a meeting with a point.
    for db, body in ((mine, "Position BE"), (theirs, "Standpunt NL")):
        _run(capsys, "--db", db, "annotate", "SENN-CRISE", body, "--visibility", "delegation")
    _run(
        capsys, "--db", mine, "meeting", "add", "--workgroup", "SENN-CRISE",
        "--title", "Crise <b>&", "--start", "2026-12-07 10:00", "--agenda", "SENN-CRISE",
    )  # fmt: skip
    monkeypatch.setenv("LANG", locale)
    said: list[str] = []
    bundle = tmp_path / "theirs.bnlnotes"
    said.append(_run(capsys, "--db", theirs, "share", "--out", str(bundle)))
    said.append(_run(capsys, "--db", theirs, "share", "--out", str(bundle)))  # replaced
    said.append(_run(capsys, "--db", mine, "receive", str(bundle), "--dry-run"))
    said.append(_run(capsys, "--db", mine, "receive", str(bundle)))
    said.append(_run(capsys, "--db", mine, "conflicts"))
    said.append(_run(capsys, "--db", mine, "pair"))
    said.append(_run(capsys, "--db", mine, "backup"))
    said.append(_run(capsys, "--db", mine, "backup"))  # nothing changed since
    said.append(_run(capsys, "--db", mine, "restore"))
    said.append(
        _run(
            capsys,
            "--db",
            mine,
            "brief",
            "--meeting",
            "1",
            "--delegation",
            "BE",
            "--out",
            str(tmp_path / "b.pdf"),
        )
    )
    said.append(_run(capsys, "--db", mine, "export-workgroups", "--out", str(tmp_path / "wg.xlsx")))
    notes = tmp_path / "notes.xlsx"
    said.append(
        _run(capsys, "--db", mine, "export-annotations", "--include-private", "--out", str(notes))
    )
    said.append(_run(capsys, "--db", mine, "import-annotations", str(notes), "--dry-run"))
    said.append(_run(capsys, "--db", mine, "meeting", "ics", "1", "--out", str(tmp_path / "m.ics")))
    said.append(_run(capsys, "--db", mine, "meeting", "debrief", "1", "--before-meeting"))
    said.append(_run(capsys, "--db", mine, "annotate", "SENN-CRISE", "Réserve 😀 <b>&"))
    said.append(_run(capsys, "--db", mine, "action", "add", "3", "Consulter le SPF"))
    output = "\n".join(said)
    assert _english_in(output) == [], output
    for word in OWN_WORDS[language]:
        assert word in output.lower(), (word, output)
    # --json keeps its English keys in any language.
    report = json.loads(_run(capsys, "--db", mine, "receive", str(bundle), "--dry-run", "--json"))
    assert {"dry_run", "changes", "refused"} <= set(report)


# ------------------------------------------------------------------------------------------
# Stop 26: the tables (`list`, `search`, `meeting list`, `restore`), `meeting show` and its
# sub-commands, `check`, `note show` and `action edit` answered in English headings and words.
# ------------------------------------------------------------------------------------------

TABLE_ENGLISH = (
    "PLAN_YEAR",
    "UPDATED_AT",
    "STARTS_AT",
    "SNIPPET",
    "PERIOD ",
    "THEMES",
    "VISIBILITY",
    "WORKGROUPS",
    "(nothing)",
    " shown;",
    "shows them all",
    "without --plan",
    "workgroup:",
    "chair:",
    "no owner",
    " due ",
    "outcome",
    " saved",
    ": ok",
    "no date",
    "meeting 2 added",
    "agenda point",
    " added",
    "delegation",
    "in_progress",
    "flagship",
    " yes",
    "(manual)",
)
WIDE_BODY = "Réserve 😀 漢字 <b>&"  # two wide characters and an emoji: five more cells than letters


def _run_all(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    """What a command printed on stdout and stderr (`search` says on stderr what it left out)."""
    assert main(list(arguments)) == 0, arguments
    captured = capsys.readouterr()
    return captured.out + captured.err


def _cells_before(line: str, text: str) -> int:
    """How many terminal cells of ``line`` come before ``text`` (a wide character takes two:
    the test's own count, not the code's)."""
    start = line.index(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:start])


def _not_a_sentence(output: str) -> list[str]:
    """Lines left unfinished: a placeholder not filled in, an empty pair of brackets, a
    label with nothing after its colon."""
    return [
        line
        for line in output.splitlines()
        if "{" in line
        or "%1" in line
        or "()" in line
        or "(," in line
        or line.rstrip().endswith(":")
    ]


@pytest.mark.parametrize(("locale", "language"), [("fr_BE.UTF-8", "fr"), ("nl_NL.UTF-8", "nl")])
def test_tables_meetings_and_checks_in_the_locale_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
    language: str,
) -> None:
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    db = str(tmp_path / "mine.db")
    _run(capsys, "--db", db, "annotate", "SENN-CRISE", WIDE_BODY, "--tag", "énergie",
         "--visibility", "delegation", "--status", "in_progress")  # fmt: skip
    _run(capsys, "--db", db, "action", "add", "1", "Consulter le SPF")
    _run(capsys, "--db", db, "meeting", "add", "--workgroup", "SENN-CRISE", "--title", "Crise",
         "--start", "2026-12-07 10:00", "--chair", "Mme Dupont")  # fmt: skip
    _run(capsys, "--db", db, "backup")
    monkeypatch.setenv("LANG", locale)
    said: list[str] = []
    for what in ("programmes", "plans", "chapters", "sections", "items", "workgroups",
                 "contacts", "annotations"):  # fmt: skip
        said.append(_run(capsys, "--db", db, "list", what))
    said.append(_run(capsys, "--db", db, "list", "items", "--search", "zzzqqq"))  # (nothing)
    said.append(_run_all(capsys, "--db", db, "search", "energie", "--limit", "1"))
    said.append(_run_all(capsys, "--db", db, "search", "Energiebeleid", "--plan", "2022"))
    said.append(_run(capsys, "--db", db, "meeting", "add", "--title", "Overleg"))
    said.append(_run(capsys, "--db", db, "meeting", "agenda", "1", "--title", "Budget"))
    said.append(_run(capsys, "--db", db, "meeting", "outcome", "1", "Akkoord"))
    said.append(_run(capsys, "--db", db, "meeting", "action", "1", "Nota schrijven",
                     "--due", "2026-12-15"))  # fmt: skip
    said.append(_run(capsys, "--db", db, "meeting", "list", "--all"))
    said.append(_run(capsys, "--db", db, "meeting", "show", "1"))
    said.append(_run(capsys, "--db", db, "meeting", "show", "2"))  # no date, place, workgroup
    said.append(_run(capsys, "--db", db, "check"))
    said.append(_run(capsys, "--db", db, "note", "show", "1"))
    said.append(_run(capsys, "--db", db, "action", "edit", "1", "--status", "done"))
    said.append(_run(capsys, "--db", db, "restore"))
    output = "\n".join(said)
    found = [
        f"{e!r} in {line!r}" for line in output.splitlines() for e in TABLE_ENGLISH if e in line
    ]
    assert found == [], output
    assert _not_a_sentence(output) == [], output
    # The tags' column starts at the same cell on the heading and on the row with wide text.
    table = said[7].splitlines()
    tags = {"fr": "ÉTIQUETTES", "nl": "LABELS"}[language]
    assert _cells_before(table[0], tags) == _cells_before(table[1], "énergie"), said[7]
    # The --json rows keep their English keys and stored codes.
    rows = json.loads(_run(capsys, "--db", db, "list", "annotations", "--json"))
    assert rows[0]["status"] == "in_progress" and rows[0]["visibility"] == "delegation"


@pytest.mark.parametrize("locale", ["fr_BE.UTF-8", "nl_NL.UTF-8"])
def test_selftest_in_the_locale_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
) -> None:
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LANG", locale)
    output = _run(capsys, "selftest", "--no-gui")
    english = ("self test", "failed", "skipped", "bundled resources", "offline", "open demo")
    assert [word for word in english if word in output] == [], output
    assert _not_a_sentence(output) == [], output
    # One line per check, each starting with its status in the language's words.
    checks = output.splitlines()[1:-1]
    assert len(checks) == 9 and all(line.startswith("ok    ") for line in checks), output


@pytest.mark.parametrize(
    ("locale", "word"), [("fr_BE.UTF-8", "importerait"), ("nl_NL.UTF-8", "zou")]
)
def test_import_summary_in_the_locale_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    seeds_dir: Path,
    locale: str,
    word: str,
) -> None:
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LANG", locale)
    db = str(tmp_path / "mine.db")
    # The demo database holds the 2022 plan: the summary says what changed and compares it
    # with 2013; the importer's own warnings (its messages) are the service's English.
    output = _run(capsys, "--db", db, "import", str(seeds_dir / "jaarplan-2022.md"), "--dry-run")
    english = ("would import", "found:", "created:", "updated:", "compared with",
               "new workgroups", "any more", "warning:", "line 66")  # fmt: skip
    assert [phrase for phrase in english if phrase in output] == [], output
    assert word in output.splitlines()[0], output
    assert _not_a_sentence(output) == [], output


def test_an_interrupted_command_says_so_in_the_locale_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import bnldesk.cli

    def interrupted(_args: object) -> int:  # the delegate pressed Ctrl+C during the check
        raise KeyboardInterrupt

    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    monkeypatch.setattr(bnldesk.cli, "cmd_check", interrupted)
    assert main(["--db", str(tmp_path / "mine.db"), "check"]) == 130
    assert capsys.readouterr().err == "bnldesk: interrompu\n"


# ------------------------------------------------------------------------------------------
# Trial 17: the sharing commands' refusals (a pairing code without a name, a backup of a file
# that is not there, a restore while the window has the file open) answered in English.
# ------------------------------------------------------------------------------------------

REFUSALS_ENGLISH = ("give the other laptop", "does not exist", "is open in", "close it before")
REFUSAL_WORDS = {
    "fr": ("donnez un nom", "n'existe pas", "fermez-le"),
    "nl": ("geef", "bestaat niet", "sluit het"),
}


def _refused(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    assert main(list(arguments)) == 1, arguments
    captured = capsys.readouterr()
    assert captured.out == "", captured.out
    return captured.err


@pytest.mark.parametrize(("locale", "language"), [("fr_BE.UTF-8", "fr"), ("nl_NL.UTF-8", "nl")])
def test_the_sharing_commands_refuse_in_the_locale_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
    language: str,
    qapp: object,
) -> None:
    monkeypatch.setenv("BNLDESK_SETTINGS", str(tmp_path / "settings.ini"))
    with laptops_of_one_delegation(tmp_path, "ab") as (first, second):
        mine, theirs = first.path, second.path
    (tmp_path / "other").mkdir()
    with laptops_of_one_delegation(tmp_path / "other", "c") as (other,), other.read() as s:
        code = sync_trust.pairing_code(s)  # a third laptop's, typed on A
    monkeypatch.setenv("LANG", locale)
    said = [_refused(capsys, "--db", str(mine), "pair", code)]  # no --name
    said.append(_refused(capsys, "--db", str(tmp_path / "gone.db"), "backup"))
    window = InstanceLock(theirs)  # the window has laptop B's file open
    assert window.acquire()
    try:
        said.append(_refused(capsys, "--db", str(theirs), "restore", "--yes"))
    finally:
        window.release()
    output = "".join(said)
    assert [phrase for phrase in REFUSALS_ENGLISH if phrase in output] == [], output
    assert [word for word in REFUSAL_WORDS[language] if word not in output] == [], output
    assert len(output.splitlines()) == 3, output  # one line each
