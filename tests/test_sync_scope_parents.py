"""A bundle of the changes since a date carries what its records hang under.

A delegate shares only what changed since a date. An action item added today under an agenda
point of a meeting planned long ago is one of those changes; the laptop receiving it may never
have had that meeting (a colleague who joined since), so the point and the meeting travel with
the action, and the action arrives under its point.

A delegate shares one workgroup: the bundle carries the notes on the workgroup and those on the
sections its meetings have on their agenda (what the workgroup discusses), not the notes on
other sections.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sync_support import laptops_of_one_delegation

from bnldesk.domain.models import ActionItem, AgendaItem, Annotation, Meeting
from bnldesk.services import sync
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.meetings import (
    AgendaFields,
    MeetingFields,
    add_agenda_item,
    add_meeting_action,
    create_meeting,
)

LONG_AGO = dt.datetime(2023, 3, 1, 9, 0)


def _crisis_meeting(session: Session, starts_at: dt.datetime, place: str) -> Meeting:
    """A meeting of the crisis management workgroup (SENN-CRISE) at ``starts_at`` in ``place``."""
    return create_meeting(
        session,
        MeetingFields(
            title="Werkgroep crisisbeheersing",
            workgroup="SENN-CRISE",
            starts_at=starts_at,
            place=place,
        ),
    )


def test_an_action_shared_since_a_date_arrives_under_its_older_agenda_point(
    tmp_path: Path,
) -> None:
    with laptops_of_one_delegation(tmp_path, "ab") as (a, b):
        with a.transaction() as s:
            meeting = _crisis_meeting(s, dt.datetime(2023, 3, 14, 10), "Brussel")
            point = add_agenda_item(
                s, meeting.id, AgendaFields(title="Gezamenlijke oefening", target="SENN-CRISE")
            )
            # Planned long ago, unchanged since.
            meeting.created_at = meeting.updated_at = LONG_AGO
            point.created_at = point.updated_at = LONG_AGO
            meeting_id, point_id = meeting.id, point.id
        with a.transaction() as s:
            add_meeting_action(
                s, meeting_id, "Draaiboek rondsturen", owner="Ann", agenda_item_id=point_id
            )

        bundle = tmp_path / "since-2024.bnlnotes"
        sync.share(a, bundle, sync.Scope(since=dt.datetime(2024, 1, 1)))
        sync.receive(b, bundle)

        with b.read() as s:
            (action,) = s.scalars(select(ActionItem)).all()
            received_point = s.get(AgendaItem, action.agenda_item_id)
            assert received_point is not None
            received_meeting = s.get(Meeting, action.meeting_id)
            assert received_meeting is not None
            assert (action.title, action.owner) == ("Draaiboek rondsturen", "Ann")
            assert received_point.title == "Gezamenlijke oefening"
            assert received_point.meeting_id == received_meeting.id
            assert (received_meeting.title, received_meeting.place) == (
                "Werkgroep crisisbeheersing",
                "Brussel",
            )


def test_sharing_a_workgroup_carries_the_notes_on_the_sections_its_meetings_discuss(
    tmp_path: Path,
) -> None:
    with laptops_of_one_delegation(tmp_path, "ab") as (a, b):
        with a.transaction() as s:
            meeting = _crisis_meeting(s, dt.datetime(2025, 5, 20, 10), "Luxemburg")
            add_agenda_item(s, meeting.id, AgendaFields(title="Risicoanalyse", target="2.1.1"))
            for ref, body, visibility in [
                ("SENN-CRISE", "Standpunt over de werkgroep", "delegation"),
                ("2.1.1", "Voorbereiding van het agendapunt", "delegation"),
                ("2.1.1", "Eigen aantekening bij het agendapunt", "private"),
                ("2.1.2", "Sectie die niet op de agenda staat", "delegation"),
            ]:
                add_annotation(
                    s, resolve_target(s, ref), NoteFields(body=body, visibility=visibility)
                )

        bundle = tmp_path / "senn-crise.bnlnotes"
        result = sync.share(a, bundle, sync.Scope(workgroup="SENN-CRISE"))
        assert result.private_left_out == 1
        sync.receive(b, bundle)

        with b.read() as s:
            received = sorted(
                (note.target_kind, note.body)
                for note in s.scalars(select(Annotation).where(Annotation.body != ""))
            )
        assert received == [
            ("section", "Voorbereiding van het agendapunt"),
            ("workgroup", "Standpunt over de werkgroep"),
        ]
