"""Opening a bnldesk database: one engine per file or server, migrations, first-run demo data.

A database is an SQLite file (a path) or a PostgreSQL server (a ``postgresql://`` URL, see
:mod:`bnldesk.store.backend` for everything that differs). A file is migrated when it is
opened; a server's schema is set up and upgraded by its administrator (``bnldesk server init``),
so a delegate's connection never changes it.

Faults of the environment (a locked, full, read-only, damaged, foreign, empty or newer file) are
raised as :class:`~bnldesk.store.errors.StoreError` subclasses, one per cause, chosen from the
SQLite result code or errno (:func:`bnldesk.store.errors.classify`); anything else is a bug and
is raised as it is.

A database path that held a file is never filled with demo data: demo data is only written into
a file this call created, and a missing file whose backups exist is reported instead of
recreated (see :func:`open_store`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import (
    DatabaseError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool, Pool, PoolProxiedConnection

from bnldesk.domain.models import Annotation, Plan, Programme, Setting, new_uuid
from bnldesk.paths import backups_dir
from bnldesk.store import hold, migrations, swap
from bnldesk.store.backend import (
    AskPassword,
    Backend,
    DatabaseLocation,
    ServerAddress,
    backend_of,
    describe,
    make_server_engine,
    parse_location,
)
from bnldesk.store.errors import (
    CannotOpenError,
    ConcurrentEditError,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    DiskIOError,
    EmptyDatabaseFileError,
    FileOnlyError,
    HoldLostError,
    IncompleteCopyError,
    NewerSchemaError,
    NotABnldeskDatabaseError,
    ServerSchemaError,
    StoreError,
    classify,
    classify_server,
)
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.hold import FileIdentity, HoldWatch, identity

log = logging.getLogger(__name__)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "CannotOpenError",
    "DatabaseCorruptError",
    "DatabaseLockedError",
    "DatabaseMissingError",
    "DatabaseReadOnlyError",
    "DiskFullError",
    "DiskIOError",
    "EmptyDatabaseFileError",
    "NewerSchemaError",
    "NotABnldeskDatabaseError",
    "Store",
    "StoreError",
    "open_store",
]

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a writer waits for another program's lock before giving up with DatabaseLockedError.
BUSY_TIMEOUT_MS = 5000
# Threads whose search connection is kept between searches (Store.reader_connection): the
# window's database worker, the command line's main thread, a test's; beyond this many the
# longest unused goes back to the pool (its thread may have ended).
_READERS_KEPT = 4


class DatabaseMissingError(StoreError):
    """The database file is gone but its backups are there: it is not silently recreated."""

    code = "database_missing"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is missing, but backups of it exist in {backups_dir(path)}: restore one "
            "('bnldesk restore') rather than start a new, empty database",
            values=(str(path), str(backups_dir(path))),
        )


def damage_mark_path(path: Path) -> Path:
    """The file that remembers a damage found by a check or by SQLite (SQLITE_CORRUPT)."""
    return path.with_name(f".{path.name}.damaged")


# What a delegate who opens the mark reads under its first line, in the Benelux languages
# (the mark is written by the store, which knows no interface language, and may be read by a
# colleague in another): what it means, what to do, and not to delete it (trial 16: English
# only). The first line is the problem found, the part bnldesk reads back.
_DAMAGE_TEXTS = (
    "De databank {name} is beschadigd: bnldesk schrijft er niet meer in. Zet een reservekopie "
    "terug (Bestand > Reservekopieën... of 'bnldesk restore'); een controle die de databank "
    "gezond vindt ('bnldesk check') verwijdert dit bestand. Verwijder het niet zelf: is er geen "
    "reservekopie, bewaar dan de databank en vraag hulp.",
    "La base de données {name} est endommagée : bnldesk n'y écrit plus. Restaurez une "
    "sauvegarde (Fichier > Sauvegardes... ou « bnldesk restore ») ; une vérification qui la "
    "trouve saine (« bnldesk check ») supprime ce fichier. Ne le supprimez pas vous-même : "
    "s'il n'y a pas de sauvegarde, gardez la base de données et demandez de l'aide.",
    "The database {name} is damaged: bnldesk no longer writes to it. Restore a backup "
    "(File > Backups... or 'bnldesk restore'); a check that finds it sound ('bnldesk check') "
    "removes this file. Do not delete it yourself: if there is no backup, keep the database "
    "and ask for help.",
)


def damage_mark_text(path: Path, problem: str) -> str:
    """The damage mark of the database file ``path``: ``problem`` on its first line (one line,
    what :func:`known_damage` reads back), then a blank line and what it means and what to do
    in Dutch, French and English, a paragraph each."""
    first = " ".join(problem.split()) or "damaged"
    said = "\n\n".join(text.format(name=path.name) for text in _DAMAGE_TEXTS)
    return f"{first}\n\n{said}\n"


def remember_damage(path: Path, problem: str) -> None:
    """Note beside the file that it is damaged (:func:`damage_mark_text`): writes are refused
    until a check finds it sound again or a restore replaces it (best effort: a read-only
    folder keeps no note). Written whole under a temporary name, then renamed."""
    mark = damage_mark_path(path)
    temporary = mark.with_name(mark.name + ".tmp")
    try:
        temporary.write_text(damage_mark_text(path, problem), encoding="utf-8")
        os.replace(temporary, mark)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def forget_damage(path: Path) -> None:
    """Remove the damage mark of ``path`` (the file was found sound or restored); best effort."""
    with contextlib.suppress(OSError):
        damage_mark_path(path).unlink(missing_ok=True)


def known_damage(path: Path) -> str | None:
    """The damage last found in the file at ``path`` (its mark's first line: a mark of an
    earlier version is that line alone), or None."""
    try:
        text = damage_mark_path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return (text.strip().splitlines() or ["damaged"])[0].strip() or "damaged"


def place_is_writable(path: Path) -> bool:
    """Whether the database file (if any) and its folder can be written: its journal, WAL and
    lock files are created beside it."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    """The ``sqlite3.connect(..., uri=True)`` address of ``path``.

    Read-only in a folder that cannot be written, the file is opened ``immutable``: SQLite
    cannot create the WAL index there and would refuse to open it at all.
    """
    if not read_only:
        return swap.file_uri(path, "mode=rwc")
    if not os.access(path.parent, os.W_OK):
        return swap.file_uri(path, "mode=ro&immutable=1")
    return swap.file_uri(path, "mode=ro")


def connect_raw(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection for checks and backups, with bnldesk's busy timeout."""
    try:
        return sqlite3.connect(
            sqlite_uri(path, read_only=read_only), uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise classify(exc, path) or exc from exc


def _on_connect(read_only: bool) -> Callable[[Any, Any], None]:
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own transaction handling commits before DDL, so a schema migration killed
        # half-way would leave a half-built file. With it off, SQLAlchemy's "begin" below opens
        # every transaction itself and migrations are all-or-nothing like any other write.
        dbapi_connection.isolation_level = None
        # The folding the search index triggers call (migration 0007).
        register_sql_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # A row replaced by INSERT OR REPLACE leaves the (contentless) search index through
            # its delete trigger too.
            cursor.execute("PRAGMA recursive_triggers = ON")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
                # WAL + NORMAL is durable at each checkpoint and never corrupts on power loss.
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return configure


# A write transaction starts with BEGIN IMMEDIATE: it takes the write lock at once, waiting up to
# the busy timeout for another program's. A deferred BEGIN that reads first cannot wait when it
# later needs to write (SQLITE_BUSY_SNAPSHOT), and failed at once during an import.
_BEGIN_OPTION = "bnldesk_begin"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """The SQLAlchemy engine of ``path`` with bnldesk's pragmas and transaction handling."""
    uri = sqlite_uri(path, read_only=read_only)
    engine = create_engine(
        # The URL names the file (migrations and messages read it); the creator opens it.
        f"sqlite:///{path.as_posix()}",
        creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        ),
        poolclass=NullPool if read_only else None,
    )
    event.listen(engine, "connect", _on_connect(read_only))
    event.listen(engine, "begin", _begin)
    return engine


