"""A note typed while its database is away is never lost (trial 13, defects A and B).

The recovery file and the storing of what it kept, without Qt; the window scenarios (a
PostgreSQL server stopped under the window, a SQLite file locked or read-only mid-typing,
Ctrl+Q, the next start) are in ``unsaved_notes_windows.py``, run here in a process of their own.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bnldesk.domain.models import TargetKind
from bnldesk.services import recovery
from bnldesk.services.annotations import NoteFields, Target, add_annotation, resolve_target
from bnldesk.services.recovery import RecoveryFileError, UnsavedNote
from bnldesk.store.engine import Store

HOSTILE = "<b>bold</b> & =cmd|' /C calc'!A0 \x07 😀 مرحبا " + "x" * 5000 + " end"


# --------------------------------------------------------------------------------------------
# the recovery file (no Qt)
# --------------------------------------------------------------------------------------------


def _target() -> Target:
    return Target(TargetKind.WORKGROUP, "wg:senn-crise", 7, "Crisis management (SENN-CRISE)", 2026)


def test_the_recovery_file_keeps_any_text_and_is_its_owners_alone() -> None:
    typed = NoteFields(body=HOSTILE, tags=["geheim", "😀"], consult="Anna\nPiet")
    note = UnsavedNote(12, _target(), NoteFields(body="before"), typed, "server_unreachable")
    new = UnsavedNote(0, _target(), NoteFields(), NoteFields(body="new"), "database_locked")
    where = "postgresql://piet@localhost:5479/bnldesk"
    path = recovery.keep(where, [note, new])
    assert path.parent.parent.parent == Path(os.environ["XDG_STATE_HOME"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "secret" not in path.name and "piet" not in path.name
    assert recovery.kept(where) == [note, new]
    assert recovery.kept("/other/bnldesk.db") == []
    # No temporary file is left beside it.
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    recovery.keep(where, [])
    assert not path.exists() and recovery.kept(where) == []


def test_a_damaged_recovery_file_is_one_line_and_left_as_it_is() -> None:
    where = "/tmp/somewhere/bnldesk.db"
    path = recovery.recovery_path(where)
    path.parent.mkdir(parents=True)
    for damaged in (
        "{not json",
        json.dumps({"format": "other"}),
        json.dumps({"format": recovery.FORMAT, "notes": [{"note_id": 1}]}),
    ):
        path.write_text(damaged)
        with pytest.raises(RecoveryFileError) as info:
            recovery.kept(where)
        assert "\n" not in str(info.value) and str(path) in str(info.value)
        assert path.read_text() == damaged


def test_a_recovery_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    # A file where the folder should be: no permission trick, so it fails as root too.
    state = Path(os.environ["XDG_STATE_HOME"]) / "bnldesk"
    state.mkdir(parents=True)
    (state / "recovery").write_text("in the way")
    note = UnsavedNote(1, _target(), NoteFields(), NoteFields(body="x"), "disk_full")
    with pytest.raises(RecoveryFileError) as info:
        recovery.keep("/a.db", [note])
    assert info.value.code == "recovery_not_written" and "\n" not in str(info.value)


@pytest.mark.both_backends
def test_kept_text_is_stored_over_what_is_stored_now_and_a_gone_note_comes_back(
    store: Store,
) -> None:
    with store.transaction() as session:
        target = resolve_target(session, "SENN-CRISE")
        note_id = add_annotation(session, target, NoteFields(body="first", consult="Anna")).id
        gone_id = add_annotation(session, target, NoteFields(body="gone")).id
    # Meanwhile someone else changed who to consult; the delegate had changed the text.
    with store.transaction() as session:
        from bnldesk.domain.models import Annotation

        stored = session.get(Annotation, note_id)
        assert stored is not None
        stored.consult = "Bram"
        gone = session.get(Annotation, gone_id)
        assert gone is not None
        gone.soft_delete()
    edit = UnsavedNote(
        note_id,
        target,
        NoteFields(body="first", consult="Anna"),
        NoteFields(body="first, then more", consult="Anna"),
        "server_unreachable",
    )
    lost = UnsavedNote(
        gone_id, target, NoteFields(body="gone"), NoteFields(body="gone but typed"), "x"
    )
    new = UnsavedNote(
        0, target, NoteFields(), NoteFields(body="brand new", tags=["t"]), "x", author="piet"
    )
    with store.transaction() as session:
        results = [recovery.store_unsaved(session, note) for note in (edit, lost, new)]
    with store.read() as session:
        from bnldesk.domain.models import Annotation

        first = session.get(Annotation, note_id)
        assert first is not None and (first.body, first.consult) == ("first, then more", "Bram")
        again = session.get(Annotation, results[1].note_id)
        assert again is not None and again.body == "gone but typed" and again.id != gone_id
        added = session.get(Annotation, results[2].note_id)
        assert added is not None and added.body == "brand new"
        # A server signs a note with the login that wrote it; a file with the author given.
        assert store.is_server or added.author == "piet"


# --------------------------------------------------------------------------------------------
# the window, on the delegation's PostgreSQL server, stopped and started again
# --------------------------------------------------------------------------------------------


def test_the_window_scenarios_in_a_process_of_their_own() -> None:
    """The window scenarios of ``unsaved_notes_windows.py`` (a private PostgreSQL server
    stopped with ``pg_ctl stop`` under the window and started again; a SQLite file locked or
    read-only mid-typing), run by pytest in a process of their own: with them in the suite's
    process, a later test's window construction crashed in Qt (a damaged screen list) about
    one run in two; a crash now fails this test, not the whole suite."""
    scenarios = Path(__file__).with_name("unsaved_notes_windows.py")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(scenarios)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if "skipped" in result.stdout and "passed" not in result.stdout:
        pytest.skip(result.stdout.strip().splitlines()[-1])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"^5 passed", result.stdout, re.MULTILINE), result.stdout[-2000:]
