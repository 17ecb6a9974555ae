"""Fault injection: real faults of the environment, each told by its own class and message, with
the data intact afterwards and no backup spam.

* disk full: a small tmpfs when the tests run as root (CI does), SQLite's ``max_page_count``
  elsewhere;
* read-only: a read-only bind mount when root, ``PRAGMA query_only`` elsewhere;
* a lock held by another program; a write that waits for it;
* a restore killed at every step (a child process killed by SIGKILL from the swap's step hook);
* a file from a newer bnldesk, a zero-byte file, a foreign file, a missing file with backups.
"""

from __future__ import annotations

import ast
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import fault_support
import pytest
from sqlalchemy import event, func, select

from bnldesk.cli import main
from bnldesk.domain.models import Annotation
from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.guard import ReadOnlyReason, open_guarded
from bnldesk.store import engine as store_engine
from bnldesk.store import errors as store_errors
from bnldesk.store import migrations, swap
from bnldesk.store.check import check_database
from bnldesk.store.engine import (
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DiskFullError,
    EmptyDatabaseFileError,
    NewerSchemaError,
    NotABnldeskDatabaseError,
    Store,
    open_store,
)

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = fault_support.IS_ROOT


def _add_note(store: Store, body: str) -> str:
    with store.transaction() as s:
        return add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body=body)).uuid


