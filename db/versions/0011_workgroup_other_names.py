"""workgroups are searchable by every name a plan printed for them

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:00:00

A workgroup row carries one name (that of the plans in the database's majority language,
revision 0008); each plan keeps the name it printed in ``workgroup_plan.name``. The search
index held the row's name only, so after a French plan was imported into a database of Dutch
plans, "identification des risques" found nothing (eighth delegate trial). ``other_names``
holds the other names plans printed, one per line; the index files it as the workgroup's
``extra`` field (empty until now) on a file and on a server; the importer keeps it up to date
(``bnldesk.store.structure.name_workgroups``).

On a file the workgroup's FTS5 triggers are made again with the new field (a contentless index
removes a row by the values it indexed, so every workgroup is taken out with the old values
first and filed again with the new). On a server the marking trigger also fires on the new
column and every workgroup is marked to be indexed again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KIND_SPAN = 4294967296  # 2**32, frozen from migration 0007: each kind's rowids start at code * span
_WORKGROUP_CODE = 5
_FIELDS = "title, code, body, about, extra"


def _values(row: str, extra: str) -> str:
    """The rowid and folded fields of workgroup ``row`` (0007's expressions, ``extra`` new)."""
    folded = ", ".join(
        f"bnldesk_fold({expression})"
        for expression in (f"{row}.name", f"{row}.code", f"{row}.description", "''", extra)
    )
    return f"{_WORKGROUP_CODE} * {KIND_SPAN} + {row}.id, {folded}"


def _other_names(bind: Any) -> dict[int, str]:
    """Per workgroup id: the names its plans printed other than the row's, one per line, in
    the order first printed (oldest plan first)."""
    names: dict[int, list[str]] = defaultdict(list)
    rows = bind.execute(
        sa.text(
            "SELECT wp.workgroup_id, wp.name, w.name FROM workgroup_plan wp "
            "JOIN workgroup w ON w.id = wp.workgroup_id JOIN plan p ON p.id = wp.plan_id "
            "WHERE wp.name IS NOT NULL AND wp.name <> '' ORDER BY p.year, p.id"
        )
    )
    for workgroup_id, printed, carried in rows:
        if printed != carried and printed not in names[int(workgroup_id)]:
            names[int(workgroup_id)].append(str(printed))
    return {workgroup_id: "\n".join(found) for workgroup_id, found in names.items() if found}


def _fill(bind: Any) -> None:
    for workgroup_id, names in _other_names(bind).items():
        bind.execute(
            sa.text("UPDATE workgroup SET other_names = :names WHERE id = :id"),
            {"names": names, "id": workgroup_id},
        )


def upgrade() -> None:
    bind = op.get_bind()
    op.execute("ALTER TABLE workgroup ADD COLUMN other_names TEXT NOT NULL DEFAULT ''")
    if bind.dialect.name == "postgresql":
        _fill(bind)
        _mark_on_server("name, code, description, other_names")
        return
    from bnldesk.store.fts import register_sql_functions

    register_sql_functions(bind.connection.dbapi_connection)
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS search_workgroup_{suffix}")
    add = f"INSERT INTO search_fts (rowid, {_FIELDS}) SELECT "
    remove = f"INSERT INTO search_fts (search_fts, rowid, {_FIELDS}) SELECT 'delete', "
    op.execute(f"{remove}{_values('src', repr(''))} FROM workgroup AS src")
    _fill(bind)
    op.execute(f"{add}{_values('src', 'src.other_names')} FROM workgroup AS src")
    _make_triggers("other_names")


def _mark_on_server(columns: str) -> None:
    """The server's marking trigger on ``columns`` of workgroup (0007's function), and every
    workgroup marked to be indexed again."""
    op.execute("DROP TRIGGER IF EXISTS search_workgroup_mark ON workgroup")
    op.execute(
        f"CREATE TRIGGER search_workgroup_mark AFTER INSERT OR DELETE OR UPDATE OF {columns} "
        "ON workgroup FOR EACH ROW EXECUTE FUNCTION search_workgroup_mark()"
    )
    op.execute(
        f"INSERT INTO search_pending (rowid, gone) SELECT {_WORKGROUP_CODE} * "
        f"{KIND_SPAN}::bigint + id, FALSE FROM workgroup ON CONFLICT (rowid) DO NOTHING"
    )


def _make_triggers(extra_column: str | None) -> None:
    """0007's three workgroup triggers, filing ``extra_column`` as the extra field ('' for
    none)."""
    add = f"INSERT INTO search_fts (rowid, {_FIELDS}) SELECT "
    remove = f"INSERT INTO search_fts (search_fts, rowid, {_FIELDS}) SELECT 'delete', "
    columns = "name, code, description" + (f", {extra_column}" if extra_column else "")

    def extra(row: str) -> str:
        return f"{row}.{extra_column}" if extra_column else "''"

    op.execute(
        "CREATE TRIGGER search_workgroup_ai AFTER INSERT ON workgroup BEGIN "
        f"{add}{_values('NEW', extra('NEW'))}; END"
    )
    op.execute(
        "CREATE TRIGGER search_workgroup_ad AFTER DELETE ON workgroup BEGIN "
        f"{remove}{_values('OLD', extra('OLD'))}; END"
    )
    op.execute(
        f"CREATE TRIGGER search_workgroup_au AFTER UPDATE OF {columns} ON workgroup BEGIN "
        f"{remove}{_values('OLD', extra('OLD'))}; {add}{_values('NEW', extra('NEW'))}; END"
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_workgroup_mark ON workgroup")
        op.execute("ALTER TABLE workgroup DROP COLUMN other_names")
        _mark_on_server("name, code, description")
        return
    from bnldesk.store.fts import register_sql_functions

    register_sql_functions(bind.connection.dbapi_connection)
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS search_workgroup_{suffix}")
    remove = f"INSERT INTO search_fts (search_fts, rowid, {_FIELDS}) SELECT 'delete', "
    add = f"INSERT INTO search_fts (rowid, {_FIELDS}) SELECT "
    op.execute(f"{remove}{_values('src', 'src.other_names')} FROM workgroup AS src")
    with op.batch_alter_table("workgroup") as batch:
        batch.drop_column("other_names")
    op.execute(f"{add}{_values('src', repr(''))} FROM workgroup AS src")
    _make_triggers(None)
