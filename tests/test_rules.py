"""Rules and messages of domain, store and services, pinned one by one.

The end-to-end tests (a real database, real files) leave some details loose: which boundary
counts, what a message says, which branch a fault takes. ``scripts/mutation.py`` finds those
(a mutant that no test notices); the tests here pin them down with expected values written out.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import time
from pathlib import Path

import pytest
from export_helpers import fill_sample
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Contact,
    Meeting,
    Programme,
    TargetKind,
    Workgroup,
)
from bnldesk.services import backup, files, meetings, sync, sync_bundle
from bnldesk.services.annotations import (
    NoteFields,
    Target,
    TargetNotFound,
    add_annotation,
    notes_for,
    resolve_target,
)
from bnldesk.services.reports import ExportFilters
from bnldesk.services.reports.rows import workgroup_rows
from bnldesk.services.start_page import start_page_data
from bnldesk.store import errors as store_errors
from bnldesk.store.check import check_database
from bnldesk.store.engine import Store


def test_a_delegate_error_is_one_line_whatever_the_message_holds() -> None:
    error = BnldeskError("the disk\nholding  /tmp/x\r\nis\tfull ")
    assert str(error) == "the disk holding /tmp/x is full"


# ------------------------------------------------------------------------------------------
# services/files.py: what a failed write tells the delegate, and which leftovers go
# ------------------------------------------------------------------------------------------

TARGET = Path("/srv/exports/wg.xlsx")


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOENT, "the folder /srv/exports does not exist; choose another folder"),
        (errno.EACCES, "cannot write in the folder /srv/exports (permission denied); choose another folder"),
        (errno.EPERM, "cannot write in the folder /srv/exports (permission denied); choose another folder"),
        (errno.EROFS, "cannot write in the folder /srv/exports (permission denied); choose another folder"),
        (errno.ENOSPC, "the disk holding /srv/exports is full; free some space and try again"),
        (errno.EDQUOT, "the disk holding /srv/exports is full; free some space and try again"),
        (errno.EISDIR, "/srv/exports/wg.xlsx is a folder, not a file name"),
        (errno.ENOTDIR, "/srv/exports is not a folder"),
        (errno.EIO, "cannot write /srv/exports/wg.xlsx (Input/output error)"),
    ],
)  # fmt: skip
def test_a_failed_write_says_why_and_what_to_do(code: int, message: str) -> None:
    assert str(files._write_error(OSError(code, os.strerror(code)), TARGET)) == message


def test_a_failed_write_without_an_explanation_still_names_the_fault() -> None:
    assert str(files._write_error(OSError("odd driver fault"), TARGET)) == (
        "cannot write /srv/exports/wg.xlsx (odd driver fault)"
    )


def _leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a file")
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_only_old_unlocked_leftovers_of_bnldesk_are_removed(tmp_path: Path) -> None:
    old = files.LEFTOVER_AGE + 60
    killed_export = _leftover(tmp_path, ".wg.xlsx.ab12cd34.part", old)
    killed_backup = _leftover(tmp_path, ".bnldesk-20261122.db.tmp", old)
    recent = _leftover(tmp_path, ".brief.pdf.ab12cd34.part", 60)
    foreign = _leftover(tmp_path, ".wg.xlsx.part", old)  # not a name bnldesk makes
    visible = _leftover(tmp_path, "wg.xlsx.ab12cd34.part", old)
    live = _leftover(tmp_path, ".notes.bnlnotes.zz99yy88.part", old)
    fcntl = pytest.importorskip("fcntl")  # POSIX: Windows cannot remove an open file anyway
    held = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a writer that is still alive
        removed = files.remove_leftovers(tmp_path)
    finally:
        os.close(held)
    assert sorted(removed) == sorted([killed_export, killed_backup])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (recent, foreign, visible, live)
    )
    # Once its writer is gone, the last one is a leftover like the others.
    assert files.remove_leftovers(tmp_path) == [live]


def test_leftovers_of_other_targets_are_kept_when_names_are_given(tmp_path: Path) -> None:
    old = files.LEFTOVER_AGE + 60
    mine = _leftover(tmp_path, ".wg.xlsx.ab12cd34.part", old)
    other = _leftover(tmp_path, ".brief.pdf.ab12cd34.part", old)
    assert files.remove_leftovers(tmp_path, names=["wg.xlsx"]) == [mine]
    assert other.exists()


# ------------------------------------------------------------------------------------------
# store/errors.py: each cause's message, as the delegate reads it
# ------------------------------------------------------------------------------------------

DB = Path("/home/anna/bnldesk.db")


def test_each_database_fault_has_its_own_message() -> None:
    assert str(store_errors.DatabaseReadOnlyError(DB)) == (
        "/home/anna/bnldesk.db is read-only: changes cannot be saved"
    )
    assert str(store_errors.DiskIOError(DB)) == (
        "/home/anna/bnldesk.db could not be read or written (disk or network error): "
        "nothing was saved; check the disk or USB stick and try again"
    )
    assert str(store_errors.NotABnldeskDatabaseError(DB)) == (
        "/home/anna/bnldesk.db is not a bnldesk database (not an SQLite file); it was left as it is"
    )
    assert str(store_errors.DiskFullError(DB)) == (
        "the disk is full: nothing was saved and /home/anna/bnldesk.db is intact; "
        "free some space and try again"
    )
    assert str(store_errors.DatabaseCorruptError(DB)) == (
        "/home/anna/bnldesk.db is damaged; restore it from a backup"
    )
    assert str(store_errors.CannotOpenError(DB)) == (
        "/home/anna/bnldesk.db: cannot open the database file"
    )


@pytest.mark.parametrize(
    ("code", "cause"),
    [
        (errno.ENOSPC, store_errors.DiskFullError),
        (errno.EDQUOT, store_errors.DiskFullError),
        (errno.EACCES, store_errors.DatabaseReadOnlyError),
        (errno.EPERM, store_errors.DatabaseReadOnlyError),
        (errno.EROFS, store_errors.DatabaseReadOnlyError),
        (errno.EIO, store_errors.DiskIOError),
        (errno.ENOENT, store_errors.CannotOpenError),
    ],
)
def test_operating_system_faults_are_told_by_errno(code: int, cause: type[Exception]) -> None:
    found = store_errors.classify(OSError(code, "whatever the words"), DB)
    assert type(found) is cause
    assert store_errors.store_error(OSError(code, "x"), DB).__class__ is cause


def test_what_the_delegate_reads_of_an_operating_system_fault() -> None:
    denied = store_errors.classify_os_error(OSError(errno.EACCES, "Permission denied"), DB)
    assert str(denied) == f"{DB} is read-only: bnldesk may not write there"
    odd = store_errors.classify_os_error(OSError(errno.ENOENT, "No such file or directory"), DB)
    assert str(odd) == f"{DB}: cannot open the database file (No such file or directory)"
    wordless = store_errors.classify_os_error(FileNotFoundError(), DB)
    assert str(wordless) == f"{DB}: cannot open the database file (FileNotFoundError)"


def test_a_bug_is_not_taken_for_a_fault_of_the_environment() -> None:
    bug = ValueError("database is locked")  # the words of a fault, the type of a bug
    assert store_errors.classify(bug, DB) is None
    assert store_errors.store_error(bug, DB) is bug


# ------------------------------------------------------------------------------------------
# domain/models.py: enumerations are stored as their values, and only those
# ------------------------------------------------------------------------------------------


def test_enumerations_are_stored_as_their_readable_values(store: Store) -> None:
    with store.transaction() as s:
        note = add_annotation(
            s,
            resolve_target(s, "SENN-CRISE"),
            NoteFields(body="x", status="in_progress", position_state="to_coordinate"),
        )
        uuid = note.uuid
    with sqlite3.connect(store.path) as raw:
        row = raw.execute(
            "SELECT status, position_state, visibility, target_kind FROM annotation WHERE uuid = ?",
            (uuid,),
        ).fetchone()
    assert row == ("in_progress", "to_coordinate", "private", "workgroup")


def test_a_value_outside_an_enumeration_is_refused_before_it_is_written(store: Store) -> None:
    with pytest.raises(StatementError), store.transaction() as s:
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="x"))
        note.status = "finished"  # type: ignore[assignment]
        s.flush()
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("SELECT count(*) FROM annotation").fetchone() == (0,)


# ------------------------------------------------------------------------------------------
# services/sync.py: the receive report's one line
# ------------------------------------------------------------------------------------------


def _report(*actions: str, dry_run: bool = False, unchanged: int = 0) -> sync.ReceiveReport:
    refused = [sync.Change("annotation", a, "x") for a in actions if a in ("refused", "orphan")]
    changes = [sync.Change("annotation", a, "x") for a in actions if a not in ("refused", "orphan")]
    return sync.ReceiveReport(
        changes=changes, refused=refused, dry_run=dry_run, unchanged=unchanged
    )


def test_the_receive_summary_counts_each_kind_of_change() -> None:
    everything = _report(
        "added", "added", "updated", "deleted", "conflict", "conflict-resolved", "refused", "orphan"
    )
    assert everything.summary() == (
        "changed: 2 added, 1 updated, 1 deleted, 1 conflict, 1 conflict-resolved, "
        "1 refused (private on this laptop), "
        "1 left out (their plan object is not in this database)"
    )
    assert _report("updated", dry_run=True).summary() == "would change: 1 updated"
    assert _report("refused", unchanged=4).summary() == (
        "nothing to change (4 records already up to date); 1 refused (private on this laptop)"
    )


# ------------------------------------------------------------------------------------------
# services/meetings.py: where actions go, and what the start page says of them
# ------------------------------------------------------------------------------------------


def _plain_meeting(store: Store, when: dt.datetime) -> int:
    with store.transaction() as s:
        meeting = meetings.create_meeting(
            s, meetings.MeetingFields(workgroup="SENN-CRISE", starts_at=when)
        )
        meetings.add_agenda_item(s, meeting.id, meetings.AgendaFields(target="2.1.1"))
        return meeting.id


def test_an_action_goes_with_its_point_even_without_an_outcome(store: Store) -> None:
    """An action item under a point with no outcome is still that point's: the point is
    written on its own object with the action; an action of no point goes on the workgroup."""
    meeting_id = _plain_meeting(store, dt.datetime(2026, 11, 3, 10, 0))
    with store.transaction() as s:
        (point,) = meetings.meeting_detail(s, meeting_id)["agenda"]
        meetings.add_meeting_action(s, meeting_id, "Book the room")
        meetings.add_meeting_action(s, meeting_id, "Read the text", agenda_item_id=point["id"])
        result = meetings.debrief(s, meeting_id)
    assert (result.notes_created, result.notes_updated, result.actions_linked) == (2, 0, 2)
    with store.read() as s:
        (wg_note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        (section_note,) = notes_for(s, TargetKind.SECTION, point["target_key"])
        assert [action.title for action in wg_note.actions] == ["Book the room"]
        assert [action.title for action in section_note.actions] == ["Read the text"]
        lines = section_note.body.splitlines()
        assert "Outcome: not recorded" in lines
        assert lines[lines.index("Actions:") + 1 :] == ["- Read the text"]
        lines = wg_note.body.splitlines()
        assert lines[lines.index("Actions:") + 1 :] == ["- Book the room"]


def test_an_open_action_says_which_meeting_it_comes_from(store: Store) -> None:
    meeting_id = _plain_meeting(store, dt.datetime(2026, 11, 3, 10, 0))
    with store.transaction() as s:
        meetings.add_meeting_action(s, meeting_id, "Later", due_date=dt.date(2026, 12, 1))
        title = meetings.meeting_detail(s, meeting_id)["title"]
    with store.read() as s:
        data = start_page_data(s, dt.date(2026, 11, 22))
    assert title == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    assert [(a["title"], a["context"]) for a in data.open_actions] == [
        ("Later", "Strategische werkgroep Crisisbeheersing (SENN-CRISE) 03/11/2026")
    ]


def test_a_deleted_meeting_is_not_among_the_coming_ones(store: Store) -> None:
    kept = _plain_meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    gone = _plain_meeting(store, dt.datetime(2026, 12, 4, 10, 0))
    with store.transaction() as s:
        meetings.delete_meeting(s, gone)
    with store.read() as s:
        data = start_page_data(s, dt.date(2026, 11, 22))
    assert [row["id"] for row in data.upcoming] == [kept]


# ------------------------------------------------------------------------------------------
# services/reports/rows.py: a workgroup's figures on the workgroups sheet
# ------------------------------------------------------------------------------------------


def test_a_workgroup_row_counts_its_shared_notes_tags_and_open_actions(empty_store: Store) -> None:
    fill_sample(empty_store)  # three notes on SENN-CRISE (one private), two open actions
    with empty_store.read() as s:
        rows = {row["code"]: row for row in workgroup_rows(s, ExportFilters(), "en")}
        private = {
            row["code"]: row for row in workgroup_rows(s, ExportFilters(include_private=True), "en")
        }
    senn = rows["SENN-CRISE"]
    assert (senn["notes"], senn["open_actions"]) == (2, 2)
    assert senn["tags"] == ["=SUM(A1)", "budget", "crisis"]
    assert senn["status"] == "in current plan"
    assert private["SENN-CRISE"]["notes"] == 3
    assert rows["FISC-MTIC BENELUX"]["status"] == "last in the 2013 plan"
    with empty_store.read() as s:
        dutch = {row["code"]: row for row in workgroup_rows(s, ExportFilters(), "nl")}
        french = {row["code"]: row for row in workgroup_rows(s, ExportFilters(), "fr")}
    assert dutch["FISC-MTIC BENELUX"]["status"] == "laatst in jaarplan 2013"
    assert french["FISC-MTIC BENELUX"]["status"] == "pour la dernière fois dans le plan 2013"


def test_a_workgroup_row_leaves_deleted_actions_out_and_reads_a_chapter_with_its_dot(
    empty_store: Store,
) -> None:
    fill_sample(empty_store)  # two open actions on SENN-CRISE's notes
    with empty_store.transaction() as s:
        (action, *_) = s.scalars(
            select(ActionItem)
            .join(Annotation, ActionItem.annotation_id == Annotation.id)
            .where(Annotation.target_key == "wg:SENN-CRISE")
            .order_by(ActionItem.id)
        )
        action.soft_delete()
        (meeting_id,) = s.scalars(select(Meeting.id))  # the sample's SENN-CRISE meeting
        meetings.add_meeting_action(s, meeting_id, "Zaal boeken").soft_delete()
    with empty_store.read() as s:
        rows = {row["code"]: row for row in workgroup_rows(s, ExportFilters(), "en")}
        chapter = [row["code"] for row in workgroup_rows(s, ExportFilters(chapter="5"), "en")]
        dotted = [row["code"] for row in workgroup_rows(s, ExportFilters(chapter="5."), "en")]
    assert rows["SENN-CRISE"]["open_actions"] == 1
    assert len(chapter) == 3 and dotted == chapter  # "5." is how the plans print chapter 5


def test_the_notes_sheet_keeps_to_the_search_and_the_tag(empty_store: Store) -> None:
    from bnldesk.services.reports.rows import annotation_rows

    fill_sample(empty_store)  # four notes: one says "Persoonlijke notitie", privately
    with empty_store.read() as s:
        everything = list(annotation_rows(s, ExportFilters(include_private=True), "en"))
        found = list(
            annotation_rows(s, ExportFilters(include_private=True, search="persoonlijke"), "en")
        )
        tagged = list(annotation_rows(s, ExportFilters(tag="juridisch"), "en"))
    assert len(everything) == 4
    assert [row["values"].tags for row in tagged] == [("juridisch",)]
    (row,) = found
    with empty_store.read() as s:
        note = s.get_one(Annotation, row["note_id"])
    assert note.body == "Persoonlijke notitie: niet delen."


def test_a_contact_row_names_its_workgroups_by_code_else_by_name(empty_store: Store) -> None:
    from bnldesk.domain.models import Contact, Workgroup
    from bnldesk.services.reports.rows import contact_rows

    with empty_store.transaction() as s:
        contact = Contact(
            name="An Peeters", role="secretaris", domain="Energie", identity_key="ct:an-peeters"
        )
        contact.workgroups = [
            Workgroup(name="Pentalateral Energy Forum", identity_key="wg:pentalateral"),
            Workgroup(name="Werkgroep Waterstof", code="ENER-H2", identity_key="wg:ENER-H2"),
        ]
        s.add(contact)
    with empty_store.read() as s:
        (row,) = contact_rows(s, ExportFilters(), "en")
    assert (row["name"], row["workgroups"]) == (
        "An Peeters",
        ["ENER-H2", "Pentalateral Energy Forum"],
    )


# ------------------------------------------------------------------------------------------
# services/backup.py: the 30-minute rule without the state file
# ------------------------------------------------------------------------------------------


def test_without_its_state_file_the_timer_goes_by_the_newest_backup(store: Store) -> None:
    made = backup.backup_database(store.path, "manual", now=dt.datetime(2026, 11, 22, 9, 0))
    (made.parent / backup.STATE_FILE).unlink(missing_ok=True)
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="a change"))
    newest = backup.list_backups(store.path)[0].created
    assert backup.maybe_backup(store, newest + dt.timedelta(minutes=10)) is None
    assert backup.maybe_backup(store, newest + dt.timedelta(minutes=31)) is not None


# ------------------------------------------------------------------------------------------
# services/meetings.py and sync.py without the window: undo, and a bundle made --since
# ------------------------------------------------------------------------------------------


def test_undoing_a_meeting_edit_puts_back_its_fields_and_agenda(store: Store) -> None:
    meeting_id = _plain_meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.transaction() as s:
        before = meetings.meeting_state(s, meeting_id)
        fields = meetings.meeting_fields(s, meeting_id)
    assert (fields.workgroup, fields.place, fields.starts_at) == (
        "SENN-CRISE",
        "",
        dt.datetime(2026, 12, 3, 10, 0),
    )
    with store.transaction() as s:
        fields.place = "Luxembourg"
        meetings.update_meeting(s, meeting_id, fields)
        meetings.add_agenda_item(s, meeting_id, meetings.AgendaFields(title="Rondvraag"))
        after = meetings.meeting_state(s, meeting_id)
    with store.transaction() as s:
        meetings.restore_meeting_state(s, before, after)  # undo
    with store.read() as s:
        detail = meetings.meeting_detail(s, meeting_id)
    assert detail["place"] == ""
    assert [point["target_kind"] for point in detail["agenda"]] == ["section"]
    with store.transaction() as s:
        meetings.restore_meeting_state(s, after, before)  # redo
    with store.read() as s:
        detail = meetings.meeting_detail(s, meeting_id)
    assert detail["place"] == "Luxembourg"
    assert [point["title"] for point in detail["agenda"]][1:] == ["Rondvraag"]


# ------------------------------------------------------------------------------------------
# domain rule: an action is overdue the day after its due date
# ------------------------------------------------------------------------------------------


def test_an_action_due_today_is_not_yet_overdue() -> None:
    today = dt.date(2026, 11, 22)
    due = ActionItem(title="x", status=ActionStatus.OPEN, due_date=today)
    assert not due.is_overdue(today)
    assert due.is_overdue(today + dt.timedelta(days=1))
    done = ActionItem(title="x", status=ActionStatus.DONE, due_date=today)
    assert not done.is_overdue(today + dt.timedelta(days=1))


# ------------------------------------------------------------------------------------------
# store: SQLite result codes to causes; the integrity check's verdicts
# ------------------------------------------------------------------------------------------


def _sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("the words do not matter")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (5, "/home/anna/bnldesk.db is in use by another program"),  # SQLITE_BUSY
        (6, "/home/anna/bnldesk.db is in use by another program"),  # SQLITE_LOCKED
        (8, "/home/anna/bnldesk.db is read-only"),  # SQLITE_READONLY
        (13, "the disk is full: nothing was saved and /home/anna/bnldesk.db is intact"),
        (778, "/home/anna/bnldesk.db could not be read or written"),  # SQLITE_IOERR_WRITE
        (11, "/home/anna/bnldesk.db is damaged"),  # SQLITE_CORRUPT
        (26, "/home/anna/bnldesk.db is not a bnldesk database (not an SQLite file, or an encrypted one)"),
        (14, "/home/anna/bnldesk.db: cannot open the database file"),  # SQLITE_CANTOPEN
    ],
)  # fmt: skip
def test_sqlite_faults_are_told_by_result_code(code: int, message: str) -> None:
    found = store_errors.classify(_sqlite_error(code), DB)
    assert found is not None and str(found).startswith(message)
    assert store_errors.classify(_sqlite_error(1), DB) is None  # SQLITE_ERROR: a bug, not a fault


SERVER = "bnldesk on db.delegation.example"


def _server_error(state: str) -> Exception:
    """What psycopg raises for a reply carrying SQLSTATE ``state``, wrapped as SQLAlchemy
    hands it on."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    original = psycopg.errors.lookup(state)("the words do not matter")
    return DBAPIError.instance("SELECT 1", {}, original, psycopg.Error)


