"""Stopping a read that no one waits for any more, so that what the delegate waits for runs now.

The window's database worker runs one job at a time. When a search is typed while a slow list
query runs (a count over many years, an unusual sort), the worker stops that query and runs it
again afterwards. :class:`ConnectionWatch` knows which SQLite connection each thread holds
(from the engine's pool events): :meth:`ConnectionWatch.stop` interrupts the statement running
there and, through a progress handler, any statement the job starts until
:meth:`ConnectionWatch.go_on`. :func:`is_interruption` recognises the fault by SQLite's result
code, never by message text.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from sqlalchemy import Engine, event


class ConnectionWatch:
    """The DB-API connections an engine's pool has handed out, per thread."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._held: dict[int, list[Any]] = {}
        self._stopped: set[int] = set()
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)

    def _checked_out(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with self._lock:
            self._held.setdefault(threading.get_ident(), []).append(dbapi_connection)
        if isinstance(dbapi_connection, sqlite3.Connection):
            # Every thousand virtual-machine steps: stop if this thread's job was asked to.
            dbapi_connection.set_progress_handler(self._should_stop, 1000)

    def _should_stop(self) -> int:
        return 1 if threading.get_ident() in self._stopped else 0

    def stop(self, thread_id: int) -> None:
        """Interrupt what ``thread_id`` runs now and every statement it starts until
        :meth:`go_on`."""
        with self._lock:
            self._stopped.add(thread_id)
        self.interrupt(thread_id)

    def go_on(self, thread_id: int) -> None:
        with self._lock:
            self._stopped.discard(thread_id)

    def _checked_in(self, dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            for held in self._held.values():
                if dbapi_connection in held:
                    held.remove(dbapi_connection)

    def interrupt(self, thread_id: int) -> bool:
        """Interrupt the statements running on the connections ``thread_id`` holds; whether
        it held any. A connection with no statement running ignores it."""
        with self._lock:
            held = list(self._held.get(thread_id, []))
        for connection in held:
            if isinstance(connection, sqlite3.Connection):
                connection.interrupt()
        return bool(held)

    def close(self) -> None:
        event.remove(self._engine, "checkout", self._checked_out)
        event.remove(self._engine, "checkin", self._checked_in)


def is_interruption(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it: SQLAlchemy and the store wrap driver errors) is
    SQLite's SQLITE_INTERRUPT."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if getattr(current, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT:
            return True
        orig = getattr(current, "orig", None)
        pending += [current.__cause__, current.__context__]
        if isinstance(orig, BaseException):
            pending.append(orig)
    return False
