"""The two databases bnldesk runs on, and everything that differs between them, in one place.

A delegate's laptop keeps an SQLite file; a delegation may also run a PostgreSQL server that
laptops and office staff share (README, "Delegation server"). Queries, services and sync are
portable SQLAlchemy; what is not portable lives here, behind a :class:`Backend`:

=====================  ==========================================  ===========================
                       SQLite file                                 PostgreSQL server
=====================  ==========================================  ===========================
where                  a path (``Path``)                           a ``postgresql://`` URL
connection set-up      PRAGMAs (WAL, busy timeout, foreign keys)   session settings (UTC,
                                                                   lock timeout, app name)
write locking          ``BEGIN IMMEDIATE`` takes the file lock     row locks; ``lock_timeout``
joins in fixed order   ``CROSS JOIN`` (the planner's hint)         plain ``JOIN``
search                 FTS5 table ``search_fts`` (store/search.py) ``search_document`` with a
                                                                   weighted tsvector
                                                                   (store/search_pg.py)
backup                 SQLite's online backup API (a file)         ``pg_dump`` by the server's
                                                                   administrator
check                  integrity_check, foreign_key_check, FTS5    the server's own checks
                                                                   (store/check_server.py)
author, last editor    written by the application                 set by the server
and times                                                          (triggers, migrations 0009
                                                                   and 0016)
=====================  ==========================================  ===========================

A server's password is never written anywhere by bnldesk: libpq reads ``PGPASSWORD`` or
``~/.pgpass`` itself, and otherwise the caller's ``ask_password`` is asked once per process
(:func:`make_server_engine`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bnldesk.domain.errors import BnldeskError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL, Connection
    from sqlalchemy.orm import Session

# SQLAlchemy is imported where it is used: the command line reads a file's lists without it
# (bnldesk.store.listing), and names its database through this module.

SQLITE = "sqlite"
POSTGRESQL = "postgresql"

# How long a writer waits for another's lock, on both backends (milliseconds).
LOCK_TIMEOUT_MS = 5000
# How long connecting to a server may take before the delegate is told it cannot be reached.
CONNECT_TIMEOUT_S = 10

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class UnsupportedLocationError(BnldeskError, ValueError):
    """A database named by an address bnldesk cannot open (``mysql://``, ``sqlite://``, ...)."""


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database named by a URL; the password, if the URL had one, is held apart.

    ``url`` never holds a password, so printing or logging it is safe; ``url_password`` is the
    one typed into the URL itself (discouraged: README), kept in memory only.
    """

    url: URL
    url_password: str | None = None

    @property
    def display(self) -> str:
        """The URL as a delegate typed it, without any password (for messages and logs)."""
        text = self.url.set(drivername="postgresql").render_as_string(hide_password=True)
        return text

    @property
    def database(self) -> str:
        """The database's name on the server ("" when the URL names none)."""
        return self.url.database or ""

    @property
    def user(self) -> str | None:
        """The role the URL connects as, or None (libpq then takes the system user)."""
        return self.url.username

    def with_database(self, name: str) -> ServerAddress:
        """The same server, role and password with another database ``name``."""
        return ServerAddress(self.url.set(database=name), self.url_password)

    def __str__(self) -> str:
        return self.display


DatabaseLocation = Path | ServerAddress


def is_url(text: str) -> bool:
    """Whether ``text`` has a URL scheme (``postgresql://``, ``file://``, ...)."""
    return bool(_URL.match(text.strip()))


def parse_server_url(text: str) -> ServerAddress:
    """The :class:`ServerAddress` of a ``postgresql://`` URL.

    Query parameters (``sslmode``, ``host`` for a socket folder, ``port``, ...) are passed to
    libpq as they are, so ``sslmode=verify-full`` is honoured. Raises
    :class:`UnsupportedLocationError` for anything else or a URL without a database name.
    """
    text = text.strip()
    scheme = text.split("://", 1)[0].lower()
    if scheme not in _SERVER_SCHEMES:
        raise UnsupportedLocationError(
            f"bnldesk opens an SQLite database file or a postgresql:// server, not a {scheme}:// "
            "address",
            code="location_scheme",
            values=(scheme,),
        )
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url("postgresql+psycopg://" + text.split("://", 1)[1])
    except (ArgumentError, ValueError) as exc:
        raise UnsupportedLocationError(
            f"'{_without_password(text)}' is not a valid URL",
            code="location_invalid",
            values=(_without_password(text),),
        ) from exc
    if not url.database:
        raise UnsupportedLocationError(
            f"{_without_password(text)} names no database: postgresql://USER@HOST/DATABASE",
            code="location_no_database",
            values=(_without_password(text),),
        )
    password = url.password
    return ServerAddress(url.set(password=None), str(password) if password else None)


def _without_password(text: str) -> str:
    parts = urlsplit(text)
    if parts.password is None:
        return text
    return text.replace(f":{parts.password}@", ":***@", 1)


def parse_location(text: str, *, source: str = "") -> DatabaseLocation:
    """A database named by a delegate: a ``postgresql://`` URL or a file path (``~`` expanded).

    ``source`` names where the text came from (``BNLDESK_DB``), for the message of the
    :class:`UnsupportedLocationError` raised for any other URL.
    """
    if not is_url(text):
        return Path(text).expanduser()
    try:
        return parse_server_url(text)
    except UnsupportedLocationError as exc:
        raise UnsupportedLocationError(
            (f"{source}: " if source else "") + str(exc), code=exc.code, values=exc.values
        ) from None


def describe(location: DatabaseLocation) -> str:
    """A location for messages: the path, or the URL without its password."""
    return location.display if isinstance(location, ServerAddress) else str(location)


# ------------------------------------------------------------------------------------------
# the backend objects
# ------------------------------------------------------------------------------------------


class Backend:
    """What differs between the databases; see the module's table. One instance per dialect."""

    name: str = ""
    is_server: bool = False
    # Joins whose order the planner must keep (browse.py walks plans year by year).
    fixed_order_join: str = "JOIN"

    def configure_session(self, session: Session) -> None:
        """Per-session set-up (PostgreSQL: refresh what server triggers changed)."""

    def mark_sync_transaction(self, session: Session) -> None:
        """Say that this transaction writes merged records whose times and author must be kept
        as they were recorded on the laptop that made them (a server otherwise sets them)."""

    def tag_ids(self, session: Session, names: list[str]) -> dict[str, int]:
        """The ids of the tags named ``names``, each made if missing, also when another
        connection makes the same tag at that moment (a server's users saving notes with one
        new tag): ``INSERT ... ON CONFLICT DO NOTHING``, then read back."""
        if not names:
            return {}
        from sqlalchemy import select
        from sqlalchemy.dialects import sqlite

        from bnldesk.domain.models import Tag

        rows = [{"name": name} for name in names]
        session.execute(
            sqlite.insert(Tag).values(rows).on_conflict_do_nothing(index_elements=["name"])
        )
        found = session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names)))
        return {str(name): int(tag_id) for name, tag_id in found}

    def hidden_sheet_rows(self, session: Session, sheet_key: str) -> frozenset[str]:
        """The row keys of notes sheet ``sheet_key`` that an earlier import made into a note
        this connection may not see (another delegate's private note on a server): their
        remembered rows are hidden too, and such a row must not be imported again."""
        return frozenset()