# The SQLSTATEs from PostgreSQL's "Appendix A. PostgreSQL Error Codes".
@pytest.mark.parametrize(
    ("state", "kind", "message"),
    [
        ("08006", "ServerUnreachableError", f"cannot reach the database server {SERVER}"),  # connection_failure
        ("57P01", "ServerUnreachableError", f"cannot reach the database server {SERVER}"),  # admin_shutdown
        ("57P03", "ServerUnreachableError", f"cannot reach the database server {SERVER}"),  # cannot_connect_now
        ("28P01", "ServerLoginError", f"the server {SERVER}"),  # invalid_password
        ("28000", "ServerLoginError", f"the server {SERVER}"),  # invalid_authorization_specification
        ("3D000", "ServerSchemaError", f"the database {SERVER} does not exist on the server"),  # invalid_catalog_name
        ("42501", "ServerPermissionError", f"the server {SERVER} does not allow this for your user"),  # insufficient_privilege
        ("55P03", "DatabaseLockedError", f"the server's database {SERVER} is in use"),  # lock_not_available
        ("40P01", "DatabaseLockedError", f"the server's database {SERVER} is in use"),  # deadlock_detected
        ("40001", "DatabaseLockedError", f"the server's database {SERVER} is in use"),  # serialization_failure
        ("57014", "DatabaseLockedError", f"the server's database {SERVER} is in use"),  # query_canceled
        ("53100", "DiskFullError", f"the disk is full: nothing was saved and the server's database {SERVER} is intact"),  # disk_full
        ("XX001", "DatabaseCorruptError", f"{SERVER} is damaged (the server reports damaged data: tell its administrator)"),  # data_corrupted
        ("XX002", "DatabaseCorruptError", f"{SERVER} is damaged (the server reports damaged data"),  # index_corrupted
        ("25006", "DatabaseReadOnlyError", f"{SERVER} is read-only: the server accepts no changes at the moment"),  # read_only_sql_transaction
    ],
)  # fmt: skip
def test_server_faults_are_told_by_sqlstate(state: str, kind: str, message: str) -> None:
    found = store_errors.classify_server(_server_error(state), SERVER)
    assert type(found).__name__ == kind
    assert str(found).startswith(message), str(found)


