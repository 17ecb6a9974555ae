"""The damage mark (``.NAME.damaged`` beside a damaged database) says to a delegate who opens
it what it means and what to do, in Dutch, French and English (trial 16: one English line of
SQLite's), while its first line stays the problem found, what bnldesk reads back: a write is
refused with that cause, and a mark written by an earlier version (that line alone) is read
as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bnldesk.cli import main
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import damage_mark_path, known_damage, open_store
from bnldesk.store.errors import DatabaseCorruptError


def _damaged(tmp_path: Path) -> Path:
    """A database with a note, then 4 KB from offset 8192 overwritten (trial 14's ``dd``)."""
    db = tmp_path / "delegatie.db"
    store = open_store(db)
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="de nota"))
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db.open("r+b") as fh:
        fh.seek(8192)
        fh.write(bytes(range(256)) * 16)
    return db


def test_a_check_writes_the_problem_then_what_to_do_in_three_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _damaged(tmp_path)
    assert main(["--db", str(db), "check"]) != 0
    capsys.readouterr()
    mark = damage_mark_path(db)
    first, blank, *said = mark.read_text(encoding="utf-8").splitlines()
    assert first and blank == ""
    assert known_damage(db) == first  # the machine part: the problem's one line
    text = "\n".join(said)
    for words in (
        "De databank delegatie.db is beschadigd",
        "Bestand > Reservekopieën...",
        "La base de données delegatie.db est endommagée",
        "Fichier > Sauvegardes...",
        "The database delegatie.db is damaged",
        "bnldesk restore",
        "bnldesk check",
    ):
        assert words in text, words
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("mark", "cause"),
    [("row 12 missing from index ix_target\n\nDe databank sound.db is beschadigd ...\n",
      "row 12 missing from index ix_target"),
     ("SQLite found it damaged while writing", "SQLite found it damaged while writing")],
    ids=["this version's mark", "an earlier version's mark"],
)  # fmt: skip
def test_a_write_is_refused_with_the_first_line_as_its_cause(
    tmp_path: Path, mark: str, cause: str
) -> None:
    db = tmp_path / "sound.db"
    store = open_store(db)
    try:
        damage_mark_path(db).write_text(mark, encoding="utf-8")
        with pytest.raises(DatabaseCorruptError) as raised, store.transaction() as s:
            add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="nieuw"))
        assert cause in str(raised.value) and "beschadigd" not in str(raised.value)
        assert known_damage(db) == cause
    finally:
        store.close()
