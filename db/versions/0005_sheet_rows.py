"""sheet rows: which rows of an imported notes sheet created which notes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sheet_row",
        sa.Column("sheet_key", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("note_uuid", sa.String(length=36), nullable=False),
        sa.Column("baseline", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sheet_key", "row_key"),
    )
    with op.batch_alter_table("sheet_row", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sheet_row_note_uuid"), ["note_uuid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sheet_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sheet_row_note_uuid"))
    op.drop_table("sheet_row")