def test_a_server_error_that_is_no_fault_is_a_bug() -> None:
    # 42P01 undefined_table, 23505 unique_violation: bnldesk's own mistakes, not the server's.
    assert store_errors.classify_server(_server_error("42P01"), SERVER) is None
    assert store_errors.classify_server(_server_error("23505"), SERVER) is None
    assert store_errors.classify_server(ValueError("no SQLSTATE"), SERVER) is None
    assert store_errors.sqlstate(_server_error("53100")) == "53100"
    assert store_errors.sqlstate(ValueError("plain")) is None


def test_a_connection_refused_before_any_reply_is_told_by_whether_a_password_was_sent() -> None:
    import psycopg

    class _Connection:  # what libpq says of the attempt
        def __init__(self, used_password: bool) -> None:
            self.used_password = used_password

    def refused(used_password: bool | None) -> Exception:
        connection = None if used_password is None else _Connection(used_password)
        return psycopg.OperationalError("connection refused", pgconn=connection)  # type: ignore[arg-type]

    found = [
        type(store_errors.classify_server(refused(used), SERVER)).__name__
        for used in (None, True, False)
    ]
    assert found == ["ServerUnreachableError", "ServerLoginError", "ServerUnreachableError"]


def test_the_check_finds_a_broken_reference(store: Store) -> None:
    store.close()
    with sqlite3.connect(store.path) as raw:  # foreign keys are off in a plain connection
        raw.execute("INSERT INTO tag (id, name) VALUES (900, 'wees')")
        raw.execute("INSERT INTO annotation_tag (annotation_id, tag_id) VALUES (424242, 900)")
    report = check_database(store.path)
    assert not report.ok
    assert ("foreign_key_check", "failed") in report.checks
    assert ("integrity_check", "ok") in report.checks


