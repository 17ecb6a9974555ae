"""What a search reads through: an ORM session, or on a file the pooled SQLite connection itself.

A search on a file runs SQL it writes itself on the DB-API connection (see
:mod:`bnldesk.store.search`), so an ORM session only adds its own cost around it: beginning
and ending the session's transaction through SQLAlchemy took more time than the whole of an
unranked search. :func:`reading` takes a connection from the store's pool (the
:class:`~bnldesk.store.interrupt.ConnectionWatch` sees it as it sees a session's, so a search
can still be stopped) and reads in one transaction on it, a :class:`FileReader`; the
connection is kept for the thread's next search (checking it out of the pool and in again
cost a fifth of an unranked search). On a PostgreSQL server it is a session as before. The
search functions take either (:data:`Reader`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from bnldesk.store.backend import backend_of
from bnldesk.store.engine import Store

__all__ = ["FileReader", "Reader", "dbapi", "engine_of", "is_server", "reading", "rows"]


@dataclass(frozen=True)
class FileReader:
    """A read transaction on a database file's SQLite ``connection`` (from ``engine``'s pool)."""

    connection: sqlite3.Connection
    engine: Engine


Reader = Session | FileReader


@contextmanager
def reading(store: Store) -> Iterator[Reader]:
    """A reader for one search: on a file a :class:`FileReader` (a pooled connection in a
    read transaction of its own: a search sees every write committed before it), on a
    server a session. On a file the connection is kept for the thread's next search
    (:meth:`Store.reader_connection`) when the search ends without a fault; after a fault
    it goes back to the pool. Faults are raised as :meth:`Store.read` raises them (a
    :class:`~bnldesk.store.errors.StoreError` for a fault of the file, chosen by SQLite's
    result code)."""
    if store.is_server:
        with store.read() as session:
            yield session
        return
    kept = store.reader_connection()
    pooled = kept[1]
    connection = pooled.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    try:
        try:
            connection.execute("BEGIN")
            try:
                yield FileReader(connection, store.engine)
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
        except sqlite3.Error as exc:
            explained = store.explain(exc)
            if explained is exc:
                raise
            raise explained from exc
    except BaseException:
        pooled.close()  # back to the pool (reset there), as a connection a fault left
        raise
    store.keep_reader(kept)


def is_server(reader: Reader) -> bool:
    """Whether ``reader`` reads a PostgreSQL server (a session on one)."""
    return isinstance(reader, Session) and backend_of(reader).is_server


def dbapi(reader: Reader) -> sqlite3.Connection:
    """The SQLite connection ``reader`` reads through (on a file)."""
    if isinstance(reader, FileReader):
        return reader.connection
    connection = reader.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def engine_of(reader: Reader) -> Engine:
    """The engine whose pool ``reader``'s connection came from."""
    return reader.engine if isinstance(reader, FileReader) else reader.get_bind().engine


def rows(reader: Reader, sql: str) -> Sequence[Sequence[Any]]:
    """The rows of a plain statement (no parameters) both databases read."""
    if isinstance(reader, FileReader):
        return reader.connection.execute(sql).fetchall()
    return reader.execute(text(sql)).all()
