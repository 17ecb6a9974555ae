"""A window that checks its own open database keeps its hold on it (trial 9, data loss).

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
shared lock included. File > Check database read the file's header through a descriptor of its
own and closed it: the window then held no lock, the next command-line call took itself for the
last connection and deleted the write-ahead log the window still wrote to, so the window's
notes went to a deleted file and, when it quit, replaced what the command line had written.
Real file, a real second process (a plain ``sqlite3`` connection, as the command line has).
"""

from __future__ import annotations

from pathlib import Path

from other_programs import sqlite_answer
from sqlalchemy import text

from bnldesk.store.check import check_database
from bnldesk.store.engine import Store, check_header


def test_checking_the_open_file_keeps_the_windows_log_alive(store: Store) -> None:
    db = Path(store.path)
    wal = db.with_name(db.name + "-wal")
    with store.engine.connect() as held:  # the window's pooled connection, kept open
        held.execute(text("SELECT count(*) FROM plan")).one()
        assert check_database(db, quick=True).ok
        check_header(db)
        sqlite_answer(db, "SELECT count(*) FROM plan")
        assert wal.exists()
        with store.transaction() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('probe', 'window')"))
        # What the window writes is in the file every other program reads.
        assert sqlite_answer(db, "SELECT count(*) FROM setting WHERE key = 'probe'") == "(1,)"
