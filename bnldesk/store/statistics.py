"""The query planner's statistics of a database file (SQLite's ``ANALYZE``).

Without statistics SQLite guesses that an equality on any indexed column finds ten rows. On a
file with many plans it then chose, for a search within "Kind = objective", to look each
note's project up by its kind (``ix_plan_item_kind_flagship``: a fifth of every item) rather
than by its identity key: 100-200 s for one search on the 4x benchmark database, 50 ms with
statistics (issue 15). bnldesk never ran ANALYZE, while the benchmark database had statistics
from its builder, so no benchmark showed it. Statistics are taken where the data grows in bulk
(after an import, and once by migration 0013 for existing files), sampled
(``analysis_limit``): under a second on the 4x database. A PostgreSQL server keeps its own
(autovacuum analyses).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:  # the engine runs the migrations, one of which calls analyse
    from bnldesk.store.engine import Store

# Rows SQLite samples per index (PRAGMA analysis_limit): statistics good enough to tell a key
# from a kind, at a bounded cost whatever the size.
ANALYSIS_LIMIT = 1000


def analyse(connection: Connection) -> None:
    """Take the planner's statistics of every table on ``connection`` (a SQLite file's, inside
    its transaction). Raises what SQLAlchemy raises for a locked or read-only file."""
    connection.execute(text(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}"))
    connection.execute(text("ANALYZE"))


def refresh(store: Store) -> None:
    """Take the planner's statistics of ``store``'s file in a transaction of its own; nothing
    on a server. Raises the store's errors (:class:`~bnldesk.store.errors.StoreError`)."""
    if store.is_server:
        return
    with store.transaction() as session:
        analyse(session.connection())
