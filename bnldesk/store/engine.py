"""Opening a bnldesk database: one engine per file, pragmas, migrations, first-run demo data.

Errors that are the environment's fault (a locked, unreadable or damaged file) are raised as
:class:`StoreError` subclasses with a message meant for the delegate; anything else is a bug.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import Annotation, Plan, Programme, Setting, new_uuid
from bnldesk.store import migrations
from bnldesk.store.fts import register_sql_functions

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(BnldeskError):
    """A problem with the database file that the user must be told about."""


class DatabaseLockedError(StoreError):
    pass


class DatabaseCorruptError(StoreError):
    pass


class DatabaseReadOnlyError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


def _on_connect(read_only: bool) -> Callable[[Any, Any], None]:
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own transaction handling commits before DDL, so a schema migration killed
        # half-way would leave a half-built file. With it off, SQLAlchemy's "begin" below opens
        # every transaction itself and migrations are all-or-nothing like any other write.
        dbapi_connection.isolation_level = None
        # The folding the search index triggers call (migration 0005).
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


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, poolclass=NullPool if read_only else None)
    event.listen(engine, "connect", _on_connect(read_only))
    event.listen(engine, "begin", _begin)
    return engine


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def check_header(path: Path) -> None:
    """Refuse, with a clear message, a file that is not an SQLite database at all."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseReadOnlyError(
            f"{path}: cannot read the database file ({exc.strerror})"
        ) from exc
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the database file ({exc.strerror})") from exc
    if head and head != SQLITE_HEADER:
        raise DatabaseCorruptError(f"{path} is not a bnldesk database (not an SQLite file)")


def explain(exc: BaseException, path: Path) -> StoreError:
    """Turn a driver error into a sentence a delegate can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"{path} is in use by another program (another bnldesk window?); close it and retry"
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return DatabaseReadOnlyError(f"{path} is read-only: changes cannot be saved")
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFullError(
            f"{path}: the disk is full or failing ({getattr(exc, 'orig', exc)}); "
            "nothing was saved, free some space and retry"
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseCorruptError(
            f"{path} is damaged ({getattr(exc, 'orig', exc)}); restore it from a backup"
        )
    if "unable to open" in text:
        return StoreError(f"{path}: cannot open the database file")
    return StoreError(f"{path}: {getattr(exc, 'orig', exc)}")


class Store:
    """An open database: the engine, a session factory and a few facts about the file."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed as a whole, or rolled back as a whole."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except IntegrityError:
            raise  # a broken rule is a bug in the caller, not the environment's fault
        except (OperationalError, DatabaseError) as exc:
            raise explain(exc, self.path) from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        except (OperationalError, DatabaseError) as exc:
            raise explain(exc, self.path) from exc
        finally:
            session.close()

    def database_id(self) -> str:
        with self.read() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == "database_id"))
        return value or ""

    def close(self) -> None:
        self.engine.dispose()


# A hook the backup service installs so that a migration of an existing file is preceded by a
# backup, without the store importing the services layer.
BeforeMigrate = Callable[[Path, Engine, str | None], None]
_before_migrate_hooks: list[BeforeMigrate] = []


def add_before_migrate_hook(hook: BeforeMigrate) -> None:
    if hook not in _before_migrate_hooks:
        _before_migrate_hooks.append(hook)


def _holds_nothing(session: Session) -> bool:
    return not any(
        session.scalar(select(table.id).limit(1)) for table in (Plan, Programme, Annotation)
    )


def open_store(path: Path | str, *, demo: bool = True, read_only: bool = False) -> Store:
    """Open (creating if needed) the database at ``path``, migrated to the current schema.

    A new file is filled with the bundled demo data unless ``demo`` is false.
    """
    path = Path(path).expanduser()
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and read_only:
        raise StoreError(f"{path} does not exist")
    if not is_new:
        check_header(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder {path.parent} ({exc.strerror})") from exc
    engine = make_engine(path, read_only=read_only)
    try:
        store = Store(path, engine, read_only=read_only)
        if not read_only:

            def before(current: str | None) -> None:
                if current is not None:
                    for hook in _before_migrate_hooks:
                        hook(path, engine, current)

            migrations.upgrade(engine, before=before)
            with store.transaction() as s:
                if s.get(Setting, "database_id") is None:
                    # A new file, or one whose first opening was cut short after its schema.
                    s.add(Setting(key="database_id", value=new_uuid()))
                    if demo and _holds_nothing(s):
                        from bnldesk.store.demo import load_demo

                        load_demo(s)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise explain(exc, path) from exc
    except BaseException:
        engine.dispose()
        raise
    return store
