"""Stopping a read that no one waits for any more, so that what the delegate waits for runs now.

The window's database worker runs one job at a time. When a search is typed while a slow list
query runs (a count over many years, an unusual sort), the worker stops that query and runs it
again afterwards. :class:`ConnectionWatch` knows which SQLite connection each thread holds
(from the engine's pool events): :meth:`ConnectionWatch.stop` interrupts the statement running
there and, through a progress handler, any statement the job starts until
:meth:`ConnectionWatch.go_on`. :func:`is_interruption` recognises the fault by SQLite's result
code, never by message text.

On a PostgreSQL server the running statement is cancelled through libpq's cancel request
(``psycopg.Connection.cancel_safe``, answered by the server with SQLSTATE 57014
``query_canceled``), and a statement the stopped job starts afterwards is refused before it is
sent (:class:`StatementStopped`). A cancel request that reaches the server just after the
statement ended cancels nothing; one that reaches it when the same connection has started the
job's next statement cancels that one, which the worker also runs again.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import Any

from sqlalchemy import Engine, event

QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a cancelled statement


class StatementStopped(Exception):
    """A statement a stopped job began on a server: refused before it was sent."""


class ConnectionWatch:
    """The DB-API connections an engine's pool has handed out, per thread, since the watch
    was made (a connection a search kept from before is not among them: see
    :meth:`bnldesk.store.engine.Store.release_readers`)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._held: dict[int, list[Any]] = {}
        self._stopped: set[int] = set()
        self._server = engine.dialect.name == "postgresql"
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)
        # A connection the pool closes or invalidates (a reset that failed, e.g. a rollback
        # interrupted) may never be checked in: it is forgotten here too.
        event.listen(engine, "close", self._checked_in)
        event.listen(engine, "invalidate", self._invalidated)
        if self._server:
            event.listen(engine, "before_cursor_execute", self._before_statement)

    def _before_statement(self, *_args: Any) -> None:
        if threading.get_ident() in self._stopped:
            raise StatementStopped("the job was stopped for one the delegate waits for")

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
        """Let ``thread_id`` run statements again after :meth:`stop`."""
        with self._lock:
            self._stopped.discard(thread_id)

    def _checked_in(self, dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            for held in self._held.values():
                if dbapi_connection in held:
                    held.remove(dbapi_connection)

    def _invalidated(self, dbapi_connection: Any, record: Any, _exception: Any) -> None:
        self._checked_in(dbapi_connection, record)

    def interrupt(self, thread_id: int) -> bool:
        """Interrupt the statements running on the connections ``thread_id`` holds; whether
        it held any open one. A connection with no statement running ignores it."""
        with self._lock:
            held = list(self._held.get(thread_id, []))
        for connection in list(held):
            if isinstance(connection, sqlite3.Connection):
                try:
                    connection.interrupt()
                except sqlite3.ProgrammingError:
                    # Closed meanwhile (the fresh-clone suite met it when a language change
                    # rebuilt the window): a closed connection runs nothing to interrupt.
                    self._checked_in(connection, None)
                    held.remove(connection)
            else:
                cancel = getattr(connection, "cancel_safe", None) or connection.cancel
                # A server gone away meanwhile: the job fails on its own.
                with contextlib.suppress(Exception):
                    cancel()
        return bool(held)

    def close(self) -> None:
        """Stop watching the engine's connections (its event listeners are removed)."""
        event.remove(self._engine, "checkout", self._checked_out)
        event.remove(self._engine, "checkin", self._checked_in)
        event.remove(self._engine, "close", self._checked_in)
        event.remove(self._engine, "invalidate", self._invalidated)
        if self._server:
            event.remove(self._engine, "before_cursor_execute", self._before_statement)


def is_interruption(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it: SQLAlchemy and the store wrap driver errors) is
    SQLite's SQLITE_INTERRUPT, PostgreSQL's query_canceled or a statement refused because its
    job was stopped."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if getattr(current, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT:
            return True
        if isinstance(current, StatementStopped) or getattr(current, "sqlstate", None) == (
            QUERY_CANCELED
        ):
            return True
        orig = getattr(current, "orig", None)
        pending += [current.__cause__, current.__context__]
        if isinstance(orig, BaseException):
            pending.append(orig)
    return False
