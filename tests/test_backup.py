"""Backups, thinning, restore, the migration hook, write faults and two instances."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from fault_support import left_at_0005_without_a_table
from sqlalchemy import func, select

from bnldesk.cli import main
from bnldesk.domain.models import Annotation
from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.guard import InstanceLock, ReadOnlyReason, open_guarded
from bnldesk.store import migrations
from bnldesk.store.check import check_database
from bnldesk.store.engine import (
    DatabaseReadOnlyError,
    DiskIOError,
    Store,
    make_engine,
    open_store,
)


def _add_note(store: Store, body: str) -> str:
    with store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body=body))
        return note.uuid


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM annotation").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_a_checked_standalone_copy(store: Store) -> None:
    _add_note(store, "before the backup")
    made = backup.backup_database(store.path, "manual")
    assert made.parent == backups_dir(store.path)
    assert backup.quick_check(made)
    assert _count(made) == 1
    # A single self-contained file: no WAL or temporary file beside it.
    assert sorted(p.name for p in made.parent.iterdir() if not p.name.startswith(".state")) == [
        made.name
    ]
    (info,) = backup.list_backups(store.path)
    assert info.path == made and info.reason == "manual" and info.size > 0
    assert check_database(made).ok


def test_restore_keeps_the_current_file_aside(store: Store) -> None:
    _add_note(store, "one")
    made = backup.backup_database(store.path, "manual")
    _add_note(store, "two")
    store.close()
    result = backup.restore(store.path, made.name)
    assert result.restored_from == made
    assert result.set_aside is not None and result.set_aside.exists()
    assert _count(store.path) == 1
    assert _count(result.set_aside) == 2  # the replaced file, intact, with its WAL
    assert result.safety_backup is not None and _count(result.safety_backup) == 2
    reopened = open_store(store.path)
    try:
        with reopened.read() as s:
            assert s.scalar(select(func.count()).select_from(Annotation)) == 1
    finally:
        reopened.close()


def test_restore_refuses_a_damaged_backup(store: Store) -> None:
    made = backup.backup_database(store.path, "manual")
    store.close()
    size = made.stat().st_size
    with made.open("r+b") as fh:
        fh.seek(4096)
        fh.write(b"\xa5" * (size // 2))
    before = store.path.read_bytes()
    with pytest.raises(backup.BackupError, match="damaged"):
        backup.restore(store.path, made)
    assert store.path.read_bytes() == before
    assert backup.newest_good_backup(store.path) is None


def test_thinning_keeps_recent_daily_weekly_monthly(tmp_path: Path) -> None:
    db = tmp_path / "bnldesk.db"
    folder = backups_dir(db)
    folder.mkdir()
    start = dt.datetime(2026, 11, 22, 18, 0)
    # Every 30 minutes for a day, then one a day for 400 days.
    stamps = [start - dt.timedelta(minutes=30 * i) for i in range(48)]
    stamps += [start - dt.timedelta(days=d, hours=3) for d in range(1, 400)]
    for t in stamps:
        (folder / f"bnldesk-{t:%Y%m%d-%H%M%S-%f}-auto.db").write_bytes(b"x")
    removed = backup.thin(db)
    kept = backup.list_backups(db)
    assert len(removed) + len(kept) == len(stamps)
    assert (
        len(kept)
        <= backup.KEEP_RECENT + backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    )
    newest = [b.created for b in kept[: backup.KEEP_RECENT]]
    assert newest == stamps[: backup.KEEP_RECENT]
    days = {b.created.date() for b in kept}
    assert len(days) >= backup.KEEP_DAILY
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) >= backup.KEEP_MONTHLY
    assert kept[-1].created < start - dt.timedelta(days=300)


def test_thinning_keeps_exactly_the_backups_the_rule_names(tmp_path: Path) -> None:
    """12 newest, then the newest of each of the last 7 days, 8 ISO weeks and 12 months,
    worked out by hand for a Sunday evening (22 November 2026 is in ISO week 47)."""
    db = tmp_path / "bnldesk.db"
    folder = backups_dir(db)
    folder.mkdir()
    evening = [dt.datetime(2026, 11, 22, 18, 0) - dt.timedelta(minutes=30 * i) for i in range(14)]
    daily = [dt.datetime(2026, 11, day, 9, 0) for day in range(21, 0, -1)]
    monthly = [dt.datetime(2026, month, 15, 9, 0) for month in range(10, 0, -1)]
    monthly += [dt.datetime(2025, month, 15, 9, 0) for month in (12, 11, 10, 9)]
    for stamp in evening + daily + monthly:
        (folder / f"bnldesk-{stamp:%Y%m%d-%H%M%S-%f}-auto.db").write_bytes(b"x")
    backup.thin(db)
    kept = sorted(b.created for b in backup.list_backups(db))
    expected = (
        evening[:12]  # the newest twelve: 18:00 back to 12:30
        + [dt.datetime(2026, 11, day, 9, 0) for day in (21, 20, 19, 18, 17, 16)]  # days
        + [dt.datetime(2026, 11, day, 9, 0) for day in (15, 8, 1)]  # weeks 46, 45, 44
        + [dt.datetime(2026, month, 15, 9, 0) for month in range(10, 0, -1)]  # months
        + [dt.datetime(2025, 12, 15, 9, 0)]  # the twelfth month
    )
    assert kept == sorted(expected)


def test_maybe_backup_every_30_minutes_when_changed(store: Store) -> None:
    t0 = dt.datetime(2026, 11, 22, 9, 0)
    first = backup.maybe_backup(store, t0)
    assert first is not None
    assert backup.maybe_backup(store, t0 + dt.timedelta(minutes=10)) is None
    # 31 minutes later but nothing changed: no new backup.
    assert backup.maybe_backup(store, t0 + dt.timedelta(minutes=31)) is None
    _add_note(store, "a change")
    assert backup.maybe_backup(store, t0 + dt.timedelta(minutes=20)) is None
    second = backup.maybe_backup(store, t0 + dt.timedelta(minutes=62))
    assert second is not None and second != first
    assert _count(second) == 1


def test_backup_before_migration(db_path: Path) -> None:
    engine = make_engine(db_path)
    migrations.upgrade(engine, "0002")
    engine.dispose()
    assert backup.list_backups(db_path) == []
    store = open_store(db_path, demo=False)  # migrates 0002 -> head
    store.close()
    (made,) = backup.list_backups(db_path)
    assert made.reason == "before-migrate-0002"
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "sync_conflict" not in tables
    finally:
        conn.close()
    conn = sqlite3.connect(db_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"sync_conflict", "sync_history", "sync_peer"} <= tables
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_cli_backup_and_restore(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "annotate", "SENN-CRISE", "kept"]) == 0
    assert main(["--db", str(db_path), "backup"]) == 0
    assert "checked" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backup"]) == 0
    assert "nothing changed since the last backup" in capsys.readouterr().out
    assert len(backup.list_backups(db_path)) == 1
    assert main(["--db", str(db_path), "annotate", "SENN-CRISE", "after"]) == 0
    assert main(["--db", str(db_path), "restore", "--list"]) == 0
    out = capsys.readouterr().out
    assert "manual" in out
    assert main(["--db", str(db_path), "restore", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "kept at" in out
    assert _count(db_path) == 1
    assert main(["--db", str(db_path), "restore", "no-such-backup.db"]) == 1
    assert "no backup" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# faults while writing
# --------------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_read_only_file_on_disk(store: Store) -> None:
    _add_note(store, "saved")
    store.close()
    os.chmod(store.path, 0o444)
    try:
        opened = open_guarded(store.path)
        assert opened.store is not None and opened.store.read_only
        assert opened.read_only_reason is ReadOnlyReason.READ_ONLY_ON_DISK
        opened.close()
    finally:
        os.chmod(store.path, 0o644)


def test_backup_on_a_full_disk_fails_cleanly(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(source: Path, target: Path, **_options: object) -> None:
        target.write_bytes(b"partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup, "_copy_with_backup_api", no_space)
    with pytest.raises(backup.BackupError, match="disk is full"):
        backup.backup_database(store.path, "manual")
    assert [p for p in backups_dir(store.path).iterdir()] == []
    assert check_database(store.path).ok


def test_io_error_is_its_own_class_not_a_full_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLITE_IOERR_WRITE (778) is a failing disk, told by its result code, not its words."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    def failing_flush(self: Session, objects: object = None) -> None:
        driver_error = sqlite3.OperationalError("the words do not matter: database is full")
        driver_error.sqlite_errorcode = 778
        raise OperationalError("INSERT", {}, driver_error)

    monkeypatch.setattr(Session, "flush", failing_flush)
    with pytest.raises(DiskIOError, match="could not be read or written"):
        _add_note(store, "never written")
    monkeypatch.undo()
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Annotation)) == 0


# --------------------------------------------------------------------------------------------
# two instances
# --------------------------------------------------------------------------------------------


def test_second_instance_opens_read_only(db_path: Path) -> None:
    first = open_guarded(db_path)
    assert first.store is not None and not first.store.read_only and not first.notices
    try:
        second = open_guarded(db_path)
        try:
            assert second.store is not None and second.store.read_only
            assert second.read_only_reason is ReadOnlyReason.OPEN_ELSEWHERE
            with pytest.raises(DatabaseReadOnlyError):
                _add_note(second.store, "from the second window")
        finally:
            second.close()
        _add_note(first.store, "the first window still writes")
    finally:
        first.close()
    again = InstanceLock(db_path)
    assert again.acquire()  # released on close
    again.release()


def test_damaged_database_is_reported_not_opened(db_path: Path) -> None:
    open_store(db_path).close()
    with db_path.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(4096 * 4))
    opened = open_guarded(db_path)
    assert opened.store is None and opened.damaged
    assert opened.damage is not None and not opened.damage.ok


def test_interrupted_update_offers_the_backup_taken_before_it(db_path: Path) -> None:
    """A crash half-way through a schema update leaves tables of the new schema without the
    version mark; opening then fails, and the start-up guard treats the file as damaged so the
    restore dialog offers the backup made just before the update."""
    engine = make_engine(db_path)
    migrations.upgrade(engine, "0002")
    engine.dispose()
    made = backup.backup_database(db_path, "before-migrate-0002")
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE sync_history (record_uuid VARCHAR(36), version_hash VARCHAR(64))")
    conn.commit()
    conn.close()
    opened = open_guarded(db_path)
    assert opened.store is None and opened.damaged
    assert backup.newest_good_backup(db_path) is not None
    assert backup.newest_good_backup(db_path).path == made  # type: ignore[union-attr]
    backup.restore(db_path, made)
    reopened = open_guarded(db_path)
    try:
        assert reopened.store is not None and not reopened.damaged
    finally:
        reopened.close()


def test_an_import_is_preceded_by_a_verified_backup(store: Store, seeds_dir: Path) -> None:
    from bnldesk.services.importer import import_file

    report = import_file(store, seeds_dir / "werkprogramma-2025-2028.md", dry_run=True)
    assert report.backup is None, "a dry run writes nothing, not even a backup"
    report = import_file(store, seeds_dir / "werkprogramma-2025-2028.md")
    backups = backup.list_backups(store.path)
    assert [b.reason for b in backups] == ["before-import"]
    assert str(backups[0].path) == report.backup
    assert check_database(backups[0].path).ok


def test_restore_onto_a_new_laptop_creates_the_data_folder(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        add_annotation(
            s, resolve_target(s, "SENN-CRISE"), NoteFields(body="mee naar de nieuwe laptop")
        )
    made = backup.backup_database(store.path, "manual")
    target = tmp_path / "new-laptop" / "data" / "bnldesk.db"
    backup.restore(target, made)
    restored = open_store(target)
    try:
        with restored.read() as s:
            assert s.scalar(select(Annotation.body)) == "mee naar de nieuwe laptop"
    finally:
        restored.close()


def test_a_file_that_is_no_database_is_fingerprinted_by_its_size_and_time(tmp_path: Path) -> None:
    """Every file SQLite could not read had one and the same fingerprint, so a damaged file
    that kept changing was never backed up again ("nothing changed since the last backup")."""
    damaged = tmp_path / "bnldesk.db"
    damaged.write_text("SQLite format 3 — but nothing after it is a database")
    first = backup.file_fingerprint(damaged)
    assert backup.file_fingerprint(damaged) == first  # unchanged: nothing new to back up
    damaged.write_text("another text, longer than the first one, still not a database")
    assert backup.file_fingerprint(damaged) != first
    other = tmp_path / "other.db"
    other.write_bytes(bytes(range(256)) * 4)
    assert backup.file_fingerprint(other) not in (first, backup.file_fingerprint(damaged))


def test_a_path_sqlite_cannot_open_is_fingerprinted_by_its_size_and_time(tmp_path: Path) -> None:
    """A folder where the database file should be: SQLite cannot open it at all, so its
    fingerprint is the digest of its size and time of change, and changes with them."""
    blocked = tmp_path / "bnldesk.db"
    blocked.mkdir()
    status = blocked.stat()
    expected = hashlib.sha256(f"{status.st_size}:{status.st_mtime_ns}".encode()).hexdigest()
    assert backup.file_fingerprint(blocked) == expected
    os.utime(blocked, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    later = hashlib.sha256(f"{status.st_size}:{status.st_mtime_ns + 1_000_000_000}".encode())
    assert backup.file_fingerprint(blocked) == later.hexdigest()


def test_a_database_fingerprint_follows_the_delegates_changes(store: Store) -> None:
    first = backup.fingerprint(store)
    assert backup.fingerprint(store) == first
    with store.transaction() as session:
        add_annotation(session, resolve_target(session, "SENN-CRISE"), NoteFields(body="Nieuw"))
    assert backup.fingerprint(store) != first


@pytest.mark.parametrize(("demo", "plans"), [(False, 0), (True, 4)])
def test_a_new_database_opened_by_the_window_has_the_demo_plans_only_when_asked(
    tmp_path: Path, demo: bool, plans: int
) -> None:
    """The window's first start fills a new file with the bundled plans (two annual plans, two
    work programmes); ``--no-demo`` makes it empty."""
    from bnldesk.domain.models import Plan, Programme

    opened = open_guarded(tmp_path / "new.db", demo=demo)
    try:
        assert opened.store is not None and opened.lock is not None
        with opened.store.read() as s:
            count = s.scalar(select(func.count()).select_from(Plan))
            count += s.scalar(select(func.count()).select_from(Programme))
        assert count == plans
    finally:
        opened.close()


def test_a_file_whose_tables_do_not_match_its_version_is_offered_a_restore(
    tmp_path: Path,
) -> None:
    """An update cut short by an older bnldesk left the file at version 0005 without one of
    its tables: the window is told in one line and offered its backups, nothing is held."""
    db_path = tmp_path / "bnldesk.db"
    left_at_0005_without_a_table(db_path)
    opened = open_guarded(db_path)
    assert (opened.store, opened.lock, opened.damaged) == (None, None, True)
    assert opened.notices == [
        f"{db_path} could not be updated to this version of bnldesk: its tables do not match "
        "its database version 0005 (OperationalError)"
    ]
    lock = InstanceLock(db_path)
    assert lock.acquire()  # the lock was given back
    lock.release()