def _begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


# Descriptors opened on database files to read their header, kept open for the process's life.
# Closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
# shared lock included: a window that checked its own open file (File > Check database) was left
# holding none, and the next command-line call, taking itself for the last connection, deleted
# the write-ahead log the window was still writing to (trial 9: notes lost when it quit).
_HEADER_READERS: dict[tuple[int, int], int] = {}


def read_header(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path``, read through a descriptor this process keeps open
    (one per file, see ``_HEADER_READERS``). Raises ``OSError``."""
    if sys.platform == "win32":  # pragma: no cover - Windows locks are not POSIX locks
        with path.open("rb") as fh:  # and an open descriptor would block a restore's rename
            return fh.read(size)
    status = os.stat(path)
    key = (status.st_dev, status.st_ino)
    fd = _HEADER_READERS.get(key)
    if fd is None:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        _HEADER_READERS[key] = fd
    return os.pread(fd, size, 0)


def check_header(path: Path) -> None:
    """Refuse, with a clear message, an empty file or one that is not an SQLite database."""
    try:
        head = read_header(path, len(SQLITE_HEADER))
    except OSError as exc:
        raise CannotOpenError(path, exc.strerror or type(exc).__name__) from exc
    if not head:
        raise EmptyDatabaseFileError(path)
    if head != SQLITE_HEADER:
        raise NotABnldeskDatabaseError(path)


def explain(exc: BaseException, path: Path) -> BaseException:
    """The :class:`StoreError` for a driver error (by result code), or ``exc`` itself if a bug."""
    return classify(exc, path) or exc


class Store:
    """An open database: the engine, a session factory and a few facts about where it lives.

    ``location`` is the file's path or the server's address; ``where`` says it in messages
    (a server's URL without its password). ``path`` is the file, and raises
    :class:`~bnldesk.store.errors.FileOnlyError` on a server: features that work on files
    (backups, restore, file checks) say so instead of doing something else.
    ``created_with_demo`` is true when this opening created the file and filled it with the
    bundled demo data (the caller says so to the delegate).
    """

    def __init__(
        self, location: DatabaseLocation, engine: Engine, *, read_only: bool = False
    ) -> None:
        self.location = location
        self.where = describe(location)
        self.engine = engine
        self.backend: Backend = backend_of(engine)
        self.read_only = read_only
        self.created_with_demo = False
        # The file this opening holds, and why it no longer does once that is found (sticky:
        # a lost hold is never regained, see bnldesk.store.hold).
        self.opened_as: FileIdentity | None = (
            None if isinstance(location, ServerAddress) else identity(Path(location))
        )
        self.hold_lost: type[HoldLostError] | None = None
        self._hold_watch: HoldWatch | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        writer = engine
        if not read_only and not self.backend.is_server:
            writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        # Per thread, the pooled connection its last search read through and the pool it came
        # from, kept checked out for its next search (see reader_connection); one in use is
        # not here.
        self._readers: dict[int, tuple[Pool, PoolProxiedConnection]] = {}
        self._readers_lock = threading.Lock()

    @property
    def is_server(self) -> bool:
        """Whether this store is a delegation server (PostgreSQL) rather than a file."""
        return self.backend.is_server

    @property
    def path(self) -> Path:
        """The database file; :class:`FileOnlyError` for a server."""
        if isinstance(self.location, ServerAddress):
            raise FileOnlyError(self.where)
        return self.location

    def check_hold(self) -> None:
        """Raise :class:`HoldLostError` when this process no longer holds its database file
        (another program deleted its write-ahead log, or the file was replaced or moved; see
        :mod:`bnldesk.store.hold`); nothing for a server. Once lost, always lost."""
        if self.opened_as is None:
            return
        if self.hold_lost is None:
            if self._hold_watch is None:
                self._hold_watch = HoldWatch(self.path, self.opened_as)
            self.hold_lost = self._hold_watch.lost()
        if self.hold_lost is not None:
            raise self.hold_lost(self.path)

    def explain(self, exc: BaseException) -> BaseException:
        """The :class:`StoreError` for a driver error (by result code or SQLSTATE), or ``exc``."""
        if isinstance(self.location, ServerAddress):
            return classify_server(exc, self.where) or exc
        return classify(exc, self.location) or exc

    def session(self) -> Session:
        """A new session, set up for the backend; the caller closes it. Prefer :meth:`read` or
        :meth:`transaction`, which turn driver faults into :class:`StoreError`."""
        session = self._sessions()
        self.backend.configure_session(session)
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed as a whole, or rolled back as a whole.

        On a file it takes the write lock when it starts, waiting up to
        :data:`BUSY_TIMEOUT_MS` for another program; on a server, rows are locked as they are
        written (waiting as long). Faults of the environment are raised as
        :class:`StoreError` subclasses, a record saved by someone else meanwhile as
        :class:`~bnldesk.store.errors.ConcurrentEditError`, a broken constraint (a bug) as
        SQLAlchemy's ``IntegrityError``. A file this process no longer holds raises
        :class:`HoldLostError` before anything is written, and after a commit that went into
        a write-ahead log deleted meanwhile (it reached no other program).
        """
        if not self.is_server:
            damage = known_damage(self.path)
            if damage is not None:
                # Writing into a file known to be damaged spreads the damage: restore it first.
                raise DatabaseCorruptError(self.path, damage)
            self.check_hold()
        session = self._write_sessions()
        self.backend.configure_session(session)
        try:
            with session.begin():
                yield session
        except IntegrityError:
            raise  # a broken rule is a bug in the caller, not the environment's fault
        except StaleDataError as exc:
            raise ConcurrentEditError(self.where) from exc
        except (OperationalError, DatabaseError, InterfaceError) as exc:
            error = self.explain(exc)
            if isinstance(error, DatabaseCorruptError) and not self.is_server:
                remember_damage(self.path, "SQLite found it damaged while writing")
            raise error from exc
        finally:
            session.close()
        self.check_hold()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; faults raised as in :meth:`transaction`."""
        session = self.session()
        try:
            yield session
        except (OperationalError, DatabaseError, InterfaceError) as exc:
            raise self.explain(exc) from exc
        finally:
            session.close()

    def database_id(self) -> str:
        """The id this database was given when created ("" for an older one): names its backups."""
        with self.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == "database_id"))
        return value or ""

    def reader_connection(self) -> tuple[Pool, PoolProxiedConnection]:
        """A pooled connection for this thread's search, outside any transaction, and the
        pool it is from: the one its last search gave back by :meth:`keep_reader`, else one
        checked out of the pool now.

        A search reads through it without an ORM session
        (:func:`bnldesk.store.search_reader.reading`); checking a connection out of the pool
        and back in (its reset included) cost a fifth of an unranked search, so a search
        keeps its connection for the next one. Nothing else is kept: each search runs in a
        read transaction of its own, begun after this, so it sees every write committed
        before it (SQLite takes the snapshot at a transaction's first read). A connection
        from a pool disposed of since (:meth:`close`, ``engine.dispose()``) is given back
        and another checked out. Raises the store's error when no connection can be opened
        (:meth:`explain`)."""
        with self._readers_lock:
            kept = self._readers.pop(threading.get_ident(), None)
        pool = self.engine.pool
        if kept is not None:
            if kept[0] is pool:
                return kept
            kept[1].close()
        try:
            return pool, self.engine.raw_connection()
        except Exception as exc:  # the pool wraps a failed connect in SQLAlchemy's errors
            raise self.explain(exc) from exc

    def keep_reader(self, reader: tuple[Pool, PoolProxiedConnection]) -> None:
        """Keep ``reader`` (from :meth:`reader_connection`, its transaction ended) for this
        thread's next search; beyond :data:`_READERS_KEPT` threads the one kept longest
        goes back to the pool."""
        given_back: list[PoolProxiedConnection] = []
        with self._readers_lock:
            self._readers[threading.get_ident()] = reader
            while len(self._readers) > _READERS_KEPT:
                given_back.append(self._readers.pop(next(iter(self._readers)))[1])
        for old in given_back:
            old.close()

    def release_readers(self) -> None:
        """Give every connection kept for a next search back to the pool (one in use by a
        search is given back when it ends, or kept by it)."""
        with self._readers_lock:
            kept = [connection for _pool, connection in self._readers.values()]
            self._readers.clear()
        for connection in kept:
            connection.close()

    def close(self) -> None:
        """Close every pooled connection (a checked-out one closes when its session ends)."""
        self.release_readers()
        self.engine.dispose()
        if self.opened_as is not None:
            hold.released(self.opened_as)
            self.opened_as = None

    def open_connections(self) -> int:
        """How many connections sessions and searches still hold (0 when the store can be
        swapped); a connection kept between searches (:meth:`keep_reader`) is not counted:
        :meth:`close` gives it back."""
        checkedout = getattr(self.engine.pool, "checkedout", None)
        if not callable(checkedout):
            return 0
        with self._readers_lock:
            kept = sum(1 for pool, _c in self._readers.values() if pool is self.engine.pool)
        return int(checkedout()) - kept


# A hook the backup service installs so that a migration of an existing file is preceded by a
# backup, without the store importing the services layer.
BeforeMigrate = Callable[[Path, Engine, str | None], None]
_before_migrate_hooks: list[BeforeMigrate] = []


def add_before_migrate_hook(hook: BeforeMigrate) -> None:
    """Call ``hook(path, engine, revision)`` before a migration changes an existing file (the
    backup service takes a copy there); a hook added twice runs once."""
    if hook not in _before_migrate_hooks:
        _before_migrate_hooks.append(hook)


def _holds_nothing(session: Session) -> bool:
    return not any(
        session.scalar(select(table.id).limit(1)) for table in (Plan, Programme, Annotation)
    )


def has_backups(path: Path) -> bool:
    """Whether the backups folder of ``path`` (:func:`backups_dir`) holds a backup of it;
    False where the folder cannot be read."""
    folder = backups_dir(path)
    prefix = f"{path.stem}-"
    try:
        return folder.is_dir() and any(
            entry.name.startswith(prefix) and entry.name.endswith(path.suffix or ".db")
            for entry in folder.iterdir()
        )
    except OSError:
        return False


def _check_existing(path: Path, *, read_only: bool) -> None:
    """Make ready to open ``path``; raises for a file that must not be used or recreated."""
    try:
        swap.recover(path)  # finish a restore cut short, before anything reads the path
    except OSError as exc:
        raise classify(exc, path) or exc from exc
    if not path.exists():
        if read_only:
            raise CannotOpenError(path, "the file does not exist")
        if has_backups(path):
            raise DatabaseMissingError(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise classify(exc, path) or exc from exc
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnlyError(path, "its folder cannot be written, so it cannot be made")
        return
    check_header(path)  # an empty or foreign file is reported, never filled
    _check_schema(path)


def _check_schema(path: Path) -> None:
    """Refuse a foreign SQLite file or one from a newer bnldesk before anything writes to it
    (even switching the journal to WAL changes a file)."""
    conn = connect_raw(path, read_only=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if tables and "alembic_version" not in tables:
            raise NotABnldeskDatabaseError(path, "an SQLite file of another program")
        if not tables and _copied_without_its_wal(path):
            raise IncompleteCopyError(path)
        if "alembic_version" in tables:
            versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
            if len(versions) == 1 and versions[0] not in migrations.known_revisions():
                raise NewerSchemaError(path, versions[0])
    except sqlite3.Error as exc:
        raise classify(exc, path) or exc from exc
    finally:
        conn.close()


# Byte 18 of an SQLite file's header, its "file format write version": 2 in write-ahead-log
# mode (https://sqlite.org/fileformat2.html#the_database_header).
_WAL_FORMAT_OFFSET = 18
_WAL_FORMAT = 2


def _copied_without_its_wal(path: Path) -> bool:
    """Whether ``path`` (with no tables) is in write-ahead-log mode with no ``-wal`` file
    beside it, or an empty one (opening it, even read-only, makes one): its data, if it had
    any, are in a file that is not there."""
    try:
        head = read_header(path, _WAL_FORMAT_OFFSET + 1)
        wal = Path(f"{path}-wal")
        log_is_empty = not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False
    in_wal_mode = len(head) > _WAL_FORMAT_OFFSET and head[_WAL_FORMAT_OFFSET] == _WAL_FORMAT
    return in_wal_mode and log_is_empty


def _checkpoint(store: Store) -> None:
    """Copy what the write-ahead log holds into the main file and empty the log (SQLite files
    only), so that the file alone holds the schema and the first data: copied while bnldesk
    has it open, it is a whole database, not an empty one (trial 16). Run on a new file only,
    which no other connection has open; a failure is logged (the data are safe in the log)."""
    if store.backend.is_server:
        return
    try:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except SQLAlchemyError:  # an optimisation: the data are safe in the log anyway
        log.debug("checkpoint after opening skipped", exc_info=True)


def prepare(store: Store, *, demo: bool) -> None:
    """Bring an open store's file to the current schema; a new file gets its id (and demo data).

    Runs the before-migrate hooks (the backup) when an existing file needs migrating; a file
    from a newer bnldesk raises :class:`NewerSchemaError` before anything is written.
    """
    engine, path = store.engine, store.path
    if store.read_only:
        with engine.connect() as conn:
            current = migrations.current_revision(conn)
        if current is not None and current not in migrations.known_revisions():
            raise NewerSchemaError(path, current)
        return

    def before(current: str | None) -> None:
        if current is not None:
            for hook in _before_migrate_hooks:
                hook(path, engine, current)

    migrations.upgrade(engine, before=before)
    with store.read() as session:
        if session.get(Setting, "database_id") is not None:
            return  # a file in use: opening it writes nothing (and waits for no lock)
    with store.transaction() as session:
        if session.get(Setting, "database_id") is None:
            # A new file, or one whose first opening was cut short after its schema: never a
            # file a delegate used (that has its id), so demo data replaces nothing.
            session.add(Setting(key="database_id", value=new_uuid()))
            if demo and _holds_nothing(session):
                from bnldesk.store.demo import load_demo

                load_demo(session)
                store.created_with_demo = True
    _checkpoint(store)  # a new file: its schema and demo data into the main file


def open_store(
    location: DatabaseLocation | str,
    *,
    demo: bool = True,
    read_only: bool = False,
    ask_password: AskPassword | None = None,
) -> Store:
    """Open the database at ``location``: a file path (created if needed, migrated to the
    current schema) or a ``postgresql://`` server (see :func:`open_server_store`).

    Only a file this call creates is filled with the bundled demo data (unless ``demo`` is
    false). A file in a place that cannot be written is opened read-only (``store.read_only``). Raises a :class:`StoreError` subclass for each fault: an empty file
    (:class:`EmptyDatabaseFileError`), a foreign one (:class:`NotABnldeskDatabaseError`), one
    from a newer bnldesk (:class:`NewerSchemaError`, nothing written, no backup), a missing file
    whose backups exist (:class:`DatabaseMissingError`), a full disk, a read-only place, a lock
    held past the busy timeout, a damaged file.
    """
    if isinstance(location, str):
        location = parse_location(location)
    if isinstance(location, ServerAddress):
        return open_server_store(location, read_only=read_only, ask_password=ask_password)
    path = Path(location).expanduser()
    _check_existing(path, read_only=read_only)
    if not read_only and not place_is_writable(path):
        # A read-only folder or file (a CD, a locked-down share): open it for reading; a write
        # then raises DatabaseReadOnlyError instead of the file failing to open at all.
        read_only = True
    engine = make_engine(path, read_only=read_only)
    store = Store(path, engine, read_only=read_only)
    try:
        prepare(store, demo=demo)
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        raise explain(exc, path) from exc
    except BaseException:
        engine.dispose()
        raise
    store.opened_as = identity(path)  # a new file exists only now
    if store.opened_as is not None:
        hold.held(path, store.opened_as)
    return store


def open_server_store(
    address: ServerAddress, *, read_only: bool = False, ask_password: AskPassword | None = None
) -> Store:
    """Connect to a delegation server whose schema its administrator has set up.

    Nothing is written: a server without bnldesk's tables, or with an older schema, raises
    :class:`~bnldesk.store.errors.ServerSchemaError` (``bnldesk server init`` sets it up and
    upgrades it), one from a newer bnldesk :class:`NewerSchemaError`; an unreachable server,
    a refused login and the like their own :class:`StoreError` (by SQLSTATE).
    """
    engine = make_server_engine(address, ask_password=ask_password)
    store = Store(address, engine, read_only=read_only)
    try:
        with engine.connect() as conn:
            current = migrations.current_revision(conn)
    except (OperationalError, DatabaseError, InterfaceError) as exc:
        engine.dispose()
        raise store.explain(exc) from exc
    if current is None:
        engine.dispose()
        raise ServerSchemaError(store.where, "has no bnldesk tables yet")
    if current not in migrations.known_revisions():
        engine.dispose()
        raise NewerSchemaError(store.where, current)
    if current != migrations.quick_head():
        engine.dispose()
        raise ServerSchemaError(store.where, f"has an older bnldesk schema (version {current})")
    if not read_only:
        # What a writer outside bnldesk (or an upgrade) left marked for the search index and
        # this role may read is indexed now (see bnldesk.store.search_pg).
        with store.transaction():
            pass
    return store
