"""Meetings: agenda, outcomes, action items, debrief into notes, start page, iCalendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from bnldesk.cli import main
from bnldesk.domain.document import DocChapter, DocItem, DocSection, DocWorkgroup, PlanDocument
from bnldesk.domain.field_merge import EditClash
from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Annotation,
    Chapter,
    ItemKind,
    Plan,
    PlanItem,
    Priority,
    Section,
    TargetKind,
    Workgroup,
)
from bnldesk.services import files
from bnldesk.services import meetings as m
from bnldesk.services.annotations import (
    NoteFields,
    add_action,
    add_annotation,
    notes_for,
    resolve_target,
)
from bnldesk.services.files import ExportError
from bnldesk.services.start_page import start_page_data
from bnldesk.store.engine import Store
from bnldesk.store.structure import write_document

pytestmark = pytest.mark.both_backends


def _meeting(store: Store, when: dt.datetime) -> int:
    with store.transaction() as s:
        meeting = m.create_meeting(
            s,
            m.MeetingFields(
                workgroup="SENN-CRISE",
                starts_at=when,
                ends_at=when + dt.timedelta(hours=3),
                place="Benelux-Secretariaat, Brussel",
                video_link="https://example.invalid/meet",
                chair="Voorzitter NL",
            ),
        )
        m.add_agenda_item(
            s, meeting.id, m.AgendaFields(target="SENN-CRISE", position_text="Steunen")
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(target="2.1.1", notes="check the text"))
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag"))
        return meeting.id


def test_meeting_with_agenda(store: Store) -> None:
    meeting_id = _meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.read() as s:
        d = m.meeting_detail(s, meeting_id)
    assert d["title"] == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    assert [p["position"] for p in d["agenda"]] == [1, 2, 3]
    kinds = [p["target_kind"] for p in d["agenda"]]
    assert kinds == ["workgroup", "section", "free"]
    assert d["agenda"][0]["target_key"] == "wg:SENN-CRISE"
    assert d["agenda"][1]["title"].startswith("2.1.1")
    with store.transaction() as s:
        m.move_agenda_item(s, d["agenda"][2]["id"], -2)
    with store.read() as s:
        titles = [p["title"] for p in m.meeting_detail(s, meeting_id)["agenda"]]
    assert titles[0] == "Rondvraag"
    with store.transaction() as s, pytest.raises(m.MeetingError, match="ends before"):
        m.create_meeting(
            s,
            m.MeetingFields(
                title="x", starts_at=dt.datetime(2026, 1, 2), ends_at=dt.datetime(2026, 1, 1)
            ),
        )
    with store.transaction() as s, pytest.raises(m.MeetingError, match="no workgroup"):
        m.create_meeting(s, m.MeetingFields(workgroup="NOPE-42"))


def _meeting_with_outcomes(store: Store) -> tuple[int, list[m.AgendaPointRow]]:
    """:func:`_meeting` of 3 November 2026 with outcomes on its first two points: its id and
    its agenda."""
    meeting_id = _meeting(store, dt.datetime(2026, 11, 3, 10, 0))
    with store.transaction() as s:
        points = m.meeting_detail(s, meeting_id)["agenda"]
        m.set_outcome(s, points[0]["id"], "Risk report adopted")
        m.set_outcome(s, points[1]["id"], "Text to be revised by BE")
    return meeting_id, points


def test_debrief_writes_outcomes_back_as_notes(store: Store) -> None:
    meeting_id, points = _meeting_with_outcomes(store)
    with store.transaction() as s:
        m.set_outcome(s, points[2]["id"], "Next meeting in March")
        m.add_meeting_action(
            s,
            meeting_id,
            "Send our comments on 2.1.1",
            owner="Ann",
            due_date=dt.date(2026, 11, 20),
            agenda_item_id=points[1]["id"],
        )
        m.add_meeting_action(s, meeting_id, "Book the room", owner="Piet")
        result = m.debrief(s, meeting_id, author="Ann")
    assert (result.notes_created, result.notes_updated) == (2, 0)
    assert result.actions_linked == 2
    with store.read() as s:
        wg_notes = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        (sec_key,) = {p["target_key"] for p in points if p["target_kind"] == "section"}
        sec_notes = notes_for(s, TargetKind.SECTION, sec_key)
        assert len(wg_notes) == 1 and len(sec_notes) == 1
        wg_note, sec_note = wg_notes[0], sec_notes[0]
        assert "Risk report adopted" in wg_note.body
        assert "Next meeting in March" in wg_note.body  # free point: on the workgroup
        assert "Book the room" in wg_note.body
        assert "Text to be revised by BE" in sec_note.body
        assert "Send our comments" in sec_note.body
        assert "Steunen" in wg_note.position_text
        assert [t.name for t in wg_note.tags] == ["debrief"]
        assert [a.title for a in sec_note.actions] == ["Send our comments on 2.1.1"]
        assert [a.title for a in wg_note.actions] == ["Book the room"]
    # Debriefing again updates the same notes.
    with store.transaction() as s:
        m.set_outcome(s, points[0]["id"], "Risk report adopted with changes")
        again = m.debrief(s, meeting_id)
    assert (again.notes_created, again.notes_updated) == (0, 2)
    with store.read() as s:
        (wg_note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        assert "adopted with changes" in wg_note.body


def test_start_page_data(store: Store) -> None:
    today = dt.date(2026, 11, 22)
    past = _meeting(store, dt.datetime(2026, 11, 3, 10, 0))
    coming = _meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.transaction() as s:
        m.add_meeting_action(s, past, "Overdue thing", due_date=dt.date(2026, 11, 10))
        m.add_meeting_action(s, past, "Later thing", due_date=dt.date(2026, 12, 10))
        done = m.add_meeting_action(s, past, "Done thing", due_date=dt.date(2026, 11, 1))
        done.status = done.status.DONE
        m.set_outcome(s, m.meeting_detail(s, past)["agenda"][0]["id"], "ok")
        m.debrief(s, past)
    with store.read() as s:
        data = start_page_data(s, today)
    assert [x["id"] for x in data.upcoming] == [coming]
    assert [x["title"] for x in data.overdue] == ["Overdue thing"]
    assert [x["title"] for x in data.open_actions] == ["Later thing"]
    assert data.overdue[0]["context"].startswith("Strategische werkgroep")
    assert any("ok" in n["body"] for n in data.recent_notes)
    assert data.open_conflicts == 0


def test_ics_export(store: Store, tmp_path: Path) -> None:
    meeting_id = _meeting(store, dt.datetime(2026, 7, 3, 10, 0))
    folder = tmp_path / "calendars"
    folder.mkdir()
    out = folder / "meeting.ics"
    with store.read() as s:
        m.export_ics(s, [meeting_id], out)
        uuid = m.meeting_detail(s, meeting_id)["uuid"]
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    (event,) = cal.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.utcoffset() == dt.timedelta(hours=2)  # summer time in Brussels
    assert start.hour == 10
    assert event.decoded("dtend") - start == dt.timedelta(hours=3)
    assert str(event["uid"]) == f"{uuid}@bnldesk"
    assert str(event["location"]) == "Benelux-Secretariaat, Brussel"
    assert "Rondvraag" in str(event["description"])
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert [path.name for path in folder.iterdir()] == ["meeting.ics"]
    # A second export that fails (the disk reports full when the file is flushed) keeps the
    # calendar written before and leaves no temporary file beside it.
    written = out.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as monkeypatch, store.read() as s:
        monkeypatch.setattr(files.os, "fsync", no_space)
        with pytest.raises(ExportError, match="is full"):
            m.export_ics(s, [meeting_id], out)
    assert out.read_bytes() == written
    assert [path.name for path in folder.iterdir()] == ["meeting.ics"]


def test_cli_meetings(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    assert (
        main(
            [
                *db,
                "meeting",
                "add",
                "--workgroup",
                "SENN-CRISE",
                "--start",
                "2099-01-10 14:00",
                "--place",
                "Luxembourg",
                "--agenda",
                "SENN-CRISE",
                "--agenda",
                "Any other business",
            ]
        )
        == 0
    )
    assert "meeting 1 added" in capsys.readouterr().out
    assert main([*db, "meeting", "list"]) == 0
    assert "Luxembourg" in capsys.readouterr().out
    assert main([*db, "meeting", "outcome", "1", "Agreed"]) == 0
    assert main([*db, "meeting", "action", "1", "Write to the chair", "--owner", "Jan"]) == 0
    capsys.readouterr()
    # The meeting is in 2099: its debrief is refused unless asked for before the meeting.
    assert main([*db, "meeting", "debrief", "1"]) == 1
    refused = capsys.readouterr().err
    assert refused.count("\n") == 1
    assert "meeting 1 is on 10/01/2099, still to come" in refused and "--before-meeting" in refused
    assert main([*db, "meeting", "debrief", "1", "--before-meeting"]) == 0
    debriefed = capsys.readouterr().out
    assert "1 note written" in debriefed
    assert "not written, nothing recorded: 2. Any other business" in debriefed
    out = tmp_path / "m.ics"
    assert main([*db, "meeting", "ics", "1", "--out", str(out)]) == 0
    assert b"BEGIN:VEVENT" in out.read_bytes()
    assert main([*db, "meeting", "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "Any other business" in shown and "Write to the chair" in shown
    assert main([*db, "meeting", "add", "--workgroup", "NOPE"]) == 1
    assert "no workgroup" in capsys.readouterr().err


def test_meetings_travel_between_laptops(store: Store, tmp_path: Path) -> None:
    from bnldesk.services import sync
    from bnldesk.store.engine import open_store

    meeting_id = _meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.transaction() as s:
        m.add_meeting_action(s, meeting_id, "Prepare the note", owner="Ann")
    from sync_support import pair

    bundle = tmp_path / "m.bnlnotes"
    sync.share(store, bundle)
    other = open_store(tmp_path / "other.db")
    try:
        pair(store, other)
        report = sync.receive(other, bundle)
        assert report.count("added") == 5  # meeting, three points, one action
        with other.read() as s:
            (row,) = m.list_meetings(s)
            d = m.meeting_detail(s, row["id"])
            assert len(d["agenda"]) == 3
            (action,) = s.scalars(select(ActionItem))
            assert action.meeting_id == row["id"]
            assert s.scalar(select(Annotation)) is None
            # The meeting is linked to this laptop's own row of its workgroup.
            senn = s.scalar(select(Workgroup.id).where(Workgroup.code == "SENN-CRISE"))
            assert m.get_meeting(s, row["id"]).workgroup_id == senn is not None
            with pytest.raises(m.MeetingError, match=r"^there is no meeting 987654$"):
                m.get_meeting(s, 987654)
        with store.read() as s1, other.read() as s2:
            assert sync.shared_snapshot(s1) == sync.shared_snapshot(s2)
    finally:
        other.close()


# ------------------------------------------------------------------------------------------
# debrief: every point's position and outcome lands in a note (delegate trial, item 26)
# ------------------------------------------------------------------------------------------


def _item_of_plan(store: Store, year: int) -> tuple[int, str]:
    from bnldesk.domain.models import Chapter, Plan, PlanItem, Section

    with store.read() as s:
        item_id, title = s.execute(
            select(PlanItem.id, PlanItem.title)
            .join(Section, PlanItem.section_id == Section.id)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
            .where(Plan.year == year)
            .order_by(PlanItem.id)
            .limit(1)
        ).one()
    return int(item_id), str(title)


def _plan_years(store: Store) -> set[int]:
    from bnldesk.domain.models import Plan

    with store.read() as s:
        return set(s.scalars(select(Plan.year)))


def test_debrief_writes_every_point_with_a_position_or_outcome(store: Store) -> None:
    """Before: the note on the workgroup held only its title line, point 2 (free text, a
    position and no outcome) was in no note, and every note got plan year 2026, a year with
    no plan."""
    item_id, item_title = _item_of_plan(store, 2022)
    with store.transaction() as s:
        meeting = m.create_meeting(
            s,
            m.MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2026, 12, 8, 10, 0)),
        )
        first = m.add_agenda_item(
            s,
            meeting.id,
            m.AgendaFields(
                target=f"item:{item_id}",
                position_text="We support the analysis; BE offers to host the workshop",
                outcome="Workshop agreed for March 2027, BE hosts",
            ),
        )
        m.add_agenda_item(
            s,
            meeting.id,
            m.AgendaFields(
                title="Voorbereiding oefening 2027", position_text="To coordinate at home"
            ),
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag"))
        m.add_meeting_action(s, meeting.id, "Book the venue", owner="Jan", agenda_item_id=first.id)
        m.add_meeting_action(s, meeting.id, "Send evacuation input", owner="Anna")
        result = m.debrief(s, meeting.id)
        meeting_id = meeting.id
    assert (result.notes_created, result.notes_updated, result.actions_linked) == (2, 0, 2)
    assert result.unrecorded == ["3. Rondvraag"]  # nothing typed on it: said, not written
    assert result.nowhere == [] and result.actions_nowhere == 0
    assert [(n.points, n.created) for n in result.notes] == [([1], True), ([2], True)]
    with store.read() as s:
        (item_note,) = notes_for(s, TargetKind.ITEM, first.target_key or "")
        (wg_note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        assert "Workshop agreed for March 2027, BE hosts" in item_note.body
        assert item_note.position_text == "We support the analysis; BE offers to host the workshop"
        assert [a.title for a in item_note.actions] == ["Book the venue"]
        assert item_note.plan_year == 2022  # the plan its object is in
        body = wg_note.body.splitlines()
        assert "2. Voorbereiding oefening 2027" in body
        assert not any("To coordinate at home" in line for line in body)  # in the position
        assert "Outcome: not recorded" in body
        assert "- Send evacuation input (Anna)" in body
        assert wg_note.position_text == "To coordinate at home"
        assert [a.title for a in wg_note.actions] == ["Send evacuation input"]
        assert wg_note.plan_year is None  # a workgroup note belongs to no one plan
        years = {note.plan_year for note in s.scalars(select(Annotation))}
    assert years - {None} <= _plan_years(store)
    assert item_title  # the item exists in the demo data's 2022 plan
    # Debriefing again updates both notes, adds none.
    with store.transaction() as s:
        again = m.debrief(s, meeting_id)
    assert (again.notes_created, again.notes_updated, again.actions_linked) == (0, 2, 0)


def test_a_debrief_note_names_each_points_position_when_it_carries_several(store: Store) -> None:
    with store.transaction() as s:
        meeting = m.create_meeting(
            s, m.MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2026, 12, 8, 10))
        )
        for title, position in (("Budget", "Agree"), ("Oefening", "Abstain")):
            m.add_agenda_item(
                s, meeting.id, m.AgendaFields(title=title, position_text=position, outcome="ok")
            )
        m.debrief(s, meeting.id)
    with store.read() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
    assert note.position_text.splitlines() == ["1. Budget: Agree", "2. Oefening: Abstain"]


def test_a_debrief_says_what_had_no_plan_object_to_go_on(store: Store) -> None:
    """A meeting without a workgroup: its free-text points and loose actions have no plan
    object; the result names them instead of dropping them silently."""
    with store.transaction() as s:
        meeting = m.create_meeting(
            s, m.MeetingFields(title="Benelux-top", starts_at=dt.datetime(2026, 12, 8, 10))
        )
        m.add_agenda_item(s, meeting.id, m.AgendaFields(title="Rondvraag", outcome="Niets"))
        m.add_agenda_item(s, meeting.id, m.AgendaFields(target="SENN-CRISE", outcome="Steun"))
        m.add_meeting_action(s, meeting.id, "Verslag rondsturen")
        result = m.debrief(s, meeting.id)
    assert result.nowhere == ["1. Rondvraag"]
    assert result.actions_nowhere == 1
    assert result.notes_created == 1  # point 2, on its workgroup
    with store.read() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
    assert "Outcome: Steun" in note.body.splitlines()


def test_removing_a_point_renumbers_the_agenda(store: Store) -> None:
    """Before: after removing point 2 the agenda read 1, 3 in the window, while the brief
    numbered the same points 1, 2."""
    meeting_id = _meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.transaction() as s:
        points = m.meeting_detail(s, meeting_id)["agenda"]
        m.delete_agenda_item(s, points[1]["id"])
    with store.read() as s:
        agenda = m.meeting_detail(s, meeting_id)["agenda"]
    assert [(p["position"], p["title"]) for p in agenda] == [
        (1, points[0]["title"]),
        (2, "Rondvraag"),
    ]


def test_the_same_point_is_not_put_on_the_agenda_twice(store: Store) -> None:
    """Before: a completion chosen with Enter, then Add point, made the point twice."""
    meeting_id = _meeting(store, dt.datetime(2026, 12, 3, 10, 0))  # SENN-CRISE, 2.1.1, Rondvraag
    for ref in ("SENN-CRISE", "2.1.1"):
        with store.transaction() as s, pytest.raises(m.AgendaPointExists) as refused:
            m.add_agenda_item(s, meeting_id, m.AgendaFields(target=ref))
    assert str(refused.value).endswith("is already point 2 of the agenda")
    with store.transaction() as s, pytest.raises(m.AgendaPointExists, match="point 3"):
        m.add_agenda_point_from_text(s, meeting_id, "  RONDVRAAG ")
    # Another title on the same object is another point (two matters of one workgroup).
    with store.transaction() as s:
        m.add_agenda_item(s, meeting_id, m.AgendaFields(title="Begroting", target="SENN-CRISE"))
        m.add_agenda_item(s, meeting_id, m.AgendaFields(title="Rondvraag bis"))
    with store.read() as s:
        assert len(m.meeting_detail(s, meeting_id)["agenda"]) == 5


def _debriefed_meeting(store: Store) -> tuple[int, int]:
    """A SENN-CRISE meeting with one point (a position, no outcome) debriefed once: its id and
    the point's."""
    with store.transaction() as s:
        meeting = m.create_meeting(s, m.MeetingFields(workgroup="SENN-CRISE"))
        point = m.add_agenda_item(
            s, meeting.id, m.AgendaFields(title="Oefening 2027", position_text="Steunen")
        )
        m.debrief(s, meeting.id)
        return meeting.id, point.id