def _bodies(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM annotation ORDER BY id")]
    finally:
        conn.close()


def _run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    return code, err


def _one_line(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "damaged" not in err, err


# --------------------------------------------------------------------------------------------
# disk full
# --------------------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 6 MB tmpfs folder when root, else None (the tests then use max_page_count)."""
    with fault_support.small_disk(tmp_path / "small-disk") as folder:
        yield folder


def test_disk_full_is_told_as_such_and_loses_nothing(
    small_disk: Path | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = (small_disk or tmp_path) / "bnldesk.db"
    store = open_store(db)
    kept = _add_note(store, "saved before the disk filled up")
    backup.backup_database(db, "manual")
    filler: Path | None = None
    if small_disk is not None:
        filler = fault_support.fill(small_disk)
    else:

        @event.listens_for(store.engine, "connect")
        def _tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        store.engine.dispose()
    with pytest.raises(DiskFullError, match="the disk is full") as info, store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        for i in range(400):
            add_annotation(s, target, NoteFields(body=f"{i} " + "x" * 20000))
    assert "damaged" not in str(info.value)
    if small_disk is not None:
        # The start-up check reads, it does not call a full disk damaged.
        store.close()
        opened = open_guarded(db)
        try:
            assert not opened.damaged and opened.store is not None
        finally:
            opened.close()
        # A backup on the full disk fails cleanly and leaves no partial file behind. The disk
        # is filled up again first: closing the store removed its -wal file, freeing room.
        fault_support.fill(small_disk)
        before = sorted(p.name for p in backups_dir(db).iterdir())
        _add_note_fails = pytest.raises(backup.BackupError, match="disk is full")
        with _add_note_fails:
            backup.backup_database(db, "manual", force=True)
        assert sorted(p.name for p in backups_dir(db).iterdir()) == before
        assert filler is not None
        filler.unlink()
    else:
        event.remove(store.engine, "connect", _tiny_disk)
        store.close()
    # After freeing space: everything saved before is there, the file is sound.
    assert _bodies(db) == ["saved before the disk filled up"]
    assert check_database(db).ok
    reopened = open_store(db)
    try:
        with reopened.read() as s:
            assert [n.uuid for n in s.scalars(select(Annotation))] == [kept]
    finally:
        reopened.close()


# --------------------------------------------------------------------------------------------
# read-only
# --------------------------------------------------------------------------------------------


@pytest.fixture
def read_only_copy(tmp_path: Path) -> Iterator[tuple[Path, Path | None]]:
    """(database with one note, its read-only view): a read-only bind mount when root."""
    source = tmp_path / "rw"
    source.mkdir()
    db = source / "bnldesk.db"
    store = open_store(db)
    _add_note(store, "written before the folder became read-only")
    store.close()
    view = tmp_path / "ro"
    view.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        yield db, None
        return
    with fault_support.mounted("mount", "--bind", str(source), str(view)) as ok:
        if (
            ok
            and subprocess.run(
                ["mount", "-o", "remount,bind,ro", str(view)], capture_output=True
            ).returncode
            == 0
        ):
            yield db, view / "bnldesk.db"
        else:
            yield db, None


def test_read_only_folder_opens_read_only_and_refuses_writes(
    read_only_copy: tuple[Path, Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    db, view = read_only_copy
    if view is None:
        # Without root: the connection itself is made read-only.
        store = open_store(db)

        @event.listens_for(store.engine, "connect")
        def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA query_only = 1")

        store.engine.dispose()
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            _add_note(store, "lost?")
        store.close()
        assert _bodies(db) == ["written before the folder became read-only"]
        return
    before = db.read_bytes()
    report = check_database(view, quick=True)
    assert report.ok, report.problems
    # The full check cannot run the index's integrity check (it writes): it says so.
    full = check_database(view)
    assert full.ok, full.problems
    assert full.checks == [
        ("integrity_check", "ok"),
        ("foreign_key_check", "ok"),
        ("fts5 integrity-check", "skipped (read-only)"),
    ]
    opened = open_guarded(view)
    try:
        assert opened.store is not None and opened.store.read_only and not opened.damaged
        assert opened.read_only_reason is ReadOnlyReason.READ_ONLY_ON_DISK
        with opened.store.read() as s:
            assert s.scalar(select(func.count()).select_from(Annotation)) == 1
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            _add_note(opened.store, "cannot be saved")
    finally:
        opened.close()
    code, err = _run_cli(capsys, "--db", str(view), "annotate", "SENN-CRISE", "x")
    assert code == 1 and "read-only" in err
    _one_line(err)
    code, _ = _run_cli(capsys, "--db", str(view), "list", "annotations")
    assert code == 0
    assert db.read_bytes() == before


# --------------------------------------------------------------------------------------------
# a lock held by another program
# --------------------------------------------------------------------------------------------


def test_a_held_lock_is_waited_for_then_told(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = _add_note(store, "saved")
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 300)
    store.engine.dispose()
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program") as info:
            _add_note(store, "waits, then gives up")
        assert "damaged" not in str(info.value)
        code, err = _run_cli(capsys, "--db", str(store.path), "annotate", "SENN-CRISE", "x")
        assert code == 1 and "in use by another program" in err
        _one_line(err)
        # Readers are not blocked by a writer (WAL).
        with store.read() as s:
            assert s.scalar(select(func.count()).select_from(Annotation)) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [n for n in _bodies(store.path)] == ["saved"]
    _add_note(store, "after the lock was released")
    with store.read() as s:
        assert kept in {n.uuid for n in s.scalars(select(Annotation))}


def test_a_write_waits_for_a_lock_instead_of_failing_at_once(store: Store) -> None:
    """A write made while another program holds the write lock (an import, say) waits for it."""
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO setting (key, value) VALUES ('import-running', '1')")
    asking_for_the_lock = threading.Event()
    outcome: list[BaseException | str] = []

    def on_statement(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):
            asking_for_the_lock.set()

    event.listen(store.engine, "before_cursor_execute", on_statement)

    def write() -> None:
        try:
            outcome.append(_add_note(store, "written during the import"))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        # The writer is at its BEGIN IMMEDIATE while the lock is held: it must wait for it.
        assert asking_for_the_lock.wait(30), "the writer never asked for the write lock"
        thread.join(0.2)  # lets it reach SQLite's wait; the expected outcome is the same either way
    finally:
        event.remove(store.engine, "before_cursor_execute", on_statement)
    holder.execute("COMMIT")
    holder.close()
    thread.join(30)
    assert not thread.is_alive(), "the writer never finished"
    assert len(outcome) == 1 and isinstance(outcome[0], str), outcome
    assert _bodies(store.path) == ["written during the import"]


def test_an_exclusive_lock_at_start_is_not_damage(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_note(store, "saved")
    store.close()
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError):
            open_guarded(store.path)
        with pytest.raises(DatabaseLockedError):
            check_database(store.path, quick=True)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _bodies(store.path) == ["saved"]


# --------------------------------------------------------------------------------------------
# newer schema, empty, foreign and missing files
# --------------------------------------------------------------------------------------------


def test_a_database_from_a_newer_bnldesk_opens_nothing_and_writes_no_backup(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_note(store, "written by a newer bnldesk")
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE alembic_version SET version_num = '9001_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = store.path.read_bytes()
    for argv in (
        ["list", "annotations"],
        ["annotate", "SENN-CRISE", "x"],
        ["share", "--out", str(store.path.parent / "x.bnlnotes")],
        ["search", "planning"],
    ):
        code, err = _run_cli(capsys, "--db", str(store.path), *argv)
        assert code == 1 and "newer version of bnldesk" in err, (argv, err)
        _one_line(err)
    for _attempt in range(3):
        with pytest.raises(NewerSchemaError, match="update bnldesk") as raised:
            open_store(store.path)
        # The file is named as the delegate knows it, not as a database URL ("sqlite:///…").
        assert str(raised.value).startswith(f"{store.path} was written by a newer version")
        with pytest.raises(NewerSchemaError):
            open_guarded(store.path)
        with pytest.raises(NewerSchemaError):
            open_store(store.path, read_only=True)
    engine = store_engine.make_engine(store.path, read_only=True)
    try:
        with pytest.raises(NewerSchemaError) as raised:
            migrations.upgrade(engine)  # the migrations say it the same way
        assert str(raised.value).startswith(f"{store.path} was written by a newer version")
    finally:
        engine.dispose()
    assert backup.list_backups(store.path) == []
    assert store.path.read_bytes() == before


def test_repeated_failing_starts_do_not_crowd_out_backups(store: Store) -> None:
    """A file every start fails to migrate gets at most one backup, however many attempts."""
    _add_note(store, "the note")
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE alembic_version SET version_num = '0002'")  # tables say otherwise
    conn.commit()
    conn.close()
    real = [backup.backup_database(store.path, f"manual-{i}", force=True) for i in range(3)]
    for _attempt in range(5):
        opened = open_guarded(store.path)
        assert opened.store is None and opened.damaged
    kept = backup.list_backups(store.path)
    assert {b.path for b in kept} >= set(real)
    assert len(kept) <= len(real) + 1


def test_a_zero_byte_file_is_reported_not_filled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bnldesk.db"
    db.write_bytes(b"")
    with pytest.raises(EmptyDatabaseFileError, match="is empty"):
        open_store(db)
    with pytest.raises(EmptyDatabaseFileError):
        open_guarded(db)
    for argv in (["annotate", "SENN-CRISE", "x"], ["check"], ["list", "workgroups"]):
        code, err = _run_cli(capsys, "--db", str(db), *argv)
        assert code == 1 and "is empty (0 bytes)" in err, (argv, err)
        _one_line(err)
    assert db.read_bytes() == b""
    assert not backups_dir(db).exists()


def test_a_foreign_sqlite_file_is_not_turned_into_a_bnldesk_database(tmp_path: Path) -> None:
    db = tmp_path / "places.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(NotABnldeskDatabaseError, match="another program"):
        open_store(db)
    assert db.read_bytes() == before
    assert not backups_dir(db).exists()


def test_a_missing_database_with_backups_is_not_silently_recreated(store: Store) -> None:
    _add_note(store, "only in the backup now")
    backup.backup_database(store.path, "manual")
    store.close()
    store.path.unlink()
    with pytest.raises(DatabaseMissingError, match="bnldesk restore"):
        open_store(store.path)
    assert not store.path.exists()
    backup.restore(store.path)
    assert _bodies(store.path) == ["only in the backup now"]


# --------------------------------------------------------------------------------------------
# a restore killed at every step
# --------------------------------------------------------------------------------------------

_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from bnldesk.services import backup
    from bnldesk.store import swap
    from bnldesk.cli import main

    step = {step!r}

    def kill(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    if step == "copy":
        real_copy = backup._copy_with_backup_api

        def copy(source, target, **options):
            def progress(done, total):
                os.kill(os.getpid(), signal.SIGKILL)
            backup.STEP_PAGES = 1
            return real_copy(source, target, progress=progress)

        backup._copy_with_backup_api = copy
    swap.on_step = kill
    sys.exit(main(["--db", {db!r}, "restore", {backup!r}]))
    """
)


@pytest.mark.parametrize("step", ["copy", *swap.STEPS])
def test_a_killed_restore_leaves_the_old_or_the_new_database(tmp_path: Path, step: str) -> None:
    db = tmp_path / "bnldesk.db"
    store = open_store(db)
    _add_note(store, "old and new")
    made = backup.backup_database(db, "manual")
    _add_note(store, "only in the current file")  # stays in the -wal: no checkpoint yet
    holder = sqlite3.connect(db)  # keeps the WAL from being folded in when the store closes
    holder.execute("SELECT count(*) FROM annotation").fetchone()
    store.close()
    holder.close()
    old, new = ["old and new", "only in the current file"], ["old and new"]
    script = _KILLER.format(root=str(ROOT), step=step, db=str(db), backup=made.name)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    # Right after the kill, before anything recovers: a complete database at the path.
    assert db.exists()
    assert _bodies(db) in (old, new)
    # The next opening finishes (or forgets) the swap; never demo data, never an empty file.
    reopened = open_store(db)
    try:
        with reopened.read() as s:
            bodies = [n.body for n in s.scalars(select(Annotation).order_by(Annotation.id))]
    finally:
        reopened.close()
    journal_written = step not in ("copy", "journal")
    assert bodies == (new if journal_written else old)
    assert not swap.journal_path(db).exists()
    assert check_database(db).ok
    if journal_written:
        # The replaced file is kept aside, whole, with everything it held.
        (aside,) = (backups_dir(db) / backup.SET_ASIDE).glob("*.db")
        assert _bodies(aside) == old


# --------------------------------------------------------------------------------------------
# no error is classified by the wording of its message
# --------------------------------------------------------------------------------------------

_EXCEPTION_NAMES = {"exc", "err", "error", "e", "orig", "exception", "failure"}
_TEXT_METHODS = {"lower", "upper", "casefold", "startswith", "endswith", "find", "index"}


def _mentions_exception(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Name) and n.id in _EXCEPTION_NAMES for n in ast.walk(node))


def _is_text_of_exception(node: ast.AST) -> bool:
    """``str(exc)``, ``str(getattr(exc, "orig", exc))``, ``exc.args[0]``, ``exc.strerror``…"""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        return bool(node.args) and _mentions_exception(node.args[0])
    if isinstance(node, ast.Subscript | ast.Attribute):
        text = ast.unparse(node)
        return _mentions_exception(node) and (".args" in text or ".strerror" in text)
    return False


def message_text_classifications(source: str) -> list[str]:
    """Lines of ``source`` that test the text of an exception (``in``, ``==``, ``.lower()``…)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_is_text_of_exception(o) for o in operands) or (
                any(isinstance(op, ast.In | ast.NotIn) for op in node.ops)
                and any(_is_text_of_exception(o) for o in ast.walk(node))
            ):
                found.append(ast.unparse(node))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _TEXT_METHODS
            and _is_text_of_exception(node.func.value)
        ):
            found.append(ast.unparse(node))
    return found


def test_the_detector_finds_what_it_looks_for() -> None:
    bad = textwrap.dedent(
        """
        try:
            pass
        except Exception as exc:
            text = str(getattr(exc, "orig", exc)).lower()
            if "busy" in str(exc):
                pass
            if exc.args[0] == "database is locked":
                pass
        """
    )
    assert len(message_text_classifications(bad)) == 3
    good = "code = exc.sqlite_errorcode\nif code == 5:\n    pass\nmessage = str(exc)\n"
    assert message_text_classifications(good) == []


def test_no_error_is_classified_by_message_text() -> None:
    offenders = {}
    for path in sorted((ROOT / "bnldesk").rglob("*.py")):
        found = message_text_classifications(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


# --------------------------------------------------------------------------------------------
# killed backups and exports leave nothing behind for long
# --------------------------------------------------------------------------------------------

_KILLED_WRITES = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from bnldesk.services import backup
    from bnldesk.services.files import atomic_write

    if {what!r} == "export":
        with atomic_write({target!r}) as tmp:
            tmp.write_bytes(b"%PDF-1.4 half a brief" * 50000)
            os.kill(os.getpid(), signal.SIGKILL)
    else:
        def copy(source, target, **options):
            target.write_bytes(b"half a backup" * 50000)
            os.kill(os.getpid(), signal.SIGKILL)

        backup._copy_with_backup_api = copy
        backup.backup_database({target!r}, "manual", force=True)
    """
)


def _leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.is_file())


def test_killed_backups_and_exports_are_cleaned_at_the_next_start(store: Store) -> None:
    from bnldesk.services.files import LEFTOVER_AGE, atomic_write
    from bnldesk.services.guard import remove_start_leftovers

    _add_note(store, "a note")
    folder = store.path.parent
    brief = folder / "brief.pdf"
    brief.write_bytes(b"%PDF-1.4 the previous brief")
    for what, target in (("export", brief), ("backup", store.path)):
        script = _KILLED_WRITES.format(root=str(ROOT), what=what, target=str(target))
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
        assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    (part,) = [p for p in _leftovers(folder) if p.name.startswith(".brief.pdf.")]
    (tmp,) = [p for p in _leftovers(backups_dir(store.path)) if p.name.endswith(".tmp")]
    assert part.stat().st_size > 100_000 and tmp.stat().st_size > 100_000
    # Right away they might belong to a write still running elsewhere: kept.
    assert remove_start_leftovers(store.path) == []
    # A writer that is alive holds its temporary file: kept however old.
    with atomic_write(folder / "export.xlsx") as live:
        live.write_bytes(b"being written")
        old = live.stat().st_mtime - LEFTOVER_AGE - 60
        for path in (part, tmp, live):
            os.utime(path, (old, old))
        removed = remove_start_leftovers(store.path)
        assert sorted(removed) == sorted([part, tmp])
        assert live.exists()
    assert brief.read_bytes() == b"%PDF-1.4 the previous brief"
    assert [p for p in _leftovers(folder) if p.suffix in (".part", ".tmp")] == []
    assert _bodies(store.path) == ["a note"]


def test_a_file_found_damaged_is_not_written_until_restored(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_note(store, "kept in the backup")
    made = backup.backup_database(store.path, "manual")
    store.close()
    with store.path.open("r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(b"\xa5" * 4096 * 6)
    code, err = _run_cli(capsys, "--db", str(store.path), "check")
    assert code == 1 and "is damaged" in err
    damaged = store.path.read_bytes()
    code, err = _run_cli(capsys, "--db", str(store.path), "annotate", "SENN-CRISE", "x")
    assert code == 1 and "is damaged" in err and "restore it from a backup" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert store.path.read_bytes() == damaged
    backup.restore(store.path, made)
    code, _ = _run_cli(capsys, "--db", str(store.path), "annotate", "SENN-CRISE", "after")
    assert code == 0
    assert _bodies(store.path) == ["kept in the backup", "after"]


def test_odd_characters_in_the_database_path(tmp_path: Path) -> None:
    """SQLite addresses files by URI here: '#', '?', '%' and spaces in names must still work."""
    db = tmp_path / "Notes #1 ?50% é" / "bnl desk#?.db"
    store = open_store(db)
    _add_note(store, "in an odd folder")
    made = backup.backup_database(db, "manual")
    _add_note(store, "after the backup")
    store.close()
    assert check_database(db).ok
    backup.restore(db, made)
    assert _bodies(db) == ["in an odd folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Notes #1 ?50% é"]


SERVER = "postgresql://anna@db.delegatie.example/bnldesk"


def test_a_server_fault_says_what_to_do_in_one_line() -> None:
    """What the delegate reads for the server's faults (the suite's real server raises them in
    tests/test_server.py; the mutation run leaves those out, so the words are pinned here).
    The errors are made in the test's body, where the code under test runs."""
    expected = [
        (
            store_errors.ServerLoginError(SERVER, missing=True),
            f"the server {SERVER} needs a password: set PGPASSWORD, put it in ~/.pgpass, or run "
            "bnldesk in a terminal to be asked for it",
        ),
        (
            store_errors.ServerLoginError(SERVER),
            f"the server {SERVER} refused the user name or password: check them (the password "
            "comes from PGPASSWORD, ~/.pgpass or the prompt)",
        ),
        (
            store_errors.ConcurrentEditError(SERVER),
            f"someone else changed the same record in {SERVER} at the same moment: nothing of "
            "yours was overwritten; look at it again and repeat your change",
        ),
        (
            store_errors.ServerPermissionError(SERVER),
            f"the server {SERVER} does not allow this for your user (a private note of another "
            "delegate, or a right the administrator has not granted): nothing was changed",
        ),
    ]
    for error, message in expected:
        assert str(error) == message
