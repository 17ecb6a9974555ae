"""Trial 18: ``bnldesk export-workgroups --plan 1999`` wrote an empty workbook and exited 0,
where ``brief --plan 1999`` said the plan does not exist. Every command that takes ``--plan``
now refuses a year the database has no plan of, in one line in the delegate's language, with
the command line's exit code for a user's mistake, and writes nothing.

Real SQLite files (the demo data: plans 2013 and 2022), the real ``main``; the commands are
found by walking the real parser, so a command given ``--plan`` later is tried too.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bnldesk.cli import EXIT_FAILURE, _load_extra_commands, build_parser, main
from bnldesk.domain.models import Annotation, Meeting
from bnldesk.store.engine import Store

# Each command that takes --plan, with the other arguments it needs ({out}: a file to write).
_COMMANDS: dict[str, list[str]] = {
    "annotate": ["annotate", "SENN-CRISE", "Nota"],
    "brief": ["brief", "--workgroup", "SENN-CRISE", "--out", "{out}"],
    "export-annotations": ["export-annotations", "--out", "{out}"],
    "export-contacts": ["export-contacts", "--out", "{out}"],
    "export-workgroups": ["export-workgroups", "--out", "{out}"],
    "list": ["list", "workgroups"],
    "meeting add": [
        "meeting",
        "add",
        "--title",
        "Vergadering",
        "--start",
        "2026-12-07 10:00",
        "--workgroup",
        "SENN-CRISE",
    ],
    "meeting agenda": ["meeting", "agenda", "1", "--target", "SENN-CRISE"],
    "search": ["search", "crise"],
}

_SAID = {
    "en": "there is no 1999 plan in this database (plans: 2013, 2022)",
    "nl": "1999",
    "fr": "1999",
}


def _commands_with_plan(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands_with_plan(sub, [*path, name])
        elif "--plan" in action.option_strings:
            yield " ".join(path)


def test_every_command_with_a_plan_option_is_tried() -> None:
    _load_extra_commands()
    assert set(_commands_with_plan(build_parser(), [])) == set(_COMMANDS)


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Annotation)) or 0,
            s.scalar(select(func.count()).select_from(Meeting)) or 0,
        )


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
@pytest.mark.parametrize("command", sorted(_COMMANDS))
def test_an_unknown_plan_year_is_refused_and_nothing_written(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, command: str, language: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("LANGUAGE", language)
    out = tmp_path / "out.file"
    argv = [word.replace("{out}", str(out)) for word in _COMMANDS[command]]
    before = _counts(store)
    capsys.readouterr()
    code = main(["--db", str(store.path), *argv, "--plan", "1999"])
    said = capsys.readouterr()
    assert code == EXIT_FAILURE, (code, said)
    lines = said.err.strip().splitlines()
    assert len(lines) == 1 and _SAID[language] in lines[0], said.err
    assert "there is no" not in lines[0] or language == "en", lines[0]
    assert not out.exists() and not list(tmp_path.glob("*.tmp*"))
    assert _counts(store) == before


def test_a_plan_that_exists_is_still_taken(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "werkgroepen.xlsx"
    assert main(["--db", str(store.path), "export-workgroups", "--out", str(out),
                 "--plan", "2013"]) == 0  # fmt: skip
    assert out.exists()
