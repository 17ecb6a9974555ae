"""The backup an import says it made is in the list under "before import" (trial 12, D10: the
database had not changed since a manual backup two minutes earlier, the import reused that
backup, and File > Backups showed nothing "before an import").

A real database file, a manual backup, then a real import of the shared cases' French plan;
the backups are listed from the folder.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from _seed_documents import CASES

from bnldesk.services import backup
from bnldesk.services.importer import import_file
from bnldesk.store.engine import Store


def test_an_import_after_a_manual_backup_lists_its_own_backup(store: Store) -> None:
    manual = backup.backup_database(store.path, "manual")
    report = import_file(store, CASES / "docs" / "plan-annuel-2023-fr.md", force=True)
    assert report.backup is not None
    listed = {info.path: info.reason for info in backup.list_backups(store.path)}
    assert listed[Path(report.backup)] == "before-import"
    assert listed[manual] == "manual"
    # The same state, not a second copy of it.
    assert Path(report.backup).stat().st_ino == manual.stat().st_ino
    with sqlite3.connect(report.backup) as copy:
        assert copy.execute("SELECT count(*) FROM plan WHERE year = 2023").fetchone() == (0,)


def test_the_same_reason_again_adds_no_entry(store: Store) -> None:
    first = backup.backup_database(store.path, "manual")
    assert backup.backup_database(store.path, "manual") == first
    assert [info.path for info in backup.list_backups(store.path)] == [first]
