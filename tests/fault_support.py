"""Real faults of the environment for the tests: a small disk that can be filled to the last byte,
a database file whose tables do not match its version.

A 6 MB tmpfs needs root (CI runs as root); elsewhere :func:`small_disk` yields ``None`` and
the tests fall back to a fault injected at the operating-system call (and say so).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bnldesk.services import backup
from bnldesk.services.files import ExportError, write_atomically
from bnldesk.store import migrations
from bnldesk.store.engine import make_engine, open_store

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def mounted(*command: str) -> Iterator[bool]:
    """Run a mount command; yields whether it worked (unmounted again afterwards)."""
    target = command[-1]
    done = subprocess.run(command, capture_output=True).returncode == 0
    try:
        yield done
    finally:
        if done:
            subprocess.run(["umount", "-l", target], capture_output=True, check=False)


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path | None]:
    """``folder`` on a 6 MB tmpfs of its own when root, else None."""
    folder.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        yield None
        return
    with mounted("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)) as ok:
        yield folder if ok else None


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[bool]:
    """Make the existing file ``path`` one nobody may replace, root included (``chattr +i``,
    as a file on a read-only share or locked by another program is on Windows); yields whether
    that worked (root and a file system with the flag), and clears the flag afterwards."""
    done = (
        IS_ROOT
        and shutil.which("chattr") is not None
        and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    )
    try:
        yield done
    finally:
        if done:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)


def refused_replacing(target: Path) -> ExportError:
    """Write "previous" to ``target``, make it a file nobody may replace
    (:func:`read_only_file`), and return the :class:`ExportError` an atomic write over it
    raises; skips the test where the file cannot be made so (not root, no chattr)."""
    target.write_bytes(b"previous")
    with read_only_file(target) as read_only:
        if not read_only:
            pytest.skip("a file nobody may replace needs root and chattr")
        with pytest.raises(ExportError) as refused:
            write_atomically(target, b"PK new")
    return refused.value


def fill(folder: Path) -> Path:
    """Fill the disk holding ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 512, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size) == size:
                    pass
    finally:
        os.close(fd)
    return filler


def full_disk_with_a_backup(disk: Path) -> str:
    """A database ``plan.db`` on ``disk`` (a :func:`small_disk`) with one backup, then the disk
    filled to its last byte: where a restore that fills the disk starts. Returns the backup's
    file name."""
    open_store(disk / "plan.db").close()
    made = backup.backup_database(disk / "plan.db", force=True)
    assert made is not None
    fill(disk)
    return made.name


def left_at_0005_without_a_table(db_path: Path) -> None:
    """Write at ``db_path`` a database that an update cut short left at version 0005 without its
    ``workgroup_plan`` table: its tables do not match the version it claims."""
    engine = make_engine(db_path)
    try:
        migrations.upgrade(engine, "0005")
    finally:
        engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TABLE workgroup_plan")
    conn.close()