def test_a_second_debrief_keeps_what_the_delegate_changed_and_adds_what_is_new(
    store: Store,
) -> None:
    """Trial N4: a debrief run again put its own text back over the delegate's edit."""
    meeting_id, point_id = _debriefed_meeting(store)
    with store.transaction() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        note.body = "My own summary"
        note.position_text = "Steunen, met voorbehoud"
        note.priority = Priority.HIGH
        m.set_outcome(s, point_id, "Oefening in mei")
        again = m.debrief(s, meeting_id)
    assert (again.notes_created, again.notes_updated) == (0, 1)
    assert again.kept == ["Strategische werkgroep Crisisbeheersing (SENN-CRISE)"]
    with store.read() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        lines = note.body.splitlines()
        assert lines[0] == "My own summary"
        assert "Added by a later debrief:" in lines
        assert "Outcome: Oefening in mei" in lines
        assert note.position_text == "Steunen, met voorbehoud"  # nothing new to add there
        assert note.priority == Priority.HIGH  # the debrief writes only text
    # A third run with nothing new changes nothing the delegate wrote.
    with store.transaction() as s:
        third = m.debrief(s, meeting_id)
    with store.read() as s:
        (after,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        assert (after.body, after.position_text) == ("\n".join(lines), "Steunen, met voorbehoud")
    assert third.kept == again.kept  # and says it kept them


# ------------------------------------------------------------------------------------------
# Without the window: what the agenda offers, a point edited, a debrief undone
# ------------------------------------------------------------------------------------------


def _small_plan(year: int, item_title: str) -> PlanDocument:
    section = DocSection(
        number="3.1",
        title="Energie",
        items=[DocItem(ItemKind.NEW, item_title)],
        workgroups=[
            DocWorkgroup(name="Werkgroep Waterstof", code="ENER-H2"),
            DocWorkgroup(name="Pentalateral Energy Forum"),
        ],
    )
    return PlanDocument(
        kind="plan",
        title=f"Jaarplan {year}",
        year=year,
        chapters=[DocChapter(number="3", title="Energie", sections=[section])],
    )


def test_agenda_choices_offer_workgroups_then_sections_and_items_newest_plan_first(
    empty_store: Store,
) -> None:
    with empty_store.transaction() as s:
        write_document(s, _small_plan(2030, "Fietsroute Noord"))
        write_document(s, _small_plan(2031, "Waterstof  corridor\nZuid"))
    with empty_store.read() as s:
        choices = m.agenda_choices(s)
        ids = {
            (kind, title): object_id
            for kind, title, object_id in [
                *(("workgroup", w.name, w.id) for w in s.scalars(select(Workgroup))),
                *(("item", i.title, i.id) for i in s.scalars(select(PlanItem))),
            ]
        }
        sections = {
            year: section_id
            for section_id, year in s.execute(
                select(Section.id, Plan.year)
                .join(Chapter, Section.chapter_id == Chapter.id)
                .join(Plan, Chapter.plan_id == Plan.id)
            )
        }
    workgroups = sorted((c.label, c.ref) for c in choices[:2])
    assert workgroups == [
        ("ENER-H2 — Werkgroep Waterstof", f"workgroup:{ids['workgroup', 'Werkgroep Waterstof']}"),
        ("Pentalateral Energy Forum", f"workgroup:{ids['workgroup', 'Pentalateral Energy Forum']}"),
    ]
    item_2031 = next(key for key in ids if key[0] == "item" and key[1].startswith("Waterstof"))
    assert [(c.label, c.ref) for c in choices[2:]] == [
        ("2031 · 3.1 Energie", f"section:{sections[2031]}"),
        ("2030 · 3.1 Energie", f"section:{sections[2030]}"),
        ("2031 · Waterstof corridor Zuid", f"item:{ids[item_2031]}"),
        ("2030 · Fietsroute Noord", f"item:{ids['item', 'Fietsroute Noord']}"),
    ]


def test_a_point_edited_takes_its_new_object_and_texts(store: Store) -> None:
    meeting_id = _meeting(store, dt.datetime(2026, 12, 3, 10, 0))
    with store.read() as s:
        point = m.meeting_detail(s, meeting_id)["agenda"][2]  # "Rondvraag", about nothing
    with store.transaction() as s:
        m.update_agenda_item(
            s,
            point["id"],
            m.AgendaFields(target="SENN-CRISE", position_text="Akkoord", notes="kort"),
        )
    with store.read() as s:
        edited = m.meeting_detail(s, meeting_id)["agenda"][2]
    assert (edited["target_kind"], edited["target_key"]) == ("workgroup", "wg:SENN-CRISE")
    assert (edited["position_text"], edited["notes"]) == ("Akkoord", "kort")
    with store.transaction() as s:
        m.delete_agenda_item(s, point["id"])
    with store.read() as s:
        deleted_at = s.get_one(AgendaItem, point["id"]).deleted_at
    with store.transaction() as s:  # deleting it again, or a point that never was: nothing
        m.delete_agenda_item(s, point["id"])
        m.delete_agenda_item(s, 987654)
    with store.read() as s:
        assert deleted_at is not None
        assert s.get_one(AgendaItem, point["id"]).deleted_at == deleted_at
    with (
        store.transaction() as s,
        pytest.raises(m.MeetingError, match=f"^there is no agenda point {point['id']}$"),
    ):
        m.update_agenda_item(s, point["id"], m.AgendaFields(title="Rondvraag"))
    with (
        store.transaction() as s,
        pytest.raises(m.MeetingError, match=r"^there is no agenda point 987654$"),
    ):
        m.update_agenda_item(s, 987654, m.AgendaFields(title="Rondvraag"))


def test_a_debrief_undone_takes_its_notes_away_keeps_actions_on_their_points_and_comes_back(
    store: Store,
) -> None:
    meeting_id, points = _meeting_with_outcomes(store)
    with store.transaction() as s:
        action_id = m.add_meeting_action(
            s, meeting_id, "Send our comments", agenda_item_id=points[1]["id"]
        ).id
        before = m.debrief_state(s, meeting_id)
    assert sorted(kind for kind, _ in before.values()) == (
        ["action_item"] + ["agenda_item"] * 3 + ["meeting"]
    )
    with store.transaction() as s:
        m.debrief(s, meeting_id, author="Ann")
        after = m.debrief_state(s, meeting_id)
    assert sorted(kind for kind, _ in after.values()) == (
        ["action_item"] + ["agenda_item"] * 3 + ["annotation"] * 2 + ["meeting"]
    )
    with store.read() as s:
        assert m.debrief_state(s, 987654) == {}
    with store.transaction() as s:
        m.restore_meeting_state(s, before, after)  # undo
    with store.read() as s:
        assert notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE") == []
        action = s.get_one(ActionItem, action_id)  # off the note again, still under its point
        assert (action.annotation_id, action.agenda_item_id) == (None, points[1]["id"])
    with store.transaction() as s:
        m.restore_meeting_state(s, after, before)  # redo
    with store.read() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        assert "Risk report adopted" in note.body
        redone = m.debrief_state(s, meeting_id)
    # A redo is a new edit, so other laptops take it: each note put back has a new time.
    notes = [uuid for uuid, (kind, _data) in after.items() if kind == "annotation"]
    assert len(notes) == 2
    for uuid in notes:
        assert redone[uuid][1]["updated_at"] != after[uuid][1]["updated_at"]


def test_the_start_page_shows_sixty_days_in_order_and_where_each_action_comes_from(
    store: Store,
) -> None:
    today = dt.date(2026, 11, 22)
    with store.transaction() as s:
        for title, starts_at in [
            ("Day 59", dt.datetime(2027, 1, 20, 10, 0)),
            ("Day 60, too far", dt.datetime(2027, 1, 21, 10, 0)),
            ("Day 9", dt.datetime(2026, 12, 1, 10, 0)),
        ]:
            m.create_meeting(s, m.MeetingFields(title=title, starts_at=starts_at))
        note = add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="Bellen"))
        add_action(s, note, "Bel de voorzitter", due_date=dt.date(2026, 12, 1))
        label = note.target_label
    with store.read() as s:
        page = start_page_data(s, today)
    assert [meeting["title"] for meeting in page.upcoming] == ["Day 9", "Day 59"]
    assert [(a["title"], a["context"]) for a in page.open_actions] == [("Bel de voorzitter", label)]
    assert label == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    (recent,) = page.recent_notes
    assert (recent["target_kind"], recent["target_key"], recent["body"]) == (
        "workgroup",
        "wg:SENN-CRISE",
        "Bellen",
    )


