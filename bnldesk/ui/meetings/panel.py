"""The Meetings window's panel: the list of meetings beside the editor of the selected one, with
the list's context menu (brief, calendar, debrief, new, delete) and Ctrl+P for the brief.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui import i18n
from bnldesk.ui.changes import ChangeBus
from bnldesk.ui.meetings.editor import MeetingEditor
from bnldesk.ui.meetings.rows import MeetingRow
from bnldesk.ui.meetings.start_page import fmt_when
from bnldesk.ui.widgets.rows_table import Column, RowsModel, make_table


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("Meetings", text, disambiguation, count)


class MeetingsPanel(QWidget):
    """The list of meetings beside the editor of the selected one."""

    message = Signal(str)
    listed = Signal()  # the list of meetings was read and shown

    def __init__(
        self,
        changes: ChangeBus,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPanel")
        self.worker = changes.worker
        self.read_only = read_only
        # When and what: the place is in the editor beside it (a third column squeezed the
        # title to "S…" and its header to "uni" in French).
        self.model: RowsModel[MeetingRow] = RowsModel(
            [
                Column(tr("When"), lambda row: fmt_when(row.starts_at), lambda row: row.starts_at),
                Column(tr("Meeting"), lambda row: row.title),
            ],
            self,
        )
        self.view = make_table(self.model, "meetingsList", stretch=1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Once the click is over: asked during the mouse press, the view selected the clicked
        # row after the answer, whatever it was (Cancel left it highlighted).
        self.view.selectionModel().currentRowChanged.connect(self._row_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._list_menu)
        self.new_button = QPushButton(tr("New meeting"))
        self.new_button.setAutoDefault(False)
        self.new_button.setEnabled(not read_only)
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.editor = MeetingEditor(changes, self, read_only=read_only)
        self.editor.message.connect(self.message)
        left = QWidget()
        left.setMinimumWidth(260)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._select_after: int | None = None
        self._reverting = False
        # Whether the window was asked to show a meeting or a new one (else the first
        # reading of the list opens the next meeting).
        self._chosen = False
        self.brief_action = QAction(tr("Brief (PDF)..."), self)
        self.brief_action.setShortcut(QKeySequence("Ctrl+P"))
        self.brief_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.brief_action.triggered.connect(self.editor.request_brief)
        self.addAction(self.brief_action)

    def reload(self, select: int | None = None) -> None:
        self._select_after = select

        language = i18n.current()  # a default title names its workgroup in the window's language

        def job(store: Store) -> list[MeetingRow]:
            with store.read() as session:
                return [MeetingRow.of(row) for row in svc.list_meetings(session, language=language)]

        self.worker.run(job, self._fill, key="meetings-list")

    def _fill(self, rows: list[MeetingRow]) -> None:
        self._reverting = True
        try:
            self.model.set_rows(rows)
            ids = [row.id for row in rows]
            wanted = self._select_after or self.editor.meeting_id
            if wanted in ids:
                self.view.selectRow(ids.index(wanted))
        finally:
            self._reverting = False
        self._open_first(rows)
        self.listed.emit()

    def _open_first(self, rows: list[MeetingRow]) -> None:
        """The first time the list is read, a window nobody asked to show anything else shows
        the next meeting to come, else the latest one (trial 14: it opened on an empty "New
        meeting" with a meeting next week)."""
        if self._chosen:
            return
        self._chosen = True
        if self.editor.meeting_id is not None or self.editor.has_unsaved():
            return
        meeting_id = first_meeting(rows, dt.datetime.now())
        if meeting_id is not None:
            self.editor.load(meeting_id, then=self._select_shown)

    def _row_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reverting or not current.isValid():
            return
        meeting_id = self.model.row(current.row()).id
        # Once the click is over: asked during the mouse press, the view selected the clicked
        # row after the answer, whatever it was (Cancel left it highlighted).
        QTimer.singleShot(0, self, lambda: self._open_clicked(meeting_id))

    def _open_clicked(self, meeting_id: int) -> None:
        """Show meeting ``meeting_id``, clicked in the list, once what the editor holds is
        saved or (a new meeting) the delegate said save or discard; on Cancel the list goes
        back to the meeting the editor shows."""
        if meeting_id == self.editor.meeting_id:
            return
        if not self.editor.confirm_leave(self):
            self._select_shown()  # Cancel: the editor still shows what it showed
            return
        # Once shown: a list read again meanwhile (a new meeting just saved) selected the
        # meeting the editor showed then.
        self.editor.load(meeting_id, then=self._select_shown)

    def _select_shown(self) -> None:
        """The list's current row is the meeting the editor shows, and none for a new meeting
        (trial 12, D6: the row clicked before "New meeting" stayed current, so a click on it
        again changed nothing: it was highlighted while the editor kept the new meeting)."""
        self._reverting = True
        try:
            ids = [row.id for row in self.model.rows()]
            shown = self.editor.meeting_id
            if shown in ids:
                self.view.selectRow(ids.index(shown))
            else:
                self.view.selectionModel().clear()  # the current row as well as the selection
        finally:
            self._reverting = False

    def open_meeting(self, meeting_id: int) -> None:
        self._chosen = True
        if meeting_id != self.editor.meeting_id and not self.editor.confirm_leave(self):
            return
        self.editor.load(meeting_id)
        self.reload(select=meeting_id)

    def new_meeting(self, workgroup: str = "") -> None:
        self._chosen = True
        if not self.editor.confirm_leave(self):
            return
        self.editor.new(workgroup)
        self._select_shown()
        self.editor.title.setFocus()

    def on_changes(self, changes: OpChanges) -> None:
        """A write was stored: list the meetings again if it changed one, and let the editor
        read its meeting again if it changed that one."""
        if changes.touches(ChangedKind.MEETING):
            self.reload()
        self.editor.on_changes(changes)

    def _list_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.selectRow(index.row())
        has = index.isValid() and self.editor.meeting_id is not None
        writable = not self.read_only
        menu = QMenu(self)
        for text, slot, enabled in (
            (tr("Brief (PDF)..."), self.editor.request_brief, has),
            (tr("Add to calendar (.ics)..."), lambda: self.editor.export_ics(), has),
            (tr("Debrief into notes"), self.editor.debrief, has and writable),
            (None, None, False),
            (tr("New meeting"), lambda: self.new_meeting(), writable),
            (tr("Delete meeting"), self.editor.delete_meeting, has and writable),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        menu.exec(self.view.viewport().mapToGlobal(pos))


# A meeting that started less than this long ago is still the one to show.
_STILL_GOING = dt.timedelta(hours=2)


def first_meeting(rows: list[MeetingRow], now: dt.datetime) -> int | None:
    """The meeting a Meetings window opens on: the next one to start (or still going: it
    started less than two hours ago), else the one that started last; None without dated
    meetings."""
    dated = [(row.starts_at, row.id) for row in rows if row.starts_at is not None]
    coming = [when for when in dated if when[0] >= now - _STILL_GOING]
    if coming:
        return min(coming)[1]
    return max(dated)[1] if dated else None
