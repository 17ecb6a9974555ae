"""Opening a database safely for the desktop application.

* One bnldesk window per database: an advisory lock file (``<db>.lock``, ``fcntl``/``msvcrt``)
  held while the window is open. A second instance opens the database read-only and says so,
  instead of failing later with "database is locked".
* At start, ``quick_check``; a damaged file is reported (the GUI then offers the newest good
  backup) rather than opened. Only real damage is reported so: an empty, foreign, newer,
  locked or unreadable file, a full disk or a read-only folder raise their own
  :class:`~bnldesk.store.errors.StoreError` subclass, each with its own offer in the GUI.
* A file in a folder that cannot be written opens read-only, and says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO

from bnldesk.store.check import CheckReport, check_database
from bnldesk.store.engine import Store, open_store, place_is_writable
from bnldesk.store.migrations import MigrationError


class InstanceLock:
    """An advisory, non-blocking lock on ``<db>.lock``; released by the OS if the process dies.

    On a normal release the holder removes the file (trial 11: it stayed beside the database
    after every quit). Removing a lock file races with a process that opened it just before:
    that one would lock a file no longer in the folder while a third locks a new one. So the
    holder removes the file while it still holds the lock, and whoever takes the lock checks
    that the file it locked is still the one at the path (same device and inode), and starts
    again if not. On Windows an open file cannot be removed: it stays there.
    """

    ATTEMPTS = 5  # a file removed under us this many times in a row: someone else has it

    def __init__(self, db_path: Path | str) -> None:
        db_path = Path(db_path)
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._fh is not None

    def acquire(self) -> bool:
        """Take the lock without waiting (and write this process's id in the lock file); False
        when another bnldesk holds it. A folder where no lock file can be made counts as taken."""
        if self._fh is not None:
            return True
        for _attempt in range(self.ATTEMPTS):
            try:
                # Unbuffered: on a full disk the pid is simply not written, and closing
                # cannot fail.
                fh = self.path.open("a+b", buffering=0)
            except OSError:
                # A read-only folder: no other instance can write either; let SQLite decide.
                return True
            if not _lock(fh):
                fh.close()
                return False
            if _still_at(fh, self.path):
                self._write_pid(fh)
                return True
            # The holder removed the file between our open and our lock: lock the new one.
            fh.close()
        return False

    def _write_pid(self, fh: IO[bytes]) -> None:
        """Keep ``fh`` as the held lock, with this process's id in it (for a person looking)."""
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()).encode())
            fh.flush()
        except OSError:
            pass
        self._fh = fh

    def release(self) -> None:
        """Give the lock up and remove its file (nothing when not held). The file is removed
        while the lock is still held, so no process can have locked it meanwhile; one that
        opened it before sees it gone once it locks it (see the class)."""
        if self._fh is None:
            return
        if sys.platform != "win32" and _still_at(self._fh, self.path):
            with contextlib.suppress(OSError):  # a read-only folder now: the file stays
                self.path.unlink()
        try:
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None


def _lock(fh: IO[bytes]) -> bool:
    """Lock the open file without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _still_at(fh: IO[bytes], path: Path) -> bool:
    """Whether the open file ``fh`` is still the file at ``path`` (not removed or replaced)."""
    if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
        return True
    try:
        held, named = os.fstat(fh.fileno()), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


class ReadOnlyReason(Enum):
    """Why the window's database was opened read-only (the window words it in its language)."""

    READ_ONLY_ON_DISK = "read-only on disk"  # the file or its folder cannot be written
    OPEN_ELSEWHERE = "open in another window"  # another bnldesk window holds the lock
    CHOSEN = "opened read-only"  # the delegate chose "open read-only" after a fault


@dataclass
class GuardedOpen:
    """What the GUI gets at start: a store (or none), why it is read-only (None when it is
    writable), and what is damaged (``notices`` and ``damage``: the check's own words)."""

    store: Store | None
    lock: InstanceLock | None
    notices: list[str] = field(default_factory=list)
    damage: CheckReport | None = None
    read_only_reason: ReadOnlyReason | None = None

    @property
    def damaged(self) -> bool:
        """Whether the database was found damaged."""
        return self.damage is not None

    def close(self) -> None:
        """Close the store and release the lock (what of them there is)."""
        if self.store is not None:
            self.store.close()
        if self.lock is not None:
            self.lock.release()


def _drop_backups_since(db_path: Path, started: dt.datetime) -> None:
    """Forget the before-update backup this failed attempt made: it holds the same broken file
    (which is kept anyway) and must not be offered as the newest good backup."""
    from bnldesk.services.backup import list_backups

    for backup in list_backups(db_path):
        if backup.created >= started and backup.reason.startswith("before-migrate"):
            backup.path.unlink(missing_ok=True)


def remove_start_leftovers(db_path: Path) -> list[Path]:
    """Remove what killed writes left beside the database, in its backups and set-aside
    folders and in the default export folder (see :func:`bnldesk.services.files.remove_leftovers`)."""
    from bnldesk.paths import backups_dir, default_export_dir
    from bnldesk.services.files import remove_leftovers

    folders = [
        db_path.parent,
        backups_dir(db_path),
        backups_dir(db_path) / "set-aside",
        default_export_dir(),
    ]
    removed: list[Path] = []
    for folder in folders:
        removed += remove_leftovers(folder)
    return removed


def open_guarded(db_path: Path | str, *, demo: bool = True) -> GuardedOpen:
    """Open the database for the GUI: quick_check, instance lock, read-only fallback.

    Never raises for a damaged file: ``damage`` is set and ``store`` is None, so the caller can
    offer a restore. Every other fault raises its own ``StoreError`` subclass (empty file,
    newer schema, locked, full disk, ...), with no lock left held and no backup written.
    """
    db_path = Path(db_path)
    remove_start_leftovers(db_path)
    exists = db_path.exists()
    if exists:
        report = check_database(db_path, quick=True)  # raises for faults that are not damage
        if not report.ok:
            return GuardedOpen(None, None, [report.summary()], report)
    lock = InstanceLock(db_path)
    reason: ReadOnlyReason | None = None
    lock_held: InstanceLock | None = None
    if exists and not place_is_writable(db_path):
        reason = ReadOnlyReason.READ_ONLY_ON_DISK
    elif not lock.acquire():
        reason = ReadOnlyReason.OPEN_ELSEWHERE
    else:
        lock_held = lock
    read_only = reason is not None
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        store = open_store(db_path, demo=demo, read_only=read_only and exists)
    except MigrationError as exc:
        if lock_held is not None:
            lock_held.release()
        _drop_backups_since(db_path, started)
        # A file that passes quick_check but cannot be brought to the current schema (an
        # update interrupted by a crash): the backup taken before the update is the way out.
        report = CheckReport(db_path, [f"it cannot be opened: {exc}"])
        return GuardedOpen(None, None, [str(exc)], report)
    except BaseException:
        if lock_held is not None:
            lock_held.release()
        raise
    return GuardedOpen(store, lock_held, read_only_reason=reason)