class SqliteBackend(Backend):
    name = SQLITE
    fixed_order_join = "CROSS JOIN"


class PostgresBackend(Backend):
    name = POSTGRESQL
    is_server = True

    def configure_session(self, session: Session) -> None:
        from sqlalchemy import event

        event.listen(session, "after_flush", _note_flushed_records)
        event.listen(session, "after_flush_postexec", _expire_server_set_columns)
        event.listen(session, "before_commit", _index_before_commit)

    def mark_sync_transaction(self, session: Session) -> None:
        from sqlalchemy import text

        # Read by the triggers of migration 0009, for this transaction only.
        session.execute(text("SELECT set_config('bnldesk.sync', 'on', true)"))

    def tag_ids(self, session: Session, names: list[str]) -> dict[str, int]:
        # A tag another delegate gave only to a private note is invisible here (its name tells
        # of the note): bnldesk_tag (migration 0009) finds or makes it with the owner's rights.
        from sqlalchemy import text

        return {
            name: int(
                session.execute(text("SELECT bnldesk_tag(:name)"), {"name": name}).scalar_one()
            )
            for name in names
        }

    def hidden_sheet_rows(self, session: Session, sheet_key: str) -> frozenset[str]:
        from sqlalchemy import text

        # Migration 0010's function reads them with the owner's rights, keys only.
        found = session.execute(text("SELECT bnldesk_sheet_rows_hidden(:key)"), {"key": sheet_key})
        return frozenset(str(key) for key in found.scalars())


_SERVER_SET_COLUMNS = ("created_at", "updated_at", "author", "edited_by", "owner")


def _note_flushed_records(session: Session, _context: Any) -> None:
    from bnldesk.domain.models import UserRecord

    flushed = [obj for obj in [*session.new, *session.dirty] if isinstance(obj, UserRecord)]
    session.info.setdefault("bnldesk_flushed", []).extend(flushed)


