"""indexes for the desktop window's filtered lists over many years of notes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 09:00:00

Partial indexes over live notes only (``deleted_at IS NULL``): the list of plan items filtered
on "has notes", a note status or priority reads the notes' targets from the first index alone,
and the notes list filtered on a plan year walks the second in date order. Both are partial on
SQLite and on PostgreSQL (``sqlite_where`` and ``postgresql_where``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_annotation_live_target",
        "annotation",
        ["target_kind", "target_key", "status", "priority"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index(
        "ix_annotation_live_year",
        "annotation",
        ["plan_year", "updated_at"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_annotation_live_year", table_name="annotation")
    op.drop_index("ix_annotation_live_target", table_name="annotation")
