"""A database file copied while bnldesk has it open (trial 16).

In write-ahead-log mode SQLite keeps new pages in ``NAME-wal`` until a checkpoint; a new
database's schema and demo data (about 600 KB) stayed there, so the main file was 4 KB. A
delegate's ``cp be.db copy.db`` during a session gave a file with no tables, which bnldesk then
silently filled with the demo data as if it were new: every note "gone" from the copy, no word.
Now a new file's first data are checkpointed into the main file, and a WAL-mode file with no
tables and no ``-wal`` beside it is refused in one line, left as it is.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bnldesk.cli import main
from bnldesk.domain.models import Setting, Workgroup
from bnldesk.store.engine import open_store
from bnldesk.store.errors import IncompleteCopyError


def _database_id(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        (value,) = conn.execute("SELECT value FROM setting WHERE key = 'database_id'").fetchone()
    return str(value)


def test_the_main_file_alone_holds_a_new_database_while_it_is_open(tmp_path: Path) -> None:
    original = tmp_path / "be.db"
    store = open_store(original)  # new: schema and demo data
    try:
        with store.read() as session:
            database_id = session.get(Setting, "database_id")
            workgroups = session.scalar(select(func.count()).select_from(Workgroup))
        assert database_id is not None and workgroups
        copy = tmp_path / "copy.db"
        shutil.copyfile(original, copy)  # as `cp be.db copy.db`, the -wal file left behind
    finally:
        store.close()
    assert not Path(f"{copy}-wal").exists()
    assert _database_id(copy) == database_id.value  # the same database, not a new demo one
    reopened = open_store(copy)
    try:
        assert not reopened.created_with_demo
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Workgroup)) == workgroups
    finally:
        reopened.close()


def _copy_without_its_wal(path: Path) -> bytes:
    """A WAL-mode file with no tables and no ``-wal`` beside it: what ``cp`` of a database
    whose every page was still in its log gives."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    data = path.read_bytes()
    assert data[18] == 2 and not Path(f"{path}-wal").exists()
    return data


def test_a_copy_without_its_log_is_refused_not_filled(tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    before = _copy_without_its_wal(copy)
    with pytest.raises(IncompleteCopyError, match="copy made while bnldesk was open"):
        open_store(copy)
    assert copy.read_bytes() == before


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "holds no data: it looks like a copy made while bnldesk was open"),
        ("nl", "bevat geen gegevens: het lijkt een kopie"),
        ("fr", "ne contient aucune donnée : c'est sans doute une copie"),
    ],
)
def test_the_command_line_says_it_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    said: str,
) -> None:
    copy = tmp_path / "copy.db"
    before = _copy_without_its_wal(copy)
    monkeypatch.setenv("LANGUAGE", language)
    assert main(["--db", str(copy), "list", "workgroups"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.replace("\u00a0", " ").startswith(f"bnldesk: {copy} {said}"), err
    assert copy.read_bytes() == before


def test_a_file_that_still_has_its_log_opens(tmp_path: Path) -> None:
    """The same file with its ``-wal`` beside it is the database itself (opened after a
    crash, say): not refused."""
    path = tmp_path / "be.db"
    store = open_store(path, demo=False)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE scratch (x)")  # a WAL file is kept open beside it
    shutil.copyfile(path, tmp_path / "other.db")
    conn.close()
    assert open_store(path, demo=False).read_only is False
