"""A section number on a meeting's agenda means a section of the meeting's plan (sixth
re-check: ``meeting add --workgroup SENN-CRISE --agenda 5.2`` stored 2022's "5.2 De Grande
Région", while SENN-CRISE is listed in 2013, whose 5.2 is "Rampenbestrijding en
crisisbeheersing"; nothing said that 5.2 is in two plans).

The demo data holds both plans: 5.2 is in 2013 and 2022, SENN-CRISE only in 2013's plan.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bnldesk.cli import main
from bnldesk.services import meetings as m
from bnldesk.store.engine import Store

CRISIS = "5.2 Rampenbestrijding en crisisbeheersing"  # 5.2 of the 2013 plan
GRANDE_REGION = "5.2 De Grande Région"  # 5.2 of the 2022 plan


def _agenda(db: list[str], meeting_id: int, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main([*db, "meeting", "show", str(meeting_id), "--json"]) == 0
    return [point["title"] for point in json.loads(capsys.readouterr().out)["agenda"]]


def _added(capsys: pytest.CaptureFixture[str]) -> int:
    out = capsys.readouterr().out
    assert out.startswith("meeting "), out
    return int(out.split()[1])


def test_a_section_number_with_a_workgroup_is_of_the_workgroups_plan(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    start = ["--start", "2099-01-10 14:00"]
    assert (
        main([*db, "meeting", "add", "--workgroup", "SENN-CRISE", *start, "--agenda", "5.2"]) == 0
    )
    assert _agenda(db, _added(capsys), capsys) == [CRISIS]
    # With a title of the delegate's own, the same section.
    assert main([*db, "meeting", "add", "--workgroup", "SENN-CRISE", "--agenda", "5.2=Crisis"]) == 0
    meeting_id = _added(capsys)
    with_title = main([*db, "meeting", "show", str(meeting_id), "--json"])
    assert with_title == 0
    point = json.loads(capsys.readouterr().out)["agenda"][0]
    assert point["title"] == "Crisis" and point["target_kind"] == "section"
    # --plan chooses another plan's section when the delegate means it.
    assert (
        main([*db, "meeting", "agenda", str(meeting_id), "--target", "5.2", "--plan", "2022"]) == 0
    )
    assert _agenda(db, meeting_id, capsys)[-1] == GRANDE_REGION


def test_a_section_number_in_several_plans_without_a_workgroup_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert main([*db, "meeting", "add", "--title", "Overleg", "--agenda", "5.2"]) == 1
    error = capsys.readouterr().err.strip()
    assert "\n" not in error
    assert "5.2" in error and "2013" in error and "2022" in error and "--plan YEAR" in error
    capsys.readouterr()
    assert main([*db, "meeting", "list", "--all", "--json"]) == 0
    assert "Overleg" not in capsys.readouterr().out  # nothing stored half-way
    assert (
        main([*db, "meeting", "add", "--title", "Overleg", "--agenda", "5.2", "--plan", "2013"])
        == 0
    )
    assert _agenda(db, _added(capsys), capsys) == [CRISIS]
    # A number that the plan named does not have is refused, nothing stored.
    capsys.readouterr()
    assert (
        main([*db, "meeting", "add", "--title", "Fout", "--agenda", "9.9", "--plan", "2022"]) == 1
    )
    assert "no section 9.9 in the 2022 plan" in capsys.readouterr().err
    # A plan year the database has none of: refused before anything else (sheet29).
    assert (
        main([*db, "meeting", "add", "--title", "Fout", "--agenda", "5.2", "--plan", "2099"]) == 1
    )
    assert "there is no 2099 plan in this database" in capsys.readouterr().err
    # A number no plan has, without --plan, stays free text, as before.
    assert main([*db, "meeting", "add", "--title", "Varia", "--agenda", "98.7"]) == 0
    assert _agenda(db, _added(capsys), capsys) == ["98.7"]
    assert "--plan YEAR" in _help(["meeting", "add", "--help"], capsys)
    assert "--plan YEAR" in _help(["meeting", "agenda", "--help"], capsys)


def _help(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(args)
    return capsys.readouterr().out


def test_typed_section_numbers_follow_the_meetings_workgroup(store: Store) -> None:
    """What the window's agenda field stores (add_agenda_point_from_text)."""
    with store.transaction() as session:
        meeting = m.create_meeting(session, m.MeetingFields(workgroup="SENN-CRISE"))
        point = m.add_agenda_point_from_text(session, meeting.id, "5.2")
        assert point.title == CRISIS
        free = m.create_meeting(session, m.MeetingFields(title="Overleg"))
        with pytest.raises(m.SectionInSeveralPlans) as refused:
            m.add_agenda_point_from_text(session, free.id, "5.2")
        assert refused.value.years == [2013, 2022]
