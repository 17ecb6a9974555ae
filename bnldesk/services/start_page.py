"""What the start page shows: coming meetings, overdue and other open action items, recently
changed notes and the unresolved sync conflicts.

Every list is read with a bound (``limit`` rows, the most urgent first) and counted in SQL
beside it: on a file with 8,014 open actions the page read each action's note one query at a
time and the window then laid out 8,014 wrapped rows on the GUI thread for half a minute
(trial 13, defect C). The counts cover exactly the actions the status bar counts (open, not
deleted, whoever's note, of any delegation, visibility or plan year), so the page never says
"nothing overdue" beside "8014 open actions" (trial 13, defect D).

A workgroup is named in the delegate's language wherever the page names one (a meeting's
default title, an action's meeting, a note's plan object): a Dutch delegate who imported the
French 2023 plan saw the French title of a meeting on this page (trial 17).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, selectinload

from bnldesk.domain.models import (
    ActionItem,
    ActionStatus,
    Annotation,
    Meeting,
    SyncConflict,
    TargetKind,
)
from bnldesk.domain.workgroup_names import Naming
from bnldesk.services.meetings import (
    ActionWithContext,
    MeetingRow,
    RecentNoteRow,
    action_row,
    recent_note_row,
    shown_rows,
    shown_titles,
)
from bnldesk.store.workgroup_names import workgroup_titles_in

DAYS_AHEAD = 60  # meetings starting within this many days are "upcoming"
RECENT_DAYS = 14  # notes changed within this many days are "recently changed"
LIST_LIMIT = 20  # rows each list shows at most; the counts cover all


@dataclass
class StartPageData:
    """What the start page shows on ``today``.

    ``overdue`` (due before ``today``, the longest overdue first) and ``open_actions`` (the
    other open ones, the soonest due first, those without a date last) hold at most the list
    limit each; ``overdue_total`` and ``open_total`` count them all, together the open actions
    the status bar counts. ``recent_notes`` are the notes changed in the last ``recent_days``
    days, the newest first; ``open_conflicts`` the unresolved sync conflicts."""

    today: dt.date
    upcoming: list[MeetingRow] = field(default_factory=list)
    overdue: list[ActionWithContext] = field(default_factory=list)
    open_actions: list[ActionWithContext] = field(default_factory=list)
    recent_notes: list[RecentNoteRow] = field(default_factory=list)
    open_conflicts: int = 0
    overdue_total: int = 0
    open_total: int = 0
    recent_days: int = RECENT_DAYS


def start_page_data(
    session: Session,
    today: dt.date,
    *,
    days_ahead: int = DAYS_AHEAD,
    recent_days: int = RECENT_DAYS,
    limit: int = LIST_LIMIT,
    language: str | None = None,
) -> StartPageData:
    """Upcoming meetings, open and overdue actions (``limit`` of each, all counted), recently
    changed notes and the number of unresolved conflicts, as plain rows; workgroups named in
    the delegate's ``language`` (the window's) when a plan printed a name in it. A handful of
    set-based queries whatever the file holds."""
    data = StartPageData(today, recent_days=recent_days)
    data.upcoming = _upcoming(session, today, days_ahead, limit, language)
    data.overdue_total, data.open_total = _action_counts(session, today)
    overdue = ActionItem.due_date < today
    # Overdue ones all have a date: read in the order of the (status, due_date) index, the
    # first rows found are the ones listed (no sort of all 8,014 first).
    data.overdue = _actions(session, today, overdue, limit, language, undated=False)
    data.open_actions = _actions(
        session, today, ActionItem.due_date.is_(None) | ~overdue, limit, language
    )
    data.recent_notes = _recent_notes(session, today, recent_days, limit, language)
    data.open_conflicts = (
        session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0
    )
    return data


def _upcoming(
    session: Session, today: dt.date, days_ahead: int, limit: int, language: str | None
) -> list[MeetingRow]:
    """The live meetings starting from today's midnight to ``days_ahead`` days later."""
    start = dt.datetime.combine(today, dt.time())
    stmt = (
        select(Meeting)
        .where(
            Meeting.deleted_at.is_(None),
            Meeting.starts_at >= start,
            Meeting.starts_at < start + dt.timedelta(days=days_ahead),
        )
        .options(selectinload(Meeting.agenda_items))
        .order_by(Meeting.starts_at)
        .limit(limit)
    )
    return shown_rows(session, list(session.scalars(stmt)), language)


