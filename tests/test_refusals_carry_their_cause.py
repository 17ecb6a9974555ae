"""A refusal carries what the window needs to say it in the delegate's language.

The layers below the window raise errors whose ``str()`` is the English line the command line
prints; the window words the same fault in Dutch or French from the error's ``code`` and the
``values`` its sentence needs (the file, the folder, the server, a version, a size), and puts
"?" where a value is missing (``bnldesk.ui.error_texts``). The window tests read those
sentences; these tests read the cause itself on real faults, without a window: an export aimed
at a folder, a database from a newer bnldesk or with tables that do not match its version, a
restore that fills its disk, a bundle cut off in its first line or holding a malformed
conflict, a notes sheet over the size limit, an action item without a title, an export process
that dies, a laptop paired without a name, a brief on a workgroup gone since. Each is refused with nothing written.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from export_helpers import fill_sample
from fault_support import (
    fill,
    full_disk_with_a_backup,
    left_at_0005_without_a_table,
    refused_replacing,
    small_disk,
)

from bnldesk.services import backup, meetings, sync, sync_bundle, sync_trust
from bnldesk.services.files import ExportError, write_atomically
from bnldesk.services.reports import ExportFilters, XlsxOptions, export_workbook, workbook_process
from bnldesk.services.reports.annotations_roundtrip import RoundTripError, plan_import
from bnldesk.services.reports.brief_data import (
    BriefOptions,
    BriefSubject,
    BriefSubjectNotFound,
    collect_brief,
)
from bnldesk.services.sync_bundle import BundleError
from bnldesk.store import migrations
from bnldesk.store.engine import NewerSchemaError, Store, open_store
from bnldesk.store.errors import ConcurrentEditError

OLD_BUNDLE = (
    Path(__file__).resolve().parent / "data" / "sync" / "format2-written-by-9cd4a2b.bnlnotes"
)


def test_a_folder_chosen_as_the_file_carries_the_folders_name(tmp_path: Path) -> None:
    target = tmp_path / "Vergadering 12 maart.pdf"
    target.mkdir()
    with pytest.raises(ExportError) as refused:
        write_atomically(target, b"%PDF-1.4")
    assert refused.value.code == "export_target_is_folder"
    assert refused.value.values == (str(target),)
    assert list(target.iterdir()) == []


def test_a_file_where_the_folder_should_be_carries_the_files_name(tmp_path: Path) -> None:
    folder = tmp_path / "Exports"
    folder.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError) as refused:
        write_atomically(folder / "werkgroepen.xlsx", b"PK")
    assert refused.value.code == "export_not_a_folder"
    assert refused.value.values == (str(folder),)
    assert folder.read_text(encoding="utf-8") == "not a folder"


def test_a_file_that_cannot_be_replaced_carries_its_name(tmp_path: Path) -> None:
    """The finished file cannot be moved over the old one (open in Excel on Windows, read-only
    here): the refusal names the file the delegate must close, and the old one is kept."""
    target = tmp_path / "Werkgroepen BE.xlsx"
    refused = refused_replacing(target)
    assert refused.code == "export_file_open"
    assert refused.values == (str(target),)
    assert target.read_bytes() == b"previous"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["Werkgroepen BE.xlsx"]


def test_a_database_from_a_newer_bnldesk_carries_the_file_and_its_version(
    empty_store: Store,
) -> None:
    empty_store.close()
    with sqlite3.connect(empty_store.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9001_future'")
    conn.close()
    with pytest.raises(NewerSchemaError) as refused:
        open_store(empty_store.path)
    assert refused.value.code == "newer_schema"
    assert refused.value.values == (str(empty_store.path), "9001_future")
    with sqlite3.connect(empty_store.path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9001_future",)
        ]
    conn.close()


def test_a_record_changed_meanwhile_on_a_server_carries_the_servers_address() -> None:
    # Made here: on a database file the write lock keeps a second writer out, so only a
    # PostgreSQL server (tests/test_server.py, outside the mutation run) meets this fault.
    server = "postgresql://anna@db.delegatie.example/bnldesk"
    fault = ConcurrentEditError(server)
    assert fault.code == "concurrent_edit"
    assert fault.values == ("postgresql://anna@db.delegatie.example/bnldesk",)


def test_a_restore_that_fills_the_disk_carries_the_backup_and_the_cause(tmp_path: Path) -> None:
    with small_disk(tmp_path / "small-disk") as disk:
        if disk is None:
            pytest.skip("a small disk of its own needs root and mount")
        name = full_disk_with_a_backup(disk)
        with pytest.raises(backup.BackupError) as refused:
            backup.restore(disk / "plan.db", name)
        assert not (disk / ".plan.db.restoring").exists()
    assert refused.value.code == "restore_failed"
    assert refused.value.values == (
        name,
        "the disk is full; free some space and try again",
    )


def test_a_backup_into_a_full_folder_carries_the_database_the_folder_and_the_cause(
    tmp_path: Path,
) -> None:
    database = tmp_path / "plan.db"
    open_store(database).close()
    with small_disk(tmp_path / "plan-backups") as disk:
        if disk is None:
            pytest.skip("a small disk of its own needs root and mount")
        fill(disk)
        with pytest.raises(backup.BackupError) as refused:
            backup.backup_database(database, force=True)
        left = sorted(path.name for path in disk.iterdir())
    assert refused.value.code == "backup_failed"
    assert refused.value.values == (
        str(database),
        str(tmp_path / "plan-backups"),
        "the disk is full; free some space and try again",
    )
    cause = refused.value.reason
    assert cause is not None and cause.code == "disk_full"
    assert cause.values == (str(tmp_path / "plan-backups"),)
    assert left == ["filler.bin"]  # no half-written copy


def test_a_backup_on_the_full_disk_of_its_database_says_the_disk_is_full(
    tmp_path: Path,
) -> None:
    """The database and its backups folder on one disk, full to the last byte: SQLite cannot
    grow the database's WAL index to read it. That is the full disk, not a database that
    "could not be read" (which sent the delegate looking for a damaged file)."""
    with small_disk(tmp_path / "usb") as disk:
        if disk is None:
            pytest.skip("a small disk of its own needs root and mount")
        database = disk / "plan.db"
        open_store(database).close()
        fill(disk)
        with pytest.raises(backup.BackupError) as refused:
            backup.backup_database(database, force=True)
        left = sorted(path.name for path in disk.iterdir())
    assert refused.value.code == "backup_failed"
    assert refused.value.values == (
        str(database),
        str(disk / "plan-backups"),
        "the disk is full; free some space and try again",
    )
    cause = refused.value.reason
    assert cause is not None and cause.code == "disk_full"
    assert "plan.db" in left and not any(name.endswith(".tmp") for name in left)


def test_an_action_item_without_a_title_carries_its_cause(empty_store: Store) -> None:
    with empty_store.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(title="Overleg"))
        meeting_id = meeting.id
    with empty_store.transaction() as session, pytest.raises(meetings.MeetingError) as refused:
        meetings.add_meeting_action(session, meeting_id, "  ")
    assert refused.value.code == "action_needs_title"
    with empty_store.read() as session:
        assert meetings.meeting_detail(session, meeting_id)["actions"] == []


def test_a_bundle_cut_off_in_its_first_line_carries_its_name(
    empty_store: Store, tmp_path: Path
) -> None:
    whole = tmp_path / "van-anna.bnlnotes"
    sync.share(empty_store, whole, author="Anna", delegation="LU")
    cut = tmp_path / "van-anna (afgebroken).bnlnotes"
    raw = whole.read_bytes()
    assert raw.startswith(b"BNLDESK-NOTES ")
    cut.write_bytes(raw[: raw.index(b"\n")])  # a download that stopped in the first line
    with pytest.raises(BundleError) as refused:
        sync.receive(empty_store, cut)
    assert refused.value.code == "bundle_truncated"
    assert refused.value.values == (f"{tmp_path}/van-anna (afgebroken).bnlnotes",)


def test_a_notes_sheet_over_300_mb_carries_its_name_and_size(
    empty_store: Store, tmp_path: Path
) -> None:
    sheet = tmp_path / "notities.xlsx"
    with sheet.open("wb") as handle:  # sparse: takes no room on the disk
        handle.truncate(301 * 1024 * 1024 + 5)
    with empty_store.read() as session, pytest.raises(RoundTripError) as refused:
        plan_import(session, sheet)
    assert refused.value.code == "sheet_too_large"
    assert refused.value.values == ("notities.xlsx", 301)


def test_an_export_process_that_dies_carries_its_exit_code(
    empty_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_sample(empty_store)
    monkeypatch.setattr(workbook_process, "_write_in_child", _die)
    out = tmp_path / "exports" / "werkgroepen.xlsx"
    out.parent.mkdir()
    with pytest.raises(ExportError) as refused:
        export_workbook(empty_store, out, ExportFilters(), XlsxOptions(), process_from_rows=0)
    assert refused.value.code == "export_interrupted"
    assert refused.value.values == ("3",)
    assert list(out.parent.iterdir()) == []


def _die(*_args: Any) -> Any:
    """The export process's work replaced by a process that ends with code 3 at once."""
    os._exit(3)


