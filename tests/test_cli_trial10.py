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