def _open_live() -> ColumnElement[bool]:
    """The open actions the status bar counts: status open and not deleted."""
    return (ActionItem.status == ActionStatus.OPEN) & ActionItem.deleted_at.is_(None)


def _action_counts(session: Session, today: dt.date) -> tuple[int, int]:
    """(overdue, other open) actions, counted in one pass over the open ones."""
    overdue = func.count(case((ActionItem.due_date < today, 1)))
    row = session.execute(select(overdue, func.count()).where(_open_live())).one()
    overdue_count, open_count = int(row[0]), int(row[1])
    return overdue_count, open_count - overdue_count


def _actions(
    session: Session,
    today: dt.date,
    which: ColumnElement[bool],
    limit: int,
    language: str | None,
    *,
    undated: bool = True,
) -> list[ActionWithContext]:
    """At most ``limit`` open actions matching ``which``, by due date then id (``undated``:
    ``which`` lets actions without a date through, they come last), each with where it comes
    from: its meeting and that meeting's date, else its note's plan object."""
    due = ActionItem.due_date.nulls_last() if undated else ActionItem.due_date
    stmt = (
        select(
            ActionItem,
            Meeting.title,
            Meeting.starts_at,
            Meeting.id,
            Meeting.workgroup_id,
            Meeting.plan_year,
            Annotation.target_label,
            Annotation.target_kind,
            Annotation.target_key,
        )
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Annotation, Annotation.id == ActionItem.annotation_id)
        .where(_open_live(), which)
        .order_by(due, ActionItem.id)
        .limit(limit)
    )
    found = session.execute(stmt).all()
    meeting_titles = shown_titles(
        session,
        [(row[3], row[1], row[4], row[5]) for row in found if row[1] is not None],
        language,
    )
    labels = _workgroup_labels(session, [(row[7], row[8]) for row in found], language)
    rows: list[ActionWithContext] = []
    for action, meeting_title, starts_at, meeting_id, _wg, _year, note_label, kind, key in found:
        if meeting_title is not None:
            meeting_title = meeting_titles[meeting_id]
        label = labels.get(key, note_label) if kind == TargetKind.WORKGROUP.value else note_label
        rows.append(
            {**action_row(action, today), "context": _context(meeting_title, starts_at, label)}
        )
    return rows


def _workgroup_labels(
    session: Session, targets: list[tuple[str | None, str | None]], language: str | None
) -> dict[str, str]:
    """workgroup identity key: "Name (CODE)" in ``language`` for the workgroups among
    ``targets`` ((target kind, target key) of notes); the label stored with a note is the name
    of the day it was written."""
    keys = [key for kind, key in targets if kind == TargetKind.WORKGROUP.value and key]
    return workgroup_titles_in(session, keys, Naming(None, language)) if keys else {}


def _context(
    meeting_title: str | None, starts_at: dt.datetime | None, note_label: str | None
) -> str:
    """ "<meeting> dd/mm/yyyy" for an action of a meeting, else its note's plan object."""
    if meeting_title is not None:
        when = f" {starts_at:%d/%m/%Y}" if starts_at else ""
        return f"{meeting_title}{when}"
    return note_label or ""


def _recent_notes(
    session: Session, today: dt.date, recent_days: int, limit: int, language: str | None
) -> list[RecentNoteRow]:
    """The live notes changed since midnight ``recent_days`` days before ``today``."""
    since = dt.datetime.combine(today, dt.time()) - dt.timedelta(days=recent_days)
    notes = session.scalars(
        select(Annotation)
        .where(Annotation.deleted_at.is_(None), Annotation.updated_at >= since)
        .order_by(Annotation.updated_at.desc())
        .limit(limit)
    )
    rows = [recent_note_row(note) for note in notes]
    labels = _workgroup_labels(
        session, [(row["target_kind"], row["target_key"]) for row in rows], language
    )
    return [
        {**row, "target": labels[key]}
        if row["target_kind"] == TargetKind.WORKGROUP.value and (key := row["target_key"]) in labels
        else row
        for row in rows
    ]
