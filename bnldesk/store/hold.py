"""Whether this process still holds its database file (trial 9, N1: data loss).

SQLite keeps a database consistent between programs with POSIX locks, and closing any
descriptor of a file drops every such lock the process holds on it. A process that lost its
locks (a descriptor of the file opened and closed by other code) is taken for gone: the next
program to close the file checkpoints and deletes the write-ahead log (``-wal``) and its index
(``-shm``) while this process still writes into them. From then on its writes reach no other
program, and its last checkpoint overwrites what others wrote meanwhile.

:class:`HoldWatch` tells it afterwards, from outside SQLite: the path no longer names the file
opened (replaced, moved, deleted), or, on Linux, one of this process's descriptors of the
file, its ``-wal`` or ``-shm`` points at a deleted file (``/proc/self/fd``, what
``ls -l /proc/PID/fd`` shows as ``l4.db-wal (deleted)``). Elsewhere only the first is seen.

:func:`refuse_open_database` keeps it from happening through a file the delegate chooses: the
databases this process has open are known here (:func:`held`), and a document to import, a
bundle to receive, a sheet to read or a file to write that is one of them, their -wal, -shm
or -journal (by device and inode, whatever the spelling) is refused before it is opened.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from bnldesk.store.errors import (
    DatabaseMovedError,
    DatabaseReplacedError,
    HoldLostError,
    OpenDatabaseFileError,
    WriteAheadLogDeletedError,
)

_DELETED = " (deleted)"  # how Linux ends the link of a descriptor whose file was deleted
_DESCRIPTORS = Path("/proc/self/fd")
_COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database


@dataclass(frozen=True)
class FileIdentity:
    """A file as the system knows it, whatever path names it: device and inode numbers."""

    device: int
    inode: int


def identity(path: Path) -> FileIdentity | None:
    """The identity of the file at ``path`` (symlinks followed), None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return FileIdentity(status.st_dev, status.st_ino)


class HoldWatch:
    """Tells whether this process still holds the database at ``path``, opened as
    ``opened`` (see the module), cheaply enough to ask at every write.

    On Linux the descriptors SQLite opened on the file's -wal and -shm are found once by
    reading ``/proc/self/fd`` (about 30 microseconds a descriptor on a loaded machine), then
    only ``fstat``-ed: a link count of 0 is a log deleted under a live connection. They are
    looked for again when one of them was closed or reused (this process's own last
    connection closed: SQLite then deletes its log itself, with the descriptor).
    """

    def __init__(self, path: Path, opened: FileIdentity) -> None:
        self.path = path
        self.opened = opened
        real = os.path.realpath(path)
        self._logs = {real + suffix for suffix in ("-wal", "-shm")}
        self._watched: dict[int, FileIdentity] = {}  # descriptor -> the log it was found on

    def lost(self) -> type[HoldLostError] | None:
        """Why this process no longer holds the file: the
        :class:`~bnldesk.store.errors.HoldLostError` subclass of the cause; None while it
        holds it. Never opens the file (``stat``, ``fstat``, ``readlink`` only)."""
        now = identity(self.path)
        if now is None:
            return DatabaseMovedError
        if now != self.opened:
            return DatabaseReplacedError
        if not sys.platform.startswith("linux"):
            return None
        if not self._still_watched():
            deleted = self._look_for_logs()
            if deleted:
                return WriteAheadLogDeletedError
        for descriptor in self._watched:
            if os.fstat(descriptor).st_nlink == 0:
                return WriteAheadLogDeletedError
        return None

    def _still_watched(self) -> bool:
        if not self._watched:
            return False
        for descriptor, log in self._watched.items():
            try:
                status = os.fstat(descriptor)
            except OSError:
                return False
            if FileIdentity(status.st_dev, status.st_ino) != log:
                return False
        return True

    def _look_for_logs(self) -> bool:
        """Find SQLite's descriptors of the -wal and -shm; whether one shows its file deleted."""
        self._watched = {}
        try:
            entries = os.listdir(_DESCRIPTORS)
        except OSError:  # no /proc (a container without it): nothing more to tell
            return False
        for entry in entries:
            try:
                target = os.readlink(_DESCRIPTORS / entry)
                if target.removesuffix(_DELETED) not in self._logs:
                    continue
                if target.endswith(_DELETED):
                    return True
                status = os.fstat(int(entry))
            except (OSError, ValueError):  # closed meanwhile, or the listing's own
                continue
            self._watched[int(entry)] = FileIdentity(status.st_dev, status.st_ino)
        return False


# The database files this process has open, with how many stores hold each (see held()).
_OPEN: dict[FileIdentity, tuple[Path, int]] = {}


def held(path: Path, opened: FileIdentity) -> None:
    """Note that a store of this process holds the database ``path`` (file ``opened``)."""
    _, count = _OPEN.get(opened, (path, 0))
    _OPEN[opened] = (path, count + 1)


def released(opened: FileIdentity) -> None:
    """Note that a store holding the file ``opened`` was closed."""
    path, count = _OPEN.get(opened, (Path(), 0))
    if count <= 1:
        _OPEN.pop(opened, None)
    else:
        _OPEN[opened] = (path, count - 1)


def open_database_of(path: Path) -> Path | None:
    """The database this process has open that ``path`` names, itself or its -wal, -shm or
    -journal, compared by device and inode (a symlink, a relative path or another spelling
    names the same file); None for any other file. Only ``stat``, never an open."""
    chosen = identity(path)
    if chosen is None or not _OPEN:
        return None
    for opened, (database, _count) in list(_OPEN.items()):
        if identity(database) != opened:
            # Deleted, moved or replaced since (a store never closed): its inode number may
            # now be another file's, which must not be taken for it.
            continue
        if chosen == opened:
            return database
        for suffix in _COMPANIONS:
            if identity(database.with_name(database.name + suffix)) == chosen:
                return database
    return None


def refuse_open_database(path: Path) -> None:
    """Raise :class:`~bnldesk.store.errors.OpenDatabaseFileError` when ``path`` is a database
    this process has open or one of its companion files: reading or writing it through any
    descriptor but SQLite's would drop this process's locks on it (see the module)."""
    database = open_database_of(path)
    if database is not None:
        raise OpenDatabaseFileError(path, database)