def test_the_check_of_a_missing_file_says_so(tmp_path: Path) -> None:
    report = check_database(tmp_path / "gone.db")
    assert report.problems == ["the file does not exist"]


# ------------------------------------------------------------------------------------------
# services/sync_bundle.py: a bundle that cannot be read
# ------------------------------------------------------------------------------------------


def test_a_bundle_that_cannot_be_read_is_told_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(sync_bundle.BundleError, match=r"gone\.bnlnotes does not exist$"):
        sync_bundle.read_bundle(tmp_path / "gone.bnlnotes")
    with pytest.raises(sync_bundle.BundleError, match=r"is a folder, not a bundle$"):
        sync_bundle.read_bundle(tmp_path)


def test_a_changed_action_takes_its_meeting_into_a_bundle_since(
    store: Store, tmp_path: Path
) -> None:
    meeting_id = _plain_meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.transaction() as s:
        action_id = meetings.add_meeting_action(s, meeting_id, "Book the room").id
    since = dt.datetime(2030, 1, 1)
    with store.transaction() as s:  # only the action changes after `since`
        changed = s.get(ActionItem, action_id)
        assert changed is not None
        changed.updated_at = dt.datetime(2030, 6, 1)
    result = sync.share(store, tmp_path / "since.bnlnotes", sync.Scope(since=since))
    # The meeting travels with its action (the receiver must resolve the reference); its
    # unchanged agenda point does not.
    assert (result.counts["meeting"], result.counts["agenda_item"]) == (1, 0)
    assert (result.counts["action_item"], result.counts["annotation"]) == (1, 0)


