"""Setting up and upgrading a delegation server (``bnldesk server init``), and its delegates' roles.

Run by the server's administrator, connected as a role that may create roles and tables (a
superuser, or the database's owner with CREATEROLE):

1. the group role :data:`DELEGATE_ROLE` (no login) that every delegate's own role joins;
2. the ``unaccent`` extension (revision 0002's search index used it; the migrations still pass
   through it), and ``amcheck`` for ``bnldesk check`` where the administrator may create it;
3. the migrations, to the current schema (one transaction), and the search index of what they
   marked (:mod:`bnldesk.store.pg_index`);
4. the rights of :data:`DELEGATE_ROLE`: reading and writing bnldesk's tables, never changing
   them; and the same for tables later migrations add (default privileges). The search index
   and the tags are written only through bnldesk's functions (migrations 0007 and 0009): a
   delegate reads ``search_document`` and ``tag``, and cannot read private entries at all;
5. the database's id, and with ``demo`` the bundled demo plans in a database that holds none.

Running it again upgrades the schema and renews the rights; it never removes anything.
Delegates' roles are made by :func:`add_delegate` (``bnldesk server add-delegate NAME``): a
login role in :data:`DELEGATE_ROLE` whose password is hashed here (SCRAM) before it is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import Plan, Programme, Setting, new_uuid
from bnldesk.store import migrations
from bnldesk.store.backend import AskPassword, ServerAddress, make_server_engine
from bnldesk.store.engine import Store
from bnldesk.store.errors import classify_server

DELEGATE_ROLE = "bnldesk_delegate"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class ServerAdminError(BnldeskError):
    """A server set-up step that cannot be done as asked; the message says why."""


@dataclass
class InitReport:
    """What ``server init`` did: the schema revision before and after, and each step."""

    where: str
    revision_before: str | None
    revision_after: str
    steps: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _try(conn: Connection, sql: str) -> bool:
    """Run ``sql`` in a savepoint; whether it worked (an optional step the role may not do)."""
    try:
        with conn.begin_nested():
            conn.execute(text(sql))
    except DatabaseError:
        return False
    return True


def init_server(
    address: ServerAddress, *, demo: bool = False, ask_password: AskPassword | None = None
) -> InitReport:
    """Set up or upgrade the bnldesk schema on a server (see the module's docstring).

    Raises a :class:`~bnldesk.store.errors.StoreError` for an unreachable server, a refused
    login, missing rights (SQLSTATE 42501) and the like; the migrations are all-or-nothing.
    """
    engine = make_server_engine(address, ask_password=ask_password)
    where = address.display
    try:
        with engine.connect() as conn:
            before = migrations.current_revision(conn)
            report = InitReport(where, before, before or "")
            with conn.begin():
                _prepare_server(conn, report)
        if migrations.upgrade(engine):
            report.steps.append(f"migrated the schema from {before or 'nothing'} to the head")
        with engine.connect() as conn:
            with conn.begin():
                _grant(conn)
            report.steps.append(f"granted {DELEGATE_ROLE} the use of bnldesk's tables")
            report.revision_after = migrations.current_revision(conn) or ""
    except (OperationalError, DatabaseError, InterfaceError) as exc:
        raise classify_server(exc, where) or exc from exc
    finally:
        engine.dispose()
    store = Store(address, make_server_engine(address, ask_password=ask_password))
    try:
        with store.transaction() as session:
            _fill_new_database(session, report, demo=demo)
    finally:
        store.close()
    return report


def _prepare_server(conn: Connection, report: InitReport) -> None:
    """What the migrations need of a server, made once: the delegates' group role and the
    unaccent extension (amcheck where allowed); a collation other than C is warned about."""
    exists = conn.scalar(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": DELEGATE_ROLE}
    )
    if not exists:
        conn.execute(text(f"CREATE ROLE {DELEGATE_ROLE} NOLOGIN"))
        report.steps.append(f"created the group role {DELEGATE_ROLE}")
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    if not _try(conn, "CREATE EXTENSION IF NOT EXISTS amcheck"):
        report.warnings.append(
            "amcheck could not be installed (superuser only): 'bnldesk check' "
            "will not check the indexes' structure"
        )
    collation = conn.scalar(
        text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
    )
    if collation not in ("C", "C.UTF-8", "C.utf8", "POSIX"):
        report.warnings.append(
            f"the database sorts text by {collation}: lists sort as on a laptop "
            "only with the C.UTF-8 collation (CREATE DATABASE ... LOCALE 'C.UTF-8')"
        )


def _fill_new_database(session: Session, report: InitReport, *, demo: bool) -> None:
    """Give a new server database its id, and the demo plans when asked and it holds none."""
    if session.get(Setting, "database_id") is None:
        session.add(Setting(key="database_id", value=new_uuid()))
        report.steps.append("gave the database its id")
    holds_plans = session.query(Plan.id).first() or session.query(Programme.id).first()
    if demo and not holds_plans:
        from bnldesk.store.demo import load_demo

        load_demo(session)
        report.steps.append("loaded the demo plans")


def _grant(conn: Connection) -> None:
    role = DELEGATE_ROLE
    for sql in (
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {role}",
        # The search index: written by the tables' triggers and bnldesk_search_store only.
        f"REVOKE INSERT, UPDATE, DELETE ON search_document, tag FROM {role}",
        f"REVOKE ALL ON search_private, search_pending FROM {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE "
        f"ON TABLES TO {role}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",
    ):
        conn.execute(text(sql))


def add_delegate(
    address: ServerAddress,
    name: str,
    password: str,
    *,
    ask_password: AskPassword | None = None,
) -> None:
    """Create (or renew the password of) the login role ``name`` in :data:`DELEGATE_ROLE`.

    The password is hashed with SCRAM-SHA-256 by libpq before it is sent, so it appears in no
    server log. Raises :class:`ServerAdminError` for a name PostgreSQL would need quoted for
    (lower-case letters, digits, ``_ . -``; the name delegates type) or an empty password.
    """
    if not _ROLE_NAME.match(name) or name.startswith("pg_"):
        raise ServerAdminError(
            f"'{name}' cannot be a delegate's user name: use lower-case letters, digits, "
            "'_', '.' or '-' (at most 63), not starting with pg_"
        )
    if not password:
        raise ServerAdminError("a delegate's role needs a password")
    engine = make_server_engine(address, ask_password=ask_password)
    try:
        with engine.connect() as conn, conn.begin():
            raw = conn.connection.dbapi_connection
            pgconn = getattr(raw, "pgconn", None)
            if pgconn is None:
                raise ServerAdminError("the server connection cannot hash passwords")
            hashed = pgconn.encrypt_password(
                password.encode(), name.encode(), b"scram-sha-256"
            ).decode()
            exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
            verb = "ALTER" if exists else "CREATE"
            # The hash (base64 and '$', ':', '=') is sent as it is: no placeholder syntax.
            conn.exec_driver_sql(
                f"{verb} ROLE {_quote(name)} LOGIN PASSWORD '{hashed.replace(chr(39), '')}'"
            )
            conn.execute(text(f"GRANT {DELEGATE_ROLE} TO {_quote(name)}"))
    except (OperationalError, DatabaseError, InterfaceError) as exc:
        raise classify_server(exc, address.display) or exc from exc
    finally:
        engine.dispose()
