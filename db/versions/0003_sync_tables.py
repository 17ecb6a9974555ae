"""sync tables: version history, conflicts and peers for sharing notes between laptops

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 08:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_history",
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("version_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("record_uuid", "version_hash"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("loser_hash", sa.String(length=64), nullable=False),
        sa.Column("loser_data", sa.Text(), nullable=False),
        sa.Column("winner_hash", sa.String(length=64), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("uuid"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_record_uuid"), ["record_uuid"], unique=False
        )
    op.create_table(
        "sync_peer",
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("last_bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("last_bundle_created_at", sa.DateTime(), nullable=True),
        sa.Column("last_received_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("database_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_record_uuid"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_history")
