"""The worker's interrupt of a stale job never trips over a connection the pool closed.

Seen in a fresh-clone suite run: a language change rebuilt the window, the new window's first
job interrupted the worker's thread, and one of its connections had been closed by the pool (a
reset whose rollback was itself interrupted invalidates the connection without a check-in):
``sqlite3.ProgrammingError: Cannot operate on a closed database`` reached the delegate's click.
"""

from __future__ import annotations

import threading
from pathlib import Path

from bnldesk.store.engine import open_store
from bnldesk.store.interrupt import ConnectionWatch


def test_a_closed_or_invalidated_connection_is_not_interrupted(tmp_path: Path) -> None:
    store = open_store(tmp_path / "watch.db")
    watch = ConnectionWatch(store.engine)
    me = threading.get_ident()
    try:
        closed = store.engine.raw_connection()
        assert watch.interrupt(me)  # held by this thread
        closed.dbapi_connection.close()  # type: ignore[union-attr]
        assert not watch.interrupt(me)  # no error, and forgotten
        closed.invalidate()

        invalidated = store.engine.raw_connection()
        assert watch.interrupt(me)
        invalidated.invalidate()
        assert not watch.interrupt(me)
    finally:
        watch.close()
        store.close()
