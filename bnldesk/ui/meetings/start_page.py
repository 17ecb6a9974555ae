"""The start page: upcoming meetings, overdue and open action items, recently changed notes.

Fed with :class:`bnldesk.services.meetings.StartPageData` (plain data fetched on the database
worker); double-clicking a row asks the window to open the meeting or the note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from bnldesk.services.meetings import StartPageData
from bnldesk.ui import dates, i18n
from bnldesk.ui.widgets import colours

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Row = dict[str, Any]


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


class RowsModel(QAbstractTableModel):
    """A read-only table over a short list of plain rows (columns: header, key or formatter)."""

    def __init__(
        self,
        columns: Sequence[tuple[str, str | Callable[[Row], str]]],
        parent: Any = None,
        *,
        highlight: Callable[[Row], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._highlight = highlight

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            getter = self._columns[index.column()][1]
            value = getter(row) if callable(getter) else fmt_when(row.get(getter))
            return " ".join(value.split()) if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.ForegroundRole and self._highlight is not None:
            color = self._highlight(row)
            return QBrush(color) if color is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None


def make_table(
    model: QAbstractTableModel,
    name: str,
    *,
    stretch: int | None = None,
    view: QTableView | None = None,
) -> QTableView:
    """A read-only, row-selecting table over ``model`` (``view`` when given, else a new one)."""
    view = view or QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        # One text column takes the room left; long texts are elided, no horizontal scrolling.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


class Card(QFrame):
    """A titled block of the start page with a count and an empty-state text."""

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
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.empty, 1)
        layout.addWidget(view, 1)

    def set_count(self, n: int) -> None:
        self.count.setText(str(n) if n else "")
        self.empty.setVisible(n == 0)
        self.view.setVisible(n > 0)


def _overdue_color(_row: Row) -> QColor:
    return colours.accent(colours.WARNING)


class StartPage(QWidget):
    """What a delegate sees first: what is coming, what is late, what changed."""

    meeting_activated = Signal(int)
    note_activated = Signal(int)
    conflicts_requested = Signal()
    new_meeting_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
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

        self.meetings_model = RowsModel(
            [
                (tr("When"), "starts_at"),
                (tr("Meeting"), "title"),
                (tr("Where"), lambda r: r["place"] or r["video_link"]),
                (tr("Points"), lambda r: str(r["points"])),
            ],
            self,
        )
        self.overdue_model = RowsModel(
            [
                (tr("Due"), "due_date"),
                (tr("Action"), "title"),
                (tr("Owner"), "owner"),
                (tr("From"), "context"),
            ],
            self,
            highlight=_overdue_color,
        )
        self.open_model = RowsModel(
            [
                (tr("Due"), lambda r: fmt_when(r["due_date"]) or tr("no date")),
                (tr("Action"), "title"),
                (tr("Owner"), "owner"),
                (tr("From"), "context"),
            ],
            self,
        )
        self.notes_model = RowsModel(
            [
                (tr("Changed"), lambda r: fmt_local(r["updated_at"])),
                (tr("On"), "target"),
                (tr("Note"), "body"),
            ],
            self,
        )
        self.meetings_view = make_table(self.meetings_model, "upcomingMeetings", stretch=1)
        self.overdue_view = make_table(self.overdue_model, "overdueActions", stretch=3)
        self.open_view = make_table(self.open_model, "openActions", stretch=3)
        self.notes_view = make_table(self.notes_model, "recentNotes", stretch=2)
        self.meetings_view.doubleClicked.connect(
            lambda i: self.meeting_activated.emit(self.meetings_model.row(i.row())["id"])
        )
        self.notes_view.doubleClicked.connect(
            lambda i: self.note_activated.emit(self.notes_model.row(i.row())["id"])
        )
        for view, model in (
            (self.overdue_view, self.overdue_model),
            (self.open_view, self.open_model),
        ):
            view.doubleClicked.connect(lambda i, m=model: self._action_activated(m.row(i.row())))
        self.meetings_card = Card(
            tr("Upcoming meetings"), self.meetings_view, tr("No meetings planned.")
        )
        self.overdue_card = Card(tr("Overdue actions"), self.overdue_view, tr("Nothing overdue."))
        self.overdue_card.title.setStyleSheet(
            f"color: {colours.css(colours.accent(colours.WARNING))};"
        )
        self.open_card = Card(tr("Open actions"), self.open_view, tr("No open actions."))
        self.notes_card = Card(
            tr("Recently changed notes"), self.notes_view, tr("No notes changed lately.")
        )

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
        self.set_data(StartPageData(dt.date.today()))

    def _action_activated(self, row: Row) -> None:
        if row.get("meeting_id"):
            self.meeting_activated.emit(int(row["meeting_id"]))
        elif row.get("annotation_id"):
            self.note_activated.emit(int(row["annotation_id"]))

    def set_data(self, data: StartPageData) -> None:
        self.heading.setText(tr("Today, %s") % long_date(data.today))
        self.meetings_model.set_rows(data.upcoming)
        self.overdue_model.set_rows(data.overdue)
        self.open_model.set_rows(data.open_actions)
        self.notes_model.set_rows(data.recent_notes)
        self.meetings_card.set_count(len(data.upcoming))
        self.overdue_card.set_count(len(data.overdue))
        self.open_card.set_count(len(data.open_actions))
        # The overdue card lists the other open actions: "none open" would contradict it.
        self.open_card.empty.setText(
            tr("No other open actions.") if data.overdue else tr("No open actions.")
        )
        self.notes_card.set_count(len(data.recent_notes))
        n = data.open_conflicts
        self.conflict_banner.setVisible(n > 0)
        self.conflict_banner.setText(
            tr("%n note(s) were changed on two laptops: resolve the conflicts...", None, n)
        )
