"""Meetings in the window: a list of meetings and an editor with the agenda.

Everything is read and written on the database worker through the meetings service; widgets
hold plain data only. Nothing typed is dropped: an agenda point's texts are saved when another
point, another meeting or another window is chosen; a meeting's facts are saved with "Save
meeting" (or Enter in one of them) and, for a meeting already in the database, whenever the
editor is left. A new meeting not saved yet is asked about before it would be lost.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bnldesk.domain.field_merge import EditClash
from bnldesk.domain.models import AgendaItem, Meeting, new_uuid
from bnldesk.domain.op_changes import ChangedKind, OpChanges
from bnldesk.paths import default_export_dir
from bnldesk.services import meetings as svc
from bnldesk.services import recovery
from bnldesk.services.annotations import ActionFields
from bnldesk.services.meeting_positions import GatheredPosition, gathered_positions
from bnldesk.services.recovery import (
    FirstPoint,
    UnsavedEdit,
    UnsavedMeeting,
    UnsavedNewAction,
    UnsavedNewPoint,
    UnsavedPoint,
)
from bnldesk.store.engine import Store
from bnldesk.ui import dates, i18n, labels
from bnldesk.ui.actions import MOVE_POINT_DOWN, MOVE_POINT_UP
from bnldesk.ui.changes import ChangeBus, Written
from bnldesk.ui.exports.folders import FileKind, FolderSettings, save_file
from bnldesk.ui.exports.options import slug
from bnldesk.ui.meetings.action_dialog import ActionDialog
from bnldesk.ui.meetings.agenda import AgendaTable, share_width
from bnldesk.ui.meetings.commands import MeetingCommand, meeting_changes
from bnldesk.ui.meetings.notice import Notice
from bnldesk.ui.meetings.rows import ActionRow, AgendaPointRow, MeetingDetail
from bnldesk.ui.undo_texts import UndoText
from bnldesk.ui.unsaved import cause_of, held_list, kind_name, unsaved_edits
from bnldesk.ui.widgets import colours, file_dialogs
from bnldesk.ui.widgets.date_fields import DateTimeField
from bnldesk.ui.widgets.elided_label import ElidedLabel
from bnldesk.ui.widgets.rows_table import (
    Column,
    RowsModel,
    cap_columns,
    make_table,
    wrap_columns,
)
from bnldesk.ui.widgets.text import typed_text
from bnldesk.ui.worker import describe_error


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("Meetings", text, disambiguation, count)


MeetingShown = tuple[MeetingDetail, svc.MeetingFields]
# What a meeting write hands back: the meeting's id, and its records before and after.
WriteResult = tuple[int, svc.MeetingState, svc.MeetingState]
# A debrief's result, with the meeting and its debrief notes before and after it (for undo).
Debriefed = tuple[svc.DebriefResult, svc.MeetingState, svc.MeetingState]


def read_meeting(store: Store, meeting_id: int) -> MeetingShown | None:
    """Meeting ``meeting_id`` with its agenda and actions, and its facts as the editor shows
    them (a default title in the window's language); None when it is not (or no longer) in the
    database."""
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            return None
        today, language = dt.date.today(), i18n.current()
        gathered = gathered_positions(session, meeting_id, language)
        # A default title in the window's language, as the meetings list shows it (trial 17):
        # saved untouched it stays the default (svc.update_meeting), typed over it is typed.
        row = svc.meeting_detail(session, meeting_id, today, language)
        detail = MeetingDetail.of(row, gathered)
        return detail, svc.meeting_fields(session, meeting_id, language)


def _two_lines_high(text_edit: QPlainTextEdit) -> int:
    """The height in pixels that shows two lines of ``text_edit`` whole: the lines, the
    document's margins and the frame."""
    margins = 2 * int(text_edit.document().documentMargin()) + 2 * text_edit.frameWidth()
    return 2 * text_edit.fontMetrics().lineSpacing() + margins + 2


def agenda_columns() -> list[Column[AgendaPointRow]]:
    return [
        Column("#", lambda point: str(point.position), lambda point: point.position),
        Column(tr("Agenda point"), lambda point: point.title),
        # The shared, translated kind names ("Free text" was left in English).
        Column(tr("Linked to"), lambda point: labels.label(labels.OBJECT_KINDS, point.target_kind)),
        Column(tr("Our position"), lambda point: point.position_text),
        Column(tr("Outcome"), lambda point: point.outcome),
    ]


def action_columns() -> list[Column[ActionRow]]:
    # One term per thing in the window, the brief and the debrief (trial 11: "Wie" here,
    # "Trekker" in the brief): "Owner" ("Trekker", "Responsable"), "Due" ("Uiterlijk",
    # "Échéance"); the owner column is as wide as its title (see _build_actions_box).
    return [
        # The agenda point the action belongs to, said in the title (trial 11: a "#" read as
        # the action's own number).
        Column(tr("Point"), lambda action: action.point, lambda action: int(action.point or 0)),
        Column(tr("Action"), lambda action: action.title),
        Column(tr("Owner"), lambda action: action.owner),
        Column(tr("Due"), lambda action: dates.format_date(action.due_date), lambda a: a.due_date),
        Column(tr("Status"), lambda action: labels.label(labels.ACTION_STATUSES, action.status)),
    ]


@dataclass
class EditorSnapshot:
    """What the editor shows, as typed, so a rebuilt window (new language) shows it again."""

    meeting_id: int | None
    facts: dict[str, str] = field(default_factory=dict)
    point_id: int | None = None
    point: dict[str, str] = field(default_factory=dict)
    new_point: str = ""


class MeetingEditor(QWidget):
    """One meeting: its facts, its agenda with position/notes/outcome per point, its actions."""

    message = Signal(str)
    meeting_shown = Signal(int)  # a meeting was read and is shown, by id
    brief_requested = Signal(int)

    def __init__(
        self,
        changes: ChangeBus,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.changes = changes
        self.worker = changes.worker
        self.read_only = read_only
        self._init_state()
        facts = self._build_facts()
        self._build_buttons()
        self._lay_out(
            facts, self._build_agenda(), self._build_point_box(), self._build_actions_box()
        )
        self._follow_unsaved()
        self.new()
        self.load_choices()

    def _init_state(self) -> None:
        """What the editor keeps between writes: the meeting shown, its point, what was shown
        (a save writes only what differs), and what the window sets (author, folders)."""
        self.meeting_id: int | None = None
        self.data: MeetingDetail | None = None  # the meeting as stored, when one is shown
        self._point_id: int | None = None
        # The points before an "Add point" write: the one it adds is selected once shown.
        self._points_before_add: frozenset[int] | None = None
        self._loaded_facts: dict[str, str] = {}
        # The facts and the selected point's texts as shown: a save writes only what differs.
        self._shown_fields: svc.MeetingFields | None = None
        self._point_shown: svc.AgendaTexts | None = None
        self._last_error: str | None = None
        # A new meeting's UUID, given before its first save: a retry never adds it twice.
        self._new_uuid = new_uuid()
        self._choices: dict[str, str] = {}  # completion label -> reference
        # The agenda field (trial 14): Return on a suggestion whose text the completer puts
        # back; the typed points whose writes are not stored yet (given back if one fails);
        # a new meeting being stored with its first point, and the points typed meanwhile.
        self._swallow_completion = False
        self._completion_back: str | None = None
        self._unadded: list[str] = []
        self._creating = False
        self._queued_points: list[tuple[str, str | None]] = []
        # (author, delegation) for the notes a debrief writes: the preferences' (set by the
        # window that opens the editor).
        # The author and delegation of a debrief's notes; None when the delegate cancelled
        # choosing a delegation (bnldesk.ui.settings.ask): no debrief then.
        self.note_author: Callable[[], tuple[str, str] | None] = lambda: ("", "")
        # The window's settings, for the folder "Add to calendar" proposes (set by the window).
        self.folders: FolderSettings | None = None

    def _lay_out(
        self, facts: QGridLayout, agenda: QWidget, point_box: QGroupBox, actions_box: QGroupBox
    ) -> None:
        """The head and facts above, then the agenda over the point's texts and its actions."""
        # Trial 10 at 1280x720: the agenda showed 1-2 of 6 points and the action column "N...".
        # The agenda and the point's texts share the height through a splitter that gives the
        # agenda the larger part; the point's texts and its actions share the width equally.
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(point_box)
        lower.addWidget(actions_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("meetingSplit")
        self.split.addWidget(agenda)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        # Stretch shares only what is left over the panes' preferred heights, and the point's
        # three text boxes prefer much: the sizes set the share (3:2) from the start.
        self.split.setSizes([3000, 2000])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self._head())
        layout.addLayout(facts)
        layout.addWidget(self.split, 1)
        layout.addWidget(self._status_line())

    def _status_line(self) -> QWidget:
        """What is wrong and what was just done (with its Undo), under everything, in room
        kept for a line: shown above the agenda it pushed the rows down by a line as it came
        and went, and the delegate's next click hit the row below (trial 14)."""
        line = QWidget()
        line.setObjectName("meetingStatus")
        rows = QVBoxLayout(line)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.problem)
        rows.addLayout(self._build_unsaved_row())  # edits kept on this laptop, with Try again
        rows.addWidget(self.notice)
        line.setMinimumHeight(self.notice.sizeHint().height())
        return line

    def _head(self) -> QGridLayout:
        """The title (elided; the Title field below shows it whole) beside two rows of two
        buttons (in one row the French labels made the window wider than a 1280-pixel
        screen); on a line of its own it cost the agenda a row at 1280x720."""
        head = QGridLayout()
        head.setVerticalSpacing(2)
        head.setColumnStretch(0, 1)
        head.addWidget(self.heading, 0, 0)
        head.addWidget(self.when_line, 1, 0)
        head.addWidget(self.brief_button, 0, 1)
        head.addWidget(self.ics_button, 0, 2)
        head.addWidget(self.debrief_button, 1, 1)
        head.addWidget(self.save_button, 1, 2)
        return head

    def _build_facts(self) -> QGridLayout:
        """The heading and the meeting's facts (title, workgroup, when, where, chair), with
        the line that says what is wrong with them. Four rows, two facts on two of them: one
        fact a row took the height of two agenda points at 1280x720."""
        self._build_heading()
        self._build_fact_fields()
        facts = self._lay_out_facts()
        self._connect_facts()
        return facts

    def _build_heading(self) -> None:
        """The meeting's title as the heading: the delegate's text shown as typed ("<b>" stays
        "<b>"), on one line, elided, so a long one does not widen the window beyond a
        1280-pixel screen."""
        self.heading = ElidedLabel(tr("New meeting"))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        # The date and time on a line of their own under the title: behind it, a title of
        # two words already cut them ("Directiecomite mobiliteit · ma 07/12/2…", trial 13).
        self.when_line = ElidedLabel("")

    def _build_fact_fields(self) -> None:
        """The facts' fields, the line saying what is wrong and the notice of what was done."""
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("defaults to the workgroup's name"))
        self.workgroup = QLineEdit()
        self.workgroup.setPlaceholderText(tr("workgroup code, e.g. SENN-CRISE"))
        self.starts = DateTimeField()
        self.ends = DateTimeField()
        # No example in an empty end (a meeting given without one: from the command line, a
        # bundle): the grey "15/12/2026 09:30" read as an end a week later, before the start's
        # hour. The start shows the form; the tooltip says it.
        self.ends.date.setPlaceholderText("")
        self.ends.time.setPlaceholderText("")
        self.place = QLineEdit()
        self.video = QLineEdit()
        self.video.setPlaceholderText("https://...")
        self.chair = QLineEdit()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(colours.warning_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.notice = Notice()

    def _lay_out_facts(self) -> QGridLayout:
        """Four rows, two facts on two of them, each with its label (its buddy)."""
        facts = QGridLayout()
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        def put(text: str, field: QWidget, row: int, column: int, span: int = 1) -> None:
            label = QLabel(text)
            label.setBuddy(field)
            facts.addWidget(label, row, column)
            facts.addWidget(field, row, column + 1, 1, span)

        put(tr("Title"), self.title, 0, 0, 3)
        put(tr("Workgroup"), self.workgroup, 1, 0)
        put(tr("Chair"), self.chair, 1, 2)
        when = QHBoxLayout()
        when.addWidget(self.starts, 1)
        when.addWidget(QLabel(tr("until")))
        when.addWidget(self.ends, 1)
        when_label = QLabel(tr("When"))
        when_label.setBuddy(self.starts.date)
        facts.addWidget(when_label, 2, 0)
        facts.addLayout(when, 2, 1, 1, 3)
        put(tr("Place"), self.place, 3, 0)
        put(tr("Video link"), self.video, 3, 2)
        self.starts.setAccessibleName(tr("Starts"))
        self.ends.setAccessibleName(tr("Ends"))
        return facts

    def _connect_facts(self) -> None:
        """A refused date says why; the end follows the start; Enter saves."""
        for when_field in (self.starts, self.ends):
            when_field.refused.connect(self.show_problem)
        # Moving the start moves the end with it, keeping the meeting's length (as calendars
        # do); the end typed by the delegate sets the length.
        self._end_follows = True
        self.starts.value_changed.connect(self._start_moved)
        # Enter in a fact saves the meeting (it used to reach the window's first button,
        # "New meeting", which wiped the form).
        for edit in (self.title, self.workgroup, self.place, self.video, self.chair):
            edit.returnPressed.connect(self.save_meeting)
        for date_edit in (self.starts.date, self.starts.time, self.ends.date, self.ends.time):
            date_edit.returnPressed.connect(self.save_meeting)

    def _build_buttons(self) -> None:
        """The meeting's buttons: save, brief, calendar, debrief."""
        self.save_button = QPushButton(tr("Save meeting"))
        self.save_button.clicked.connect(self.save_meeting)
        self.brief_button = QPushButton(tr("Brief (PDF)..."))
        self.brief_button.setToolTip(tr("A meeting brief with the agenda and positions (Ctrl+P)"))
        self.brief_button.clicked.connect(self.request_brief)
        self.ics_button = QPushButton(tr("Add to calendar (.ics)..."))
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.debrief_button = QPushButton(tr("Debrief into notes"))
        self.debrief_button.setToolTip(
            tr("Write each point's outcome and the new actions as notes on the plan objects")
        )
        self.debrief_button.clicked.connect(self.debrief)
        for button in (self.save_button, self.brief_button, self.ics_button, self.debrief_button):
            button.setAutoDefault(False)

    def _build_agenda(self) -> QWidget:
        """The agenda table, and the field and buttons that add, move and remove its points."""
        self._build_agenda_table()
        self._build_new_point()
        self._build_agenda_buttons()
        return self._lay_out_agenda()

    def _build_agenda_table(self) -> None:
        """The agenda's table: selecting a point shows it; a plan object dropped on it and the
        context menu add and move points."""
        self.agenda_model: RowsModel[AgendaPointRow] = RowsModel(agenda_columns(), self)
        self.agenda_view = AgendaTable()
        make_table(self.agenda_model, "agendaTable", view=self.agenda_view)
        # The title takes the room left; the position and the outcome are as wide as their
        # texts up to a quarter each, as narrow as their titles while empty (trial 16: two
        # empty columns took two thirds and cut the titles). No header is cut ("Résultat").
        share_width(self.agenda_view, stretch=(1,))
        cap_columns(self.agenda_view, (3, 4), share=0.25)
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._select_point(cur.row())
        )
        self.agenda_view.object_dropped.connect(self.add_point_about)
        self.agenda_view.context_requested.connect(self._agenda_menu)
        # Rows as high as their text: six points fit at 1280x720 (Qt's default is taller).
        rows_high = self.agenda_view.fontMetrics().height() + 8
        self.agenda_view.verticalHeader().setDefaultSectionSize(rows_high)
        self.agenda_view.verticalHeader().setMinimumSectionSize(rows_high)
        # The table gives up room before the window outgrows the screen, keeping two points.
        self.agenda_view.setMinimumHeight(3 * rows_high)

    def _build_new_point(self) -> None:
        """The field a new point is typed in, completing plan objects by name."""
        self.new_point = QLineEdit()
        self.new_point.setObjectName("newPoint")
        # A line of its own, the whole width of the agenda: beside the four buttons it had
        # 88 pixels at 1280x720 in Dutch, its instruction cut to "nieuw punt: ...".
        self.new_point.setPlaceholderText(tr("New point: a project, section, workgroup or text"))
        self.new_point.setToolTip(
            tr("Type a project, section or workgroup and pick it from the list, or free text")
        )
        self._choice_model = QStringListModel(self)
        completer = QCompleter(self._choice_model, self.new_point)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.new_point.setCompleter(completer)
        completer.activated.connect(self._completion_activated)
        self.new_point.textChanged.connect(self._new_point_changed)
        self.new_point.textEdited.connect(self._new_point_typed)
        self.new_point.returnPressed.connect(self.add_point)

    def _build_agenda_buttons(self) -> None:
        """Add point, Up, Down (also Alt+Up/Down) and Remove."""
        self.add_point_button = QPushButton(tr("Add point"))
        self.add_point_button.clicked.connect(self.add_point)
        self.up_button = QPushButton(tr("Up"))
        self.down_button = QPushButton(tr("Down"))
        self.remove_button = QPushButton(tr("Remove"))
        self.up_button.clicked.connect(lambda: self.move_point(-1))
        self.down_button.clicked.connect(lambda: self.move_point(1))
        self._bind_move_keys()
        self.remove_button.clicked.connect(self.remove_point)
        for button in (self.add_point_button, self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)

    def _lay_out_agenda(self) -> QWidget:
        """The agenda's pane: heading and buttons, the table, the new point's line."""
        # The heading "Agenda" shares its line with Up, Down and Remove; the new point's field
        # (the whole width less "Add point") is under the table.
        agenda_label = QLabel(tr("Agenda"))
        agenda_label.setFont(self.heading.font())
        head = QHBoxLayout()
        head.addWidget(agenda_label)
        head.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            head.addWidget(button)
        adding = QHBoxLayout()
        adding.addWidget(self.new_point, 1)
        adding.addWidget(self.add_point_button)
        agenda = QWidget()
        agenda.setObjectName("agendaPane")
        rows = QVBoxLayout(agenda)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(head)
        rows.addWidget(self.agenda_view, 1)
        rows.addLayout(adding)
        return agenda

    def _bind_move_keys(self) -> None:
        """Alt+Up and Alt+Down in the agenda move the selected point (trial 10: only the
        mouse could); the buttons say so in their tooltips, Help > Keyboard shortcuts too."""
        for place, offset, button in (
            (MOVE_POINT_UP, -1, self.up_button),
            (MOVE_POINT_DOWN, 1, self.down_button),
        ):
            keys = QKeySequence(place.shortcut)
            action = QAction(self.agenda_view)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, step=offset: self._move_by_key(step))
            self.agenda_view.addAction(action)
            named = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{QCoreApplication.translate('Actions', place.help)} ({named})")

    def _move_by_key(self, offset: int) -> None:
        if self.up_button.isEnabled():  # a meeting is shown and the database can be written
            self.move_point(offset)

    def _build_point_box(self) -> QGroupBox:
        """The selected agenda point's title and the delegation's texts on it."""
        self.point_title = QLineEdit()
        self.point_position = QPlainTextEdit()
        self.point_position.setPlaceholderText(tr("the delegation's position on this point"))
        self.point_notes = QPlainTextEdit()
        self.point_notes.setPlaceholderText(tr("preparation notes"))
        self.point_outcome = QPlainTextEdit()
        self.point_outcome.setPlaceholderText(tr("after the meeting: what was decided"))
        # Two lines each at least, no more: the whole meeting fits a 1280x720 screen (they grow
        # with the window), the agenda table giving up the room. Trials 16-17: at 36 pixels
        # the outcome held one line and a scrollbar in French with "From the notes" shown.
        for text_edit in (self.point_position, self.point_notes, self.point_outcome):
            text_edit.setMinimumHeight(_two_lines_high(text_edit))
            text_edit.setTabChangesFocus(True)
        self.point_title.returnPressed.connect(self.save_point)
        self.save_point_button = QPushButton(tr("Save point"))
        self.save_point_button.setAutoDefault(False)
        self.save_point_button.setToolTip(
            tr("Also saved when you choose another point or close the window")
        )
        self.save_point_button.clicked.connect(self.save_point)
        point_box = QGroupBox(tr("Agenda point"))
        pform = QFormLayout(point_box)
        title_row = QHBoxLayout()  # the save button beside the title: a row less
        title_row.addWidget(self.point_title, 1)
        title_row.addWidget(self.save_point_button)
        pform.addRow(tr("Title"), title_row)
        pform.addRow(tr("Position"), self.point_position)
        # The positions noted on the objects the point covers, each naming its object (stop
        # 28): two lines cut with "…", every one whole in the tooltip.
        self.point_gathered = ElidedLabel(lines=2)
        self.point_gathered.setObjectName("pointGathered")
        self.point_gathered_title = QLabel(tr("From the notes"))
        pform.addRow(self.point_gathered_title, self.point_gathered)
        pform.addRow(tr("Notes"), self.point_notes)
        pform.addRow(tr("Outcome"), self.point_outcome)
        return point_box

    def _build_actions_box(self) -> QGroupBox:
        """The meeting's action items, with the button that adds one."""
        self.actions_model: RowsModel[ActionRow] = RowsModel(action_columns(), self)
        self.actions_view = make_table(self.actions_model, "meetingActions")
        # Only the action stretches. Its title and the owner wrap onto more lines, the owner
        # column at most a quarter of the table (trial 10: a long name took the title's room;
        # trial 11: "Grensoverschrij…" and "Pieter …" at 1280x720).
        share_width(self.actions_view, stretch=(1,))
        wrap_columns(self.actions_view, wrapped=(1, 2), capped=(2,))
        self.add_action_button = QPushButton(tr("New action item..."))
        self.add_action_button.setAutoDefault(False)
        self.add_action_button.clicked.connect(self.add_action)
        # The list shows the selected point's actions, or all the meeting's (trial 10: an
        # action raised under point 1 was listed under every point).
        self.all_points = QCheckBox(tr("All points"))
        self.all_points.setObjectName("allPointsActions")
        self.all_points.setToolTip(tr("Show the action items of every point and of the meeting"))
        self.all_points.toggled.connect(lambda _on: self._show_actions())
        self.actions_box = QGroupBox(tr("Action items"))
        alay = QVBoxLayout(self.actions_box)
        alay.addWidget(self.actions_view)
        below = QHBoxLayout()
        below.addWidget(self.add_action_button)
        below.addStretch(1)
        below.addWidget(self.all_points)
        alay.addLayout(below)
        return self.actions_box

    def _show_actions(self) -> None:
        """The actions of the selected point (all of the meeting's with "All points" ticked,
        or when no point is selected), the box's title saying which."""
        point = self.data.point(self._point_id) if self.data is not None else None
        # The point column only where the list holds several points' actions: under "Action
        # items of point 2" it says 2 on every row (and its room is the title's).
        self.actions_view.setColumnHidden(0, point is not None and not self.all_points.isChecked())
        if self.data is None:
            self.actions_model.set_rows([])
            self.actions_box.setTitle(tr("Action items"))
            return
        if point is None or self.all_points.isChecked():
            self.actions_model.set_rows(self.data.actions)
            self.actions_box.setTitle(tr("Action items"))
            return
        self.actions_model.set_rows(self.data.actions_of(point.id))
        self.actions_box.setTitle(tr("Action items of point %1").replace("%1", str(point.position)))

    # ---------------------------------------------------------------------------------------
    # state
    # ---------------------------------------------------------------------------------------
    def _enable(self) -> None:
        has = self.meeting_id is not None
        writable = not self.read_only
        for button in (self.ics_button, self.brief_button):
            button.setEnabled(has)
        widget: QWidget
        # The agenda can be typed before the first save: adding a point saves the meeting.
        for widget in (self.new_point, self.add_point_button):
            widget.setEnabled(writable)
        for widget in (
            self.debrief_button,
            self.add_action_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            widget.setEnabled(has and writable)
        self.save_button.setEnabled(writable)
        for edit in (self.title, self.workgroup, self.place, self.video, self.chair):
            edit.setReadOnly(not writable)
        for dt_field in (self.starts, self.ends):
            dt_field.setEnabled(writable)
        point = self._point_id is not None
        for editor in (
            self.point_title,
            self.point_position,
            self.point_notes,
            self.point_outcome,
            self.save_point_button,
        ):
            editor.setEnabled(point and writable)

    def _fact_texts(self) -> dict[str, str]:
        return {
            "title": self.title.text(),
            "workgroup": self.workgroup.text(),
            "starts_date": self.starts.date.text(),
            "starts_time": self.starts.time.text(),
            "ends_date": self.ends.date.text(),
            "ends_time": self.ends.time.text(),
            "place": self.place.text(),
            "video": self.video.text(),
            "chair": self.chair.text(),
        }

    def _start_moved(self, before: dt.datetime | None, after: dt.datetime | None) -> None:
        """The delegate moved the start: the end keeps the meeting's length (two hours when
        the end was not after the old start). An end that cannot be read is left as typed."""
        if not self._end_follows or before is None or after is None:
            return
        if not self.ends.read_text():
            return
        end = self.ends.value()
        if end is None:
            return
        length = end - before if end >= before else svc.DEFAULT_DURATION
        self.ends.set_value(after + length)

    def _set_fact_texts(self, texts: dict[str, str]) -> None:
        self._end_follows = False  # the texts are put back as they were typed, end included
        try:
            self._put_fact_texts(texts)
        finally:
            self._end_follows = True

    def _put_fact_texts(self, texts: dict[str, str]) -> None:
        self.title.setText(texts.get("title", ""))
        self.workgroup.setText(texts.get("workgroup", ""))
        self.starts.date.setText(texts.get("starts_date", ""))
        self.starts.time.setText(texts.get("starts_time", ""))
        self.ends.date.setText(texts.get("ends_date", ""))
        self.ends.time.setText(texts.get("ends_time", ""))
        self.place.setText(texts.get("place", ""))
        self.video.setText(texts.get("video", ""))
        self.chair.setText(texts.get("chair", ""))
        self.starts.read_text()
        self.ends.read_text()

    def _point_texts(self) -> dict[str, str]:
        return {
            "title": self.point_title.text(),
            "position_text": typed_text(self.point_position),
            "notes": typed_text(self.point_notes),
            "outcome": typed_text(self.point_outcome),
        }

    def _put_point_texts(self, texts: dict[str, str]) -> None:
        self.point_title.setText(texts["title"])
        self.point_position.setPlainText(texts["position_text"])
        self.point_notes.setPlainText(texts["notes"])
        self.point_outcome.setPlainText(texts["outcome"])

    def _point_row(self, point_id: int | None) -> AgendaPointRow | None:
        return self.data.point(point_id) if self.data is not None else None

    def facts_changed(self) -> bool:
        return self._fact_texts() != self._loaded_facts

    def point_changed(self) -> bool:
        row = self._point_row(self._point_id)
        if row is None:
            return False
        return row.texts() != self._point_texts()

    def has_unsaved(self) -> bool:
        """Whether something typed is not in the database yet."""
        if self.read_only:
            return False
        if self.meeting_id is None:
            return self.facts_changed() or bool(self.new_point.text().strip())
        return self.facts_changed() or self.point_changed()

    def snapshot(self) -> EditorSnapshot:
        return EditorSnapshot(
            self.meeting_id,
            self._fact_texts(),
            self._point_id,
            self._point_texts(),
            self.new_point.text(),
        )

    def restore(self, snap: EditorSnapshot) -> None:
        """Show ``snap`` again: a meeting's unsaved texts, or a new meeting's draft."""
        if snap.meeting_id is None:
            self.new()
            self._set_fact_texts(snap.facts)
            self.new_point.setText(snap.new_point)
            return

        def shown() -> None:
            self._set_fact_texts(snap.facts)
            self.new_point.setText(snap.new_point)
            point_id = snap.point_id
            if self.data is not None and point_id is not None and self.data.point(point_id):
                self.agenda_view.selectRow(self.data.point_ids().index(point_id))
                self.point_title.setText(snap.point.get("title", ""))
                self.point_position.setPlainText(snap.point.get("position_text", ""))
                self.point_notes.setPlainText(snap.point.get("notes", ""))
                self.point_outcome.setPlainText(snap.point.get("outcome", ""))

        self.load(snap.meeting_id, then=shown)

    # ---------------------------------------------------------------------------------------
    # loading
    # ---------------------------------------------------------------------------------------
    def load_choices(self) -> None:
        """The plan objects offered while typing a new agenda point."""
        language = i18n.current()  # a workgroup is named in the window's language

        def job(store: Store) -> list[svc.AgendaChoice]:
            with store.read() as session:
                return svc.agenda_choices(session, language)

        def done(choices: list[svc.AgendaChoice]) -> None:
            self._choices = {c.label: c.ref for c in choices}
            self._choice_model.setStringList([c.label for c in choices])

        self.worker.run(job, done, lambda _exc: None, key="agenda-choices")

    def new(self, workgroup: str = "") -> None:
        """An empty form for a new meeting, a week from now at 10:00 for two hours."""
        self.meeting_id = None
        self.data = None
        self._point_id = None
        self._new_uuid = new_uuid()
        self.heading.setText(tr("New meeting"))
        self.when_line.setText("")
        for edit in (self.title, self.place, self.video, self.chair):
            edit.clear()
        self.workgroup.setText(workgroup)
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(10, 0))
        self.starts.set_value(start)
        self.ends.set_value(start + dt.timedelta(hours=2))
        self.new_point.clear()
        self._creating, self._queued_points, self._unadded = False, [], []
        self.agenda_model.set_rows([])
        self.actions_model.set_rows([])
        self._show_point(None)
        self._loaded_facts = self._fact_texts()
        self._shown_fields = None
        self.hide_problem()
        self.notice.clear()
        self._enable()
        self._show_unsaved()

    def load(self, meeting_id: int, then: Callable[[], None] | None = None) -> None:
        """Show meeting ``meeting_id`` as stored, then call ``then``."""

        def done(shown: MeetingShown | None) -> None:
            if shown is None:
                self.show_problem(tr("This meeting is no longer in the database."))
                return
            self._show(shown)
            if then is not None:
                then()

        self.worker.run(lambda store: read_meeting(store, meeting_id), done, self._failed)

    def _show(self, result: MeetingShown) -> None:
        data, fields = self._with_unsaved(*result)
        keep = self._point_id if self.meeting_id == data.id else None
        if self.meeting_id != data.id:
            self.notice.clear()  # it spoke of another meeting
            self._points_before_add = None
        self.meeting_id = data.id
        self.data = data
        when = dates.format_datetime(data.starts_at)
        self.heading.setText(data.title)
        self.when_line.setText(when)
        self.title.setText(fields.title)
        self.workgroup.setText(fields.workgroup or "")
        self.starts.set_value(fields.starts_at)
        self.ends.set_value(fields.ends_at)
        self.place.setText(fields.place)
        self.video.setText(fields.video_link)
        self.chair.setText(fields.chair)
        self._loaded_facts = self._fact_texts()
        self._shown_fields = fields  # what an edit is merged from (svc.update_meeting)
        self.agenda_model.set_rows(data.agenda)
        rows = data.point_ids()
        if self._points_before_add is not None:
            added = [point_id for point_id in rows if point_id not in self._points_before_add]
            if added:  # the point just added is the one the delegate goes on with
                keep, self._points_before_add = added[-1], None
        self._point_id = None
        if keep in rows:
            self.agenda_view.selectRow(rows.index(keep))
        elif rows:
            self.agenda_view.selectRow(0)
        self._show_point(self._point_row(keep if keep in rows else (rows[0] if rows else None)))
        self._enable()
        self._show_unsaved()
        self.meeting_shown.emit(data.id)

    def _select_point(self, row: int) -> None:
        """Another point was chosen: what was typed on the previous one is saved first."""
        if self.data is None or not 0 <= row < len(self.data.agenda):
            return
        point = self.data.agenda[row]
        if point.id == self._point_id:
            return
        if self.point_changed():
            self.save_point()
        self._show_point(point)
        self._enable()

    def _show_point(self, point: AgendaPointRow | None) -> None:
        self._point_id = point.id if point else None
        self._point_shown = svc.AgendaTexts(**point.texts()) if point else None
        self.point_title.setText(point.title if point else "")
        self.point_title.setCursorPosition(0)  # a long title shows its start
        self.point_position.setPlainText(point.position_text if point else "")
        self.point_notes.setPlainText(point.notes if point else "")
        self.point_outcome.setPlainText(point.outcome if point else "")
        self._show_gathered(point.gathered if point else ())
        self._show_actions()

    def _show_gathered(self, gathered: tuple[GatheredPosition, ...]) -> None:
        """The positions the point gathers from the notes: "1.1 Nieuw project: Digitale
        Benelux-factuur: Steunen, mits … · …" (the point's own object unnamed), hidden when
        there are none; the tooltip holds each one whole, with its object's whole name."""
        self.point_gathered.setVisible(bool(gathered))
        self.point_gathered_title.setVisible(bool(gathered))
        colon = i18n.with_colon("")
        shown = [f"{g.about}{colon} {_one_line(g.text)}" if g.about else _one_line(g.text)
                 for g in gathered]  # fmt: skip
        self.point_gathered.setText(" · ".join(shown))
        whole = [f"{g.about_full}{colon}\n{g.text}" if g.about_full else g.text for g in gathered]
        self.point_gathered.setToolTip("\n\n".join(whole))

    # ---------------------------------------------------------------------------------------
    # messages
    # ---------------------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        """Show ``text`` under the form as a sentence (a capital first: trial 17 read "een
        vergadering heeft een titel..."; a file name at its start keeps its case)."""
        self.notice.clear()
        self.problem.setText(i18n.sentence(text))
        self.problem.show()

    def tell(self, text: str, *, undoable: bool = False) -> None:
        """Say what was done in the Meetings window (and the main window's status bar); with
        ``undoable``, offer to take back the step just pushed on the undo stack."""
        stack = self.changes.undo_stack
        undo: Callable[[], None] | None = None
        if undoable and stack.canUndo():
            index = stack.index()

            def undo() -> None:
                if stack.index() == index:  # nothing else was done since
                    stack.undo()

        self.notice.tell(text, undo)
        self.message.emit(text.splitlines()[0] if text else text)  # a status bar has one line

    # ---------------------------------------------------------------------------------------
    # edits whose save failed (bnldesk.ui.unsaved)
    # ---------------------------------------------------------------------------------------
    def _follow_unsaved(self) -> None:
        """Edits whose save failed are held by the window's :class:`UnsavedEdits` (it outlives
        this editor): shown here as not saved until a retry stores them."""
        self.unsaved = unsaved_edits(self.changes)
        self.unsaved.changed.connect(self._show_unsaved)
        self.unsaved.stored.connect(self._unsaved_stored)

    def _build_unsaved_row(self) -> QHBoxLayout:
        """The line saying which edits of the meeting shown are not saved, with "Retry now"."""
        self.unsaved_label = ElidedLabel()
        self.unsaved_label.setObjectName("unsavedLabel")
        self.unsaved_label.setStyleSheet(colours.warning_style())
        self.retry_button = QPushButton(tr("&Retry now"))
        self.retry_button.setObjectName("retrySave")
        self.retry_button.clicked.connect(lambda: self.unsaved.retry_now())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.unsaved_label, 1)
        row.addWidget(self.retry_button)
        self.unsaved_label.hide()
        self.retry_button.hide()
        return row

    def held_here(self) -> list[UnsavedEdit]:
        """The edits of the meeting shown (or of the new one typed) that are not stored."""
        return list(self.unsaved.of_meeting(self.meeting_id, self._new_uuid))

    def _show_unsaved(self) -> None:
        """Say which edits of the meeting shown are not saved: "● Not saved: …" on one line,
        the cause and every edit in its tooltip."""
        held = self.held_here()
        self.unsaved_label.setVisible(bool(held))
        self.retry_button.setVisible(bool(held) and not self.read_only)
        if not held:
            return
        names = "; ".join(self._held_name(edit) for edit in held)
        self.unsaved_label.set_text_or_shorter(
            "● " + tr("Not saved: %1").replace("%1", names),
            "● " + tr("Not saved yet (kept on this computer)"),
            "● " + tr("Not saved"),
        )
        problem = self.unsaved.problem
        whole = tr(
            "Not saved: %1 What you typed is kept on this computer and saved as soon as the"
            " database answers again."
        ).replace("%1", f"{problem.rstrip('.')}." if problem else "")
        self.unsaved_label.setToolTip(whole + "\n\n" + held_list(held))

    def _held_name(self, edit: UnsavedEdit) -> str:
        """What the line calls an edit not saved: "Meeting", "Agenda point 2", "Action item –
        Call NCCN" (a point by its number while it is on the agenda shown)."""
        row = self._point_row(edit.point_id) if isinstance(edit, UnsavedPoint) else None
        if row is not None:
            return f"{kind_name(edit)} {row.position}"
        if isinstance(edit, UnsavedMeeting) and edit.points:
            return tr("Meeting with %n agenda point(s)", None, len(edit.points))
        if isinstance(edit, UnsavedMeeting) or not edit.label:
            return kind_name(edit)
        return f"{kind_name(edit)} – {edit.label}"

    def _with_unsaved(self, data: MeetingDetail, fields: svc.MeetingFields) -> MeetingShown:
        """The meeting as read, with the facts and point texts whose save failed as typed."""
        for edit in self.unsaved.of_meeting(data.id):
            if isinstance(edit, UnsavedMeeting):
                fields = edit.typed
            elif isinstance(edit, UnsavedPoint) and data.point(edit.point_id) is not None:
                data = data.with_point_texts(edit.point_id, dataclasses.asdict(edit.typed))
        return data, fields

    def _unsaved_stored(self, key: str, meeting_id: int, _typed: object) -> None:
        """A retry stored an edit: a new meeting still shown as typed becomes that meeting
        (the others are read again as any change of the meeting shown)."""
        if self.meeting_id is None and key == f"new-meeting:{self._new_uuid}":
            self.load(meeting_id)

    def hide_problem(self) -> None:
        self.problem.hide()

    def _failed(self, exc: BaseException) -> None:
        # In the interface language (a meeting's fault was shown by its English line).
        self._last_error = describe_error(exc)
        self.show_problem(self._last_error)
        self._give_back_unadded()

    # ---------------------------------------------------------------------------------------
    # writing
    # ---------------------------------------------------------------------------------------
    def _write(
        self,
        text: UndoText,
        op: Callable[[Session], int],
        *,
        wait: bool = False,
        actions: bool = False,
        after: Callable[[int], None] | None = None,
        again: Callable[[object], None] | None = None,
        hold: Callable[[str], UnsavedEdit] | None = None,
        kept_first: UnsavedEdit | None = None,
    ) -> bool:
        """Run ``op`` (it returns the meeting's id) in one transaction on the worker; once it
        is stored, its undo step named ``text`` is pushed, ``after`` is called with the
        meeting's id and every view is told (``actions``: it writes action items too).

        When ``op`` found fields changed elsewhere meanwhile (:class:`EditClash`), the delegate
        is asked whether to save theirs over them: ``again(stored)`` saves once more over the
        record as stored; otherwise the stored record is shown.

        When the database cannot take it now (away, locked, read-only: :func:`recovery.
        may_pass`), ``hold(cause)`` makes the edit that is kept on this laptop and retried
        (:mod:`bnldesk.ui.unsaved`); the editor then says it is not saved. ``kept_first`` (a
        new meeting) is kept in the recovery file while the write is under way.

        With ``wait`` the call returns when the write is done: True when it was stored or
        held."""
        before_id = self.meeting_id
        self._last_error = None

        def job(store: Store) -> Written[WriteResult]:
            with store.transaction() as session:
                before = svc.meeting_state(session, before_id)
                meeting_id = op(session)
                stored = svc.meeting_state(session, meeting_id)
            changes = meeting_changes(before_id, meeting_id, actions=actions)
            return Written((meeting_id, before, stored), changes)

        def undo_step(result: WriteResult) -> MeetingCommand | None:
            return self._undo_step(text, result, actions=actions)

        def stored(result: WriteResult) -> None:
            if kept_first is not None:
                self.unsaved.written(kept_first.key)
            self._written(result[0], after)

        def failed(exc: Exception) -> None:
            self._write_failed(exc, again, hold)
            if kept_first is not None:
                self.unsaved.written(kept_first.key)  # refused for what it says: not kept

        if kept_first is not None:
            self.unsaved.writing(kept_first)
        self.changes.write(job, stored, failed, undo=undo_step)
        return self._wait_written() if wait else True

    def _undo_step(
        self, text: UndoText, result: WriteResult, *, actions: bool
    ) -> MeetingCommand | None:
        """The undo step of a write that stored ``result`` (none when it changed nothing)."""
        meeting_id, before, stored = result
        if before == stored:
            return None
        return MeetingCommand(
            self.changes, text, meeting_id, before, stored, actions=actions, show=self.show_undone
        )

    def _written(self, meeting_id: int, after: Callable[[int], None] | None) -> None:
        """A write is stored: the editor shows its meeting (a new one too), then ``after``."""
        self.hide_problem()
        self.notice.clear()
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id  # a new meeting: the editor now shows it
        if after is not None:
            after(meeting_id)

    def _write_failed(
        self,
        exc: Exception,
        again: Callable[[object], None] | None,
        hold: Callable[[str], UnsavedEdit] | None = None,
    ) -> None:
        """A write failed: a clash with an edit made elsewhere asks (with ``again``), one the
        database may take later is held (with ``hold``), anything else is said."""
        if hold is not None and recovery.may_pass(exc):
            held = hold(cause_of(exc))
            self.unsaved.failed(held, exc)
            if isinstance(held, UnsavedMeeting):
                self._loaded_facts = self._fact_texts()  # kept: leaving it loses nothing
        elif isinstance(exc, EditClash) and again is not None:
            self._ask_about_clash(exc, again)
        else:
            self._failed(exc)

    def _wait_written(self) -> bool:
        """Wait for the write just queued: True when it was stored."""
        # The keys typed meanwhile wait until this write is done (trial 14, see wait_idle).
        if not self.worker.wait_idle(hold_input=True):
            self._failed(TimeoutError(tr("The database did not answer in time")))
        return self._last_error is None

    def _ask_about_clash(self, clash: EditClash, again: Callable[[object], None]) -> None:
        """Fields the delegate saved were changed elsewhere meanwhile (another window, the
        command line, a bundle): ask whether to replace them; No shows the stored values."""
        names = ", ".join(labels.field_label(name) for name in clash.fields)
        answer = QMessageBox.question(
            self,
            tr("Changed elsewhere"),
            tr("Changed elsewhere since it was shown: %1. Replace it with what you typed?").replace(
                "%1", names
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            again(clash.stored)
            return
        self._last_error = describe_error(clash)
        self.refresh(keep_typing=False)

    def on_changes(self, changes: OpChanges) -> None:
        """Read the shown meeting again when a write changed it (here, an undo, a merge)."""
        if self.meeting_id is not None and changes.touches_meeting(self.meeting_id):
            self.refresh()

    def show_undone(self, meeting_id: int) -> None:
        """An undo or redo of meeting ``meeting_id`` was stored: show that meeting when it is
        another one and still stored (a deleted meeting brought back). The meeting shown is
        read again from the change record (:meth:`on_changes`)."""
        if meeting_id == self.meeting_id:
            return

        def done(shown: MeetingShown | None) -> None:
            if shown is not None:
                self._show(shown)

        self.worker.run(lambda store: read_meeting(store, meeting_id), done, self._failed)

    def refresh(self, *, keep_typing: bool = True) -> None:
        """Show the stored state of the meeting shown; a new draft when it is gone.

        What the delegate typed and did not save yet stays in its fields (``keep_typing``),
        and is saved later over the state it was typed on, so that a change saved elsewhere
        meanwhile is noticed then."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def done(shown: MeetingShown | None) -> None:
            if meeting_id != self.meeting_id:
                return  # the editor moved on meanwhile
            if shown is None:
                self.new()
                return
            typed_facts = self._fact_texts() if keep_typing and self.facts_changed() else None
            loaded_facts, shown_fields = self._loaded_facts, self._shown_fields
            point_id, point_shown = self._point_id, self._point_shown
            typed_point = self._point_texts() if keep_typing and self.point_changed() else None
            self._show(shown)
            if typed_facts is not None:
                changed = {k: v for k, v in typed_facts.items() if v != loaded_facts.get(k)}
                self._set_fact_texts({**self._fact_texts(), **changed})
                self._loaded_facts, self._shown_fields = loaded_facts, shown_fields
            if typed_point is not None and point_id == self._point_id and point_shown:
                before = dataclasses.asdict(point_shown)
                changed = {k: v for k, v in typed_point.items() if v != before.get(k)}
                self._put_point_texts({**self._point_texts(), **changed})
                self._point_shown = point_shown

        self.worker.run(lambda store: read_meeting(store, meeting_id), done, self._failed)

    def fields(self) -> svc.MeetingFields:
        """The meeting's facts as typed; raises DateError for a date or time not read."""
        for dt_field in (self.starts, self.ends):
            if not dt_field.read_text():
                raise dates.DateError(dt_field.date.toolTip() or dt_field.time.toolTip())
        starts, ends = self.starts.value(), self.ends.value()
        if starts is not None and ends is not None and ends < starts:
            problem = tr("The meeting ends before it starts: it starts %1.").replace(
                "%1", dates.format_datetime(starts)
            )
            self.ends.mark(problem)
            raise dates.DateError(problem)
        return svc.MeetingFields(
            title=self.title.text(),
            workgroup=self.workgroup.text().strip() or None,
            starts_at=self.starts.value(),
            ends_at=self.ends.value(),
            place=self.place.text(),
            video_link=self.video.text(),
            chair=self.chair.text(),
            notes=self.data.notes if self.data else "",
        )

    def save_meeting(self, *, wait: bool = False) -> bool:
        """Store the facts (a new meeting is created). Returns False when refused."""
        if self.read_only:
            return False
        try:
            fields = self.fields()
        except dates.DateError as exc:
            self.show_problem(str(exc))
            return False
        meeting_id = self.meeting_id
        point_ok = self.save_point(wait=wait) if self.point_changed() else True
        return self._save_facts(meeting_id, fields, self._shown_fields, wait=wait) and point_ok

    def _save_facts(
        self,
        meeting_id: int | None,
        fields: svc.MeetingFields,
        shown: svc.MeetingFields | None,
        *,
        wait: bool,
    ) -> bool:
        """Store the facts: only those changed from ``shown``, over what is stored now (with
        the facts held unsaved when an earlier save failed)."""
        uuid = self._new_uuid
        held = UnsavedMeeting(meeting_id or 0, uuid, shown, fields, "")
        if self.unsaved.get(held.key) is not None:
            self.unsaved.typed(held.key, fields)
            self._loaded_facts = self._fact_texts()
            return True
        language = i18n.current()  # a workgroup is named in the window's language

        def op(session: Session) -> int:
            if meeting_id is None:
                # added with its UUID, once
                return recovery.store_meeting(session, held, language=language)
            return svc.update_meeting(
                session, meeting_id, fields, shown=shown, language=language
            ).id

        def text() -> str:
            return tr("New meeting") if meeting_id is None else tr("Edit meeting")

        def again(stored: object) -> None:
            assert isinstance(stored, svc.MeetingFields)
            self._save_facts(meeting_id, fields, stored, wait=wait)

        def hold(cause: str) -> UnsavedEdit:
            return dataclasses.replace(held, cause=cause)

        first = held if meeting_id is None else None
        return self._write(text, op, wait=wait, again=again, hold=hold, kept_first=first)

    def save_pending(self) -> bool:
        """Store whatever was typed and not saved (waits for it). False when refused."""
        ok = True
        if self.point_changed():
            ok = self.save_point(wait=True)
        # Facts whose save failed take what was typed since with them (no write is sent).
        held = any(isinstance(edit, UnsavedMeeting) for edit in self.held_here())
        if self.meeting_id is not None and (self.facts_changed() or held):
            ok = self.save_meeting(wait=True) and ok
        return ok

    def confirm_leave(self, parent: QWidget | None = None) -> bool:
        """Before the editor shows something else or closes: save what was typed to an existing
        meeting; ask about a new meeting not saved yet. False means stay (nothing is lost)."""
        if not self.has_unsaved():
            return True
        if self.meeting_id is not None:
            return self.save_pending()
        answer = QMessageBox.question(
            parent or self,
            tr("New meeting"),
            tr("The new meeting is not saved yet. Save it?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.new()
            return True
        if answer == QMessageBox.StandardButton.Save:
            return self.save_meeting(wait=True)
        return False

    def _saved_for_agenda(self) -> bool:
        """A new meeting is saved before its first agenda point (waits for it); False when
        the meeting was refused (the reason is shown, what was typed stays)."""
        if self.read_only:
            return False
        return self.meeting_id is not None or (
            self.save_meeting(wait=True) and self.meeting_id is not None
        )

    def add_point(self) -> None:
        """Add the point typed in the agenda field, exactly once: a plan object chosen from
        the completer, a reference, code or title the service recognises, or free text.

        The field is emptied at once, so what is typed next is the next point (trial 14: the
        next point was stuck onto the last); it gets the text back when the point is refused.
        A new meeting is stored by the point's own write, nothing is waited for: keys typed
        during a wait added their point inside it, before this one."""
        text = self.new_point.text().strip()
        if not text or self.read_only:
            return
        self._completion_taken()
        ref = self._choices.get(text)
        if self.meeting_id is not None:
            self.new_point.clear()
            self._add_typed(text, ref)
            return
        if self._creating:  # the first point's write is storing the meeting: this one next
            self.new_point.clear()
            self._queued_points.append((text, ref))
            return
        held = self.unsaved.get(f"new-meeting:{self._new_uuid}")
        if isinstance(held, UnsavedMeeting):  # its save failed: the point joins what is kept
            self.new_point.clear()
            self._hold_point(held, text, ref)
            return
        try:
            fields = self.fields()
        except dates.DateError as exc:
            self.show_problem(str(exc))  # the text stays in the field
            return
        self.new_point.clear()
        self._create_with_point(fields, text, ref)

    def _completion_taken(self) -> None:
        """Return on a suggestion of the completion list: the completer puts the chosen text
        back into the field after the point is added (it stayed there and the next point was
        typed onto it); it is taken out as it comes back."""
        popup = self.new_point.completer().popup()
        self._swallow_completion = (
            popup is not None and popup.isVisible() and popup.currentIndex().isValid()
        )

    def _completion_activated(self, chosen: object) -> None:
        """A suggestion was chosen (its text, or its index: the signal has both forms)."""
        if not self._swallow_completion:
            return
        text = str(chosen.data()) if isinstance(chosen, QModelIndex) else str(chosen)
        self._swallow_completion = False
        # Qt gives the field the chosen text after this signal, and once more as the list
        # closes: taken out each time, until the delegate types again.
        self._completion_back = text
        self._new_point_changed(self.new_point.text())

    def _new_point_changed(self, text: str) -> None:
        if self._completion_back is not None and text == self._completion_back:
            self.new_point.clear()

    def _new_point_typed(self, _text: str) -> None:
        self._completion_back = None  # the delegate's own text from now on

    def _add_typed(self, text: str, ref: str | None) -> None:
        """Add the point ``text`` (about ``ref`` when one was chosen) to the meeting shown."""
        assert self.meeting_id is not None
        self._expect_added_point()
        point = UnsavedNewPoint(self.meeting_id, new_uuid(), text if ref is None else "", ref, "")
        refused: list[svc.SeveralSubjects] = []
        language = i18n.current()  # a workgroup is named in the window's language

        def op(session: Session) -> int:
            # Once, a retry too (by its UUID); a text naming several plan objects adds nothing.
            try:
                recovery.add_point(session, point, same_is_stored=False, language=language)
            except svc.SeveralSubjects as several:
                refused.append(several)
            return point.meeting_id

        def held(cause: str) -> UnsavedEdit:
            # Kept on this laptop and retried: not given back to the field as well.
            if text in self._unadded:
                self._unadded.remove(text)
            return dataclasses.replace(point, cause=cause)

        self._unadded.append(text)
        self._write(
            lambda: tr("Add agenda point"),
            op,
            after=lambda _id: self._typed_added(text, refused),
            hold=held,
        )

    def _create_with_point(self, fields: svc.MeetingFields, text: str, ref: str | None) -> None:
        """Store the new meeting with ``fields`` and its first point ``text`` in one write (one
        undo step); points typed meanwhile are added once it is stored. The meeting and its
        points are kept in the recovery file while the write is under way, and held there
        (with the points typed meanwhile) when the database cannot take it now."""
        self._expect_added_point()
        self._creating = True
        refused: list[svc.SeveralSubjects] = []
        first = FirstPoint(new_uuid(), text, ref)
        held = UnsavedMeeting(0, self._new_uuid, None, fields, "", (first,))
        language = i18n.current()  # a workgroup is named in the window's language

        def op(session: Session) -> int:
            meeting = svc.create_meeting(session, fields, language=language)
            meeting.uuid = held.uuid  # a retry finds it (and its point) and adds nothing twice
            point = _add_typed_point(session, meeting.id, text, ref, refused, language)
            if point is not None:
                point.uuid = first.uuid
            return meeting.id

        def created(_meeting_id: int) -> None:
            self._creating = False
            self._typed_added(text, refused)
            queued, self._queued_points = self._queued_points, []
            for queued_text, queued_ref in queued:
                self._add_typed(queued_text, queued_ref)

        def hold(cause: str) -> UnsavedEdit:
            queued = tuple(FirstPoint(new_uuid(), t, r) for t, r in self._queued_points)
            typed = {text, *(point.text for point in queued)}
            self._unadded = [t for t in self._unadded if t not in typed]  # kept, not given back
            self._creating, self._queued_points = False, []
            return dataclasses.replace(held, cause=cause, points=(first, *queued))

        self._unadded.append(text)
        self._write(lambda: tr("New meeting"), op, after=created, hold=hold, kept_first=held)

    def _hold_point(self, held: UnsavedMeeting, text: str, ref: str | None) -> None:
        """A point typed into a new meeting whose save failed: kept with it (and the facts as
        typed now), stored with it when the database answers."""
        try:
            fields = self.fields()
        except dates.DateError:
            fields = held.typed  # the facts as last read; the date field says what is wrong
        point = FirstPoint(new_uuid(), text, ref)
        self.unsaved.amend(dataclasses.replace(held, typed=fields, points=(*held.points, point)))
        self._loaded_facts = self._fact_texts()

    def _typed_added(self, text: str, refused: list[svc.SeveralSubjects]) -> None:
        """The write of the typed point ``text`` is stored; when it named several plan objects
        nothing was added: the text is back in the field and the list offers them."""
        if text in self._unadded:
            self._unadded.remove(text)
        if not refused:
            return
        if not self.new_point.text().strip():
            self.new_point.setText(text)
        self.show_problem(describe_error(refused[0]))
        self.new_point.setFocus()
        completer = self.new_point.completer()
        completer.setCompletionPrefix(refused[0].titles[0][: len(text)])
        completer.complete()

    def _give_back_unadded(self) -> None:
        """A write failed: points typed and not stored go back into an empty field."""
        self._creating = False
        unadded = [*self._unadded, *(text for text, _ref in self._queued_points)]
        self._unadded, self._queued_points = [], []
        if unadded and not self.new_point.text().strip():
            self.new_point.setText(unadded[0])

    def add_point_about(self, ref: str) -> None:
        """A point about the plan object ``ref`` ("item:12"), e.g. dropped on the agenda; a
        new meeting is saved first."""
        if not self._saved_for_agenda():
            return
        assert self.meeting_id is not None
        self._expect_added_point()
        self._add_point(UnsavedNewPoint(self.meeting_id, new_uuid(), "", ref, ""))

    def _add_point(self, point: UnsavedNewPoint) -> None:
        """Add ``point`` with its UUID (once, a retry too); held unsaved when the database
        cannot take it now."""
        language = i18n.current()  # a workgroup is named in the window's language

        def op(session: Session) -> int:
            # The same point on the agenda already is said (a retry takes it as stored).
            recovery.add_point(session, point, same_is_stored=False, language=language)
            return point.meeting_id

        self._write(
            lambda: tr("Add agenda point"),
            op,
            hold=lambda cause: dataclasses.replace(point, cause=cause),
        )

    def _expect_added_point(self) -> None:
        """Before a point is added: what was typed on the selected point is saved first, and
        the point the write adds will be the selected one (trial 3: typing after "Add point"
        went into the previous point's position)."""
        if self.point_changed():
            self.save_point()
        self._points_before_add = frozenset(self.data.point_ids() if self.data else ())

    def save_point(self, *, wait: bool = False) -> bool:
        if self._point_id is None or self.meeting_id is None or self.read_only:
            return True
        point_id, meeting_id = self._point_id, self.meeting_id
        texts = self._point_texts()
        if not texts["title"].strip():
            self.show_problem(tr("An agenda point needs a title."))
            return False
        if self.data is not None:
            # What is shown until the stored point comes back.
            self.data = self.data.with_point_texts(point_id, texts)
        return self._save_point_texts(meeting_id, point_id, texts, self._point_shown, wait=wait)

    def _save_point_texts(
        self,
        meeting_id: int,
        point_id: int,
        texts: dict[str, str],
        shown: svc.AgendaTexts | None,
        *,
        wait: bool,
    ) -> bool:
        """Store a point's texts: only those changed from ``shown``, over what is stored now
        (with the texts held unsaved when an earlier save failed)."""
        held = UnsavedPoint(
            point_id, meeting_id, shown or svc.AgendaTexts(), svc.AgendaTexts(**texts), ""
        )
        if self.unsaved.get(held.key) is not None:
            self.unsaved.typed(held.key, held.typed)
            return True

        def op(session: Session) -> int:
            svc.update_agenda_texts(
                session,
                point_id,
                title=texts["title"],
                position_text=texts["position_text"],
                notes=texts["notes"],
                outcome=texts["outcome"],
                shown=shown,
            )
            return meeting_id

        def again(stored: object) -> None:
            assert isinstance(stored, svc.AgendaTexts)
            self._save_point_texts(meeting_id, point_id, texts, stored, wait=wait)

        def hold(cause: str) -> UnsavedEdit:
            return dataclasses.replace(held, cause=cause)

        return self._write(lambda: tr("Edit agenda point"), op, wait=wait, again=again, hold=hold)

    def move_point(self, offset: int) -> None:
        if self._point_id is None or self.meeting_id is None:
            return
        if self.point_changed():
            self.save_point()
        point_id, meeting_id = self._point_id, self.meeting_id

        def op(session: Session) -> int:
            svc.move_agenda_item(session, point_id, offset)
            return meeting_id

        self._write(lambda: tr("Move agenda point"), op)

    def remove_point(self) -> None:
        """Remove the selected point; the Meetings window says so and offers Undo."""
        if self._point_id is None or self.meeting_id is None or self.read_only:
            return
        point_id, meeting_id = self._point_id, self.meeting_id
        row = self._point_row(point_id)
        said = tr('Removed point %1 "%2".')
        if row is not None:
            said = i18n.filled(said, row.position, row.title)
            if row.action_count:
                said += " " + tr(
                    "Its %n action item(s) stay with the meeting.", None, row.action_count
                )
        self._point_id = None

        def op(session: Session) -> int:
            svc.delete_agenda_item(session, point_id)
            return meeting_id

        self._write(
            lambda: tr("Remove agenda point"), op, after=lambda _id: self.tell(said, undoable=True)
        )

    def add_action(self) -> None:
        if self.meeting_id is None:
            return
        points = [
            (point.id, f"{point.position}. {point.title}")
            for point in (self.data.agenda if self.data else ())
        ]
        dialog = ActionDialog(self, points=points, point_id=self._point_id)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            title, owner, due = dialog.values()
            point_id = dialog.point_id()
        finally:
            # Deleted here, on the GUI thread: left to the garbage collector, its wrappers'
            # cycle was collected on the database worker's thread, which crashed in Qt.
            dialog.deleteLater()
        action = UnsavedNewAction(
            self.meeting_id, new_uuid(), point_id, ActionFields(title, owner, due), ""
        )

        def op(session: Session) -> int:
            recovery.add_meeting_action(session, action)  # with its UUID: a retry adds it once
            return action.meeting_id

        self._write(
            lambda: tr("Add action item"),
            op,
            actions=True,
            hold=lambda cause: dataclasses.replace(action, cause=cause),
        )

    def delete_meeting(self) -> None:
        """Delete the shown meeting; the Meetings window says so and offers Undo."""
        if self.meeting_id is None or self.read_only:
            return
        meeting_id = self.meeting_id
        said = tr('Deleted the meeting "%1".').replace("%1", self.data.title if self.data else "")

        def op(session: Session) -> int:
            svc.delete_meeting(session, meeting_id)
            return meeting_id

        def after(meeting_id: int) -> None:
            # The meeting is gone: an empty form (the list drops it when told of the change).
            self.new()
            self.tell(said, undoable=True)

        self._write(lambda: tr("Delete meeting"), op, actions=True, after=after)

    def debrief(self) -> None:
        """Write the points' positions, outcomes and actions as notes; say in the Meetings
        window what was written where, and what was not."""
        if self.meeting_id is None or self.read_only:
            return
        if not self.save_pending():
            return
        if not self._debrief_ahead_confirmed():
            return
        meeting_id = self.meeting_id
        signed = self.note_author()
        if signed is None:
            return
        author, delegation = signed
        language = i18n.current()  # the notes are written in the window's language

        def job(store: Store) -> Written[Debriefed]:
            with store.transaction() as session:
                before = svc.debrief_state(session, meeting_id)
                result = svc.debrief(
                    session, meeting_id, author=author, delegation=delegation, language=language
                )
                after = svc.debrief_state(session, meeting_id)
            # Notes on the points' plan objects (which, the service does not say), their
            # debrief tag, and the meeting's action items attached to them.
            notes = OpChanges.of(ChangedKind.NOTE, ChangedKind.TAG)
            written = (result, before, after)
            return Written(written, meeting_changes(meeting_id, actions=True) | notes)

        def undo_step(written: Debriefed) -> MeetingCommand | None:
            _result, before, after = written
            if before == after:
                return None
            return MeetingCommand(
                self.changes, lambda: tr("Debrief into notes"), meeting_id, before, after,
                actions=True, notes=True, show=self.show_undone,
            )  # fmt: skip

        def done(written: Debriefed) -> None:
            self.tell(debrief_summary(written[0]), undoable=True)

        self.changes.write(job, done, self._failed, undo=undo_step)

    def _debrief_ahead_confirmed(self) -> bool:
        """True unless the meeting is still to come and the delegate, asked, did not say Yes
        (trial 11: a debrief of next week's meeting wrote an "Outcome" nobody knew yet, which
        then stood in the notes as if it were known). The question defaults to No."""
        starts_at = self.data.starts_at if self.data is not None else None
        if not svc.still_ahead(starts_at, dt.date.today()):
            return True
        assert starts_at is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Debrief into notes"),
            tr("This meeting is on %1, still to come. Write its outcome into notes now?").replace(
                "%1", dates.format_date(starts_at.date())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("debrief-ahead")
        box.setInformativeText(
            tr("The notes will say what the meeting decided, which is not known before it.")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def request_brief(self) -> None:
        if self.meeting_id is None:
            return
        self.save_pending()
        self.brief_requested.emit(self.meeting_id)

    def export_ics(self, path: str | None = None) -> None:
        """Save the shown meeting as an iCalendar file: at ``path``, else where the delegate
        chooses in a save dialog (the export folder the first time, as every file dialog)."""
        if self.meeting_id is None:
            return
        out = Path(path) if path else self._ask_calendar_file()
        if out is None:
            return
        meeting_id = self.meeting_id
        language = i18n.current()  # the description's words, as the window shows them

        def job(store: Store) -> Path:
            with store.read() as session:
                return svc.export_ics(session, [meeting_id], out, language=language)

        self.worker.run(
            job, lambda written: self.tell(tr("Wrote %1").replace("%1", str(written))), self._failed
        )

    def _ask_calendar_file(self) -> Path | None:
        """The file the delegate chooses for the shown meeting's calendar entry, proposed as
        "SENN-CRISE-2026-12-08.ics" (the workgroup's code, else the title, then the date)."""
        data = self.data
        stem = "meeting"
        if data is not None:
            when = f"-{data.starts_at:%Y-%m-%d}" if data.starts_at else ""
            stem = slug(self.workgroup.text().strip() or data.title) + when
        title, file_filter = tr("Add to calendar"), tr("iCalendar (*.ics)")
        if self.folders is None:  # an editor outside the window: the export folder
            chosen, _ = file_dialogs.get_save_file_name(
                self, title, str(default_export_dir() / f"{stem}.ics"), file_filter
            )
            return Path(chosen) if chosen else None
        return save_file(self, self.folders, FileKind.CALENDAR, title, f"{stem}.ics", file_filter)

    def _agenda_menu(self, event: QContextMenuEvent) -> None:
        index = self.agenda_view.indexAt(event.pos())
        if index.isValid():
            self.agenda_view.selectRow(index.row())
        menu = QMenu(self)
        has_point = index.isValid() and self._point_id is not None and not self.read_only
        for text, slot, enabled in (
            (tr("Move up"), lambda: self.move_point(-1), has_point),
            (tr("Move down"), lambda: self.move_point(1), has_point),
            (tr("Remove point"), self.remove_point, has_point),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        menu.addSeparator()
        new_action = menu.addAction(tr("New action item..."))
        new_action.setEnabled(self.meeting_id is not None and not self.read_only)
        new_action.triggered.connect(self.add_action)
        menu.exec(event.globalPos())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _add_typed_point(
    session: Session,
    meeting_id: int,
    text: str,
    ref: str | None,
    refused: list[svc.SeveralSubjects],
    language: str,
) -> AgendaItem | None:
    """Add to meeting ``meeting_id`` the point about ``ref`` (a suggestion chosen), else the
    point ``text`` names (see :func:`svc.add_agenda_point_from_text`), a workgroup's titled in
    ``language``; when the text names several plan objects nothing is added (None) and the
    refusal goes to ``refused``."""
    if ref is not None:
        return svc.add_agenda_item(
            session, meeting_id, svc.AgendaFields(target=ref, language=language)
        )
    try:
        return svc.add_agenda_point_from_text(session, meeting_id, text, language=language)
    except svc.SeveralSubjects as several:
        refused.append(several)
        return None


def debrief_summary(result: svc.DebriefResult) -> str:
    """What a debrief did, in the interface language: the counts, the objects the notes are on
    with their points, and what was not written and why."""
    counts = ", ".join(
        (
            tr("%n note(s) written", None, result.notes_created),
            tr("%n updated", None, result.notes_updated),
            tr("%n action item(s) attached", None, result.actions_linked),
        )
    )
    lines = [tr("Debrief: %1.").replace("%1", counts)]
    for note in result.notes:
        points = ", ".join(map(str, note.points))
        if not note.points:
            line = tr("On %1: the action items of no point.")
        elif len(note.points) == 1:
            line = tr("On %1: point %2.")
        else:
            line = tr("On %1: points %2.")
        lines.append(i18n.filled(line, note.target_label, points))
    if result.kept:
        lines.append(
            tr("Kept your changes to the note on %1; anything new from the meeting is added below them.")
            .replace("%1", "; ".join(result.kept))
        )  # fmt: skip
    if result.unrecorded:
        lines.append(
            tr("No outcome recorded, so nothing written for: %1.").replace(
                "%1", "; ".join(result.unrecorded)
            )
        )
    if result.nowhere:
        lines.append(
            tr("Not written, the meeting has no workgroup to carry: %1.").replace(
                "%1", "; ".join(result.nowhere)
            )
        )
    if result.actions_nowhere:
        lines.append(
            tr(
                "%n action item(s) not attached: the meeting has no workgroup.",
                None,
                result.actions_nowhere,
            )
        )
    return "\n".join(lines)
