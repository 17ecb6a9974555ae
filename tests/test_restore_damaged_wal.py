"""Restoring a backup keeps everything the replaced file held, WAL included.

The file a restore replaces is kept in ``set-aside/`` of the backups folder: a delegate who
restored the wrong backup, or a colleague repairing a damaged file, takes the notes written since
the backup from there. SQLite keeps the last commits in the ``-wal`` beside the file until they
are folded in; when they cannot be folded in at the restore, the kept copy is only whole with its
WAL kept beside it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bnldesk.paths import backups_dir
from bnldesk.services import backup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import Store


def _add_note(store: Store, body: str) -> None:
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body=body))


def _bodies(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT body FROM annotation ORDER BY id")]
    finally:
        conn.close()


def _copy_with_companions(database: Path, folder: Path) -> Path:
    """Copy ``database`` and whatever ``-wal`` is beside it into ``folder`` (as a colleague
    salvaging it would, never touching the kept files themselves); returns the copy."""
    folder.mkdir()
    copy = folder / "bnldesk.db"
    shutil.copyfile(database, copy)
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name("bnldesk.db-wal"))
    return copy


def test_restore_while_another_program_reads_keeps_the_wal_aside(
    store: Store, tmp_path: Path
) -> None:
    _add_note(store, "In the backup")
    made = backup.backup_database(store.path, "manual")
    # Another program (a backup tool, DB Browser for SQLite) is reading the file: SQLite cannot
    # fold into it what was written after that program's read began.
    reader = sqlite3.connect(store.path)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM annotation").fetchone() == (1,)
        _add_note(store, "Written after the backup")
        store.close()

        result = backup.restore(store.path, made)

        assert _bodies(store.path) == ["In the backup"]
        assert result.set_aside is not None
        assert result.set_aside.parent == backups_dir(store.path) / backup.SET_ASIDE
        kept = _copy_with_companions(result.set_aside, tmp_path / "salvage")
        assert kept.with_name("bnldesk.db-wal").exists()
        assert _bodies(kept) == ["In the backup", "Written after the backup"]
    finally:
        reader.close()