def test_a_later_debrief_adds_only_the_lines_the_delegate_does_not_have(store: Store) -> None:
    meeting_id, point_id = _debriefed_meeting(store)
    with store.transaction() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
        note.body = "My own summary\n" + note.body  # the delegate keeps the debrief's lines
        m.set_outcome(s, point_id, "Oefening in mei")
        m.debrief(s, meeting_id)
    with store.read() as s:
        (note,) = notes_for(s, TargetKind.WORKGROUP, "wg:SENN-CRISE")
    assert note.body.splitlines() == [
        "My own summary",
        "Outcome of the meeting: Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
        "",
        "1. Oefening 2027",
        "Outcome: not recorded",
        "",
        "Added by a later debrief:",
        "Outcome: Oefening in mei",
    ]


def test_a_typed_point_finds_its_object_in_the_meetings_plan_year_first(
    empty_store: Store,
) -> None:
    with empty_store.transaction() as s:
        write_document(s, _small_plan(2030, "Fietsroute Noord"))
        write_document(s, _small_plan(2031, "Fietsroute Noord"))
        in_2030 = m.create_meeting(
            s, m.MeetingFields(title="Overleg", starts_at=dt.datetime(2030, 3, 4, 10))
        )
        in_2032 = m.create_meeting(
            s, m.MeetingFields(title="Overleg", starts_at=dt.datetime(2032, 3, 4, 10))
        )
        typed = {
            (meeting.plan_year, text): m.add_agenda_point_from_text(s, meeting.id, text)
            for meeting in (in_2030, in_2032)
            for text in ("fietsroute  NOORD", "Energie", "ENER-H2", "Rondvraag")
        }
        points = {
            key: (point.target_kind.value, point.target_id, point.title)
            for key, point in typed.items()
        }
        sections = (
            select(Section.id, Plan.year)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
        )
        items = (
            select(PlanItem.id, Plan.year)
            .join(Section, PlanItem.section_id == Section.id)
            .join(Chapter, Section.chapter_id == Chapter.id)
            .join(Plan, Chapter.plan_id == Plan.id)
        )
        ids = {("section", year): section_id for section_id, year in s.execute(sections)}
        ids |= {("item", year): item_id for item_id, year in s.execute(items)}
        workgroup_id = s.scalar(select(Workgroup.id).where(Workgroup.code == "ENER-H2"))
    assert points[2030, "fietsroute  NOORD"][:2] == ("item", ids["item", 2030])
    assert points[2032, "fietsroute  NOORD"][:2] == ("item", ids["item", 2031])  # newest
    assert points[2030, "Energie"][:2] == ("section", ids["section", 2030])
    assert points[2032, "Energie"][:2] == ("section", ids["section", 2031])
    assert points[2030, "ENER-H2"][:2] == ("workgroup", workgroup_id)
    assert points[2030, "Rondvraag"] == ("free", None, "Rondvraag")


