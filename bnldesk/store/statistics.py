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

At the same moments the title index (``search_title_fts``, migration 0012) is merged into one
segment (:func:`compact_title_index`). FTS5 adds a segment for each batch of rows written and
merges them only now and then: the benchmark database's title index had 27, and every search
seeks its words in each of them, newest first, before it finds one title (issue 15: the title
pass of a one-letter search 209 us against 120 us on one segment, p50). Only plans write
titles in bulk, so it stays compact between imports; the big index of notes (``search_fts``),
written by every note saved, is left to FTS5's own merging.
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


def compact_title_index(connection: Connection) -> None:
    """Merge the title index of a SQLite file into one segment (FTS5's ``optimize``), on
    ``connection`` inside its transaction: some 0.14 s of CPU at 55,000 titles. Raises what
    SQLAlchemy raises for a locked or read-only file."""
    connection.execute(text("INSERT INTO search_title_fts(search_title_fts) VALUES ('optimize')"))


def refresh(store: Store) -> None:
    """Take the planner's statistics of ``store``'s file and compact its title index, in a
    transaction of its own; nothing on a server. Raises the store's errors
    (:class:`~bnldesk.store.errors.StoreError`)."""
    if store.is_server:
        return
    with store.transaction() as session:
        analyse(session.connection())
        compact_title_index(session.connection())
