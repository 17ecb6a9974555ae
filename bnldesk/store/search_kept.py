"""What recent search hits show, kept between the searches on one database file (issue 15).

A search reads, for its hits, what each shows from the object's own table (the FTS5 index is
contentless: :mod:`bnldesk.store.search_reading`). Searches typed one after the other find
mostly the same objects again: each keystroke of a word ranks the newest titles that match it,
and "b", "be", "bel" share most of them, as they share the newest notes. Reading a hit's
year, label and text costs SQLite about twice what finding it costs, so the rows
read lately are kept and only the others are read.

What is kept is only ever what the database says now: the rows are dropped whenever the file
may have changed since they were read (:meth:`KeptRows.valid_for`: a write committed through
bnldesk's engine, a write by another connection or process, which SQLite's ``data_version``
tells, or a write on the same connection, which its ``total_changes`` tells). Rows are kept
per connection (a connection is used by one thread at a time) and their number is bounded
(the oldest read go first), a few megabytes at most; they live in the process that searches,
as the hits do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from bnldesk.store.search_reading import Shown

__all__ = ["KEPT_MOST", "KeptRows"]

# Rows kept: 4,096 rows of about 500 characters, some 2-4 MB. A row longer than KEPT_LONGEST
# characters (a whole document pasted into a note) is read again each time rather than kept,
# so that a few long rows cannot hold much more memory than the many short ones.
KEPT_MOST = 4096
KEPT_LONGEST = 5000


@dataclass
class KeptRows:
    """The rows recent searches read through ``connection``, per rowid (what each hit
    shows; the titles a search ranks by are kept beside the index, migration 0012).
    ``stamp`` says for which state of the file (engine commits, data version, the
    connection's own changes)."""

    connection: sqlite3.Connection
    stamp: tuple[int, int, int] | None = None
    rows: Shown = field(default_factory=dict)
    # The folded words of the titles recent searches ranked (search_title_words), per rowid.
    words: dict[int, str] = field(default_factory=dict)

    def valid_for(self, commits: int) -> None:
        """Drop every row kept unless the file is as it was when they were read, seen
        through :attr:`connection` inside its read transaction (call it after the
        transaction's first statement: SQLite learns of other connections' writes when it
        takes its read lock); ``commits``: writes committed through the engine so far."""
        connection = self.connection
        (version,) = connection.execute("PRAGMA data_version").fetchone()
        stamp = (commits, int(version), connection.total_changes)
        if stamp != self.stamp:
            self.rows.clear()
            self.words.clear()
            self.stamp = stamp

    def current(self, commits: int) -> bool:
        """Whether title words are kept and no write committed through the engine since
        (checked before the search's first statement; :meth:`valid_for` checks the rest)."""
        return bool(self.words) and self.stamp is not None and self.stamp[0] == commits

    def missing(self, rowids: list[int]) -> list[int]:
        """Those of ``rowids`` not kept."""
        rows = self.rows
        return [rowid for rowid in rowids if rowid not in rows]

    def shown(self, rowids: list[int]) -> Shown:
        """What the kept ones of ``rowids`` show."""
        rows = self.rows
        found: Shown = {}
        for rowid in rowids:
            row = rows.get(rowid)
            if row is not None:
                found[rowid] = row
        return found

    def keep_words(self, read: dict[int, str]) -> None:
        """Keep titles' folded words just read, the oldest dropped beyond :data:`KEPT_MOST`."""
        words = self.words
        words.update(read)
        while len(words) > KEPT_MOST:
            del words[next(iter(words))]

    def keep(self, read: Shown) -> None:
        """Keep rows just read but those longer than :data:`KEPT_LONGEST` characters, the
        oldest kept dropped beyond :data:`KEPT_MOST`."""
        rows = self.rows
        for rowid, row in read.items():
            if len(row[1]) + len(row[2]) + len(row[3]) <= KEPT_LONGEST:
                rows[rowid] = row
        while len(rows) > KEPT_MOST:
            del rows[next(iter(rows))]