def test_a_meeting_names_its_workgroup_by_code_or_id_and_needs_one_or_a_title(
    store: Store,
) -> None:
    with store.transaction() as s:
        (senn,) = s.scalars(select(Workgroup).where(Workgroup.code == "SENN-CRISE"))
        by_code = m.find_workgroup(s, " SENN-CRISE ")
        by_id = m.find_workgroup(s, str(senn.id))
        assert by_code is by_id is senn
        with pytest.raises(m.MeetingError, match=r"^a meeting needs a title or a workgroup$"):
            m.create_meeting(s, m.MeetingFields(place="Brussel"))
        with pytest.raises(
            m.MeetingError,
            match=r"^there is no workgroup '987654' \(give its code or its full name, e.g. SENN-CRISE\)$",
        ):
            m.find_workgroup(s, "987654")


# ------------------------------------------------------------------------------------------
# what the Meetings window reads and writes, at the service (survivors of the mutation run)
# ------------------------------------------------------------------------------------------


def test_a_meetings_facts_read_back_for_the_editor_and_its_row(store: Store) -> None:
    start = dt.datetime(2031, 6, 2, 9, 30)
    with store.transaction() as s:
        meeting = m.create_meeting(
            s,
            m.MeetingFields(
                title="Voorbereiding",
                workgroup="SENN-CRISE",
                starts_at=start,
                place="Den Haag",
                chair="NL",
                notes="Meenemen: tijdpad",
            ),
        )
        fields = m.meeting_fields(s, meeting.id)
        row = m.meeting_row(meeting)
    assert fields == m.MeetingFields(
        title="Voorbereiding",
        workgroup="SENN-CRISE",
        starts_at=start,
        ends_at=None,
        place="Den Haag",
        video_link="",
        chair="NL",
        notes="Meenemen: tijdpad",
    )
    assert (row["title"], row["workgroup_key"], row["notes"], row["points"]) == (
        "Voorbereiding",
        "wg:SENN-CRISE",
        "Meenemen: tijdpad",
        0,
    )


