"""``bnldesk check`` on a delegation server: the server's own checks, never a file's.

A server keeps its own consistency (write-ahead log, foreign keys checked on every write,
checksums if the cluster has them), so the check asks it what it can tell:

* ``schema``: the bnldesk schema revision is the one this version expects;
* ``read every table``: every row of every bnldesk table the role may read is read (a damaged
  page or checksum failure answers with SQLSTATE XX001/XX002, reported as damage; a delegate
  may not read the private search entries and the index's queue at all);
* ``amcheck``: with the ``amcheck`` extension (``server init`` installs it where allowed),
  ``bt_index_check`` on every B-tree index of bnldesk's tables; skipped, and said so, without it;
* ``search index``: every searchable object has exactly its one search entry and none waits to
  be indexed (:func:`bnldesk.store.search_pg.index_check`); skipped with ``quick``.

Problems are the report's lines; faults that are not damage (an unreachable server, a refused
login) raise their own :class:`~bnldesk.store.errors.StoreError`. Row-level security applies:
a delegate's check reads what that delegate may read.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError

from bnldesk.store import migrations
from bnldesk.store.check import CheckReport
from bnldesk.store.engine import Store
from bnldesk.store.errors import DatabaseCorruptError
from bnldesk.store.search_pg import index_check


def check_server(store: Store, *, quick: bool = False) -> CheckReport:
    """The server's own checks of the database ``store`` is connected to (see the module)."""
    report = CheckReport(Path(), where=store.where)
    with store.read() as session:
        revision = migrations.current_revision(session.connection())
        if revision != migrations.quick_head():
            report.problems.append(f"schema version {revision}, expected {migrations.quick_head()}")
        report.checks.append(("schema", "ok" if revision == migrations.quick_head() else "failed"))
        tables = sorted(inspect(session.connection()).get_table_names())
        readable = [
            table
            for table in tables
            if session.scalar(
                text("SELECT has_table_privilege(CAST(:t AS regclass), 'SELECT')"), {"t": table}
            )
        ]
        try:
            for table in readable:
                session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            report.checks.append(("read every table", "ok"))
        except DatabaseError as exc:
            fault = store.explain(exc)
            if not isinstance(fault, DatabaseCorruptError):
                raise fault from exc
            report.problems.append(f"reading the tables failed: {exc.orig}")
            report.checks.append(("read every table", "failed"))
            session.rollback()
        has_amcheck = session.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'"))
        may_use = has_amcheck and session.scalar(
            text("SELECT has_function_privilege('bt_index_check(regclass)', 'execute')")
        )
        if not has_amcheck:
            report.checks.append(("amcheck", "skipped (extension not installed)"))
        elif not may_use:
            report.checks.append(("amcheck", "skipped (the administrator's check)"))
        else:
            broken = _index_problems(store, tables)
            report.problems.extend(broken)
            report.checks.append(("amcheck", "failed" if broken else "ok"))
        if quick:
            return report
        wrong = index_check(session)
        if wrong:
            report.problems.append(f"search index: {wrong}")
        report.checks.append(("search index", "failed" if wrong else "ok"))
    return report


def _index_problems(store: Store, tables: list[str]) -> list[str]:
    problems = []
    with store.read() as session:
        indexes = session.execute(
            text(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_am a ON a.oid = c.relam "
                "WHERE a.amname = 'btree' AND t.relname = ANY(:tables) ORDER BY c.relname"
            ),
            {"tables": tables},
        ).scalars()
        for name in list(indexes):
            try:
                with session.begin_nested():
                    session.execute(
                        text("SELECT bt_index_check(CAST(:name AS regclass))"), {"name": name}
                    )
            except DatabaseError as exc:
                fault = store.explain(exc)
                if isinstance(fault, DatabaseCorruptError):
                    problems.append(f"index {name}: {exc.orig}")
                    continue
                if type(fault) is not type(exc):
                    raise fault from exc
                problems.append(f"index {name} could not be checked: {exc.orig}")
    return problems