def _index_before_commit(session: Session) -> None:
    """What this transaction changed is searchable when it commits (the server's index is
    written by bnldesk: :mod:`bnldesk.store.search_pg`)."""
    from bnldesk.store.pg_index import index_pending

    session.flush()
    index_pending(session)


def _expire_server_set_columns(session: Session, _context: Any) -> None:
    """Columns the server's triggers set are read back from the server when next used."""
    for obj in session.info.pop("bnldesk_flushed", []):
        if obj in session:
            names = [n for n in _SERVER_SET_COLUMNS if hasattr(type(obj), n)]
            session.expire(obj, names)


_BACKENDS: dict[str, Backend] = {SQLITE: SqliteBackend(), POSTGRESQL: PostgresBackend()}


def backend_named(dialect_name: str) -> Backend:
    """The backend of an SQLAlchemy dialect name (``sqlite``, ``postgresql``)."""
    try:
        return _BACKENDS[dialect_name]
    except KeyError:
        raise UnsupportedLocationError(
            f"bnldesk does not run on {dialect_name}",
            code="backend_unsupported",
            values=(dialect_name,),
        ) from None


def backend_of(bind: Session | Connection | Engine) -> Backend:
    """The backend a session, connection or engine talks to."""
    from sqlalchemy.orm import Session

    if isinstance(bind, Session):
        return backend_named(bind.get_bind().dialect.name)
    return backend_named(bind.dialect.name)


# ------------------------------------------------------------------------------------------
# connecting to a server
# ------------------------------------------------------------------------------------------

AskPassword = Callable[[ServerAddress], str | None]


class _Passwords:
    """Passwords typed at a prompt, for this process only (never written anywhere)."""

    def __init__(self) -> None:
        self._typed: dict[str, str] = {}

    def get(self, address: ServerAddress) -> str | None:
        return self._typed.get(address.display)

    def remember(self, address: ServerAddress, password: str) -> None:
        self._typed[address.display] = password

    def forget(self, address: ServerAddress) -> None:
        self._typed.pop(address.display, None)


typed_passwords = _Passwords()


def connect_arguments(address: ServerAddress) -> dict[str, Any]:
    """libpq settings for every connection: UTC, bnldesk's lock timeout, a name in the server's
    activity view, a connection timeout; the URL's own parameters (``sslmode``...) win."""
    arguments: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "bnldesk",
        # No JIT: bnldesk's queries are short, and compiling them cost more than it saved
        # (bench/bench_server.py: hundreds of milliseconds for a search).
        "options": f"-c TimeZone=UTC -c lock_timeout={LOCK_TIMEOUT_MS} -c jit=off",
    }
    for key in address.url.query:
        arguments.pop(key, None)
    return arguments


def _refuse_nothing_for_nul(dbapi_connection: Any, _record: Any) -> None:
    """PostgreSQL text cannot hold the NUL character (SQLite can): a note pasted with one is
    saved without it instead of being refused whole (briefs and workbooks drop it anyway)."""
    from psycopg.types import string

    class NulFreeText(string.StrDumperUnknown):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", ""))

    class NulFreeBinary(string.StrBinaryDumper):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", ""))

    dbapi_connection.adapters.register_dumper(str, NulFreeText)
    dbapi_connection.adapters.register_dumper(str, NulFreeBinary)


def make_server_engine(
    address: ServerAddress, *, ask_password: AskPassword | None = None
) -> Engine:
    """An engine for a server. The password comes from the URL, ``PGPASSWORD``, ``~/.pgpass``
    (both read by libpq) or, when the server asks for one and none of those has it,
    ``ask_password(address)`` (a prompt; asked once, kept for this process only)."""
    from sqlalchemy import create_engine, event

    engine = create_engine(
        address.url,
        connect_args=connect_arguments(address),
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=8,
    )

    event.listen(engine, "connect", _refuse_nothing_for_nul)

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        import psycopg

        password = address.url_password or typed_passwords.get(address)
        if password:
            cparams["password"] = password
        try:
            return psycopg.connect(*cargs, **cparams)
        except psycopg.OperationalError as exc:
            pgconn = getattr(exc, "pgconn", None)
            needs = bool(getattr(pgconn, "needs_password", False))
            if not needs or password:
                if password and not address.url_password:
                    typed_passwords.forget(address)
                raise
            typed = ask_password(address) if ask_password is not None else None
            if not typed:
                from bnldesk.store.errors import ServerLoginError

                raise ServerLoginError(address.display, missing=True) from exc
            cparams["password"] = typed
            connection = psycopg.connect(*cargs, **cparams)
            typed_passwords.remember(address, typed)
            return connection

    return engine