# ------------------------------------------------------------------------------------------
# services/annotations.py: every kind of object a note can be on, by "kind:id"
# ------------------------------------------------------------------------------------------


def test_a_note_can_be_on_a_programme_a_contact_or_a_workgroup_by_id(store: Store) -> None:
    with store.read() as s:
        programme = s.scalars(select(Programme).order_by(Programme.id)).first()
        contact = s.scalars(select(Contact).order_by(Contact.id)).first()
        workgroup = s.scalars(select(Workgroup).where(Workgroup.code == "SENN-CRISE")).one()
        assert programme is not None and contact is not None
        assert resolve_target(s, f"programme:{programme.id}") == Target(
            TargetKind.PROGRAMME, programme.identity_key, programme.id, programme.title, None
        )
        assert resolve_target(s, f"contact#{contact.id}") == Target(
            TargetKind.CONTACT, contact.identity_key, contact.id, contact.name, None
        )
        by_id = Target(
            TargetKind.WORKGROUP,
            workgroup.identity_key,
            workgroup.id,
            "Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
            None,
        )
        assert resolve_target(s, f"wg:{workgroup.id}") == by_id
        assert resolve_target(s, f"WORKGROUP:{workgroup.id}") == by_id


@pytest.mark.parametrize(
    "kind", ["programme", "plan", "chapter", "section", "item", "workgroup", "contact"]
)
def test_an_object_id_that_does_not_exist_is_named_in_the_message(store: Store, kind: str) -> None:
    name = {"item": "plan item"}.get(kind, kind)
    with store.read() as s, pytest.raises(TargetNotFound) as raised:
        resolve_target(s, f"{kind}:987654")
    assert str(raised.value) == f"no {name} with id 987654"