def test_a_file_whose_tables_do_not_match_its_version_carries_the_file_and_version(
    tmp_path: Path,
) -> None:
    """An update cut short by an older bnldesk left the file at version 0005 without one of
    its tables."""
    db_path = tmp_path / "bnldesk.db"
    left_at_0005_without_a_table(db_path)
    with pytest.raises(migrations.MigrationError) as refused:
        open_store(db_path)
    assert refused.value.code == "migration_tables_mismatch"
    assert refused.value.values == (str(db_path), "0005", "OperationalError")


@pytest.mark.parametrize(
    ("part", "change", "code"),
    [
        (
            "conflict",
            {"record_uuid": "00000000-0000-4000-8000-000000000000"},
            "bundle_conflict_other_record",
        ),
        ("conflict", {"detected_at": "2026-03-04T10:00:00" + "0" * 40}, "bundle_conflict_dates"),
        ("manifest", {"format_version": 3}, "bundle_manifest_inconsistent"),
    ],
    ids=["conflict-about-another-record", "conflict-with-a-malformed-date", "manifest-of-format-3"],
)
def test_a_bundle_with_a_malformed_part_carries_its_cause(
    tmp_path: Path, part: str, change: dict[str, object], code: str
) -> None:
    """The bundle an earlier bnldesk wrote (tests/data/sync), its one conflict or its manifest
    changed and the bundle signed again, by a laptop taken as paired: refused whole, saying
    what is wrong."""
    raw = OLD_BUNDLE.read_bytes()
    payload = json.loads(raw[raw.index(b"\n") + 1 : raw.rindex(sync_bundle.SIGNATURE_PREFIX)])
    (conflict,) = payload["conflicts"]
    (conflict if part == "conflict" else payload["manifest"]).update(change)
    tampered = tmp_path / "van-anna.bnlnotes"
    tampered.write_bytes(sync_bundle.encode_bundle(payload, Ed25519PrivateKey.generate()))
    with pytest.raises(BundleError) as refused:
        sync_bundle.read_bundle(tampered, trust=lambda key: "laptop A")
    # The bundle is named; the window words the fault behind it from the reason's code.
    assert refused.value.code == "bundle_malformed"
    assert refused.value.values[0] == f"{tmp_path}/van-anna.bnlnotes"
    assert refused.value.reason is not None
    assert refused.value.reason.code == code


def test_pairing_a_laptop_without_a_name_carries_its_cause(
    empty_store: Store, tmp_path: Path
) -> None:
    with empty_store.transaction() as session:
        anna_code = sync_trust.pairing_code(session)
    bram = open_store(tmp_path / "bram.db", demo=False)
    try:
        with bram.transaction() as session:
            with pytest.raises(sync_trust.PairingError) as refused:
                sync_trust.pair(session, anna_code, " \t ")
            assert sync_trust.paired_laptops(session) == []
    finally:
        bram.close()
    assert refused.value.code == "pairing_name_missing"


def test_a_brief_on_a_workgroup_removed_meanwhile_carries_its_row_id(empty_store: Store) -> None:
    """The window asks for a brief on the workgroup selected by its row id; a workgroup gone
    since (another import, a restore) is named by that id."""
    with empty_store.read() as session, pytest.raises(BriefSubjectNotFound) as refused:
        collect_brief(session, BriefSubject(workgroup_id=987654), BriefOptions())
    assert refused.value.code == "no_workgroup_with_id"
    assert refused.value.values == (987654,)
