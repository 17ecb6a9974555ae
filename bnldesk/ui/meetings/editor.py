"""Meetings in the window: a list of meetings and an editor with the agenda.

Everything is read and written on the database worker through the meetings service; widgets
hold plain data only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bnldesk.domain.models import Meeting
from bnldesk.services import meetings as svc
from bnldesk.store.engine import Store
from bnldesk.ui import i18n, labels
from bnldesk.ui.meetings.start_page import RowsModel, fmt_when, make_table
from bnldesk.ui.worker import DbWorker

Row = dict[str, Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("Meetings", text)


class ElidedLabel(QLabel):
    """Plain text on one line, cut with "…" to the room it gets (full text as tooltip)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )
        painter.end()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )


def _to_qdt(value: dt.datetime | None) -> QDateTime:
    if value is None:
        return QDateTime()
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _from_qdt(value: QDateTime) -> dt.datetime | None:
    if not value.isValid():
        return None
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ActionDialog(QDialog):
    """A new action item: what, who, by when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New action item"))
        self.title = QLineEdit()
        self.owner = QLineEdit()
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(tr("Action"), self.title)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Due"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, dt.date]:
        d = self.due.date()
        return self.title.text(), self.owner.text(), dt.date(d.year(), d.month(), d.day())


class MeetingCommand(QUndoCommand):
    """One edit of a meeting, undone and redone by putting its records back (new timestamps)."""

    def __init__(
        self,
        text: str,
        editor: MeetingEditor,
        meeting_id: int,
        before: svc.MeetingState,
        after: svc.MeetingState,
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.meeting_id = meeting_id
        self.before = before
        self.after = after
        self._done = True  # pushed after the edit ran: the first redo has nothing to do

    def _apply(self, target: svc.MeetingState, other: svc.MeetingState) -> None:
        editor, meeting_id = self.editor, self.meeting_id

        def job(store: Store) -> int:
            with store.transaction() as s:
                svc.restore_meeting_state(s, target, other)
            return meeting_id

        editor.worker.run(job, editor.show_after_undo, editor._failed)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after, self.before)

    def undo(self) -> None:
        self._apply(self.before, self.after)


class MeetingEditor(QWidget):
    """One meeting: its facts, its agenda with position/notes/outcome per point, its actions."""

    saved = Signal(int)
    message = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.worker = worker
        self.undo_stack = undo_stack
        self.meeting_id: int | None = None
        self.data: Row | None = None
        self._point_id: int | None = None

        # The title is the delegate's text: shown as typed ("<b>" stays "<b>"), on one line,
        # elided, so a long one does not widen the window beyond a 1280-pixel screen.
        self.heading = ElidedLabel(tr("New meeting"))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("defaults to the workgroup's name"))
        self.workgroup = QLineEdit()
        self.workgroup.setPlaceholderText(tr("workgroup code, e.g. SENN-CRISE"))
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for w in (self.starts, self.ends):
            w.setCalendarPopup(True)
            # Day names in the interface language ("zo", "dim."), not the system's.
            w.setLocale(i18n.locale())
            w.setDisplayFormat("ddd dd-MM-yyyy HH:mm")
        self.place = QLineEdit()
        self.video = QLineEdit()
        self.video.setPlaceholderText("https://...")
        self.chair = QLineEdit()
        facts = QFormLayout()
        facts.addRow(tr("Title"), self.title)
        facts.addRow(tr("Workgroup"), self.workgroup)
        when = QHBoxLayout()
        when.addWidget(self.starts)
        when.addWidget(QLabel(tr("until")))
        when.addWidget(self.ends)
        when.addStretch(1)  # "until" stays next to the dates
        facts.addRow(tr("When"), when)
        facts.addRow(tr("Place"), self.place)
        facts.addRow(tr("Video link"), self.video)
        facts.addRow(tr("Chair"), self.chair)
        self.save_button = QPushButton(tr("Save meeting"))
        self.save_button.clicked.connect(self.save_meeting)
        self.ics_button = QPushButton(tr("Add to calendar (.ics)..."))
        self.ics_button.clicked.connect(self.export_ics)
        self.debrief_button = QPushButton(tr("Debrief into notes"))
        self.debrief_button.setToolTip(
            tr("Write each point's outcome and the new actions as notes on the plan objects")
        )
        self.debrief_button.clicked.connect(self.debrief)

        self.agenda_model = RowsModel(
            [
                ("#", lambda r: str(r["position"])),
                (tr("Agenda point"), "title"),
                (
                    tr("Linked to"),
                    # The shared, translated kind names ("Free text" was left in English).
                    lambda r: labels.label(labels.OBJECT_KINDS, r["target_kind"]),
                ),
                (tr("Our position"), "position_text"),
                (tr("Outcome"), "outcome"),
            ],
            self,
        )
        self.agenda_view = make_table(self.agenda_model, "agendaTable", stretch=3)
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._select_point(cur.row())
        )
        self.new_point = QLineEdit()
        self.new_point.setPlaceholderText(
            tr("new point: a workgroup code, section number (2.1.1), item:12, or free text")
        )
        self.new_point.returnPressed.connect(self.add_point)
        add_point = QPushButton(tr("Add point"))
        add_point.clicked.connect(self.add_point)
        self.up_button = QPushButton(tr("Up"))
        self.down_button = QPushButton(tr("Down"))
        self.remove_button = QPushButton(tr("Remove"))
        self.up_button.clicked.connect(lambda: self.move_point(-1))
        self.down_button.clicked.connect(lambda: self.move_point(1))
        self.remove_button.clicked.connect(self.remove_point)
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.new_point, 1)
        agenda_buttons.addWidget(add_point)
        agenda_buttons.addWidget(self.up_button)
        agenda_buttons.addWidget(self.down_button)
        agenda_buttons.addWidget(self.remove_button)

        self.point_title = QLineEdit()
        self.point_position = QPlainTextEdit()
        self.point_position.setPlaceholderText(tr("the delegation's position on this point"))
        self.point_notes = QPlainTextEdit()
        self.point_notes.setPlaceholderText(tr("preparation notes"))
        self.point_outcome = QPlainTextEdit()
        self.point_outcome.setPlaceholderText(tr("after the meeting: what was decided"))
        # Small minimums: the whole meeting fits a 1280x720 screen (they grow with the window).
        for edit in (self.point_position, self.point_notes, self.point_outcome):
            edit.setMinimumHeight(44)
        self.save_point_button = QPushButton(tr("Save point"))
        self.save_point_button.clicked.connect(self.save_point)
        point_box = QGroupBox(tr("Agenda point"))
        pform = QFormLayout(point_box)
        pform.addRow(tr("Title"), self.point_title)
        pform.addRow(tr("Position"), self.point_position)
        pform.addRow(tr("Notes"), self.point_notes)
        pform.addRow(tr("Outcome"), self.point_outcome)
        pform.addRow("", self.save_point_button)

        self.actions_model = RowsModel(
            [
                (tr("Action"), "title"),
                (tr("Owner"), "owner"),
                (tr("Due"), "due_date"),
                (tr("Status"), "status"),
            ],
            self,
        )
        self.actions_view = make_table(self.actions_model, "meetingActions")
        self.add_action_button = QPushButton(tr("New action item..."))
        self.add_action_button.clicked.connect(self.add_action)
        actions_box = QGroupBox(tr("Action items"))
        alay = QVBoxLayout(actions_box)
        alay.addWidget(self.actions_view)
        alay.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)

        # The title on a line of its own: beside three buttons it had no room left.
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.heading)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.debrief_button)
        buttons.addWidget(self.save_button)
        head.addLayout(buttons)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(point_box)
        lower.addWidget(actions_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(facts)
        agenda_label = QLabel(tr("Agenda"))
        agenda_label.setFont(font)
        layout.addWidget(agenda_label)
        layout.addWidget(self.agenda_view, 2)
        layout.addLayout(agenda_buttons)
        layout.addWidget(lower, 2)
        self._enable()

    # ---------------------------------------------------------------------------------------
    def _enable(self) -> None:
        has = self.meeting_id is not None
        for w in (
            self.ics_button,
            self.debrief_button,
            self.new_point,
            self.add_action_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            w.setEnabled(has)
        point = self._point_id is not None
        for editor in (
            self.point_title,
            self.point_position,
            self.point_notes,
            self.point_outcome,
            self.save_point_button,
        ):
            editor.setEnabled(point)

    def new(self, workgroup: str = "") -> None:
        self.meeting_id = None
        self.data = None
        self.heading.setText(tr("New meeting"))
        for w in (self.title, self.place, self.video, self.chair):
            w.clear()
        self.workgroup.setText(workgroup)
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10, 0))
        self.starts.setDateTime(_to_qdt(start))
        self.ends.setDateTime(_to_qdt(start + dt.timedelta(hours=2)))
        self.agenda_model.set_rows([])
        self.actions_model.set_rows([])
        self._select_point(-1)

    def load(self, meeting_id: int) -> None:
        today = dt.date.today()

        def job(store: Store) -> tuple[Row, svc.MeetingFields]:
            with store.read() as s:
                return svc.meeting_detail(s, meeting_id, today), svc.meeting_fields(s, meeting_id)

        self.worker.run(job, self._show, self._failed)

    def _show(self, result: tuple[Row, svc.MeetingFields]) -> None:
        data, fields = result
        keep = self._point_id
        self.meeting_id = data["id"]
        self.data = data
        when = fmt_when(data["starts_at"])
        self.heading.setText(f"{data['title']}" + (f"  ·  {when}" if when else ""))
        self.title.setText(fields.title)
        self.workgroup.setText(fields.workgroup or "")
        self.starts.setDateTime(_to_qdt(fields.starts_at))
        self.ends.setDateTime(_to_qdt(fields.ends_at))
        self.place.setText(fields.place)
        self.video.setText(fields.video_link)
        self.chair.setText(fields.chair)
        self.agenda_model.set_rows(data["agenda"])
        self.actions_model.set_rows(data["actions"])
        rows = [p["id"] for p in data["agenda"]]
        if keep in rows:
            self.agenda_view.selectRow(rows.index(keep))
        elif rows:
            self.agenda_view.selectRow(0)
        else:
            self._select_point(-1)
        self._enable()

    def _select_point(self, row: int) -> None:
        if self.data is None or row < 0 or row >= len(self.data["agenda"]):
            self._point_id = None
            for w in (self.point_position, self.point_notes, self.point_outcome):
                w.setPlainText("")
            self.point_title.clear()
        else:
            p = self.data["agenda"][row]
            self._point_id = p["id"]
            self.point_title.setText(p["title"])
            self.point_position.setPlainText(p["position_text"])
            self.point_notes.setPlainText(p["notes"])
            self.point_outcome.setPlainText(p["outcome"])
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, tr("Meeting"), str(exc))

    def _after_write(self, meeting_id: int) -> None:
        self.load(meeting_id)
        self.saved.emit(meeting_id)

    def _write(self, text: str, op: Callable[[Session], int]) -> None:
        """Run ``op`` in one transaction on the worker; push it on the undo stack."""
        before_id = self.meeting_id

        def job(store: Store) -> tuple[int, svc.MeetingState, svc.MeetingState]:
            with store.transaction() as s:
                before = svc.meeting_state(s, before_id)
                meeting_id = op(s)
                return meeting_id, before, svc.meeting_state(s, meeting_id)

        def done(result: tuple[int, svc.MeetingState, svc.MeetingState]) -> None:
            meeting_id, before, after = result
            if self.undo_stack is not None and before != after:
                self.undo_stack.push(MeetingCommand(text, self, meeting_id, before, after))
            self._after_write(meeting_id)

        self.worker.run(job, done, self._failed)

    def show_after_undo(self, meeting_id: int) -> None:
        def job(store: Store) -> bool:
            with store.read() as s:
                m = s.get(Meeting, meeting_id)
                return m is not None and m.deleted_at is None

        def done(alive: bool) -> None:
            if alive:
                self._after_write(meeting_id)
            else:
                self.new()
                self.saved.emit(meeting_id)

        self.worker.run(job, done, self._failed)

    # ---------------------------------------------------------------------------------------
    def fields(self) -> svc.MeetingFields:
        return svc.MeetingFields(
            title=self.title.text(),
            workgroup=self.workgroup.text().strip() or None,
            starts_at=_from_qdt(self.starts.dateTime()),
            ends_at=_from_qdt(self.ends.dateTime()),
            place=self.place.text(),
            video_link=self.video.text(),
            chair=self.chair.text(),
            notes=self.data["notes"] if self.data else "",
        )

    def save_meeting(self) -> None:
        fields = self.fields()
        meeting_id = self.meeting_id

        def op(s: Session) -> int:
            if meeting_id is None:
                return svc.create_meeting(s, fields).id
            return svc.update_meeting(s, meeting_id, fields).id

        self._write(tr("New meeting") if meeting_id is None else tr("Edit meeting"), op)

    def add_point(self) -> None:
        text = self.new_point.text().strip()
        if not text or self.meeting_id is None:
            return
        meeting_id = self.meeting_id

        def op(s: Session) -> int:
            try:
                # Fails before writing anything when the text names no plan object.
                svc.add_agenda_item(s, meeting_id, svc.AgendaFields(target=text))
            except svc.MeetingError:
                # Not a plan object: a free-text point.
                svc.add_agenda_item(s, meeting_id, svc.AgendaFields(title=text))
            return meeting_id

        self.new_point.clear()
        self._write(tr("Add agenda point"), op)

    def save_point(self) -> None:
        if self._point_id is None or self.meeting_id is None:
            return
        point_id, meeting_id = self._point_id, self.meeting_id
        title = self.point_title.text()
        position = self.point_position.toPlainText()
        notes = self.point_notes.toPlainText()
        outcome = self.point_outcome.toPlainText()

        def op(s: Session) -> int:
            svc.update_agenda_texts(
                s, point_id, title=title, position_text=position, notes=notes, outcome=outcome
            )
            return meeting_id

        self._write(tr("Edit agenda point"), op)

    def move_point(self, offset: int) -> None:
        if self._point_id is None or self.meeting_id is None:
            return
        point_id, meeting_id = self._point_id, self.meeting_id

        def op(s: Session) -> int:
            svc.move_agenda_item(s, point_id, offset)
            return meeting_id

        self._write(tr("Move agenda point"), op)

    def remove_point(self) -> None:
        if self._point_id is None or self.meeting_id is None:
            return
        point_id, meeting_id = self._point_id, self.meeting_id
        self._point_id = None

        def op(s: Session) -> int:
            svc.delete_agenda_item(s, point_id)
            return meeting_id

        self._write(tr("Remove agenda point"), op)

    def add_action(self) -> None:
        if self.meeting_id is None:
            return
        dialog = ActionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title, owner, due = dialog.values()
        meeting_id, point_id = self.meeting_id, self._point_id

        def op(s: Session) -> int:
            svc.add_meeting_action(
                s, meeting_id, title, owner=owner, due_date=due, agenda_item_id=point_id
            )
            return meeting_id

        self._write(tr("Add action item"), op)

    def debrief(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id

        def job(store: Store) -> svc.DebriefResult:
            with store.transaction() as s:
                return svc.debrief(s, meeting_id)

        def done(r: svc.DebriefResult) -> None:
            self.message.emit(
                tr("Debrief: %1 notes written, %2 updated, %3 actions attached")
                .replace("%1", str(r.notes_created))
                .replace("%2", str(r.notes_updated))
                .replace("%3", str(r.actions_linked))
            )
            self._after_write(meeting_id)

        self.worker.run(job, done, self._failed)

    def export_ics(self, path: str | None = None) -> None:
        if self.meeting_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Add to calendar"), "meeting.ics", tr("iCalendar (*.ics)")
            )
        if not path:
            return
        meeting_id, out = self.meeting_id, Path(path)

        def job(store: Store) -> Path:
            with store.read() as s:
                return svc.export_ics(s, [meeting_id], out)

        self.worker.run(job, lambda p: self.message.emit(tr("Wrote %s") % p), self._failed)


class MeetingsPanel(QWidget):
    """The list of meetings beside the editor of the selected one."""

    message = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPanel")
        self.worker = worker
        self.model = RowsModel(
            [(tr("When"), "starts_at"), (tr("Meeting"), "title"), (tr("Where"), "place")], self
        )
        self.view = make_table(self.model, "meetingsList", stretch=1)
        # The place is free text: sized to its contents it squeezed the meeting's title to "…".
        place = self.view.horizontalHeader()
        place.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        place.resizeSection(2, 90)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._open_row(cur.row())
        )
        new = QPushButton(tr("New meeting"))
        new.clicked.connect(self.new_meeting)
        self.editor = MeetingEditor(worker, self, undo_stack=undo_stack)
        self.editor.saved.connect(self._saved)
        self.editor.message.connect(self.message)
        left = QWidget()
        left.setMinimumWidth(300)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(new)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._select_after: int | None = None

    def reload(self, select: int | None = None) -> None:
        self._select_after = select

        def job(store: Store) -> list[Row]:
            with store.read() as s:
                return svc.list_meetings(s)

        self.worker.run(job, self._fill, key="meetings-list")

    def _fill(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        ids = [r["id"] for r in rows]
        if self._select_after in ids:
            self.view.selectRow(ids.index(self._select_after))

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            meeting_id = self.model.row(row)["id"]
            if meeting_id != self.editor.meeting_id:
                self.editor.load(meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        self.editor.load(meeting_id)
        self.reload(select=meeting_id)

    def new_meeting(self) -> None:
        self.view.clearSelection()
        self.editor.new()
        self.editor.title.setFocus()

    def _saved(self, meeting_id: int) -> None:
        self.reload(select=meeting_id)
