"""Automatic backups of the database, thinning, verification and restore.

Backups are made with SQLite's online backup API (``sqlite3.Connection.backup``), never by copying
the file of a live database, into :func:`bnldesk.paths.backups_dir`. The copy is made from one
read snapshot in steps of :data:`STEP_PAGES` pages, so writers are never blocked and a caller can
follow its progress. Each one is written under a temporary name, checked with ``quick_check`` and
only then renamed into place. They are made before every import, migration, restore and bundle
merge, and every 30 minutes of use when something changed (:func:`maybe_backup`, called by the
GUI's timer). A backup of a database that has not changed since the last backup is skipped (the
last one is returned), so repeated attempts (a start that fails again and again) never crowd
out older backups.

Thinning follows Anki: the newest :data:`KEEP_RECENT`, then the newest of each of the last
:data:`KEEP_DAILY` days, :data:`KEEP_WEEKLY` weeks and :data:`KEEP_MONTHLY` months.

A restore never overwrites the current file: it is kept (with its ``-wal``/``-shm``) in
``set-aside/`` in the backups folder, and a healthy current file is also backed up first. The
swap itself is journalled (:mod:`bnldesk.store.swap`): a restore killed at any moment leaves the
old or the new database at the path, and the next opening finishes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from bnldesk import LANGUAGES
from bnldesk.paths import backups_dir
from bnldesk.services.files import remove_leftovers
from bnldesk.store import swap
from bnldesk.store.engine import Store, StoreError, add_before_migrate_hook, connect_raw
from bnldesk.store.errors import (
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    DatabaseLockedError,
    DiskFullError,
    classify,
    sqlite_code,
)

BACKUP_INTERVAL = dt.timedelta(minutes=30)
KEEP_RECENT = 12
KEEP_DAILY = 7
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
SET_ASIDE = "set-aside"
STEP_PAGES = 1024  # pages copied per backup step (4 MiB with SQLite's default page size)
STATE_FILE = ".state.json"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.db$")


class BackupError(StoreError):
    """A backup or restore could not be made; the database itself is untouched."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC, naive
    reason: str
    size: int

    @property
    def label(self) -> str:
        """When the backup was made, in local time, and why: ``2026-11-22 09:30:00 (auto)``."""
        return self.label_in("en")

    def label_in(self, language: str) -> str:
        """:attr:`label` with the reason in ``language``'s words (English: its code, as the
        command line always printed it): ``2026-11-22 09:30:00 (automatisch)``."""
        local = self.created.replace(tzinfo=dt.UTC).astimezone()
        why = self.reason if language == "en" else reason_said(self.reason, language)
        return f"{local:%Y-%m-%d %H:%M:%S} ({why})"


# Why a backup was made (its reason code) in English, Dutch and French: the window's list of
# backups (bnldesk.ui.settings.backups) and `bnldesk restore` in the delegate's language.
REASON_WORDS: dict[str, tuple[str, str, str]] = {
    "auto": ("automatic", "automatisch", "automatique"),
    "manual": ("made by hand", "met de hand gemaakt", "faite à la main"),
    "before-receive": (
        "before receiving notes",
        "vóór het ontvangen van nota's",
        "avant la réception de notes",
    ),
    "before-import": ("before an import", "vóór een import", "avant une importation"),
    "before-restore": ("before a restore", "vóór het terugzetten", "avant une restauration"),
    "before-sync": (
        "before a sync with the server",
        "vóór een synchronisatie met de server",
        "avant une synchronisation avec le serveur",
    ),
    "before-migrate": (
        "before updating the database",
        "vóór het bijwerken van de databank",
        "avant la mise à jour de la base",
    ),
}


def reason_said(reason: str, language: str) -> str:
    """A backup's reason code in ``language``'s words ("en", "nl", "fr"; English for any
    other); a code it does not know as it is. Every "before-migrate-…" is one reason."""
    key = "before-migrate" if reason.startswith("before-migrate") else reason
    words = REASON_WORDS.get(key)
    if words is None:
        return reason
    return words[LANGUAGES.index(language)] if language in LANGUAGES else words[0]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "manual"


