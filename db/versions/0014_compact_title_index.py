"""the title index merged into one segment, as every import now leaves it

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 03:00:00

Measured on bench/make_big_db.py's database (issue 15): the title index of migration 0012
(``search_title_fts``) had 27 segments, and FTS5 seeks a search's words in each of them: the
title pass of a one-letter search took 209 us (p50) against 120 us once merged, and it runs
beside every search typed. An import now merges it after writing the plan
(``bnldesk.store.statistics.refresh``); this does it once for a file written before. Nothing
changes in what is found or its order. A server's index is PostgreSQL's (nothing to do).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from bnldesk.store.statistics import compact_title_index

        compact_title_index(bind)


def downgrade() -> None:
    """Nothing to undo: the index holds the same rows in fewer segments."""
