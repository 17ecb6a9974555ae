"""a note records who made its last change

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 10:00:00

The note's footer named its author as the one who last changed it: after Jan Jansen edited a
note Els de Vries had shared, it still said "— Els de Vries" (trial 17). ``edited_by`` holds the
name of whoever saved the note's current version (the preferences' author name of the laptop it
was saved on; kept as received from another laptop). Empty for notes saved before: who last
changed them is not known, and the footer then names no one for the change.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on both backends: the table (and a file's search triggers) stay.
    op.add_column(
        "annotation", sa.Column("edited_by", sa.String(200), nullable=False, server_default="")
    )


def downgrade() -> None:
    # A plain DROP COLUMN on both backends (SQLite 3.35 and later): a batch copy of the table
    # would lose what it cannot reflect (0013's expression indexes, the search triggers).
    op.execute("ALTER TABLE annotation DROP COLUMN edited_by")
