"""Whether this process still holds its database file (trial 9, N1: data loss).

SQLite keeps a database consistent between programs with POSIX locks, and closing any
descriptor of a file drops every such lock the process holds on it. A process that lost its
locks (a descriptor of the file opened and closed by other code) is taken for gone: the next
program to close the file checkpoints and deletes the write-ahead log (``-wal``) and its index
(``-shm``) while this process still writes into them. From then on its writes reach no other
program, and its last checkpoint overwrites what others wrote meanwhile.

:func:`hold_lost` tells it afterwards, from outside SQLite: the path no longer names the file
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


def hold_lost(path: Path, opened: FileIdentity) -> type[HoldLostError] | None:
    """Why this process no longer holds the database at ``path``, opened as ``opened``: the
    :class:`~bnldesk.store.errors.HoldLostError` subclass of the cause; None while it holds
    it. Never opens the file (only ``stat``
    and, on Linux, ``readlink`` of this process's descriptors)."""
    now = identity(path)
    if now is None:
        return DatabaseMovedError
    if now != opened:
        return DatabaseReplacedError
    if sys.platform.startswith("linux"):
        return _deleted_under_us(path)
    return None


def _deleted_under_us(path: Path) -> type[HoldLostError] | None:
    real = os.path.realpath(path)
    deleted = {real + suffix + _DELETED for suffix in ("-wal", "-shm")}
    try:
        entries = os.listdir(_DESCRIPTORS)
    except OSError:  # no /proc (a container without it): nothing more to tell
        return None
    for entry in entries:
        try:
            target = os.readlink(_DESCRIPTORS / entry)
        except OSError:  # closed meanwhile, or the listing's own descriptor
            continue
        if target in deleted:
            return WriteAheadLogDeletedError
    return None


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
