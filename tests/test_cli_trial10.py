"""The command line after the tenth delegate trial: the coded note fields take the words the
notes sheet and the window use (Dutch, French, English), not only the stored codes; and a
command that leaves out private notes says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bnldesk.cli import main
from bnldesk.domain.models import Annotation
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import open_store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    store = open_store(path)
    try:
        with store.transaction() as session:
            target = resolve_target(session, "SENN-CRISE")
            add_annotation(session, target, NoteFields(body="Gedeeld", visibility="delegation"))
            add_annotation(session, target, NoteFields(body="Alleen voor mij"))  # private
    finally:
        store.close()
    return path


def _note_field(db: Path, column: str) -> object:
    store = open_store(db)
    try:
        with store.read() as session:
            note = session.scalars(select(Annotation).where(Annotation.body == "Gedeeld")).one()
            return getattr(note, column)
    finally:
        store.close()


def _note_id(db: Path) -> str:
    return str(_note_field(db, "id"))


@pytest.mark.parametrize(
    ("option", "typed", "column", "stored"),
    [
        ("--position-state", "af te stemmen", "position_state", "to_coordinate"),
        ("--position-state", "Voorbehoud", "position_state", "reservation"),
        ("--position-state", "akkoord", "position_state", "agreed"),
        ("--position-state", "à coordonner", "position_state", "to_coordinate"),
        ("--position-state", "réserve", "position_state", "reservation"),
        ("--position-state", "to_coordinate", "position_state", "to_coordinate"),
        ("--position-state", "agreed", "position_state", "agreed"),
        ("--status", "lopend", "status", "in_progress"),
        ("--status", "en cours", "status", "in_progress"),
        ("--status", "done", "status", "done"),
        ("--priority", "hoog", "priority", 3),
        ("--priority", "haute", "priority", 3),
        ("--priority", "low", "priority", 1),
        ("--visibility", "deelbaar", "visibility", "shareable"),
        ("--visibility", "délégation", "visibility", "delegation"),
    ],
)
def test_note_edit_takes_the_words_the_sheet_uses(
    db: Path,
    capsys: pytest.CaptureFixture[str],
    option: str,
    typed: str,
    column: str,
    stored: object,
) -> None:
    assert main(["--db", str(db), "note", "edit", _note_id(db), option, typed]) == 0, (
        capsys.readouterr().err
    )
    assert _note_field(db, column) == stored


def test_a_word_the_sheet_does_not_use_is_refused_in_one_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db), "note", "edit", _note_id(db), "--position-state", "misschien"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "'misschien' is not a position state (none, agreed, reservation, to_coordinate" in err


# ------------------------------------------------------------------------------------------
# File > Check database, in a delegate's words (the window, in Dutch)
# ------------------------------------------------------------------------------------------


@pytest.fixture
def settings(settings: object) -> object:
    settings.set("prefs/language", "nl")  # type: ignore[attr-defined]
    return settings


def test_check_database_names_its_checks_in_the_windows_words(
    settings: object, window: object, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox
    from ui_support import wait_for

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    action = window.findChild(QAction, "meetings.check")  # type: ignore[attr-defined]
    assert action is not None and action.text().replace("&", "") == "Databank controleren"
    action.trigger()
    wait_for(qtbot, lambda: bool(told), window)
    lines = told[0].replace("\u00a0", " ").splitlines()
    assert lines[2:5] == [
        "Opbouw van het databankbestand: in orde",
        "Verbanden tussen nota's, plannen en vergaderingen: in orde",
        "Zoekindex: in orde",
    ], told[0]
    for technical in ("integrity_check", "foreign_key_check", "fts5", ": ok"):
        assert technical not in told[0], told[0]


# ------------------------------------------------------------------------------------------
# the command line says when it left private notes out
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["export-annotations"], "1 private note left out (--include-private adds them)"),
        (["export-workgroups"], "1 private note left out (--include-private adds them)"),
        (["brief", "--workgroup", "SENN-CRISE"], "1 private note left out"),
        (["share"], "1 private note left out: private notes stay on this laptop"),
    ],
)
def test_a_command_that_leaves_private_notes_out_says_so(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], said: str
) -> None:
    suffix = {"brief": ".pdf", "share": ".bnlnotes"}.get(command[0], ".xlsx")
    out = tmp_path / f"out{suffix}"
    assert main(["--db", str(db), *command, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert said in printed, printed
    if command[0].startswith("export"):
        assert main(["--db", str(db), *command, "--out", str(out), "--include-private"]) == 0
        assert "left out" not in capsys.readouterr().out


def test_an_export_of_a_search_counts_only_the_private_notes_it_matches(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    argv = ["--db", str(db), "export-annotations", "--out", str(out)]
    assert main([*argv, "--search", "gedeeld"]) == 0
    assert "left out" not in capsys.readouterr().out
    assert main([*argv, "--search", "alleen"]) == 0
    assert "1 private note left out" in capsys.readouterr().out
