"""indexes that give the central lists in their column orders without sorting every row

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 20:40:00

Measured on bench/make_big_db.py's database at 4x (400,000 notes, 207,360 items; issue 15):
the notes list sorted by a column of the window (what a note is on, its status or its
priority; ``bnldesk.store.browse.NOTE_SORTS``: that column either way, then the newest first)
had no index in its order, so SQLite read every live note and sorted them for the first page:
185-217 ms of CPU (50-58 ms at 1x), and a search typed right after the sort waited behind it.
The items list sorted by title (``ITEM_SORTS["title"]``) sorted every item: 70-81 ms (22 ms
at 1x), and its last page 872 ms.

Each order gets an index in exactly that order, one for ascending and one for descending (the
tie-break is the same either way, so one index read backwards cannot serve both): the first
page is then the first rows of an index, whatever the size, and the last page (read from the
end, ``browse._page_window``) the same index read backwards. The notes' indexes start with
``deleted_at`` (the list's ``deleted_at IS NULL``) rather than being partial: without ANALYZE
statistics (bnldesk never runs it) SQLite takes an index whose first column the WHERE clause
names by equality and whose rest gives the order, and preferred ``ix_annotation_live`` with a
sort over a partial index.

On a file it also takes the query planner's statistics (``bnldesk.store.statistics``): without
them a search within "Kind = objective" looked each note's project up by its kind, 100-200 s
on the 4x database.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DIRECTIONS = {"up": "ASC", "down": "DESC"}

# Index name -> (table, the columns, with {d} where the list's direction goes). Written out as
# SQL, the same text on SQLite and PostgreSQL (an expression is in brackets for PostgreSQL).
INDEXES = {
    "ix_annotation_live_by_target": (
        "annotation",
        "deleted_at, (lower(target_label)) {d}, updated_at DESC, id DESC",
    ),
    "ix_annotation_live_by_status": (
        "annotation",
        "deleted_at, status {d}, updated_at DESC, id DESC",
    ),
    "ix_annotation_live_by_priority": (
        "annotation",
        "deleted_at, priority {d}, updated_at DESC, id DESC",
    ),
    "ix_plan_item_by_title": ("plan_item", "(lower(title)) {d}, id"),
}


_HOLDS_DATA = (
    "SELECT EXISTS (SELECT 1 FROM plan_item) OR EXISTS (SELECT 1 FROM annotation) "
    "OR EXISTS (SELECT 1 FROM workgroup)"
)


def index_names() -> list[str]:
    """The names of the indexes this revision adds."""
    return [f"{name}_{direction}" for name in INDEXES for direction in DIRECTIONS]


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        for direction, keyword in DIRECTIONS.items():
            op.execute(
                f"CREATE INDEX {name}_{direction} ON {table} ({columns.replace('{d}', keyword)})"
            )
    bind = op.get_bind()
    # A file with plans or notes gets the planner's statistics; a new, empty one none (ANALYZE
    # would only make an empty sqlite_stat1: its first import takes them). A server's
    # autovacuum keeps its own.
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(_HOLDS_DATA).scalar():
        from bnldesk.store.statistics import analyse

        analyse(bind)


def downgrade() -> None:
    for index in index_names():
        op.execute(f"DROP INDEX IF EXISTS {index}")