def test_an_edit_of_a_meeting_keeps_what_changed_elsewhere_and_refuses_a_clash(
    store: Store,
) -> None:
    with store.transaction() as s:
        meeting_id = m.create_meeting(s, m.MeetingFields(title="Overleg", place="Brussel")).id
        shown = m.meeting_fields(s, meeting_id)
    with store.transaction() as s:  # another window changes the chair meanwhile
        m.update_meeting(s, meeting_id, dataclasses.replace(shown, chair="BE"))
    with store.transaction() as s:  # this one changes the place, from what it showed
        m.update_meeting(s, meeting_id, dataclasses.replace(shown, place="Luxemburg"), shown=shown)
        assert (m.meeting_fields(s, meeting_id).place, m.meeting_fields(s, meeting_id).chair) == (
            "Luxemburg",
            "BE",
        )
    with (
        store.transaction() as s,
        pytest.raises(EditClash, match=r"^changed elsewhere meanwhile: chair$"),
    ):
        m.update_meeting(s, meeting_id, dataclasses.replace(shown, chair="LU"), shown=shown)


def test_an_agenda_points_texts_merge_with_an_edit_made_elsewhere(store: Store) -> None:
    with store.transaction() as s:
        meeting_id = m.create_meeting(s, m.MeetingFields(title="Overleg")).id
        point = m.add_agenda_item(s, meeting_id, m.AgendaFields(title="Rondvraag", notes="kort"))
        point_id = point.id
        shown = m.AgendaTexts.of(point)
    assert shown == m.AgendaTexts("Rondvraag", "", "kort", "")
    with store.transaction() as s:  # another window writes the outcome meanwhile
        m.update_agenda_texts(
            s, point_id, title="Rondvraag", position_text="", notes="kort", outcome="Akkoord"
        )
    with store.transaction() as s:
        m.update_agenda_texts(
            s,
            point_id,
            title="Rondvraag",
            position_text="Steunen",
            notes="langer",
            outcome="",
            shown=shown,
        )
        assert m.AgendaTexts.of(s.get(AgendaItem, point_id)) == m.AgendaTexts(
            "Rondvraag", "Steunen", "langer", "Akkoord"
        )
    with (
        store.transaction() as s,
        pytest.raises(m.MeetingError, match=r"^there is no agenda point 987654$"),
    ):
        m.update_agenda_texts(s, 987654, title="x", position_text="", notes="", outcome="")


