"""A meeting exported to a calendar again after it moved replaces the event it was before.

Calendar programs (Outlook, Thunderbird, Apple Calendar) take an imported event with a UID they
already hold as the same event, and keep the version whose LAST-MODIFIED is the later one: a
delegate who exports a meeting, moves it, and exports it again must see it at its new time,
once. The .ics files are written by ``bnldesk.services.meetings.export_ics`` into a real folder
and read back with icalendar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from bnldesk.services import meetings
from bnldesk.store.engine import Store


def _event(path: Path) -> icalendar.cal.Component:
    """The one event of the calendar file at ``path``."""
    (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return event


def test_a_moved_meeting_exported_again_is_the_same_event_modified_later(
    empty_store: Store, tmp_path: Path
) -> None:
    fields = meetings.MeetingFields(
        title="Overleg crisisbeheersing",
        starts_at=dt.datetime(2026, 12, 8, 10, 0),
        ends_at=dt.datetime(2026, 12, 8, 12, 0),
    )
    before_creation = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with empty_store.transaction() as session:
        meeting_id = meetings.create_meeting(session, fields).id
    first = tmp_path / "overleg.ics"
    with empty_store.read() as session:
        meetings.export_ics(session, [meeting_id], first)

    before_move = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fields.starts_at = dt.datetime(2026, 12, 9, 14, 0)
    fields.ends_at = dt.datetime(2026, 12, 9, 16, 0)
    with empty_store.transaction() as session:
        meetings.update_meeting(session, meeting_id, fields)
    after_move = dt.datetime.now(dt.UTC)
    second = tmp_path / "overleg (verplaatst).ics"
    with empty_store.read() as session:
        meetings.export_ics(session, [meeting_id], second)

    old, new = _event(first), _event(second)
    assert str(new["uid"]) == str(old["uid"])
    assert new.decoded("dtstart").replace(tzinfo=None) == dt.datetime(2026, 12, 9, 14, 0)
    modified_first = old.decoded("last-modified")
    modified_second = new.decoded("last-modified")
    assert modified_first.utcoffset() == dt.timedelta(0)  # LAST-MODIFIED is in UTC
    # iCalendar keeps whole seconds: a move within the second of its creation has the same one.
    assert before_creation <= modified_first <= before_move <= modified_second <= after_move
