"""Real faults of the environment for the tests: a small disk that can be filled to the last byte.

A 6 MB tmpfs needs root (CI runs as root); elsewhere :func:`small_disk` yields ``None`` and
the tests fall back to a fault injected at the operating-system call (and say so).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

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
