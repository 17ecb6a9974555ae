"""A meeting brief's agenda point has a grey line under its title only when the line says more
than the title (trials 16-17, stop 29): a point on a workgroup titled by default read
"Werkgroep Risico-identificatie (SENN-CRISE/RISK)" in bold and again in grey. Written with the
real export on the demo database (a file and a PostgreSQL server), read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from sqlalchemy.orm import Session

from bnldesk.services import meetings
from bnldesk.services.meetings import MeetingFields
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends


def _agenda_text(path: Path) -> str:
    """The brief's agenda table as one line of text (from its heading to the next)."""
    pages = pypdf.PdfReader(str(path)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    found = re.search(r"# Agenda Position (.*?) 2\. Place in the plan", text)
    assert found is not None, text[:2000]
    return found.group(1)


def _retitle(session: Session, point_id: int, title: str) -> None:
    meetings.update_agenda_texts(
        session, point_id, title=title, position_text="", notes="", outcome=""
    )


def test_a_points_grey_line_is_printed_only_when_it_says_more(store: Store, tmp_path: Path) -> None:
    """Three points on the 2013 plan's section 5.2 and workgroup SENN-CRISE: a title that holds
    the object's whole name with more words, one that names the object by default, and a title
    of the delegate's own: only the last has the grey line (its object's name)."""
    with store.transaction() as session:
        meeting = meetings.create_meeting(
            session,
            MeetingFields(workgroup="SENN-CRISE", starts_at=dt.datetime(2013, 12, 8, 10)),
            language="en",
        )
        section = meetings.add_agenda_point_from_text(session, meeting.id, "5.2")
        name = section.title  # "5.2 Rampenbestrijding en crisisbeheersing", the grey line
        _retitle(session, section.id, f"{name}: stand van zaken")
        by_default = meetings.add_agenda_point_from_text(
            session, meeting.id, "SENN-CRISE/RISK", language="en"
        )
        typed = meetings.add_agenda_point_from_text(session, meeting.id, "SENN-CRISE")
        label = typed.title  # its workgroup's default title: the grey line under a typed one
        _retitle(session, typed.id, "Risk register for 2027")
        title, meeting_id = by_default.title, meeting.id
    out = tmp_path / "brief.pdf"
    export_brief(store, BriefSubject(meeting=str(meeting_id)), BriefOptions(), out)
    agenda = _agenda_text(out)
    assert f"1 {name}: stand van zaken 2 {title} 3 Risk register for 2027 {label}" in agenda, agenda
