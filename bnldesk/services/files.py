"""Writing output files so that a failure never leaves half a file or loses the previous one.

Every file bnldesk produces (briefs, workbooks, bundles, calendars) is written to a temporary
name in the target folder, flushed to disk and renamed over the target only when complete.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bnldesk.domain.errors import BnldeskError


class ExportError(BnldeskError):
    """A file could not be written; the message says why and what to do."""


def file_mode() -> int:
    """The permissions a new file gets under the process's umask (0o666 & ~umask).

    Read from /proc where it exists: setting the umask to read it back is not thread-safe.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _describe(exc: OSError, target: Path) -> str:
    folder = target.parent
    code = exc.errno
    if code == errno.ENOENT:
        return f"the folder {folder} does not exist; choose another folder"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write in the folder {folder} (permission denied); choose another folder"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk holding {folder} is full; free some space and try again"
    if code == errno.EISDIR:
        return f"{target} is a folder, not a file name"
    if code == errno.ENOTDIR:
        return f"{folder} is not a folder"
    return f"cannot write {target} ({exc.strerror or exc})"


@contextlib.contextmanager
def atomic_write(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; on success it replaces ``target``.

    On any failure the temporary file is removed and ``target`` is left as it was; OS errors
    become :class:`ExportError` with a message a delegate can act on.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise ExportError(f"{target} is a folder, not a file name")
    if not target.parent.is_dir():
        raise ExportError(f"the folder {target.parent} does not exist; choose another folder")
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise ExportError(_describe(exc, target)) from exc
    # mkstemp makes the file private (0600); the finished file follows the umask like any other.
    if hasattr(os, "fchmod"):  # POSIX; on Windows the folder's permissions apply
        with contextlib.suppress(OSError):
            os.fchmod(fd, file_mode())
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            raise ExportError(_describe(exc, target)) from exc
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportError(
                f"{target} is open in another program (Excel, a PDF reader?) or read-only; "
                "close it and try again"
            ) from exc
        except OSError as exc:
            raise ExportError(_describe(exc, target)) from exc
        with contextlib.suppress(OSError):
            # Make the rename itself durable (POSIX only; Windows cannot open a folder).
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` through :func:`atomic_write`."""
    with atomic_write(target) as tmp:
        tmp.write_bytes(data)
    return Path(target).expanduser()
