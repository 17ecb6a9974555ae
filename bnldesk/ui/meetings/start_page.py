"""The start page: upcoming meetings, overdue and open action items, recently changed notes.

Fed with :class:`bnldesk.ui.meetings.rows.StartPageRows` (typed rows read on the database
worker); double-clicking a row asks the window to open the meeting or the note.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bnldesk.ui import dates, i18n, labels
from bnldesk.ui.meetings.rows import ActionRow, MeetingRow, RecentNoteRow, StartPageRows
from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.headers import title_widths
from bnldesk.ui.widgets.rows_table import (
    Column,
    RowsModel,
    cap_columns,
    make_table,
    wrap_columns,
)


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("StartPage", text, disambiguation, count)


def fmt_local(value: Any) -> str:
    """A stored UTC time (``updated_at``) in the delegate's local time."""
    if isinstance(value, dt.datetime):
        return dates.format_utc(value)
    return fmt_when(value)


def fmt_when(value: Any) -> str:
    """A date, or a time with the day name, in the interface language's one format."""
    if isinstance(value, dt.datetime):
        return dates.format_datetime(value)
    if isinstance(value, dt.date):
        return dates.format_date(value)
    return "" if value is None else str(value)


def long_date(day: dt.date) -> str:
    """ "Sunday 22 November 2026", "zondag 22 november 2026", "dimanche 22 novembre 2026"."""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class Card(QFrame):
    """A titled block of the start page: its list, how many there are in all, what it says
    while it is read or when empty, and under the list how many of the whole it shows."""

    def __init__(self, title: str, view: QTableView, empty_text: str) -> None:
        super().__init__()
        self.setObjectName("startCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: palette(mid); font-style: italic;")
        # Stays under the title when the table is hidden (not centred in the empty card).
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self.view = view
        self.more = QLabel()
        self.more.setObjectName("cardMore")
        self.more.setStyleSheet("color: palette(mid);")
        self.more.setWordWrap(True)
        self.more.hide()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.empty, 1)
        layout.addWidget(view, 1)
        layout.addWidget(self.more)

    def set_count(self, count: int, *, total: int | None = None, more: str = "") -> None:
        """``count`` rows listed of ``total`` (default: all of them); ``more`` says which are
        listed when they are not all, shown under the list."""
        total = count if total is None else total
        self.count.setText(i18n.locale().toString(total) if total else "")
        self.empty.setVisible(count == 0)
        self.view.setVisible(count > 0)
        self.more.setText(more if total > count else "")
        self.more.setVisible(total > count)

    def show_reading(self) -> None:
        """While the list is read: say so (not "Nothing overdue" before it is known)."""
        self.count.setText("")
        self.empty.setText(tr("Reading..."))
        self.empty.show()
        self.view.hide()
        self.more.hide()


def _overdue_color(_row: ActionRow) -> QColor:
    return colours.accent(colours.WARNING)


def meeting_columns() -> list[Column[MeetingRow]]:
    return [
        Column(tr("When"), lambda row: fmt_when(row.starts_at), lambda row: row.starts_at),
        Column(tr("Meeting"), lambda row: row.title),
        Column(tr("Where"), lambda row: row.place or row.video_link),
        Column(tr("Points"), lambda row: str(row.points), lambda row: row.points),
    ]


def action_columns(*, no_date: str = "") -> list[Column[ActionRow]]:
    """The columns of an action list; ``no_date``: what an action without a due date shows."""
    return [
        Column(tr("Due"), lambda row: fmt_when(row.due_date) or no_date, lambda row: row.due_date),
        Column(tr("Action"), lambda row: row.title),
        Column(tr("Owner"), lambda row: row.owner),
        Column(tr("From"), lambda row: short_context(row.context), tip=lambda row: row.context),
    ]


# A workgroup's code at the end of its name: "Strategische werkgroep Crisisbeheersing
# (SENN-CRISE)", "Working Group 1 (Gas Platform WG1)".
_TRAILING_CODE = re.compile(r"\(([^()]{2,24})\)\s*$")


