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
from pathlib import Path

import pytest
from sync_support import laptops_of_one_delegation

from bnldesk.cli import main

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
        _run(capsys, "--db", mine, "brief", "--meeting", "1", "--out", str(tmp_path / "b.pdf"))
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
