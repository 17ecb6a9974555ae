"""Refusals a delegate reads as they are: one line, saying what is wrong and what to do.

Backing up a database file that is not there, pairing a laptop without giving it a name, and
importing a notes sheet too large to be one: each is refused before anything is written, with
the sentence the command line prints (the window shows its translation by the error's code).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bnldesk.paths import backups_dir
from bnldesk.services import sync_trust
from bnldesk.services.backup import BackupError, backup_database
from bnldesk.services.reports.annotations_roundtrip import RoundTripError, plan_import
from bnldesk.store.engine import Store, open_store


def test_backing_up_a_missing_file_says_there_is_nothing_to_back_up(tmp_path: Path) -> None:
    missing = tmp_path / "elsewhere" / "bnldesk.db"
    with pytest.raises(BackupError) as refused:
        backup_database(missing, "manual")
    assert str(refused.value) == f"{missing} does not exist: nothing to back up"
    assert not backups_dir(missing).exists() or list(backups_dir(missing).iterdir()) == []


def test_pairing_without_a_name_asks_for_one(empty_store: Store, tmp_path: Path) -> None:
    with empty_store.transaction() as s:
        own_code = sync_trust.pairing_code(s)
    other = tmp_path / "other.db"
    other_store = open_store(other, demo=False)
    try:
        with other_store.transaction() as s:
            with pytest.raises(sync_trust.PairingError) as refused:
                sync_trust.pair(s, own_code, " \t ")
            assert sync_trust.paired_laptops(s) == []
    finally:
        other_store.close()
    assert str(refused.value) == "give the paired laptop a name (for example its owner's)"


def test_a_notes_sheet_over_300_mb_is_refused_before_it_is_read(
    empty_store: Store, tmp_path: Path
) -> None:
    sheet = tmp_path / "notities.xlsx"
    with sheet.open("wb") as handle:  # sparse: takes no room on the disk
        handle.truncate(301 * 1024 * 1024 + 5)
    assert os.path.getsize(sheet) > 300 * 1024 * 1024
    with empty_store.read() as s, pytest.raises(RoundTripError) as refused:
        plan_import(s, sheet)
    assert str(refused.value) == "notities.xlsx is 301 MB; bnldesk reads notes sheets up to 300 MB"
