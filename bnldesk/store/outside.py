"""Noticing that another program changed the database: the command line, a second window,
a received bundle or a server sync writing to the same file or server.

:class:`OutsideChanges` answers "did anyone else commit since I last looked?" cheaply enough to
be asked every few seconds on the database worker. On a file it compares the size and time
of change of the database file and its write-ahead log, which every commit changes (a
connection of its own reading ``PRAGMA data_version`` would be cheaper still, but an extra open
connection keeps SQLite from folding the log into the file when the window's connections
close, and holds the file while a restore replaces it); the writer tells it after each of
the window's own writes (:meth:`settle`), so only other programs' commits count. On a server it compares a stamp of the delegation's records
(their latest change time and number) and of the plans. Both also say whether the plans
changed, so that the window reloads its plan tree only then.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from bnldesk.store.engine import Store

# The records delegates write, and the plans (their number and newest id).
_RECORDS_STAMP = """
SELECT (SELECT max(updated_at) FROM annotation), (SELECT count(*) FROM annotation),
       (SELECT max(updated_at) FROM action_item), (SELECT count(*) FROM action_item),
       (SELECT max(updated_at) FROM meeting), (SELECT count(*) FROM meeting),
       (SELECT max(updated_at) FROM agenda_item), (SELECT count(*) FROM agenda_item),
       (SELECT count(*) FROM sync_conflict)
"""
_PLANS_STAMP = "SELECT count(*), max(id) FROM plan"


@dataclass(frozen=True)
class Seen:
    """What a look found: whether anything was committed by others, and whether plans changed."""

    changed: bool
    plans: bool = False


class OutsideChanges:
    """Whether other programs committed to ``store`` since the last look.

    Every method runs on the one thread that writes (the database worker): :meth:`look` from
    a low-frequency timer and when the window is activated, :meth:`settle` right after each of
    the window's own writes.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._version: object = None
        self._plans: object = None

    def _stamp(self) -> object:
        if self.store.is_server:
            with self.store.read() as session:
                return tuple(session.execute(text(_RECORDS_STAMP)).one())
        return tuple(_file_stamp(path) for path in _journal_files(self.store.path))

    def _plans_stamp(self) -> object:
        with self.store.read() as session:
            return tuple(session.execute(text(_PLANS_STAMP)).one())

    def settle(self) -> None:
        """What is stored now is known (called after one of the window's own writes)."""
        self._version = self._stamp()
        self._plans = self._plans_stamp()

    def look(self) -> Seen:
        """Whether another program committed since the last look or :meth:`settle`; the first
        look only takes the baseline. Raises ``sqlite3.Error`` or a :class:`StoreError` when the
        database cannot be read (the caller looks again later), and
        :class:`~bnldesk.store.errors.HoldLostError` as soon as this process no longer holds
        its file (what it writes reaches no other program: the delegate must know at once)."""
        self.store.check_hold()
        version = self._stamp()
        if self._version is None:
            self._version, self._plans = version, self._plans_stamp()
            return Seen(False)
        if version == self._version:
            return Seen(False)
        self._version = version
        plans = self._plans_stamp()
        plans_changed = plans != self._plans
        self._plans = plans
        return Seen(True, plans_changed)

    def close(self) -> None:
        """Nothing is held open between looks (kept for the callers' symmetry)."""


def _journal_files(path: Path) -> tuple[Path, Path]:
    """The database file and its write-ahead log."""
    return path, path.with_name(path.name + "-wal")


def _file_stamp(path: Path) -> tuple[int, int] | None:
    """(time of last change in ns, size) of ``path``; None when it does not exist."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
