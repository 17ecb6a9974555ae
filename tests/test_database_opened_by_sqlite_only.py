"""Only SQLite opens an open database file, its -wal and its -shm (trial 9, N1: data loss).

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
included; a process left without its locks has its write-ahead log deleted by the next
program that closes the file. So nothing in bnldesk may open one of these files beside
SQLite: not a header read, a copy, a hash, a second connection under another spelling. Every
Python ``open`` raises the audit event "open" (``builtins.open``, ``os.open``, ``Path``'s
readers); SQLite's own opens do not. The header is read through a descriptor kept open for
the process's life (``bnldesk.store.engine.read_header``): opened once, never closed. This runs the steps a window takes on its file (import,
share, receive, backup, check, fingerprint, a second store on a symlink) with the store's
connection held open, and fails if anything else opened one of them; then a real second
process runs, and the window's write must reach a third.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from other_programs import run_bnldesk, sqlite_answer
from sqlalchemy import text
from sync_support import pair

from bnldesk.domain.models import Visibility
from bnldesk.services import backup, sync
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.files import write_atomically
from bnldesk.services.importer import import_file
from bnldesk.services.reports.sheet_reader import open_workbook
from bnldesk.services.sync_bundle import read_bundle
from bnldesk.store.check import check_database
from bnldesk.store.engine import Store, open_store
from bnldesk.store.errors import OpenDatabaseFileError
from bnldesk.store.hold import open_database_of

DOCS = Path(__file__).resolve().parents[2] / "shared" / "cases" / "import" / "docs"


class _Opens:
    """The files watched and every Python open of one of them."""

    def __init__(self) -> None:
        self.watched: set[str] = set()
        self.seen: list[tuple[str, str]] = []  # (file, the function that opened it)


_OPENS = _Opens()


def _record(event: str, args: tuple[object, ...]) -> None:
    if event != "open" or not _OPENS.watched or not args:
        return
    target = args[0]
    if not isinstance(target, str | bytes | os.PathLike):
        return  # a descriptor, or a pipe
    name = os.path.realpath(os.fsdecode(target))
    if name in _OPENS.watched:
        _OPENS.seen.append((name, sys._getframe(1).f_code.co_name))


sys.addaudithook(_record)  # an audit hook cannot be removed: it watches nothing between tests


def _database_files(db: Path) -> set[str]:
    real = os.path.realpath(db)
    return {real, real + "-wal", real + "-shm", real + "-journal"}


def _other_laptops_bundle(store: Store, folder: Path) -> Path:
    other = open_store(folder / "laptop-2.db")
    try:
        pair(store, other)
        with other.transaction() as session:
            target = resolve_target(session, "SENN-CRISE")
            fields = NoteFields(body="Van laptop 2", visibility=Visibility.SHAREABLE.value)
            add_annotation(session, target, fields)
        bundle = folder / "laptop-2.bnlnotes"
        sync.share(other, bundle, author="Laptop 2", delegation="LU")
        return bundle
    finally:
        other.close()


def test_nothing_but_sqlite_opens_the_window_s_database(store: Store, tmp_path: Path) -> None:
    db = Path(store.path)
    bundle = _other_laptops_bundle(store, tmp_path)
    alias = tmp_path / "alias.db"
    alias.symlink_to(db)
    with store.engine.connect() as held:  # the window's pooled connection, kept open
        held.execute(text("SELECT count(*) FROM plan")).one()
        _OPENS.watched, _OPENS.seen = _database_files(db), []
        try:
            import_file(store, DOCS / "plan-annuel-2023-fr.md")
            sync.share(store, tmp_path / "mine.bnlnotes", author="Laptop 1", delegation="LU")
            sync.receive(store, bundle, dry_run=True)
            sync.receive(store, bundle, before_merge=lambda st: backup.backup_before(st, "receive"))
            backup.backup_database(db, "manual", force=True)
            backup.maybe_backup(store)
            backup.fingerprint(store)
            assert check_database(db).ok
            assert check_database(db, quick=True).ok
            second = open_store(alias)  # another spelling of the same file
            with second.read() as session:
                session.execute(text("SELECT count(*) FROM plan")).one()
            second.close()
        finally:
            seen, _OPENS.watched = list(_OPENS.seen), set()
        # The one exception: the header is read through one descriptor per file kept open for
        # the process's life (bnldesk.store.engine.read_header), opened once and never closed.
        assert [entry for entry in seen if entry[1] != "read_header"] == []
        assert len(seen) <= 1
        run_bnldesk(db, "list", "plans", home=tmp_path / "home")
        with store.transaction() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('probe', 'window')"))
        assert sqlite_answer(db, "SELECT value FROM setting WHERE key = 'probe'") == "('window',)"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows reads the header and closes it")
def test_the_watch_sees_a_python_open_of_the_database(store: Store) -> None:
    """The guard above can fail: a plain open of the file is seen."""
    db = Path(store.path)
    _OPENS.watched, _OPENS.seen = _database_files(db), []
    try:
        with open(db, "rb") as handle:  # what check_header did before e1c85f4
            handle.read(16)
    finally:
        seen, _OPENS.watched = list(_OPENS.seen), set()
    assert [name for name, _function in seen] == [os.path.realpath(db)]


def test_the_open_database_chosen_as_a_file_is_refused_unread(store: Store, tmp_path: Path) -> None:
    """A delegate picks the database itself, its -wal or -shm ("All files") as the document
    to import, the bundle to receive, the sheet to read, or as where an export goes: each is
    refused with one line before anything opens it, whatever path names it."""
    db = Path(store.path)
    alias = tmp_path / "alias.db"
    alias.symlink_to(db)
    with store.engine.connect() as held:
        held.execute(text("SELECT count(*) FROM plan")).one()
        wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
        _OPENS.watched, _OPENS.seen = _database_files(db), []
        refusals: list[OpenDatabaseFileError] = []
        try:
            for attempt in (
                lambda: import_file(store, db),
                lambda: import_file(store, alias),
                lambda: sync.receive(store, wal),
                lambda: read_bundle(shm),
                lambda: open_workbook(db).__enter__(),
                lambda: write_atomically(db, b"%PDF-1.7 a brief"),
                lambda: write_atomically(os.path.relpath(wal), b"a sheet"),
            ):
                with pytest.raises(OpenDatabaseFileError) as raised:
                    attempt()
                refusals.append(raised.value)
        finally:
            seen, _OPENS.watched = list(_OPENS.seen), set()
        assert seen == []
        assert str(refusals[0]) == (
            f"{db} is part of the database open in bnldesk ({db}), not a file to read or write "
            "here: choose another file. Nothing was read or changed"
        )
        assert all(str(db) in str(refusal) for refusal in refusals)
        with store.transaction():  # still held
            pass
    # Closed, the same file is no longer taken for an open database.
    store.close()
    assert open_database_of(db) is None
