"""The rows the meetings windows show, as typed plain data (no Qt).

The meetings services hand their lists as dictionaries (``bnldesk.services.meetings``:
``list_meetings``, ``meeting_detail``; ``bnldesk.services.start_page.start_page_data``); the
jobs of the meetings windows turn them into these frozen rows on the worker, so the Qt models
only ever hold typed rows and are tested with hand-made ones. Dates are ``datetime.date``, times naive local
``datetime.datetime`` as stored for meetings; a note's ``updated_at`` is UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bnldesk.services import start_page
from bnldesk.services.meeting_positions import GatheredPosition

ServiceRow = Mapping[str, Any]  # a dictionary as the meetings service hands it


@dataclass(frozen=True)
class MeetingRow:
    """A meeting in a list: when, what, where (a place or a video link), how many points."""

    id: int
    title: str
    starts_at: dt.datetime | None
    place: str
    video_link: str
    points: int

    @classmethod
    def of(cls, row: ServiceRow) -> MeetingRow:
        return cls(
            id=int(row["id"]),
            title=str(row["title"]),
            starts_at=row["starts_at"],
            place=str(row["place"] or ""),
            video_link=str(row["video_link"] or ""),
            points=int(row["points"]),
        )


@dataclass(frozen=True)
class ActionRow:
    """An action item; ``status`` an action status value, ``context`` where it comes from
    (a meeting and its date, or a note's plan object; "" when not asked for);
    ``agenda_item_id`` the agenda point it was raised under (None: the meeting as a whole) and
    ``point`` that point's number as the meeting shows it ("" when none)."""

    id: int
    title: str
    owner: str
    due_date: dt.date | None
    status: str
    overdue: bool
    meeting_id: int | None
    annotation_id: int | None
    context: str = ""
    agenda_item_id: int | None = None
    point: str = ""

    @classmethod
    def of(cls, row: ServiceRow) -> ActionRow:
        return cls(
            id=int(row["id"]),
            title=str(row["title"]),
            owner=str(row["owner"] or ""),
            due_date=row["due_date"],
            status=str(row["status"]),
            overdue=bool(row["overdue"]),
            meeting_id=row["meeting_id"],
            annotation_id=row["annotation_id"],
            context=str(row.get("context") or ""),
            agenda_item_id=row.get("agenda_item_id"),
        )


@dataclass(frozen=True)
class AgendaPointRow:
    """A point of a meeting's agenda: its place, title, the kind of plan object it is about
    (``free`` for free text), the delegation's texts on it, and how many action items were
    raised under it."""

    id: int
    position: int
    title: str
    target_kind: str
    position_text: str
    notes: str
    outcome: str
    action_count: int = 0
    # The positions noted on the plan objects the point covers, each naming its object.
    gathered: tuple[GatheredPosition, ...] = ()

    @classmethod
    def of(cls, row: ServiceRow, gathered: Sequence[GatheredPosition] = ()) -> AgendaPointRow:
        return cls(
            id=int(row["id"]),
            position=int(row["position"]),
            title=str(row["title"]),
            target_kind=str(row["target_kind"]),
            position_text=str(row["position_text"] or ""),
            notes=str(row["notes"] or ""),
            outcome=str(row["outcome"] or ""),
            action_count=len(row.get("actions") or ()),
            gathered=tuple(gathered),
        )

    def texts(self) -> dict[str, str]:
        """The texts the editor shows for the point, by field name."""
        return {
            "title": self.title,
            "position_text": self.position_text,
            "notes": self.notes,
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting with its agenda points in order and all its live action items."""

    id: int
    title: str
    starts_at: dt.datetime | None
    notes: str
    agenda: tuple[AgendaPointRow, ...]
    actions: tuple[ActionRow, ...]

    @classmethod
    def of(
        cls, row: ServiceRow, gathered: Mapping[int, Sequence[GatheredPosition]] | None = None
    ) -> MeetingDetail:
        """The meeting ``row`` (:func:`~bnldesk.services.meetings.meeting_detail`), with the
        positions each point gathers from the notes (by point id)."""
        found = gathered or {}
        agenda = tuple(
            AgendaPointRow.of(point, found.get(int(point["id"]), ())) for point in row["agenda"]
        )
        numbers = {point.id: str(point.position) for point in agenda}
        actions = tuple(ActionRow.of(action) for action in row["actions"])
        return cls(
            id=int(row["id"]),
            title=str(row["title"]),
            starts_at=row["starts_at"],
            notes=str(row["notes"] or ""),
            agenda=agenda,
            actions=tuple(
                replace(action, point=numbers.get(action.agenda_item_id or 0, ""))
                for action in actions
            ),
        )

    def point(self, point_id: int | None) -> AgendaPointRow | None:
        """The agenda point ``point_id``, if the meeting has it."""
        return next((point for point in self.agenda if point.id == point_id), None)

    def actions_of(self, point_id: int | None) -> tuple[ActionRow, ...]:
        """The action items raised under agenda point ``point_id``; all of them for None."""
        if point_id is None:
            return self.actions
        return tuple(action for action in self.actions if action.agenda_item_id == point_id)

    def point_ids(self) -> list[int]:
        return [point.id for point in self.agenda]

    def with_point_texts(self, point_id: int, texts: Mapping[str, str]) -> MeetingDetail:
        """The meeting with point ``point_id`` given ``texts`` (as :meth:`AgendaPointRow.texts`
        names them)."""
        agenda = tuple(
            replace(
                point,
                title=texts["title"],
                position_text=texts["position_text"],
                notes=texts["notes"],
                outcome=texts["outcome"],
            )
            if point.id == point_id
            else point
            for point in self.agenda
        )
        return replace(self, agenda=agenda)


@dataclass(frozen=True)
class RecentNoteRow:
    """A recently changed note: the label of its plan object, its text, when (UTC), and who
    sees it (a :class:`~bnldesk.domain.Visibility` value: "private", "delegation"...)."""

    id: int
    target: str
    body: str
    updated_at: dt.datetime
    visibility: str

    @classmethod
    def of(cls, row: ServiceRow) -> RecentNoteRow:
        return cls(
            id=int(row["id"]),
            target=str(row["target"]),
            body=str(row["body"] or ""),
            updated_at=row["updated_at"],
            visibility=str(row["visibility"]),
        )


@dataclass(frozen=True)
class StartPageRows:
    """What the start page shows on ``today``: the lists hold the first rows only (the most
    urgent), ``overdue_total`` and ``open_total`` count all the overdue and other open actions
    (never fewer than the rows listed); ``recent_days`` is how far back a note counts as
    recently changed."""

    today: dt.date
    upcoming: tuple[MeetingRow, ...] = ()
    overdue: tuple[ActionRow, ...] = ()
    open_actions: tuple[ActionRow, ...] = ()
    recent_notes: tuple[RecentNoteRow, ...] = ()
    open_conflicts: int = 0
    overdue_total: int = 0
    open_total: int = 0
    recent_days: int = start_page.RECENT_DAYS

    def __post_init__(self) -> None:
        # Rows made by hand (tests, previews) count at least what they list.
        object.__setattr__(self, "overdue_total", max(self.overdue_total, len(self.overdue)))
        object.__setattr__(self, "open_total", max(self.open_total, len(self.open_actions)))

    @classmethod
    def of(cls, data: start_page.StartPageData) -> StartPageRows:
        return cls(
            today=data.today,
            upcoming=tuple(MeetingRow.of(row) for row in data.upcoming),
            overdue=tuple(ActionRow.of(row) for row in data.overdue),
            open_actions=tuple(ActionRow.of(row) for row in data.open_actions),
            recent_notes=tuple(RecentNoteRow.of(row) for row in data.recent_notes),
            open_conflicts=data.open_conflicts,
            overdue_total=data.overdue_total,
            open_total=data.open_total,
            recent_days=data.recent_days,
        )
