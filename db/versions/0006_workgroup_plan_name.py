"""each plan keeps the name it printed for a workgroup

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 02:20:00

A workgroup is one row across the years (its notes follow it), named as the newest plan names
it; ``workgroup_plan.name`` keeps the name each plan printed, so the 2013 plan does not show a
2014 title and a retitled workgroup is reported as changed. Existing links get the workgroup's
current name, the best there is for plans imported before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("workgroup_plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.Text(), nullable=True))
    op.execute(
        "UPDATE workgroup_plan SET name = "
        "(SELECT workgroup.name FROM workgroup WHERE workgroup.id = workgroup_plan.workgroup_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("workgroup_plan", schema=None) as batch_op:
        batch_op.drop_column("name")
