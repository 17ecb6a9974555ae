"""Schema migrations: a fresh database and an existing one take the same path to ``head``.

One Alembic history serves SQLite files and PostgreSQL servers; a revision whose SQL differs
between them branches on ``op.get_bind().dialect.name`` (the search table, 0002) or names both
dialects' options (``sqlite_where`` beside ``postgresql_where``, 0004).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from bnldesk.domain.errors import BnldeskError
from bnldesk.paths import migrations_path
from bnldesk.store.errors import (
    NewerSchemaError,
    NotABnldeskDatabaseError,
    classify,
    classify_server,
)
from bnldesk.store.revisions import head_revision as head_revision_of
from bnldesk.store.revisions import revision_graph

if TYPE_CHECKING:
    from alembic.config import Config


def quick_head() -> str | None:
    """The head revision read straight from db/versions, without importing Alembic.

    Importing Alembic costs a tenth of a second at every start, for nothing when the database is
    current; a test keeps this equal to Alembic's own answer.
    """
    return head_revision_of(migrations_path().joinpath("versions"))


def known_revisions() -> set[str]:
    """The schema revisions this version of bnldesk knows (db/versions); others are newer."""
    return revision_graph(migrations_path().joinpath("versions"))[0]


class MigrationError(BnldeskError, RuntimeError):
    """A migration could not bring the file to the current schema (it was rolled back)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for bnldesk's migrations; with ``connection``, they run on that
    connection (inside its transaction)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    cfg.set_main_option("sqlalchemy.url", "sqlite://")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_HEAD: str | None = None


def head_revision() -> str:
    """The newest revision of the bundled migrations (read once). Raises
    :class:`MigrationError` when the installation has none."""
    global _HEAD
    if _HEAD is None:
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        if head is None:
            raise MigrationError(
                "no migrations found in " + str(migrations_path()),
                code="migrations_missing",
                values=(str(migrations_path()),),
            )
        _HEAD = head
    return _HEAD


def _has_tables(connection: Connection) -> bool:
    try:
        return bool(inspect(connection).get_table_names())
    finally:
        connection.rollback()


def current_revision(connection: Connection) -> str | None:
    """The schema revision of the database, or None for one without bnldesk's tables."""
    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, ProgrammingError):  # no such table (SQLite / PostgreSQL)
        return None
    finally:
        connection.rollback()
    return rows[0][0] if len(rows) == 1 else None


def _where(engine: Engine) -> Path | str:
    if engine.dialect.name == "sqlite":
        return Path(engine.url.database or "")
    return engine.url.render_as_string(hide_password=True).replace("+psycopg", "")


def upgrade(
    engine: Engine,
    target: str = "head",
    *,
    before: Callable[[str | None], None] | None = None,
) -> bool:
    """Bring the schema to ``target``; returns whether anything ran.

    ``before(current_revision)`` runs first when there is work to do (the caller takes a backup
    there). Batch migrations rebuild tables, so foreign keys are off while they run and checked
    afterwards.

    Raises :class:`~bnldesk.store.errors.NewerSchemaError` for a file written by a newer
    bnldesk (a revision this version does not know), before anything is written or backed up,
    and :class:`~bnldesk.store.errors.NotABnldeskDatabaseError` for an SQLite file with tables
    but no bnldesk schema.
    """
    with engine.connect() as conn:
        current = current_revision(conn)
        foreign_tables = current is None and _has_tables(conn)
    if current is not None and target == "head" and current == quick_head():
        return False
    path = _where(engine)
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(path, current)
    if foreign_tables:
        raise NotABnldeskDatabaseError(path, "an SQLite file of another program")
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return False
    if before is not None:
        before(current)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        # Batch migrations rebuild SQLite tables: foreign keys must be off, and PRAGMA
        # foreign_keys is ignored inside a transaction, so it goes to the driver before anything
        # begins. PostgreSQL alters tables in place and checks references as it goes.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            _run_steps(
                conn, target, path, sqlite=sqlite, index=not sqlite and wanted == quick_head()
            )
        except DBAPIError as exc:
            raise _update_fault(exc, path, current, sqlite=sqlite) from exc
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
    return True


def _run_steps(
    conn: Connection, target: str, path: Path | str, *, sqlite: bool, index: bool
) -> None:
    """Every migration up to ``target`` in one transaction (both databases have
    transactional DDL: a migration cut short leaves the database as it was); then a server's
    search index written (``index``) and, on SQLite, the references checked."""
    from alembic import command

    with conn.begin():
        command.upgrade(alembic_config(conn), target)
        if index:
            # A server's index is written by bnldesk: what the migrations marked (every
            # object, when the index was rebuilt) is indexed now.
            from bnldesk.store.pg_index import index_pending

            index_pending(conn)
        if sqlite:
            _check_references(conn, path)


def _check_references(conn: Connection, path: Path | str) -> None:
    """Raises :class:`MigrationError` when the migrations left rows pointing at rows that are
    not there (SQLite checks foreign keys only when asked, and they were off)."""
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise MigrationError(
            f"the migration left {len(problems)} broken references "
            f"(first in table {problems[0][0]})",
            code="migration_broken_references",
            values=(str(path), len(problems), str(problems[0][0])),
        )


def _update_fault(
    exc: DBAPIError, path: Path | str, current: str | None, *, sqlite: bool
) -> BnldeskError:
    """The error a failed update is shown as: a full disk or a lock as such; anything else
    means the tables do not match the version the file claims (an update cut short by an
    older bnldesk)."""
    fault = classify(exc, Path(path)) if sqlite else classify_server(exc, str(path))
    if fault is not None:
        return fault
    return MigrationError(
        f"{path} could not be updated to this version of bnldesk: its tables do not "
        f"match its database version {current} ({type(exc.orig).__name__})",
        code="migration_tables_mismatch",
        values=(str(path), str(current), type(exc.orig).__name__),
    )


def _main(argv: list[str]) -> int:
    """Developer entry point: ``python -m bnldesk.store.migrations revision "message"``."""
    if len(argv) >= 2 and argv[0] == "revision":
        from alembic import command
        from sqlalchemy import create_engine

        engine = create_engine("sqlite://")
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
            command.revision(alembic_config(conn), message=argv[1], autogenerate=True)
        return 0
    print('usage: python -m bnldesk.store.migrations revision "message"', file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