def short_context(context: str) -> str:
    """What the "From" column of an action list shows of where an action comes from: the
    workgroup's code when its name ends with one ("SENN-CRISE"), the whole name in the
    tooltip; else the text as it is (trial 14: "Strate…CRISE)" in a quarter of the card)."""
    found = _TRAILING_CODE.search(context)
    return found.group(1).strip() if found else context


def note_columns() -> list[Column[RecentNoteRow]]:
    return [
        Column(tr("Changed"), lambda row: fmt_local(row.updated_at), lambda row: row.updated_at),
        # The workgroup's code rather than its whole name, as the action cards' "From": the
        # note's text gets the room (trial 16); the whole name is in the tooltip.
        Column(tr("On"), lambda row: short_context(row.target), tip=lambda row: row.target),
        Column(tr("Note"), lambda row: row.body),
        # Who sees it, as in the notes list: a private note is told from a shared one here
        # too (trial 15).
        Column(
            tr("Visibility"),
            lambda row: labels.label(labels.VISIBILITIES_SHORT, row.visibility),
            tip=lambda row: labels.label(labels.VISIBILITIES, row.visibility),  # who sees it
        ),
    ]


class StartPage(QWidget):
    """What a delegate sees first: what is coming, what is late, what changed."""

    meeting_activated = Signal(int)
    note_activated = Signal(int)
    conflicts_requested = Signal()
    new_meeting_requested = Signal()
    data_shown = Signal()  # what set_data was given is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._build_head()
        self._build_lists()
        self._connect_lists()
        self._build_cards()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_meeting)
        grid = QGridLayout()
        grid.addWidget(self.meetings_card, 0, 0)
        grid.addWidget(self.overdue_card, 0, 1)
        grid.addWidget(self.notes_card, 1, 0)
        grid.addWidget(self.open_card, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.conflict_banner)
        layout.addLayout(grid, 1)
        self.show_reading(dt.date.today())

    def show_reading(self, today: dt.date) -> None:
        """Today's heading, and every card saying it is being read (until :meth:`set_data`)."""
        self.heading.setText(tr("Today, %s") % long_date(today))
        self.conflict_banner.hide()
        for card in self.cards():
            card.show_reading()

    def cards(self) -> tuple[Card, ...]:
        return (self.meetings_card, self.overdue_card, self.notes_card, self.open_card)

    def _build_head(self) -> None:
        """Today's date as the heading, New meeting beside it, the conflicts banner below."""
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.new_meeting = QPushButton(tr("New meeting..."))
        self.new_meeting.clicked.connect(self.new_meeting_requested)
        self.conflict_banner = QPushButton()
        self.conflict_banner.setObjectName("conflictBanner")
        self.conflict_banner.setStyleSheet(
            # Dark text on the banner's own yellow: readable under a dark palette too.
            "QPushButton#conflictBanner { background: #fff4ce; color: #3b2f00;"
            " border: 1px solid #d7b600;"
            " padding: 6px 12px; text-align: left; }"
        )
        self.conflict_banner.clicked.connect(self.conflicts_requested)

    def _build_lists(self) -> None:
        """The four lists: upcoming meetings, overdue and open actions, recent notes."""
        self.meetings_model = RowsModel(meeting_columns(), self)
        self.overdue_model = RowsModel(action_columns(), self, highlight=_overdue_color)
        self.open_model = RowsModel(action_columns(no_date=tr("no date")), self)
        self.notes_model = RowsModel(note_columns(), self)
        self.meetings_view = make_table(self.meetings_model, "upcomingMeetings", stretch=1)
        self.overdue_view = make_table(self.overdue_model, "overdueActions", stretch=3)
        self.open_view = make_table(self.open_model, "openActions", stretch=3)
        self.notes_view = make_table(self.notes_model, "recentNotes", stretch=2)
        # The note takes the room left; what it is on is at most a quarter of the card.
        cap_columns(self.notes_view, (1,), share=0.25)
        self.notes_view.horizontalHeader().setMinimumSectionSize(max(title_widths(self.notes_view)))
        for actions_view in (self.overdue_view, self.open_view):
            # The action takes the room left: sized to its contents, a long action title pushed
            # "From" out of sight ("St…" at 1280x720). Its title and the owner wrap; "From" is
            # at most a quarter of the card, elided in the middle (trial 11: "Grensoversc…").
            header = actions_view.horizontalHeader()
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            wrap_columns(actions_view, wrapped=(1, 2), capped=(2, 3))
            # Never narrower than their titles: the day on two digits (01/12/2026) widened
            # the date column, and "Actie" was cut at 1280x720.
            bold = QFont(header.font())
            bold.setBold(True)
            model = actions_view.model()
            titles = (str(model.headerData(c, Qt.Orientation.Horizontal)) for c in (1, 3))
            header.setMinimumSectionSize(
                max(QFontMetrics(bold).horizontalAdvance(title) for title in titles) + 12
            )

    def _connect_lists(self) -> None:
        """A double click opens the meeting, the note, or what an action item belongs to."""
        self.meetings_view.doubleClicked.connect(
            lambda index: self.meeting_activated.emit(self.meetings_model.row(index.row()).id)
        )
        self.notes_view.doubleClicked.connect(
            lambda index: self.note_activated.emit(self.notes_model.row(index.row()).id)
        )
        for view, model in (
            (self.overdue_view, self.overdue_model),
            (self.open_view, self.open_model),
        ):
            view.doubleClicked.connect(
                lambda index, model=model: self._action_activated(model.row(index.row()))
            )

    def _build_cards(self) -> None:
        """Each list in a card with its title, count and what it says when empty."""
        self.meetings_card = Card(
            tr("Upcoming meetings"), self.meetings_view, tr("No meetings planned.")
        )
        self.overdue_card = Card(tr("Overdue actions"), self.overdue_view, tr("Nothing overdue."))
        self.overdue_card.title.setStyleSheet(
            f"color: {colours.css(colours.accent(colours.WARNING))};"
        )
        self.open_card = Card(tr("Open actions"), self.open_view, tr("No open actions."))
        self.notes_card = Card(tr("Recently changed notes"), self.notes_view, "")

    def _action_activated(self, row: ActionRow) -> None:
        if row.meeting_id:
            self.meeting_activated.emit(row.meeting_id)
        elif row.annotation_id:
            self.note_activated.emit(row.annotation_id)

    def set_data(self, data: StartPageRows) -> None:
        """Show what ``data`` holds (read on the worker)."""
        self.heading.setText(tr("Today, %s") % long_date(data.today))
        self.meetings_model.set_rows(data.upcoming)
        self.overdue_model.set_rows(data.overdue)
        self.open_model.set_rows(data.open_actions)
        self.notes_model.set_rows(data.recent_notes)
        self.meetings_card.empty.setText(tr("No meetings planned."))
        self.meetings_card.set_count(len(data.upcoming))
        self.overdue_card.empty.setText(tr("Nothing overdue."))
        self.overdue_card.set_count(
            len(data.overdue),
            total=data.overdue_total,
            more=tr("The %n longest overdue are listed.", None, len(data.overdue)),
        )
        # The overdue card lists the other open actions: "none open" would contradict it.
        self.open_card.empty.setText(
            tr("No other open actions.") if data.overdue_total else tr("No open actions.")
        )
        self.open_card.set_count(
            len(data.open_actions),
            total=data.open_total,
            more=tr("The %n due first are listed.", None, len(data.open_actions)),
        )
        self.notes_card.empty.setText(
            tr("No notes changed in the last %n day(s).", None, data.recent_days)
        )
        self.notes_card.set_count(len(data.recent_notes))
        self.conflict_banner.setVisible(data.open_conflicts > 0)
        self.conflict_banner.setText(
            tr(
                "%n note(s) were changed on two laptops: resolve the conflicts...",
                None,
                data.open_conflicts,
            )
        )
        self.data_shown.emit()

    def show_failed(self, message: str) -> None:
        """The page could not be read: every card says so in ``message``'s one line (not
        "Nothing overdue", which nobody knows)."""
        for card in self.cards():
            card.show_reading()
            card.empty.setText(tr("Could not be read: %s") % message)
