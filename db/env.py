"""Alembic environment for bnldesk. Run by bnldesk.store.migrations, never by hand on a live file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from bnldesk.domain.models import Base

config = context.config


def _run(connection: Connection) -> None:
    # SQLite cannot ALTER most things: batch mode rebuilds tables instead.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
