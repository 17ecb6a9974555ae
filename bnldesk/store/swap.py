"""Putting another database file in place of the current one, so that a kill at any moment leaves
the old or the new database at the path, never none.

The swap is journalled. :func:`swap_in` takes a complete, checked file (``incoming``, in the
database's folder) and:

1. writes a journal (``.<name>.swap-journal``, itself written under a temporary name and renamed)
   naming ``incoming`` and where the replaced file is kept (``aside``);
2. checkpoints the current file's WAL into it, so the file alone holds every commit;
3. keeps the current file at ``aside`` (a hard link, or a copy where links are not possible) with
   copies of its ``-wal``/``-shm``;
4. removes the current ``-wal``/``-shm`` (they belong to the old file and would be replayed into
   the new one);
5. renames ``incoming`` over the path (``os.replace``: atomic);
6. removes the journal.

The path holds the old file until step 5 and the new one from then on. A swap cut short is
finished by :func:`recover`, which every opening of the database calls first: while the journal
and a sound ``incoming`` exist, the swap is carried through; without ``incoming``, step 5 was
done and only the journal is removed.

Tests kill the process at each step through :data:`on_step` (see tests/test_faults.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")
STEPS = ("journal", "checkpoint", "aside", "companions", "replace", "done")


def _no_step(_name: str) -> None:
    return None


# Called with each name in STEPS just before that step runs; tests replace it to kill the process.
on_step: Callable[[str], None] = _no_step


@dataclass(frozen=True)
class SwapPlan:
    """What to swap: ``incoming`` replaces ``db_path``; the replaced file is kept at ``aside``."""

    db_path: Path
    incoming: Path
    aside: Path


def file_uri(path: Path, options: str) -> str:
    """An SQLite URI for ``path`` (percent-encoded: ``#``, ``?`` and ``%`` are allowed in file
    names) with ``options`` such as ``mode=ro``."""
    return f"{path.absolute().as_uri()}?{options}"


def journal_path(db_path: Path) -> Path:
    """The journal a swap of ``db_path`` keeps beside it (``.NAME.swap-journal``)."""
    return db_path.with_name(f".{db_path.name}.swap-journal")


def fsync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_journal(plan: SwapPlan) -> None:
    journal = journal_path(plan.db_path)
    tmp = journal.with_name(journal.name + ".tmp")
    data = {"incoming": str(plan.incoming), "aside": str(plan.aside)}
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, journal)
    fsync_folder(journal.parent)


def _read_journal(db_path: Path) -> SwapPlan | None:
    journal = journal_path(db_path)
    unfinished = journal.with_name(journal.name + ".tmp")
    if unfinished.exists():
        unfinished.unlink()  # a journal never completed: the swap never started
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        return SwapPlan(db_path, Path(data["incoming"]), Path(data["aside"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Written under a temporary name and renamed: an unreadable journal is not ours.
        return None


def _checkpoint(db_path: Path) -> None:
    """Fold the WAL into the file, best effort: while another program reads the file, SQLite
    cannot fold in what was written after that read began, and the WAL is kept aside with the
    file (tests/test_restore_damaged_wal.py)."""
    if not db_path.with_name(db_path.name + "-wal").exists():
        return
    try:
        conn = sqlite3.connect(file_uri(db_path, "mode=rw"), uri=True, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def _keep_aside(db_path: Path, aside: Path) -> None:
    aside.parent.mkdir(parents=True, exist_ok=True)
    if not aside.exists():
        tmp = aside.with_name(f".{aside.name}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            os.link(db_path, tmp)
        except OSError:  # a file system without hard links (FAT stick, some network shares)
            shutil.copy2(db_path, tmp)
        os.replace(tmp, aside)
    for suffix in COMPANIONS:
        extra = db_path.with_name(db_path.name + suffix)
        kept = aside.with_name(aside.name + suffix)
        if extra.exists() and not kept.exists():
            part = kept.with_name(f".{kept.name}.tmp")
            shutil.copy2(extra, part)
            os.replace(part, kept)
    fsync_folder(aside.parent)


def _drop_companions(db_path: Path) -> None:
    for suffix in COMPANIONS:
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def _finish(plan: SwapPlan, *, first_run: bool) -> None:
    step = on_step if first_run else _no_step
    if plan.db_path.exists():
        step("checkpoint")
        _checkpoint(plan.db_path)
        step("aside")
        _keep_aside(plan.db_path, plan.aside)
    step("companions")
    _drop_companions(plan.db_path)
    # A damage noted for the replaced file does not concern the new one (and a swap cut short
    # from here on is finished by recover()).
    plan.db_path.with_name(f".{plan.db_path.name}.damaged").unlink(missing_ok=True)
    step("replace")
    os.replace(plan.incoming, plan.db_path)
    fsync_folder(plan.db_path.parent)
    step("done")
    journal_path(plan.db_path).unlink(missing_ok=True)
    fsync_folder(plan.db_path.parent)


def swap_in(plan: SwapPlan) -> None:
    """Replace ``plan.db_path`` by ``plan.incoming`` (complete and checked by the caller).

    No connection may be open on the database. Raises ``OSError`` when a step fails before the
    rename: the journal is then removed again and the path keeps the old file.
    """
    on_step("journal")
    _write_journal(plan)
    try:
        _finish(plan, first_run=True)
    except OSError:
        if plan.incoming.exists():  # the rename did not happen: the old file is in place
            _drop_alias(plan)
            journal_path(plan.db_path).unlink(missing_ok=True)
        raise


def recover(db_path: Path) -> bool:
    """Carry through a swap that was cut short at ``db_path``; returns whether one was found.

    Called before every opening of the database. Raises ``OSError`` if the folder cannot be
    written (the journal then stays for the next attempt).
    """
    plan = _read_journal(db_path)
    if plan is None:
        return False
    if plan.incoming.exists() and _is_sound(plan.incoming):
        _finish(plan, first_run=False)
    else:
        # The rename was done (incoming is the file at the path now), or incoming never became
        # whole: either way the path holds a complete database.
        with contextlib.suppress(FileNotFoundError):
            plan.incoming.unlink()
        _drop_alias(plan)
        journal_path(db_path).unlink(missing_ok=True)
    return True


def _drop_alias(plan: SwapPlan) -> None:
    """A hard link kept aside for a swap that did not happen would alias the live file."""
    with contextlib.suppress(OSError):
        if plan.aside.exists() and os.path.samefile(plan.aside, plan.db_path):
            plan.aside.unlink()


def _is_sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(file_uri(path, "mode=ro"), uri=True)
    except sqlite3.Error:
        return False
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