def quick_check(path: Path) -> bool:
    """Whether the file is an SQLite database whose ``quick_check`` says ok."""
    try:
        conn = sqlite3.connect(swap.file_uri(Path(path), "mode=ro"), uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        return rows == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _describe_error(exc: BaseException, place: Path) -> str:
    """One line for a failed backup or restore, from the error's class, errno or result code."""
    fault = classify(exc, place)
    if isinstance(fault, DiskFullError):
        return "the disk is full; free some space and try again"
    if fault is not None:
        return str(fault)
    return f"{type(exc).__name__}: {exc}"


Progress = Callable[[int, int], None]  # (pages copied, pages in all)


class _SourceUnreadable(Exception):
    """The database being backed up could not be read (not the backups folder's fault)."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


# Extended SQLite result codes of a fault reading a database or its WAL index
# (https://sqlite.org/rescode.html): IOERR_READ, IOERR_SHORT_READ, IOERR_SHMOPEN,
# IOERR_SHMSIZE, IOERR_SHMLOCK, IOERR_SHMMAP; and the primary codes CORRUPT and NOTADB.
_READING_FAULTS = {266, 522, 4618, 4874, 5130, 5386}
_DAMAGE_CODES = {SQLITE_CORRUPT, SQLITE_NOTADB}


def _reading_fault(exc: sqlite3.Error) -> bool:
    """Whether a failed backup step failed reading the source (by result code only)."""
    code = exc.sqlite_errorcode
    return code in _READING_FAULTS or sqlite_code(exc) in _DAMAGE_CODES


# IOERR_SHMSIZE, IOERR_SHMMAP: the WAL index beside the database (``-shm``) could not be
# grown or mapped, which on a disk with no space left is the full disk, not the database.
_WAL_INDEX_FAULTS = {4874, 5386}


def _wal_index_on_a_full_disk(cause: BaseException, db_path: Path) -> bool:
    """Whether reading ``db_path`` failed only because the disk holding it is full (a
    backup beside it on the same disk then says "the disk is full", not "could not be
    read", which sent a delegate looking for a damaged file)."""
    if not isinstance(cause, sqlite3.Error) or cause.sqlite_errorcode not in _WAL_INDEX_FAULTS:
        return False
    try:
        return shutil.disk_usage(db_path.parent).free == 0
    except OSError:
        return False


def _copy_with_backup_api(source: Path, target: Path, *, progress: Progress | None = None) -> None:
    """Online copy of ``source`` into the new file ``target`` (a rollback journal file).

    One read transaction on the source holds a consistent snapshot for every step, so writes
    made meanwhile by other connections neither block nor restart the copy. Raises
    :class:`_SourceUnreadable` when the source could not be read (a fault of the database,
    not of the folder the backup goes to), ``sqlite3.Error`` or ``OSError`` otherwise.
    """
    try:
        src = connect_raw(source, read_only=True)
    except DatabaseLockedError:
        raise
    except (StoreError, sqlite3.Error) as exc:
        raise _SourceUnreadable(exc) from exc
    try:
        src.isolation_level = None
        try:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
        except sqlite3.Error as exc:
            if sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
                raise
            raise _SourceUnreadable(exc) from exc
        dst = sqlite3.connect(target)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            try:
                src.backup(dst, pages=STEP_PAGES, progress=step, sleep=0.05)
            except sqlite3.Error as exc:
                if _reading_fault(exc):
                    raise _SourceUnreadable(exc) from exc
                raise
            # A backup is a single self-contained file: no WAL beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()


def backup_database(
    db_path: Path | str,
    reason: str = "manual",
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> Path:
    """Back up the database at ``db_path``; returns the verified backup file.

    When nothing changed since the last backup (same :func:`file_fingerprint`) and that backup
    is still there, it is returned instead of writing another, unless ``force``.
    ``progress(copied_pages, all_pages)`` is called after each step of the copy. Raises
    :class:`BackupError` (the database itself is untouched).
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(
            f"{db_path} does not exist: nothing to back up",
            code="backup_no_database",
            values=(str(db_path),),
        )
    fingerprint_now = file_fingerprint(db_path)
    now = now or _utcnow()
    if not force:
        previous = _unchanged_backup(db_path, fingerprint_now)
        if previous is not None:
            return _listed_for(previous, db_path, reason, now, fingerprint_now)
    folder = backups_dir(db_path)
    name = f"{db_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{_slug(reason)}.db"
    final = folder / name
    remove_leftovers(folder)  # temporary copies of backups that were killed
    _write_checked_copy(db_path, folder / f".{name}.tmp", final, progress=progress)
    _save_state(db_path, fingerprint_now, now, final)
    thin(db_path, now=now)
    return final


def _write_checked_copy(
    db_path: Path, tmp: Path, final: Path, *, progress: Progress | None
) -> None:
    """Copy the database at ``db_path`` into ``tmp`` (in the backups folder, made when
    missing), check the copy, flush it to disk and move it to ``final``. Every fault is a
    :class:`BackupError` saying whether the database could not be read or the folder could
    not be written; ``tmp`` is gone afterwards either way."""
    folder = final.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        _copy_with_backup_api(db_path, tmp, progress=progress)
        if not quick_check(tmp):
            raise BackupError(
                f"the backup of {db_path} failed its check (is the database damaged?)",
                code="backup_check_failed",
                values=(str(db_path),),
            )
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        swap.fsync_folder(folder)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except _SourceUnreadable as unreadable:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if _wal_index_on_a_full_disk(unreadable.cause, db_path):
            full = DiskFullError(folder)
            raise BackupError(
                f"could not back up {db_path} into {folder}: {_describe_error(full, folder)}",
                code="backup_failed",
                values=(str(db_path), str(folder), _describe_error(full, folder)),
                reason=full,
            ) from unreadable.cause
        # The database could not be read: say so, not "disk or network error" of the folder
        # (trial 9: the window had lost its file, and the message blamed the backups folder).
        raise BackupError(
            f"{db_path} could not be read, so it was not backed up and nothing was changed",
            code="backup_unreadable",
            values=(str(db_path),),
        ) from unreadable.cause
    except (sqlite3.Error, OSError, StoreError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise BackupError(
            f"could not back up {db_path} into {folder}: {_describe_error(exc, folder)}",
            code="backup_failed",
            values=(str(db_path), str(folder), _describe_error(exc, folder)),
            reason=classify(exc, folder),
        ) from exc


def _listed_for(
    previous: Path, db_path: Path, reason: str, now: dt.datetime, fingerprint_now: str
) -> Path:
    """The unchanged database's last backup, listed under ``reason`` too: a second name for
    the same file (a hard link, no second copy), so that the list shows a backup "before
    import" when the import says it made one (trial 12: it was the manual backup of two
    minutes earlier, and the list showed none for the import). Where the file system has no
    hard links, the earlier backup is returned as it is."""
    match = _NAME.match(previous.name)
    if match is not None and match.group("reason") == _slug(reason):
        return previous
    name = previous.parent / f"{db_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{_slug(reason)}.db"
    try:
        os.link(previous, name)
    except OSError:
        return previous
    _save_state(db_path, fingerprint_now, now, name)
    return name


def backup_store(store: Store, reason: str = "manual") -> Path | None:
    """Back up an open store (what the import, merge and restore steps call first).

    None for a server: its administrator backs it up with ``pg_dump`` (README), and a
    delegate's laptop neither can nor should copy it. Raises :class:`BackupError`, and
    :class:`~bnldesk.store.errors.HoldLostError` when this process no longer holds the file.
    """
    if store.is_server:
        return None
    # A window that no longer holds its file would back up what others left in it, and the
    # step after would fail: say the real cause first (HoldLostError).
    store.check_hold()
    return backup_database(store.path, reason)


def backup_before(store: Store, action: str) -> Path | None:
    """``backup_before(store, "import")``: the safety copy taken before a risky step (None on
    a server, see :func:`backup_store`)."""
    return backup_store(store, f"before-{action}")


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """This database's backups, newest first."""
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    out: list[BackupInfo] = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match.group("stem") != db_path.stem or not entry.is_file():
            continue
        created = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S-%f")
        out.append(BackupInfo(entry, created, match.group("reason"), entry.stat().st_size))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Anki-style thinning: recent ones, then one per day, per week and per month."""
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_RECENT]}

    def per(bucket: Callable[[dt.datetime], object], count: int) -> None:
        seen: list[object] = []
        for backup in newest_first:
            key = bucket(backup.created)
            if key in seen:
                continue
            seen.append(key)
            if len(seen) > count:
                return
            keep.add(backup.path)

    per(lambda t: t.date(), KEEP_DAILY)
    per(lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    per(lambda t: (t.year, t.month), KEEP_MONTHLY)
    return keep


def thin(db_path: Path | str, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups the thinning rule no longer keeps; returns the removed files."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups)
    removed: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# ------------------------------------------------------------------------------------------
# every 30 minutes of use, when something changed
# ------------------------------------------------------------------------------------------

_FINGERPRINT_SQL = [
    "SELECT version_num FROM alembic_version",
    "SELECT count(*), max(updated_at) FROM annotation",
    "SELECT count(*), max(updated_at) FROM meeting",
    "SELECT count(*), max(updated_at) FROM agenda_item",
    "SELECT count(*), max(updated_at) FROM action_item",
    "SELECT count(*), max(imported_at) FROM plan",
    "SELECT count(*), max(imported_at) FROM programme",
    "SELECT count(*), count(resolved_at) FROM sync_conflict",
    "SELECT count(*), group_concat(name) FROM tag",
    "SELECT count(*), group_concat(key || '=' || value) FROM setting",
    "PRAGMA schema_version",
    "PRAGMA page_count",
    "PRAGMA freelist_count",
]


def file_fingerprint(db_path: Path) -> str:
    """A cheap digest of what the delegate changes in the file at ``db_path`` (hex SHA-256);
    equal digests mean there is nothing new to back up. A file that cannot be read gives a
    digest of its size and time, so it is backed up (and the backup's check reports it)."""
    digest = hashlib.sha256()
    try:
        conn = connect_raw(db_path, read_only=True)
    except (StoreError, sqlite3.Error):
        return _size_and_time(db_path)
    answered = False
    try:
        for sql in _FINGERPRINT_SQL:
            try:
                row = conn.execute(sql).fetchone()
                answered = True
            except sqlite3.Error:  # a table another version lacks: leave it out
                row = None
            digest.update(repr(tuple(row) if row else None).encode())
    finally:
        conn.close()
    # No question answered (not a database, or damaged past reading): every such file had
    # the same digest, so a damaged file that kept changing was never backed up again.
    return digest.hexdigest() if answered else _size_and_time(db_path)


def _size_and_time(db_path: Path) -> str:
    """A digest of the file's size and time of change (hex SHA-256)."""
    stat = db_path.stat()
    return hashlib.sha256(f"{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()


def fingerprint(store: Store) -> str:
    """:func:`file_fingerprint` of an open store's file."""
    return file_fingerprint(store.path)


def _state_path(db_path: Path) -> Path:
    return backups_dir(db_path) / STATE_FILE


def _load_state(db_path: Path) -> dict[str, str]:
    try:
        data = json.loads(_state_path(db_path).read_text("utf-8"))
        return {str(k): str(v) for k, v in data.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def _save_state(db_path: Path, fp: str, at: dt.datetime, made: Path) -> None:
    path = _state_path(db_path)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({"fingerprint": fp, "at": at.isoformat(), "backup": made.name}), "utf-8"
        )
        os.replace(tmp, path)


def _unchanged_backup(db_path: Path, fp: str) -> Path | None:
    """The last backup, if the database has not changed since it was made and it is still kept."""
    state = _load_state(db_path)
    if state.get("fingerprint") != fp or not state.get("backup"):
        return None
    last = backups_dir(db_path) / state["backup"]
    return last if last.is_file() else None


def maybe_backup(store: Store, now: dt.datetime | None = None) -> Path | None:
    """The GUI timer's call: back up if the last backup is 30 minutes old and data changed
    (never on a server, see :func:`backup_store`)."""
    if store.is_server:
        return None
    now = now or _utcnow()
    state = _load_state(store.path)
    last_at: dt.datetime | None = None
    if "at" in state:
        with contextlib.suppress(ValueError):
            last_at = dt.datetime.fromisoformat(state["at"])
    if last_at is None:
        existing = list_backups(store.path)
        last_at = existing[0].created if existing else None
    if last_at is not None and now - last_at < BACKUP_INTERVAL:
        return None
    if fingerprint(store) == state.get("fingerprint"):
        return None
    return backup_database(store.path, "auto", now=now, force=True)


# ------------------------------------------------------------------------------------------
# restore
# ------------------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    restored_from: Path
    set_aside: Path | None
    safety_backup: Path | None


def newest_good_backup(db_path: Path | str) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes SQLite's quick check, or None."""
    for backup in list_backups(db_path):
        if quick_check(backup.path):
            return backup
    return None


def set_aside_path(db_path: Path, now: dt.datetime, label: str = "replaced") -> Path:
    """Where a replaced database file is kept: ``set-aside/`` in the backups folder."""
    folder = backups_dir(db_path) / SET_ASIDE
    return folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{label}{db_path.suffix}"


def _find_backup(db_path: Path, backup: Path | str | None) -> Path:
    if backup is None:
        info = newest_good_backup(db_path)
        if info is None:
            raise BackupError(
                f"there is no usable backup of {db_path}",
                code="backup_none_usable",
                values=(str(db_path),),
            )
        return info.path
    source = Path(backup)
    if not source.exists():
        # A bare name from `bnldesk restore --list`.
        candidate = backups_dir(db_path) / source.name
        if not candidate.exists():
            raise BackupError(
                f"there is no backup {backup}", code="backup_unknown", values=(str(backup),)
            )
        source = candidate
    return source


def restore(
    db_path: Path | str,
    backup: Path | str | None = None,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the database by ``backup`` (default: the newest good one); the store must be closed.

    The backup is copied beside the database and checked first; the current file is backed up
    when healthy and kept in ``set-aside/``, never overwritten; then the two are swapped by
    :func:`bnldesk.store.swap.swap_in`, which a kill at any moment cannot leave without a
    database. Raises :class:`BackupError` with the database as it was.
    """
    db_path = Path(db_path)
    now = now or _utcnow()
    swap.recover(db_path)  # a restore cut short before this one is finished first
    source = _find_backup(db_path, backup)
    if not quick_check(source):
        raise BackupError(
            f"the backup {source.name} is damaged; choose another one",
            code="backup_damaged",
            values=(source.name,),
        )
    safety: Path | None = None
    folder = db_path.parent
    incoming = folder / f".{db_path.name}.restoring"
    plan = swap.SwapPlan(db_path, incoming, set_aside_path(db_path, now))
    try:
        folder.mkdir(parents=True, exist_ok=True)  # a new laptop may not have the folder yet
        incoming.unlink(missing_ok=True)
        _copy_with_backup_api(source, incoming, progress=progress)
        if not quick_check(incoming):
            raise BackupError(
                f"the copy of {source.name} failed its check",
                code="restore_copy_failed",
                values=(source.name,),
            )
        with incoming.open("rb+") as fh:
            os.fsync(fh.fileno())
        had_database = db_path.exists()
        if had_database and quick_check(db_path):
            with contextlib.suppress(BackupError):
                safety = backup_database(db_path, "before-restore", now=now)
        swap.swap_in(plan)
    except BackupError:
        incoming.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError, StoreError) as exc:
        incoming.unlink(missing_ok=True)
        raise BackupError(
            f"could not restore {source.name}: {_describe_error(exc, folder)}",
            code="restore_failed",
            values=(source.name, _describe_error(exc, folder)),
            reason=classify(exc, folder),
        ) from exc
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    return RestoreResult(source, plan.aside if had_database else None, safety)


# ------------------------------------------------------------------------------------------
# the migration hook
# ------------------------------------------------------------------------------------------


def _before_migrate(path: Path, engine: Engine, current: str | None) -> None:
    backup_database(path, f"before-migrate-{current or 'new'}")


def install_hooks() -> None:
    """Make every migration of an existing database start with a backup (idempotent)."""
    add_before_migrate_hook(_before_migrate)


install_hooks()
