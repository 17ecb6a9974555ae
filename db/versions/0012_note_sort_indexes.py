"""indexes that give the notes list in each of its sort orders without sorting every note

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 20:40:00

The notes list sorted by a column of the window (what a note is on, its status or its
priority; ``bnldesk.store.browse.NOTE_SORTS``: that column either way, then the newest first)
had no index in its order: SQLite read every live note and sorted them for the first page.
On the 4x benchmark database (400,000 notes) that was 185-217 ms of CPU before the first
row showed, and a search typed right after the sort waited behind it (issue 15; 50-58 ms
at 1x). Each order gets an index in exactly that order after ``deleted_at`` (the list's
``deleted_at IS NULL``), one for ascending and one for descending (the newest-first
tie-break is the same either way, so one index read backwards cannot serve both): the first
page is then the first 200 entries of an index, whatever the number of notes. Not partial
indexes: without ANALYZE statistics (bnldesk never runs it), SQLite takes an index whose
first column the WHERE clause names by equality and whose rest gives the order, over
``ix_annotation_live``; a partial index lost to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Index name part -> the sorted column or expression (NOTE_SORTS's, without the alias).
SORTED = {
    "target": "(lower(target_label))",  # an expression: in brackets for PostgreSQL
    "status": "status",
    "priority": "priority",
}
DIRECTIONS = {"up": "ASC", "down": "DESC"}


def index_names() -> list[str]:
    """The names of the indexes this revision adds."""
    return [
        f"ix_annotation_live_by_{name}_{direction}" for name in SORTED for direction in DIRECTIONS
    ]


def upgrade() -> None:
    for name, expression in SORTED.items():
        for direction, keyword in DIRECTIONS.items():
            # Written out as SQL (the same text on SQLite and PostgreSQL): an expression
            # with a direction.
            op.execute(
                f"CREATE INDEX ix_annotation_live_by_{name}_{direction} ON annotation "
                f"(deleted_at, {expression} {keyword}, updated_at DESC, id DESC)"
            )


def downgrade() -> None:
    for index in index_names():
        op.execute(f"DROP INDEX IF EXISTS {index}")
