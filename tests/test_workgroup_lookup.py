"""Finding the workgroup a delegate names: by its code, its full name or its id, in every
command that takes one (meetings, briefs, sharing, notes).

A workgroup with a code has an identity key built from that code, so a lookup by key alone
never found it by its name: ``meeting add --workgroup "<full name>"`` said there was no such
workgroup. The demo's 2013 plan lists "Strategische werkgroep Crisisbeheersing" with the code
SENN-CRISE.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bnldesk.cli import main
from bnldesk.domain.models import Meeting, Workgroup
from bnldesk.services import meetings, sync
from bnldesk.services.annotations import TargetNotFound, resolve_target
from bnldesk.services.reports.brief_data import (
    BriefOptions,
    BriefSubject,
    BriefSubjectNotFound,
    collect_brief,
)
from bnldesk.store.engine import Store, open_store

SENN_NAME = "Strategische werkgroep Crisisbeheersing"


@pytest.mark.both_backends
@pytest.mark.parametrize(
    "typed",
    [
        "Strategische werkgroep Crisisbeheersing",
        "  strategische   WERKGROEP crisisbeheersing ",
        "Stratégische werkgroep Crisis-beheersing",
        "Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
        "senn-crise",
    ],
)
def test_a_workgroup_with_a_code_is_found_by_its_name_as_typed(store: Store, typed: str) -> None:
    with store.transaction() as session:
        found = meetings.find_workgroup(session, typed)
        assert (found.code, found.name) == ("SENN-CRISE", SENN_NAME)
        meeting = meetings.create_meeting(session, meetings.MeetingFields(workgroup=typed))
        assert meeting.workgroup_key == "wg:SENN-CRISE"
        assert meeting.title == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"


@pytest.mark.both_backends
def test_a_name_two_workgroups_carry_asks_for_the_code_and_a_wrong_code_is_not_taken(
    store: Store,
) -> None:
    with store.transaction() as session:
        for code in ("ENER-B", "ENER-A"):
            session.add(Workgroup(name="Werkgroep Energie", code=code, identity_key="wg:" + code))
        session.flush()
        with pytest.raises(
            meetings.MeetingError,
            match=r"^'werkgroep energie' is the name of 2 workgroups \(ENER-A, ENER-B\): "
            r"give its code$",
        ):
            meetings.find_workgroup(session, "werkgroep energie")
        assert meetings.find_workgroup(session, "ener-b").code == "ENER-B"
        # "Name (CODE)" with a code that is not that workgroup's: nothing is guessed.
        with pytest.raises(
            meetings.MeetingError,
            match=r"^there is no workgroup 'Strategische werkgroep Crisisbeheersing \(ENER-A\)'",
        ):
            meetings.find_workgroup(session, "Strategische werkgroep Crisisbeheersing (ENER-A)")
        with pytest.raises(meetings.MeetingError, match=r"^there is no workgroup '\?\?\?'"):
            meetings.find_workgroup(session, "???")


@pytest.mark.both_backends
def test_briefs_sharing_and_notes_find_a_workgroup_by_its_name(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:
        brief = collect_brief(session, BriefSubject(workgroup=SENN_NAME.upper()), BriefOptions())
        assert (brief.kind, brief.code, brief.title) == ("workgroup", "SENN-CRISE", SENN_NAME)
        with pytest.raises(BriefSubjectNotFound, match=r"^there is no workgroup 'Nergens'"):
            collect_brief(session, BriefSubject(workgroup="Nergens"), BriefOptions())
        target = resolve_target(session, "stratégische werkgroep crisisbeheersing")
        assert (target.key, target.label) == ("wg:SENN-CRISE", f"{SENN_NAME} (SENN-CRISE)")
        with pytest.raises(TargetNotFound, match=r"^'Nergens' is neither a workgroup code"):
            resolve_target(session, "Nergens")
        meetings.create_meeting(session, meetings.MeetingFields(workgroup="SENN-CRISE"))
    bundle = tmp_path / "senn.bnlnotes"
    sync.share(store, bundle, sync.Scope(workgroup=SENN_NAME.lower()))
    shared = sync.read_bundle(bundle).records["meeting"]
    assert [entry.record.workgroup_key for entry in shared] == ["wg:SENN-CRISE"]


def test_meeting_add_on_the_command_line_takes_the_workgroups_full_name(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    added = main([*db, "meeting", "add", "--workgroup", SENN_NAME, "--start", "2099-03-02 10:00"])
    assert added == 0, capsys.readouterr().err
    assert main([*db, "meeting", "list", "--workgroup", SENN_NAME.lower()]) == 0
    assert "Strategische werkgroep Crisisbeheersing (SENN-CRISE)" in capsys.readouterr().out
    store = open_store(db_path)
    try:
        with store.read() as session:
            keys = session.scalars(select(Meeting.workgroup_key)).all()
    finally:
        store.close()
    assert keys == ["wg:SENN-CRISE"]