def test_the_actions_of_a_meeting_say_which_are_overdue(store: Store) -> None:
    today = dt.date(2031, 6, 10)
    with store.transaction() as s:
        meeting_id = m.create_meeting(s, m.MeetingFields(title="Overleg")).id
        point = m.add_agenda_item(s, meeting_id, m.AgendaFields(title="Begroting"))
        m.add_meeting_action(
            s, meeting_id, "Cijfers sturen", due_date=dt.date(2031, 6, 9), agenda_item_id=point.id
        )
        m.add_meeting_action(s, meeting_id, "Verslag lezen", due_date=dt.date(2031, 6, 11))
        with pytest.raises(m.MeetingError, match=r"^an action item needs a title$"):
            m.add_meeting_action(s, meeting_id, "   ")
        detail = m.meeting_detail(s, meeting_id, today)
    assert [(a["title"], a["overdue"]) for a in detail["actions"]] == [
        ("Cijfers sturen", True),
        ("Verslag lezen", False),
    ]
    assert [(a["title"], a["overdue"]) for a in detail["agenda"][0]["actions"]] == [
        ("Cijfers sturen", True)
    ]


def test_undo_puts_a_changed_meeting_back_as_it_was(store: Store) -> None:
    with store.transaction() as s:
        fields = m.MeetingFields(title="Overleg", workgroup="SENN-CRISE", place="Brussel")
        meeting_id = m.create_meeting(s, fields).id
        m.add_agenda_item(s, meeting_id, m.AgendaFields(title="Opening"))
        before = m.meeting_state(s, meeting_id)
    with store.transaction() as s:
        fields = m.meeting_fields(s, meeting_id)
        m.update_meeting(s, meeting_id, dataclasses.replace(fields, place="Luxemburg"))
        after = m.meeting_state(s, meeting_id)
    with store.transaction() as s:
        m.restore_meeting_state(s, before, after)
        assert m.meeting_fields(s, meeting_id).place == "Brussel"
        assert m.meeting_fields(s, meeting_id).workgroup == "SENN-CRISE"
        assert [p["title"] for p in m.meeting_detail(s, meeting_id)["agenda"]] == ["Opening"]


def test_a_meetings_actions_carry_their_status_read_back_from_the_file(store: Store) -> None:
    """The meetings view and the start page read each action's ``status`` from the row."""
    today = dt.date(2031, 6, 10)
    with store.transaction() as s:
        meeting_id = m.create_meeting(s, m.MeetingFields(title="Overleg", place="Brussel")).id
        m.add_meeting_action(s, meeting_id, "Cijfers sturen", due_date=dt.date(2031, 6, 9))
        done = m.add_meeting_action(s, meeting_id, "Verslag lezen")
        done.status = ActionStatus.DONE
        dropped = m.add_meeting_action(s, meeting_id, "Zaal boeken")
        dropped.status = ActionStatus.CANCELLED
    with store.read() as s:
        detail = m.meeting_detail(s, meeting_id, today)
    assert [(a["title"], a["status"], a["overdue"]) for a in detail["actions"]] == [
        ("Cijfers sturen", "open", True),
        ("Verslag lezen", "done", False),
        ("Zaal boeken", "cancelled", False),
    ]
