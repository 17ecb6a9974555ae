"""A store that no longer holds its file says so at its next write (trial 9, N1).

After its locks were dropped (a descriptor of the file closed by other code), the next program
closing the file deleted the write-ahead log the window still wrote to: the window said "Saved
automatically" while nothing reached the file. Now the store checks, before and after each
write, that the path still names the file it opened and (Linux) that none of its -wal/-shm
descriptors points at a deleted file, and refuses to write on with a one-line message.
Real files, real second processes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from other_programs import sqlite_answer
from sqlalchemy import text

from bnldesk.paths import backups_dir
from bnldesk.services.backup import BackupError, backup_database
from bnldesk.store.engine import Store, open_store
from bnldesk.store.errors import HoldLostError


def _last_program_closes(db: Path) -> None:
    """Another program opens the file and closes it: if this process holds no lock, it takes
    itself for the last connection and deletes the -wal and -shm."""
    sqlite_answer(db, "SELECT count(*) FROM plan")


def _drop_this_process_locks(db: Path) -> None:
    """What Qt's file dialog did: open and close the file and its -shm (POSIX drops every lock
    this process holds on a file when any of its descriptors is closed)."""
    for name in (db, db.with_name(db.name + "-shm")):
        os.close(os.open(name, os.O_RDONLY))


def _probe_count(db: Path) -> int:
    return int(sqlite_answer(db, "SELECT count(*) FROM setting WHERE key = 'probe'")[1:-2])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_a_deleted_write_ahead_log_is_told_at_the_next_write(store: Store) -> None:
    db = Path(store.path)
    with store.engine.connect() as held:  # the window's pooled connection
        held.execute(text("SELECT count(*) FROM plan")).one()
        _drop_this_process_locks(db)
        _last_program_closes(db)
        assert not db.with_name(db.name + "-wal").exists()  # the trial's state, reproduced
        with pytest.raises(HoldLostError) as raised, store.transaction() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('probe', 'x')"))
        error = raised.value
        assert error.code == "hold_lost_log_deleted"
        assert str(error) == (
            f"this window no longer holds {db}: another program deleted its write-ahead log while "
            "this window wrote to it. Nothing more is saved from this window; copy what you "
            "still need from it, then close it and open the file again"
        )
        # Refused before writing, and again at every later write.
        with pytest.raises(HoldLostError), store.transaction():
            pass
    assert _probe_count(db) == 0


def test_a_file_replaced_under_the_store_is_told(store: Store, tmp_path: Path) -> None:
    db = Path(store.path)
    other = open_store(tmp_path / "other.db")
    other.close()
    os.replace(tmp_path / "other.db", db)  # what a careless copy over the file does
    with pytest.raises(HoldLostError) as raised, store.transaction():
        pass
    assert raised.value.code == "hold_lost_replaced"


def test_a_file_moved_away_is_told(store: Store, tmp_path: Path) -> None:
    db = Path(store.path)
    os.rename(db, tmp_path / "elsewhere.db")
    with pytest.raises(HoldLostError) as raised, store.transaction():
        pass
    assert raised.value.code == "hold_lost_moved"


def test_a_store_holding_its_file_writes_on(store: Store) -> None:
    """No false alarm: other programs open and close the file, the store keeps writing."""
    db = Path(store.path)
    with store.engine.connect() as held:
        held.execute(text("SELECT count(*) FROM plan")).one()
        _last_program_closes(db)
        with store.transaction() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('probe', 'x')"))
        _last_program_closes(db)
    assert _probe_count(db) == 1


def test_a_backup_of_an_unreadable_database_blames_the_database(tmp_path: Path) -> None:
    """Trial 9: a backup that failed reading the database said the backups folder "could not
    be read or written (disk or network error)". A file whose header SQLite refuses (page size
    field overwritten) cannot be read: the message says so and names the database."""
    db = tmp_path / "damaged.db"
    open_store(db).close()
    with db.open("r+b") as handle:
        handle.seek(16)  # the page size: 1 is no power of two
        handle.write(b"\x00\x01")
    with pytest.raises(BackupError) as raised:
        backup_database(db, "manual")
    error = raised.value
    assert error.code == "backup_unreadable"
    assert str(error) == f"{db} could not be read, so it was not backed up and nothing was changed"
    assert not any(backups_dir(db).glob("*.db*"))  # no half-made backup left


def test_a_window_s_dialog_says_a_failure_as_a_sentence(qapp: object) -> None:
    """Trial 9: "van ... kon geen reservekopie gemaakt worden ..." began in lower case."""
    from bnldesk.ui import i18n
    from bnldesk.ui.settings.backups import describe_failure

    error = BackupError(
        "could not back up a.db into b: full",
        code="backup_failed",
        values=("a.db", "b", "full"),
    )
    try:
        i18n.install("nl")
        assert describe_failure(error) == "Van a.db kon geen reservekopie gemaakt worden in b: full"
    finally:
        i18n.install("en")
