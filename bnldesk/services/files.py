"""Writing output files so that a failure never leaves half a file or loses the previous one.

Every file bnldesk produces (briefs, workbooks, bundles, calendars) is written to a temporary
name in the target folder (``.<name>.XXXXXXXX.part``), flushed to disk and renamed over the
target only when complete. A write that is killed leaves its temporary file behind;
:func:`remove_leftovers` removes those (and the ``.tmp`` files of killed backups) at the next
start or the next write into the same folder: only files bnldesk names so, untouched for
:data:`LEFTOVER_AGE`, and not locked by a writer that is still alive.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import re
import string
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from bnldesk.domain.errors import BnldeskError
from bnldesk.store.hold import refuse_open_database


class ExportError(BnldeskError):
    """A file could not be written; the message says why and what to do."""


# The temporary file's name: ``.<name>.`` + 8 of these + ``.part`` (what _LEFTOVER matches).
_PART_LETTERS = string.ascii_lowercase + string.digits + "_"
_PART_ATTEMPTS = 100  # names tried before giving up (tempfile.TMP_MAX is 10,000)


def _create_part(target: Path) -> tuple[int, Path]:
    """Create and open ``.<name>.XXXXXXXX.part`` beside ``target``; returns (descriptor, path).

    Made with mode 0o666 so that the kernel applies the umask as to any new file: the finished
    file gets the mode a delegate's other files get (0o644 under umask 022, 0o600 under 077)
    without reading the umask, whose only portable reading (``os.umask``) changes it for every
    thread for a moment (a backup written meanwhile could come out readable by all).
    ``tempfile.mkstemp`` has no mode (it makes 0o600). Raises ``OSError`` as ``os.open`` does.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    choose = random.SystemRandom()
    for _attempt in range(_PART_ATTEMPTS):
        letters = "".join(choose.choice(_PART_LETTERS) for _letter in range(8))
        path = target.parent / f".{target.name}.{letters}.part"
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _write_error(exc: OSError, target: Path) -> ExportError:
    """The :class:`ExportError` for an ``OSError`` met writing ``target``, by its errno."""
    folder = target.parent
    code = exc.errno
    if code == errno.ENOENT:
        return _folder_missing(folder)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            f"cannot write in the folder {folder} (permission denied); choose another folder",
            code="export_folder_read_only",
            values=(str(folder),),
        )
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(
            f"the disk holding {folder} is full; free some space and try again",
            code="export_disk_full",
            values=(str(folder),),
        )
    if code == errno.EISDIR:
        return _target_is_folder(target)
    if code == errno.ENOTDIR:
        return _not_a_folder(folder)
    return ExportError(
        f"cannot write {target} ({exc.strerror or exc})",
        code="export_cannot_write",
        values=(str(target),),
    )


def _folder_missing(folder: Path) -> ExportError:
    return ExportError(
        f"the folder {folder} does not exist; choose another folder",
        code="export_folder_missing",
        values=(str(folder),),
    )


def _not_a_folder(folder: Path) -> ExportError:
    """A file stands where the folder to write in should be (trial 7: it was said to be
    missing)."""
    return ExportError(
        f"{folder} is not a folder",
        code="export_not_a_folder",
        values=(str(folder),),
    )


def _target_is_folder(target: Path) -> ExportError:
    return ExportError(
        f"{target} is a folder, not a file name",
        code="export_target_is_folder",
        values=(str(target),),
    )


@contextlib.contextmanager
def atomic_write(target: Path | str, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; on success it replaces ``target``.

    With ``mode`` (``0o600`` for private text) the temporary file gets that mode before
    anything is written in it, so the finished file is never readable by others, not even
    between the rename and a later ``chmod``; without it the umask decides
    (:func:`_create_part`). On any failure the temporary file is removed and ``target`` is left
    as it was; OS errors become :class:`ExportError` with a message a delegate can act on.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise _target_is_folder(target)
    # An export over the open database (or its log) would replace the file under the window.
    refuse_open_database(target)
    if not target.parent.is_dir():
        raise (
            _not_a_folder(target.parent)
            if target.parent.exists()
            else _folder_missing(target.parent)
        )
    try:
        fd, tmp = _create_part(target)
        if mode is not None:
            os.chmod(tmp, mode)
    except OSError as exc:
        raise _write_error(exc, target) from exc
    held = _hold(fd)  # a live writer's temporary file is never taken for a leftover (POSIX)
    remove_leftovers(target.parent, names=[target.name])
    try:
        try:
            yield tmp
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            raise _write_error(exc, target) from exc
        move_into_place(tmp, target)
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
        if held is not None:
            os.close(held)


def move_into_place(finished: Path, target: Path) -> None:
    """Rename the complete file ``finished`` over ``target`` (same folder).

    Raises :class:`ExportError` saying why in the delegate's terms: ``target`` open in another
    program or read-only ("export_file_open"), else as any write fault (:func:`_write_error`).
    """
    try:
        os.replace(finished, target)
    except PermissionError as exc:
        raise ExportError(
            f"{target} is open in another program (Excel, a PDF reader?) or read-only; "
            "close it and try again",
            code="export_file_open",
            values=(str(target),),
        ) from exc
    except OSError as exc:
        raise _write_error(exc, target) from exc


def write_atomically(target: Path | str, data: bytes, *, mode: int | None = None) -> Path:
    """Write ``data`` to ``target`` through :func:`atomic_write` (``mode``: as there)."""
    with atomic_write(target, mode=mode) as tmp:
        tmp.write_bytes(data)
    return Path(target).expanduser()


def private_folder(folder: Path) -> Path:
    """``folder`` (made with its parents when missing) readable by its owner alone (0o700).

    ``mkdir``'s mode is filtered by the umask and ignored for a folder already there, so the
    mode is set afterwards as well. Returns ``folder``; raises ``OSError`` as ``mkdir`` and
    ``chmod`` do (a file standing where the folder should be: ``FileExistsError``).
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)
    return folder


# A temporary file untouched this long belongs to a write that was killed.
LEFTOVER_AGE = 15 * 60  # seconds
_LEFTOVER = re.compile(r"^\.(?P<name>.+?)(\.[A-Za-z0-9_]{8}\.part|\.tmp|\.restoring)$")


def _hold(fd: int) -> int | None:
    """Keep ``fd`` open with an advisory lock while the file is written (POSIX); elsewhere
    close it at once (Windows cannot rename or delete an open file)."""
    if sys.platform == "win32":  # pragma: no cover
        os.close(fd)
        return None
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _held_by_a_live_writer(path: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows refuses to delete an open file
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def remove_leftovers(
    folder: Path, *, names: Iterable[str] | None = None, now: float | None = None
) -> list[Path]:
    """Remove the temporary files killed writes left in ``folder``; returns what was removed.

    Only hidden files named as bnldesk names them (``.<name>.XXXXXXXX.part``, ``.<name>.tmp``,
    ``.<name>.restoring``), for the target ``names`` if given, untouched for
    :data:`LEFTOVER_AGE` seconds and not locked by a live writer. Never raises.
    """
    wanted = set(names) if names is not None else None
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or (wanted is not None and match["name"] not in wanted):
            continue
        path = Path(entry.path)
        try:
            if not entry.is_file() or now - entry.stat().st_mtime < LEFTOVER_AGE:
                continue
            if path.with_name(f".{match['name']}.swap-journal").exists():
                continue  # the copy a journalled restore will finish with
            if _held_by_a_live_writer(path):
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed
