"""The notes panel: the notes on the shown object and an editor that saves as you go.

There is no Save button: every field change is written as soon as the field is left or, for
text, after a short pause in typing and at least once a second during steady typing (so a
crash loses at most the last second), and becomes an undo step once stored
(``bnldesk.ui.notes.commands``). Deleting asks nothing; Edit > Undo brings the note back. A
note whose save fails (server away, file locked, read-only or full) is marked "Not saved" in the
list and under the form, kept on this laptop and stored by itself when the database answers
again (``bnldesk.ui.unsaved``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from bnldesk.domain.op_changes import ChangedKind, NoteTarget, OpChanges
from bnldesk.domain.tag_line import tags_line
from bnldesk.domain.workgroup_names import Naming
from bnldesk.services import recovery
from bnldesk.services.annotations import ActionFields, NoteFields, Target
from bnldesk.services.note_edits import SaveResult
from bnldesk.services.recovery import UnsavedAction, UnsavedNote, edit_key
from bnldesk.ui import dates, i18n, labels
from bnldesk.ui.changes import ChangeBus, in_transaction
from bnldesk.ui.error_texts import cause_class
from bnldesk.ui.notes import writes
from bnldesk.ui.notes.commands import (
    ActionData,
    EditNoteCommand,
    NoteData,
    add_action_step,
    add_note_step,
    all_tags,
    delete_action_step,
    delete_note_step,
    edit_action_step,
    load_notes,
    load_target,
)
from bnldesk.ui.notes.fields import (
    ActionTable,
    CommitTextEdit,
    DateDelegate,
    StatusDelegate,
    TagEdit,
)
from bnldesk.ui.notes.models import ActionsModel, NotesListModel, split_tags
from bnldesk.ui.unsaved import cause_of, unsaved_edits
from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.elided_label import ElidedLabel
from bnldesk.ui.widgets.screen_fit import bring_into_view
from bnldesk.ui.widgets.text import typed_text
from bnldesk.ui.widgets.typing_saver import TypingSaver
from bnldesk.ui.worker import DbWorker, describe_error

ACTION_ROW_HEIGHT = 24  # pixels, one line of an action item
ACTIONS_IN_SIGHT = 5  # action items shown without scrolling the table, where there is room
# Rows of action items the pane asks room for when a note is opened (its own, up to
# ACTIONS_IN_SIGHT, or this many): the next Adds grow the table into that room, and beyond it
# the table scrolls inside. Nothing above the table moves while the note stays open (trial 12,
# D7: each Add grew the pane upwards by a row, and a second click on Add landed in the table).
ACTIONS_ROOM_KEPT = 3
LIST_HEIGHT = 44  # pixels: the notes list's least height, two notes (it scrolls for more)
LIST_ROWS_MOST = 6  # notes the list shows without scrolling, where the pane has the room
NOTICE_LINES = 4  # lines a notice under the editor may take before it is cut
# The example that ends a refusal ("... (for example 15/12/2026)"), left out where the line
# has no room for it.
_WITHOUT_EXAMPLE = re.compile(r"\s*\([^()]*\)\s*$")
# The examples after the first ("(for example 15/12/2026, 15 december, tomorrow, ...)"), left
# out first: the typed form of the interface language stays in sight.
_FURTHER_EXAMPLES = re.compile(r"(\([^(),]*),[^()]*\)\s*$")
# Narrower than this beside the labels, the fields go under their labels.
MIN_FIELD_WIDTH = 240


class ShownKey(NamedTuple):
    """What the notes pane shows, as far as its height goes (see NotesPanel.room_wanted)."""

    target: NoteTarget
    editing: bool  # a note's editor, not the "no notes yet" text
    note_id: int  # 0: a new note not stored yet


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def changed_by_line(note: NoteData) -> str:
    """Who wrote ``note`` and who made its last change, when: "By Els de Vries, last changed
    01/12/2026 09:44 by Jan Jansen." (trial 17: the footer named the author as the last
    editor). Each name is left out where it is not known (notes saved before migration 0015
    do not know their last editor)."""
    when = dates.format_utc(note.updated)
    author, editor = note.author.strip(), note.edited_by.strip()
    if author and editor and editor != author:
        return i18n.filled(tr("By %1, last changed %2 by %3."), author, when, editor)
    if author:  # the author changed it last, or who did is not known
        return i18n.filled(tr("By %1, last changed %2."), author, when)
    if editor:
        return i18n.filled(tr("Last changed %1 by %2."), when, editor)
    return i18n.filled(tr("Last changed %1."), when)


def last_change_line(note: NoteData) -> str:
    """When ``note`` was last changed and by whom (its last editor, else its author): "Last
    changed 01/12/2026 09:44 by Jan Jansen.", the footer's shortest form."""
    when = dates.format_utc(note.updated)
    who = note.edited_by.strip() or note.author.strip()
    if who:
        return i18n.filled(tr("Last changed %1 by %2."), when, who)
    return i18n.filled(tr("Last changed %1."), when)


class NotesPanel(QWidget):
    """Notes on the current object (any year's row of it) and the editor of the selected one."""

    note_selected = Signal(int)  # the delegate chose this note in the list of the object's notes
    notes_loaded = Signal(int)
    editor_opened = Signal()  # a new note's empty editor is shown
    # Another object or note is shown: the window gives the pane the height it wants
    # (wanted_height); never for changes to the shown note, so the pane stays where it is.
    room_wanted = Signal()

    def __init__(
        self,
        worker: DbWorker,
        changes: ChangeBus,
        author: Callable[[], str],
        delegation: Callable[[], str],
        parent: QWidget | None = None,
        *,
        choose_delegation: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.changes = changes
        self._author = author
        self._delegation = delegation
        # Asks the delegation when none is chosen yet (False: cancelled, no new note).
        self._choose_delegation = choose_delegation
        self.target: Target | None = None
        self.current: NoteData | None = None
        self._populating = False
        self._refusals = 0  # counts refusals and their giving up: a late balloon is dropped
        self._want_note = 0
        # True while the editor selects a note of its list itself (after reading the notes):
        # note_selected is for the delegate's choice, which the notes list then follows.
        self._placing = False
        self._generation = 0
        self._creating: NoteFields | None = None  # a new note's fields on their way to the store
        self.read_only = False
        self._writes_sent = 0  # edits queued by this editor: a reload older than the last is stale
        self._notice: tuple[int, str] | None = None  # (note id, text) said under the form
        self._room_asked_for: ShownKey | None = None  # what room_wanted was last emitted for
        # The action items' table is shown whole (up to ACTIONS_IN_SIGHT rows) when a note is
        # opened, the pane scrolling for it where it has no room; while the note stays open it
        # grows only into the room the pane has, and keeps at least that first height.
        self._table_opened_at: int | None = None  # None: the next fit is the note's first

        head = self._build_head()
        self._build_list()
        self._build_fields()
        self._build_actions()
        editor = self._build_form()
        self.empty = QLabel()
        self.empty.setObjectName("notesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(editor)

        layout = self._panel_layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addLayout(head)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

        self._save_as_you_go()
        self._follow_unsaved()
        self._set_tab_order()
        self.retranslate()
        self._update_enabled()

    def _build_head(self) -> QVBoxLayout:
        """ "Notes (n)" with the New note and Delete buttons, over the object's name."""
        self.count_label = ElidedLabel()  # never wider than the pane leaves it
        self.count_label.setObjectName("notesCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        # The object's name on a line of its own, wrapped on two lines and cut in the middle
        # beyond them, so that a workgroup's code at the end stays in sight (the full name in
        # its tooltip): beside the buttons, at 1280x720 in Dutch, it read "… (SENN-CRISE)"
        # and "5…isisbeheersing".
        self.title = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle, lines=2)
        self.title.setObjectName("notesTitle")
        self.title.setFont(font)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_note)
        self.delete_button.clicked.connect(self.delete_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        head = QVBoxLayout()
        head.setSpacing(0)
        head.addLayout(buttons)
        head.addWidget(self.title)
        return head

    def _build_list(self) -> None:
        """The object's notes, two in sight (the list scrolls for more)."""
        self.list_model = NotesListModel(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setUniformItemSizes(True)
        # Two notes; the list scrolls for more. A fixed height, shown whenever the editor is:
        # a list that appeared with the first stored note moved the form under the mouse.
        # Taller for an object's notes where the pane has the room (see fit_list).
        self.list.setFixedHeight(LIST_HEIGHT)
        self._list_fitted: tuple[Target | None, int] | None = None
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._list_current_changed)

    def _build_fields(self) -> None:
        """The note's fields: text, tags, status, priority, position, who to consult, visibility."""
        self.body = CommitTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(60)
        self.body.setMaximumHeight(62)
        self.tags = TagEdit()
        self.priority = QComboBox()
        for value in labels.PRIORITIES:
            self.priority.addItem(labels.label(labels.PRIORITIES, value), value)
        self.status = QComboBox()
        for code in labels.NOTE_STATUSES:
            self.status.addItem(labels.label(labels.NOTE_STATUSES, code), code)
        self.visibility = QComboBox()
        for code in labels.VISIBILITIES:
            self.visibility.addItem(labels.label(labels.VISIBILITIES, code), code)
        # Who sees the note follows each word ("Deelbaar (ook andere delegaties)"): the field
        # takes the room it is given, and does not widen the notes pane to its longest choice
        # (which scrolled sideways at 200 %); its list shows each whole.
        self.visibility.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.visibility.setMinimumContentsLength(16)
        # That policy counts an icon in its height (icon size + 2) though the choices have
        # none: 2 px more than the other fields scrolled the form at 1280x720. No icon room.
        self.visibility.setIconSize(QSize(0, 0))
        self.position = CommitTextEdit()
        self.position.setTabChangesFocus(True)
        self.position.setMaximumHeight(48)
        self.position_state = QComboBox()
        for code in labels.POSITION_STATES:
            self.position_state.addItem(labels.label(labels.POSITION_STATES, code), code)
        self.consult = QLineEdit()

    def _build_actions(self) -> None:
        """The note's action items, with their buttons."""
        self.actions_model = ActionsModel(self._edit_action)
        self._edit_new_action: int | None = None  # added with Add, to open once it is shown
        self.actions_view = ActionTable()
        self.actions_view.setModel(self.actions_model)
        self.actions_view.verticalHeader().hide()
        self.actions_view.verticalHeader().setDefaultSectionSize(ACTION_ROW_HEIGHT)
        self.date_delegate = DateDelegate(self.actions_view)
        self.date_delegate.refused.connect(self.show_refusal)
        self.date_delegate.abandoned.connect(self._refusal_given_up)
        self.actions_model.refused.connect(self.show_refusal)
        self.actions_view.setItemDelegateForColumn(2, self.date_delegate)
        self.actions_view.setItemDelegateForColumn(3, StatusDelegate(self.actions_view))
        self.actions_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # An action and its owner wrap on two lines, cut with "…" beyond them (the whole text
        # in the cell's tooltip): on one line they read "Draaiboek oefenin…" and "Standp…".
        self.actions_view.setWordWrap(True)
        self.actions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.actions_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(ACTION_ROW_HEIGHT)
        rows.setMaximumSectionSize(self._action_row_most())
        header = self.actions_view.horizontalHeader()
        header.setMinimumSectionSize(50)
        # A title too long for its column keeps its start in view (centred, both ends went).
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        # What and who share the free width; the date and status columns are as wide as
        # their text in the interface language (see _size_action_columns).
        # What takes the free width; who, the date and the status are as wide as their
        # text in the interface language (see _size_action_columns): sharing it equally with
        # "Who" cut the action to "Draaiboek oe…" at 1280x720.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        # As tall as its rows, up to ACTIONS_IN_SIGHT of them (it scrolls for more): the notes
        # pane scrolls to show it whole. Squeezed to its least height, it showed one and a half
        # rows at 1280x720 (see _fit_actions_height).
        for signal in (
            self.actions_model.modelReset,
            self.actions_model.rowsInserted,
            self.actions_model.rowsRemoved,
            self.actions_model.dataChanged,
        ):
            signal.connect(self._fit_actions_later)
        header.sectionResized.connect(self._fit_actions_height_later)
        self._fit_actions_height()
        self.add_action_button = QPushButton()
        self.delete_action_button = QPushButton()
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.delete_action_button.clicked.connect(self.delete_action)

    def _build_form(self) -> QWidget:
        """The form of the note's fields and action items, with the line saying when it was saved."""
        # One line, cut with "…" (the whole text in its tooltip): a long author name or
        # translation must not widen the panel; a refusal says its reason alone where the
        # whole line does not fit. A notice wraps on up to NOTICE_LINES lines (on one, "Changed
        # elsewhere meanwhile: …" was cut at the pane's width), brought into view.
        self.saved_label = ElidedLabel()
        self.saved_label.setObjectName("savedLabel")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setVerticalSpacing(3)  # the whole editor fits a 1280x720 screen
        row1 = QHBoxLayout()
        self.status_label = QLabel()
        self.priority_label = QLabel()
        # Status and priority on rows of their own: side by side they made the form wider
        # than the notes pane at 1280x720 in Dutch and French (fields cut off on the right).
        row1.addWidget(self.status)
        row1.addStretch(1)
        row_priority = QHBoxLayout()
        row_priority.addWidget(self.priority)
        row_priority.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.position_state)
        row2.addStretch(1)
        self.body_label = QLabel()
        self.tags_label = QLabel()
        self.position_label = QLabel()
        self.position_state_label = QLabel()
        self.consult_label = QLabel()
        self.visibility_label = QLabel()
        self.form.addRow(self.body_label, self.body)
        self.form.addRow(self.tags_label, self.tags)
        self.form.addRow(self.status_label, row1)
        self.form.addRow(self.priority_label, row_priority)
        self.form.addRow(self.position_label, self.position)
        self.form.addRow(self.position_state_label, row2)
        self.form.addRow(self.consult_label, self.consult)
        self.form.addRow(self.visibility_label, self.visibility)
        self.form.addRow(self._build_actions_head())
        self.form.addRow(self.actions_view)
        editor = QWidget()
        editor_layout = self._editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(self.form)
        editor_layout.addLayout(self._build_save_state_row())
        # Room the pane keeps for more action items stays under the form, not between its rows.
        editor_layout.addStretch(1)
        return editor

    def _build_actions_head(self) -> QWidget:
        """The line over the action items: their label, then Add and Delete on the right.

        The action items take the form's whole width under this line: beside the form's
        labels, at 1280x720 in Dutch, an action was cut to "Draaiboek oe…"."""
        actions_head = QWidget()
        head = self._actions_head = QHBoxLayout(actions_head)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(6)
        self.actions_label = QLabel()
        head.addWidget(self.actions_label)
        head.addStretch(1)
        head.addWidget(self.add_action_button)
        head.addWidget(self.delete_action_button)
        return actions_head

    def _build_save_state_row(self) -> QHBoxLayout:
        """The saved line, with "Retry now" beside it while an edit is not stored."""
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retrySave")
        self.retry_button.hide()
        self.retry_button.clicked.connect(lambda: self.unsaved.retry_now())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.retry_button)
        return row

    def _save_as_you_go(self) -> None:
        """Store what is typed after a pause or at the latest a second after its first key
        (TypingSaver), on leaving a field, and at once for a choice."""
        self.typing_saver = TypingSaver(self, self.commit)
        for edit in (self.body, self.position):
            edit.textChanged.connect(self._text_changed)
            edit.left.connect(self.commit)
        self.consult.textEdited.connect(lambda _t: self.typing_saver.typed())
        self.consult.editingFinished.connect(self.commit)
        self.tags.editingFinished.connect(self.commit)
        for combo in (self.priority, self.status, self.visibility, self.position_state):
            combo.activated.connect(lambda _i: self.commit())

    def _follow_unsaved(self) -> None:
        """Edits whose save failed are held by the window's :class:`UnsavedEdits` (it outlives
        this panel): shown here as not saved until a retry stores them."""
        self.unsaved = unsaved_edits(self.changes)
        self.unsaved.changed.connect(self._unsaved_changed)
        self.unsaved.stored.connect(self._unsaved_stored)

    def _set_tab_order(self) -> None:
        """Tab follows the form from top to bottom (creation order would jump about)."""
        chain: list[QWidget] = [
            self.new_button,
            self.delete_button,
            self.list,
            self.body,
            self.tags,
            self.status,
            self.priority,
            self.position,
            self.position_state,
            self.consult,
            self.visibility,
            self.add_action_button,
            self.delete_action_button,
            self.actions_view,
            self.retry_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(tr("New note"))
        self.new_button.setToolTip(tr("Add a note to this object (Ctrl+N)"))
        self.delete_button.setText(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete the selected note; Edit > Undo brings it back"))
        self.body_label.setText(tr("&Note"))
        self.body_label.setBuddy(self.body)
        self.tags_label.setText(tr("&Tags"))
        self.tags_label.setBuddy(self.tags)
        self.tags.setPlaceholderText(tr("comma separated, e.g. budget, follow-up"))
        self.status_label.setText(tr("&Status"))
        self.status_label.setBuddy(self.status)
        self.priority_label.setText(tr("&Priority"))
        self.priority_label.setBuddy(self.priority)
        self.position_label.setText(tr("Our p&osition"))
        self.position_label.setBuddy(self.position)
        self.position.setPlaceholderText(tr("The delegation's position on this point"))
        self.position_state_label.setText(tr("Position state"))
        self.position_state_label.setBuddy(self.position_state)
        self.consult_label.setText(tr("Still to &consult"))
        self.consult_label.setBuddy(self.consult)
        self.consult.setPlaceholderText(tr("Who must still be consulted at home"))
        self.visibility_label.setText(tr("&Visibility"))
        self.visibility_label.setBuddy(self.visibility)
        self.visibility.setToolTip(
            tr("Private notes stay on this computer and are never shared or exported to others")
        )
        self.actions_label.setText(tr("Action items"))
        self.add_action_button.setText(tr("Add"))
        self.add_action_button.setToolTip(tr("Add action item") + " (Ctrl+Shift+A)")
        self.add_action_button.setAccessibleName(tr("Add action item"))
        self.delete_action_button.setText(tr("Remove"))
        self.delete_action_button.setToolTip(tr("Remove action item"))
        self.delete_action_button.setAccessibleName(tr("Remove action item"))
        self.retry_button.setText(tr("&Retry now"))
        self.retry_button.setToolTip(tr("Try to save what is not saved yet, now"))
        self.body.setPlaceholderText(
            "" if self.read_only else tr("Write your note; it is saved as you type")
        )
        if self.read_only:
            for line in (self.tags, self.consult):
                line.setPlaceholderText("")
            self.position.setPlaceholderText("")
        for widget, name in (
            (self.body, tr("Note text")),
            (self.tags, tr("Tags")),
            (self.priority, tr("Priority")),
            (self.status, tr("Status")),
            (self.visibility, tr("Visibility")),
            (self.position, tr("Our position")),
            (self.position_state, tr("Position state")),
            (self.consult, tr("Still to consult")),
            (self.actions_view, tr("Action items")),
            (self.list, tr("Notes on this object")),
        ):
            widget.setAccessibleName(name)
        self._size_action_columns()
        self._size_who_column()
        self._update_title()
        self._update_saved()

    def _size_action_columns(self) -> None:
        """The due date and status columns as wide as their widest text in this language
        (a fixed 92 px cut "15/12/2…" and long translations of the header)."""
        metrics = self.actions_view.fontMetrics()
        header = self.actions_view.horizontalHeader()
        padding = 2 * self.actions_view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        texts: dict[int, list[str]] = {
            2: [dates.format_date(dt.date(2026, 12, 28)), dates.example_date()],
            3: [labels.label(labels.ACTION_STATUSES, code) for code in labels.ACTION_STATUSES],
        }
        for column, cell_texts in texts.items():
            title = str(self.actions_model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in [title, *cell_texts])
            header.resizeSection(column, widest + padding)

    def _update_title(self) -> None:
        if self.target is None:
            self.count_label.setText(tr("Notes"))
            self.title.setText("")
            self.title.hide()
            self.empty.setText(tr("Select an object to read and write its notes."))
            return
        count = len(self.list_model.notes)
        self.count_label.setText(tr("Notes") + f" ({count})")
        self.title.setText(self.target.label)
        self.title.show()
        self.empty.setText(
            tr("No notes on this object yet.") + "\n" + tr("Press Ctrl+N or New note to add one.")
        )

    def _update_saved(self) -> None:
        note = self.current
        self.retry_button.setVisible(bool(self.unsaved.count()) and not self.read_only)
        if note is None:
            self.saved_label.setText("")
            return
        if self._unsaved_of(note) is not None or self.unsaved.actions_of(note.id):
            self._show_unsaved_line()
            return
        if self._notice is not None and self._notice[0] == note.id:
            self._show_line(self._notice[1], warning=True, lines=NOTICE_LINES)
            return
        # One line (a second scrolled the form at 1280x720): where the whole line does not
        # fit (a narrow pane, French), a shorter one that still ends with who changed it last,
        # the whole in the tooltip.
        self.saved_label.set_lines(1)
        self.saved_label.setProperty("problem", False)
        self.saved_label.setStyleSheet("")
        if note.id == 0 and not self.read_only:
            self.saved_label.setText(tr("New note: it is saved as soon as you type."))
        else:
            state = tr("Read-only.") if self.read_only else tr("Saved automatically.")
            by = changed_by_line(note)
            self.saved_label.set_text_or_shorter(f"{state} {by}", by, last_change_line(note))
        self._restyle(self.saved_label)

    def show_problem(self, text: str) -> None:
        """Say, where the delegate looks, that a typed value was refused and nothing changed:
        one line under the action items, scrolled into view (full text in its tooltip)."""
        # On one line: where the whole line does not fit, the reason alone (with its example,
        # which an ellipsis took at the end); the whole line is the tooltip.
        self._show_line(tr("Nothing was changed: %1").replace("%1", text), text, warning=True)

    def show_refusal(self, text: str) -> None:
        """Say that a value typed in the action items was refused, without moving anything:
        a balloon on the cell it was typed in (the delegate is looking there) and the saved
        line, not scrolled to. Scrolling the line under the table into view moved the Add
        button up by a line, and the next click on Add opened a due date (trial 9, N4)."""
        line = tr("Nothing was changed: %1").replace("%1", text)
        # On one line (a second would move the Add button, trial 9): where the reason with
        # its examples does not fit, with its first example, else the reason alone, whole
        # (trial 12: "... n'est pas une date (par exemple 15/12/20…"); the balloon and the
        # tooltip hold all of it.
        first_example = _FURTHER_EXAMPLES.sub(r"\1)", text)
        reason = _WITHOUT_EXAMPLE.sub("", text)
        self._show_line(line, text, first_example, reason, warning=True, bring=False)

        self._refusals += 1
        refusal = self._refusals

        def balloon() -> None:
            if refusal != self._refusals:  # given up (Escape) before the balloon came
                return
            view = self.actions_view
            cell = view.visualRect(view.currentIndex())
            if not cell.isValid():
                cell = view.viewport().rect()
            # Just under the cell, over the rows below it: nothing in the layout changes.
            QToolTip.showText(
                view.viewport().mapToGlobal(cell.bottomLeft()), text, view.viewport(), cell, 10000
            )

        # After the cell has opened again with the refused text (the date delegate does that
        # on the next turn of the event loop): a balloon hides when the focus moves.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, balloon))

    def _refusal_given_up(self) -> None:
        """Escape in the refused cell: its balloon and the line below go (the balloon stayed
        for its ten seconds after Escape, trial 12)."""
        self._refusals += 1
        QToolTip.hideText()
        self._update_saved()

    def show_notice(self, text: str) -> None:
        """Say ``text`` on the saved line of the shown note until the delegate's next change
        is stored or another note is shown (a reload keeps it)."""
        if self.current is None:
            return
        self._notice = (self.current.id, text)
        self._show_line(text, warning=True, lines=NOTICE_LINES)

    def _show_line(
        self, text: str, *shorter: str, warning: bool, lines: int = 1, bring: bool = True
    ) -> None:
        """``text`` on the saved line (or the first of ``shorter`` that fits), as a warning,
        wrapped on up to ``lines`` lines; scrolled into view with ``bring``."""
        self.saved_label.set_lines(lines)
        self.saved_label.setProperty("problem", warning)
        self.saved_label.setStyleSheet(colours.warning_style() if warning else "")
        self.saved_label.set_text_or_shorter(text, *shorter)
        self._restyle(self.saved_label)
        if bring:
            QTimer.singleShot(0, self, lambda: bring_into_view(self.saved_label))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def set_read_only(self, read_only: bool) -> None:
        """Show notes without letting them be changed (a database open read-only)."""
        self.read_only = read_only
        # Read-only fields look it (the style sheet greys them) and invite no typing.
        for text in (self.body, self.position):
            text.setReadOnly(read_only)
        for line in (self.tags, self.consult):
            line.setReadOnly(read_only)
        for field in (self.body, self.position, self.tags, self.consult):
            self._restyle(field)
        for widget in (
            self.priority,
            self.status,
            self.visibility,
            self.position_state,
            self.add_action_button,
            self.delete_action_button,
        ):
            widget.setEnabled(not read_only)
        self.actions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.retranslate()  # placeholders and the saved line say what can be done
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_target = self.target is not None
        has_note = self.current is not None
        # An empty list takes no room from the empty page; beside an open editor it keeps
        # its place, so storing the first note does not move the fields being clicked.
        self.list.setVisible(bool(self.list_model.notes) or has_note)
        self.new_button.setEnabled(has_target and not self.read_only)
        self.delete_button.setEnabled(has_note and not self.read_only)
        self.stack.setCurrentIndex(1 if has_note else 0)

    # -- loading -----------------------------------------------------------------------------
    def show_target(self, kind: str | None, obj_id: int | None, select_note: int = 0) -> None:
        self.commit()
        self._generation += 1
        generation = self._generation
        if kind is None or obj_id is None or kind in ("annotation", "free"):
            self.target = None
            self.current = None
            self._notice = None
            self.list_model.set_notes([])
            self._update_title()
            self._update_enabled()
            return
        self._want_note = select_note
        if self.target is None or (kind, obj_id) != (self.target.kind.value, self.target.obj_id):
            self.current = None
            self._notice = None  # it spoke of a note of the object no longer shown

        def loaded(result: tuple[Target, list[NoteData], list[str]]) -> None:
            if generation != self._generation:
                return
            self.target, notes, tags = result
            self.tags.set_known_tags(tags)
            self._set_notes(notes)

        naming = Naming(language=i18n.current())

        def job(store: Any) -> tuple[Target, list[NoteData], list[str]]:
            target = load_target(store, kind, obj_id, naming)
            return target, load_notes(store, target.kind.value, target.key), all_tags(store)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self.target = None
                self.list_model.set_notes([])
                self._update_title()
                self._update_enabled()

        self.worker.run(job, loaded, failed)

    def reload(self) -> None:
        target = self.target
        if target is None:
            return
        generation = self._generation
        writes = self._writes_sent

        def loaded(result: tuple[list[NoteData], list[str]]) -> None:
            if generation == self._generation:
                if self._has_unsaved_typing():
                    # Stored first, merged with what changed (its write reads the notes again):
                    # shown now, the stored values would replace what the delegate typed.
                    self.commit()
                    return
                notes, tags = result
                self.tags.set_known_tags(tags)
                # Read before the delegate's latest change was queued: its fields are older
                # than the editor's and must not be written back (a later Tab would store them).
                self._set_notes(notes, stale=writes != self._writes_sent)

        self.worker.run(
            lambda st: (load_notes(st, target.kind.value, target.key), all_tags(st)), loaded
        )

    def _set_notes(self, notes: list[NoteData], *, stale: bool = False) -> None:
        notes = self._with_unsaved_text(notes)
        if self.is_draft() and not self._want_note:
            # A new note being written: the list is read again, the editor keeps the draft.
            self.list_model.set_notes(notes)
            self._update_title()
            self.notes_loaded.emit(len(notes))
            self._ask_for_room()
            return
        keep = self._want_note or (self.current.id if self.current else 0)
        self._want_note = 0
        self.list_model.set_notes(notes)
        row = self.list_model.row_of(keep) if keep else -1
        if row < 0 and notes:
            row = len(notes) - 1  # the most recent note
        if row >= 0:
            self._placing = True  # the editor's own choice: no note_selected for it
            try:
                self.list.setCurrentIndex(self.list_model.index(row))
            finally:
                self._placing = False
            if not (stale and self.current is not None and self.current.id == notes[row].id):
                self._show_note(notes[row])
        else:
            self.current = None
            self.actions_model.set_actions(())
        self._update_title()
        self._update_enabled()
        self.notes_loaded.emit(len(notes))
        self._ask_for_room()

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        note = self.list_model.notes[current.row()]
        if self.current is None or note.id != self.current.id:
            self.commit()
            self._show_note(note)
            self._update_enabled()
            if not self._placing:
                self.note_selected.emit(note.id)
            self._ask_for_room()

    def _show_note(self, note: NoteData) -> None:
        # For the note already shown, only fields that changed in the store (undo, redo) are
        # written back, so a reload never clobbers what the delegate is typing.
        previous = (
            self.current.fields if self.current is not None and self.current.id == note.id else None
        )
        if self._notice is not None and self._notice[0] != note.id:
            self._notice = None  # a notice belongs to the note it speaks of, never to the next
        self.current = note
        fields = note.fields

        def differs(name: str) -> bool:
            return previous is None or getattr(previous, name) != getattr(fields, name)

        self._populating = True
        try:
            if differs("body"):
                self.body.setPlainText(fields.body)
            if differs("tags"):
                self.tags.setText(tags_line(fields.tags))
            if differs("priority"):
                self.priority.setCurrentIndex(max(0, self.priority.findData(fields.priority)))
            if differs("status"):
                self.status.setCurrentIndex(max(0, self.status.findData(fields.status)))
            if differs("visibility"):
                self.visibility.setCurrentIndex(max(0, self.visibility.findData(fields.visibility)))
            if differs("position_text"):
                self.position.setPlainText(fields.position_text)
            if differs("position_state"):
                self.position_state.setCurrentIndex(
                    max(0, self.position_state.findData(fields.position_state))
                )
            if differs("consult"):
                self.consult.setText(fields.consult)
                self.consult.setCursorPosition(0)
            self._show_actions(note.actions)
        finally:
            self._populating = False
        self._update_saved()

    def _show_actions(self, actions: tuple[ActionData, ...]) -> None:
        """Show the note's action items, keeping the cell the delegate is on (after an edit
        of a cell is stored, Tab goes on to the next one); one whose edit is not stored as
        the delegate typed it."""
        held = self.unsaved.actions_of(self.current.id) if self.current is not None else {}
        self.actions_model.set_unsaved(set(held))
        if held:
            actions = tuple(
                ActionData(a.id, held[a.id].typed) if a.id in held else a for a in actions
            )
        if tuple(self.actions_model.actions) == actions:
            return
        current = self.actions_view.currentIndex()
        kept = self.actions_model.actions[current.row()].id if current.isValid() else None
        self.actions_model.set_actions(actions)
        row = next((row for row, action in enumerate(actions) if action.id == kept), None)
        if row is not None:
            self.actions_view.setCurrentIndex(self.actions_model.index(row, current.column()))
        new_row = next(
            (row for row, action in enumerate(actions) if action.id == self._edit_new_action), None
        )
        if new_row is not None:  # just added with Add: its Action cell in edit mode
            self._edit_new_action = None
            index = self.actions_model.index(new_row, 0)
            self.actions_view.setCurrentIndex(index)
            self.actions_view.setFocus()
            self.actions_view.edit(index)

    # -- what other writes changed -------------------------------------------------------------
    def on_changes(self, changes: OpChanges) -> None:
        """Read the notes again when a write touched the shown object's notes (or the tags
        the tag field completes)."""
        target = self.target
        if target is None:
            return
        if changes.touches_notes_on(writes.target_of(target)) or changes.touches(ChangedKind.TAG):
            self.reload()

    # -- editing -----------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._populating:
            self.typing_saver.typed()

    def _has_unsaved_typing(self) -> bool:
        """Whether the form of a stored note holds a change not sent to the store yet."""
        note = self.current
        if note is None or note.id == 0 or self.read_only or self._populating:
            return False
        return self.fields_from_widgets() != note.fields

    def fields_from_widgets(self) -> NoteFields:
        return NoteFields(
            body=typed_text(self.body),
            tags=split_tags(self.tags.text()),
            priority=int(self.priority.currentData()),
            status=str(self.status.currentData()),
            position_text=typed_text(self.position),
            position_state=str(self.position_state.currentData()),
            consult=self.consult.text(),
            visibility=str(self.visibility.currentData()),
        )

    def commit(self) -> None:
        """Store what the editor shows, if it differs from the stored note (one undo step)."""
        self.typing_saver.saved()
        note, target = self.current, self.target
        if self._populating or note is None or target is None or self.read_only:
            return
        after = self.fields_from_widgets()
        before = note.fields
        if self._hand_to_unsaved(note, target, after):
            return
        if after == before:
            return
        if note.id == 0:
            # A new note: stored with its first change; later changes wait for its id.
            if self._creating is None:
                self._create(target, after)
            return
        self.current = replace(note, fields=after)
        self._writes_sent += 1
        self._notice = None
        # Keep the list in step at once so the delegate sees the change before the store answers.
        row = self.list_model.row_of(note.id)
        if row >= 0:
            self.list_model.replace_note(row, self.current)
        note_target = writes.target_of(target)
        editor = self._author()
        # Only what the delegate changed is written, over the note as stored then: a change
        # saved meanwhile elsewhere (command line, another window, a bundle) is kept.
        self.changes.write(
            in_transaction(
                lambda s: writes.write_note_fields(
                    s,
                    note.id,
                    note_target,
                    after,
                    tags=after.tags != before.tags,
                    expected=before,
                    editor=editor,
                )
            ),
            lambda result: self._note_saved(result, before, after),
            on_error=lambda error: self._edit_failed(error, note.id, target, before, after),
            undo=lambda result: (
                EditNoteCommand(self.changes, note.id, note_target, before, after, editor)
                if result.saved
                else None
            ),
        )

    def _note_saved(self, result: SaveResult, before: NoteFields, after: NoteFields) -> None:
        """The note's edit is stored: say what else the delegate must know."""
        self._saved_over(result)
        made_private = before.visibility != "private" and after.visibility == "private"
        if made_private and result.saved and not result.changed_elsewhere:
            # Private stops it travelling from now on; what left before stays where it went.
            self.show_notice(
                tr(
                    "Now private: copies already shared with other laptops or the server are"
                    " not withdrawn."
                )
            )

    def _saved_over(self, result: SaveResult) -> None:
        """Say so when the note (or action item) had been changed elsewhere since it was shown:
        the other change is shown, and a clashing edit of the delegate's is kept as a conflict."""
        if result.clashes:
            names = ", ".join(labels.field_label(name) for name in result.clashes)
            self.show_notice(
                tr(
                    "Changed elsewhere meanwhile: %1. The stored value is shown; yours is kept"
                    " under File > Resolve conflicts."
                ).replace("%1", names)
            )
        elif result.taken:
            names = ", ".join(labels.field_label(name) for name in result.taken)
            self.show_notice(
                tr(
                    "Changed elsewhere meanwhile: %1 (shown now); your change is saved too."
                ).replace("%1", names)
            )
        elif self._notice is not None:
            # Saved again with no new clash: an earlier "Changed elsewhere" is over.
            self._notice = None
            self._update_saved()

    def _edit_failed(
        self,
        error: Exception,
        note_id: int,
        target: Target,
        before: NoteFields,
        after: NoteFields,
    ) -> None:
        """The edit was not stored: what was typed is held as unsaved (kept on this laptop,
        retried when the database answers, shown as not saved) while the delegate types on."""
        self._hold_unsaved(note_id, target, before, after, error)

    # -- edits not stored (bnldesk.ui.unsaved) ------------------------------------------
    def _hold_unsaved(
        self,
        note_id: int,
        target: Target,
        stored: NoteFields,
        typed: NoteFields,
        error: BaseException,
    ) -> None:
        """Hand an edit whose save failed to the unsaved notes; they say so here."""
        self.unsaved.failed(
            UnsavedNote(
                note_id,
                target,
                stored,
                typed,
                cause_of(error),
                author=self._author(),
                delegation=self._delegation(),
            ),
            error,
        )

    def _unsaved_of(self, note: NoteData) -> UnsavedNote | None:
        target = self.target
        return self.unsaved.note(edit_key(note.id, target)) if target is not None else None

    def _hand_to_unsaved(self, note: NoteData, target: Target, typed: NoteFields) -> bool:
        """For a note whose save failed, what is typed goes with its retry (sent alone, it
        would be an edit of text the database does not hold); True when it went so."""
        key = edit_key(note.id, target)
        if self.unsaved.get(key) is None:
            return False
        self.unsaved.typed(key, typed)
        row = self.list_model.row_of(note.id) if note.id else -1
        if row >= 0:
            self.list_model.replace_note(row, replace(note, fields=typed))
        return True

    def _with_unsaved_text(self, notes: list[NoteData]) -> list[NoteData]:
        """``notes`` as read, each whose save failed with what the delegate typed in it."""
        held = self.unsaved.note_ids()
        if not held:
            return notes
        shown = []
        for note in notes:
            unsaved = self.unsaved.note(edit_key(note.id, self.target)) if self.target else None
            shown.append(replace(note, fields=unsaved.typed) if unsaved is not None else note)
        return shown

    def _unsaved_changed(self) -> None:
        self.list_model.set_unsaved(self.unsaved.note_ids())
        note = self.current
        self.actions_model.set_unsaved(set(self.unsaved.actions_of(note.id)) if note else set())
        self._update_saved()

    def _unsaved_stored(self, key: str, note_id: int, fields: NoteFields) -> None:
        """A retry stored an edit: when it is the shown note's, the editor goes on from what
        is stored now (a new note becomes that note)."""
        note, target = self.current, self.target
        if note is None or target is None or edit_key(note.id, target) != key:
            return
        self._want_note = note_id
        self.current = replace(note, id=note_id, fields=fields)
        self._update_saved()

    def _show_unsaved_line(self) -> None:
        """Under the form: not saved, short enough for a narrow pane; the whole sentence (with
        the cause) in its tooltip."""
        problem = self.unsaved.problem
        whole = tr(
            "Not saved: %1 What you typed is kept on this computer and saved as soon as the"
            " database answers again."
        ).replace("%1", f"{problem.rstrip('.')}." if problem else "")
        # The cause class stays in the shorter lines (trial 14: "Not saved yet" alone on a
        # full disk); the held edits carry their failure's code.
        named = [cause_class(held.cause) for held in self.unsaved.held()]
        cause = next((name for name in reversed(named) if name), None)
        shorter = (
            [
                tr("Not saved yet (%1): kept on this computer, saved when the database answers"),
                tr("Not saved yet (%1): kept on this computer"),
                tr("Not saved yet: %1"),
            ]
            if cause
            else [
                tr("Not saved yet: kept on this computer, saved when the database answers"),
                tr("Not saved yet (kept on this computer)"),
                tr("Not saved yet"),
            ]
        )
        self._show_line(
            whole,
            *(line.replace("%1", cause or "") for line in shorter),
            warning=True,
            bring=False,
        )

    def new_note(self, body: str = "") -> None:
        """Open an empty note on the shown object. It is stored with its first typed change
        (one undo step "Add note"); left untouched, it is dropped, never kept as an empty note.
        With ``body`` it is stored at once."""
        target = self.target
        if target is None or self.read_only:
            return
        if self._choose_delegation is not None and not self._choose_delegation():
            return  # cancelled: a note is never stamped with an assumed delegation
        self.commit()
        draft = NoteData(
            id=0,
            uuid="",
            fields=NoteFields(),
            author=self._author(),
            delegation=self._delegation(),
            created="",
            updated="",
            plan_year=target.plan_year,
            target_label=target.label,
        )
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.current = None  # every field is written: the editor must not keep the last note's
        self._show_note(draft)
        self._update_enabled()
        self.editor_opened.emit()
        self._ask_for_room()
        self.body.setFocus()
        if body:
            self.body.setPlainText(body)
            self.commit()

    def is_draft(self) -> bool:
        """Whether the editor shows a new note that is not stored yet."""
        return self.current is not None and self.current.id == 0

    def _create(self, target: Target, fields: NoteFields) -> None:
        self._creating = fields
        self._writes_sent += 1
        author, delegation = self._author(), self._delegation()
        note_target = writes.target_of(target)
        self.changes.write(
            in_transaction(lambda s: writes.create_note(s, target, fields, author, delegation)),
            lambda note_id: self._created(note_target, note_id),
            lambda error: self._create_failed(target, fields, error),
            undo=lambda note_id: add_note_step(self.changes, note_id, note_target, author),
        )

    def _created(self, target: NoteTarget, note_id: int) -> None:
        """The new note is stored: the draft is now that note, and what was typed since it was
        sent follows as an edit."""
        sent, self._creating = self._creating, None
        if self.target is None or target != writes.target_of(self.target):
            return
        if sent is not None and self.is_draft() and self.current is not None:
            self._want_note = note_id
            self.current = replace(self.current, id=note_id, fields=sent)
            if self._room_asked_for == ShownKey(target, True, 0):
                # The same editor, now stored: the pane keeps its height.
                self._room_asked_for = ShownKey(target, True, note_id)
            self.commit()
        elif self.current is None:
            self._want_note = note_id
            self.body.setFocus()

    def _create_failed(self, target: Target, fields: NoteFields, error: Exception) -> None:
        """The new note was not stored: it stays a draft with what was typed, held as unsaved
        (kept on this laptop, retried when the database answers)."""
        self._creating = None
        self._hold_unsaved(0, target, NoteFields(), fields, error)

    def delete_note(self) -> None:
        note, target = self.current, self.target
        if note is None or target is None or self.read_only:
            return
        self.typing_saver.saved()
        if note.id == 0:
            self.current = None
            self._set_notes(list(self.list_model.notes))
            return
        self.current = None
        note_target, editor = writes.target_of(target), self._author()
        self.changes.write(
            in_transaction(lambda s: writes.delete_note(s, note.id, note_target)),
            on_error=lambda error: self._delete_failed(error, note),
            undo=lambda _id: delete_note_step(self.changes, note.id, note_target, editor),
        )

    def _delete_failed(self, error: Exception, note: NoteData) -> None:
        if self.current is None:
            self._show_note(note)
            self._update_enabled()
        self.show_problem(describe_error(error))

    def _ensure_stored(self) -> None:
        """A new note is stored now (an action item needs it), and its id is waited for."""
        note, target = self.current, self.target
        if note is None or target is None or note.id != 0:
            return
        if self._creating is None:
            self._create(target, self.fields_from_widgets())
        if not self.worker.wait_idle(hold_input=True):  # keys typed meanwhile wait for it
            self.show_problem(tr("The database did not answer in time"))

    def add_action(self, title: str = "", owner: str = "", due: dt.date | None = None) -> None:
        if self.read_only:
            return
        self._ensure_stored()
        note, target = self.current, self.target
        if note is None or target is None or note.id == 0:
            return
        self.commit()
        fields = ActionFields(title=title or tr("New action"), owner=owner, due_date=due)
        note_target, editor = writes.target_of(target), self._author()

        def added(action_id: int) -> None:
            # Typing goes on in the new row: its Action cell opens once the row is shown.
            self._edit_new_action = None if title else action_id

        self.changes.write(
            in_transaction(
                lambda s: writes.add_action(s, note.id, note_target, fields, editor=editor)
            ),
            added,
            on_error=self._action_failed,
            undo=lambda action_id: add_action_step(
                self.changes, note.id, note_target, action_id, editor
            ),
        )

    def delete_action(self) -> None:
        if self.read_only:
            return
        note, target = self.current, self.target
        index = self.actions_view.currentIndex()
        if note is None or target is None or not index.isValid():
            return
        action_id = self.actions_model.actions[index.row()].id
        note_target, editor = writes.target_of(target), self._author()
        self.changes.write(
            in_transaction(
                lambda s: writes.delete_action(s, note.id, note_target, action_id, editor=editor)
            ),
            on_error=self._action_failed,
            undo=lambda _id: delete_action_step(
                self.changes, note.id, note_target, action_id, editor
            ),
        )

    def _edit_action(self, action_id: int, before: ActionFields, after: ActionFields) -> None:
        note, target = self.current, self.target
        if note is None or target is None:
            return
        if self.unsaved.get(f"action:{action_id}") is not None:
            # Its earlier edit is not stored: this one goes with its retry.
            self.unsaved.typed(f"action:{action_id}", after)
            return
        note_target = writes.target_of(target)
        editor = self._author()
        unsaved = UnsavedAction(action_id, note.id, target, before, after, "", editor)
        self.changes.write(
            in_transaction(
                lambda s: writes.write_action_fields(
                    s, note.id, note_target, action_id, after, expected=before, editor=editor
                )
            ),
            self._saved_over,
            on_error=lambda error: self._action_edit_failed(error, unsaved),
            undo=lambda result: (
                edit_action_step(
                    self.changes, note.id, note_target, action_id, before, after, editor
                )
                if result.saved
                else None
            ),
        )

    def _action_edit_failed(self, error: Exception, edit: UnsavedAction) -> None:
        """An action item's edit was not stored: held as unsaved when the database may take it
        later (kept on this laptop, retried, shown in its row), else said, as any write."""
        if not recovery.may_pass(error):
            self._action_failed(error)
            return
        self.unsaved.failed(replace(edit, cause=cause_of(error)), error)

    def _action_failed(self, error: Exception) -> None:
        """An action item write was not stored: say so, and show the stored action items."""
        self.show_problem(describe_error(error))
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_form_to_width()
        if event.size().height() != event.oldSize().height():
            self._fit_actions_height_later()  # the room under the form changed
        # Once the table has its new width (the layout places it after this panel).
        QTimer.singleShot(0, self, self._size_who_column)

    def _action_row_most(self) -> int:
        """The height of an action item's row: two lines of text and the cell's margins."""
        return 2 * self.actions_view.fontMetrics().lineSpacing() + 8

    def _fit_actions_later(self, *_changed: object) -> None:
        # New owners may want a wider Who column; its resizing fits the height in turn.
        QTimer.singleShot(0, self, self._size_who_column)
        self._fit_actions_height_later()

    def _fit_actions_height_later(self, *_changed: object) -> None:
        # Once the view has laid its rows out for the new text or width.
        QTimer.singleShot(0, self, self._fit_actions_height)

    def _shown_key(self) -> ShownKey | None:
        """What the pane shows, as far as its height goes: the object, whether a note's editor
        is shown, and which note (0 for a new one not stored yet)."""
        if self.target is None:
            return None
        return ShownKey(
            writes.target_of(self.target),
            self.stack.currentIndex() == 1,
            self.current.id if self.current is not None else 0,
        )

    def _ask_for_room(self) -> None:
        """Emit room_wanted when another object or note is shown than at the last time."""
        shown = self._shown_key()
        if shown != self._room_asked_for:
            self._room_asked_for = shown
            self._table_opened_at = None
            self._fit_actions_height_later()
            self.room_wanted.emit()

    def fit_list(self, width: int, room: int) -> None:
        """The notes list as tall as the object's notes (LIST_ROWS_MOST at most, two at least)
        where the pane, at ``width``, still fits in ``room`` pixels with the taller list beside
        the open note (trial 17: four notes, three in sight, space left under the form). Set
        once per object and window height: a note stored meanwhile does not move the form
        under the mouse."""
        key = (self.target, room)
        if self._list_fitted == key or self.list_model.rowCount() == 0:
            return
        self._list_fitted = key
        row = self.list.sizeHintForRow(0)
        frame = 2 * self.list.frameWidth()
        base = self.wanted_height(width) - self.list.height()
        for rows in range(min(self.list_model.rowCount(), LIST_ROWS_MOST), 1, -1):
            height = max(LIST_HEIGHT, rows * row + frame)
            if base + height <= room:
                break
        else:
            height = LIST_HEIGHT
        if self.list.height() != height:
            self.list.setFixedHeight(height)
            current = self.list.currentIndex()
            if current.isValid():
                self.list.scrollTo(current)

    def wanted_height(self, width: int) -> int:
        """The pane's height in pixels at ``width`` for the shown note: its fields and its
        action items up to ACTIONS_IN_SIGHT (all of them shown, not scrolled), with room for at
        least ACTIONS_ROOM_KEPT, so that the next Adds grow the table into room already there."""
        needed = max(self.sizeHint().height(), self.heightForWidth(width))
        view = self.actions_view
        count = self.actions_model.rowCount()
        kept = max(ACTIONS_ROOM_KEPT, min(count, ACTIONS_IN_SIGHT))
        rows = self._rows_height(min(count, kept)) + ACTION_ROW_HEIGHT * max(0, kept - count)
        return needed - view.height() + self._table_frame_height() + rows

    def _rows_height(self, count: int) -> int:
        """The height in pixels of the first ``count`` action items' rows."""
        return sum(self.actions_view.rowHeight(row) for row in range(count))

    def _table_frame_height(self) -> int:
        """The action items' table without its rows: its header and frame, in pixels."""
        view = self.actions_view
        return view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()

    def _room_for_table(self) -> int | None:
        """The most height in pixels the action items' table may take without making the
        notes pane taller than its scroll area shows (None outside a scroll area): growing
        past it, the pane scrolled or moved, and the Add button with it. Read from where the
        table starts and what stands under it, not from the pane's size hint, which lags a
        turn of the event loop behind a change of the table's height."""
        viewport = self.parentWidget()
        if viewport is None:
            return None
        top = self.actions_view.mapTo(self, QPoint(0, 0)).y()
        under = self._editor_layout.spacing() + self.saved_label.sizeHint().height()
        under += self._panel_layout.contentsMargins().bottom()
        return viewport.height() - top - under

    def _fit_actions_height(self) -> None:
        """The action items' table as tall as its header and rows: at least one row (an
        empty table still reads as a table), at most ACTIONS_IN_SIGHT; once the note is
        shown, no taller than the room the pane has under the form or the table's first
        height (it scrolls for more, to the row being edited)."""
        view = self.actions_view
        view.verticalHeader().setMaximumSectionSize(self._action_row_most())
        view.resizeRowsToContents()
        count = self.actions_model.rowCount()
        rows = self._rows_height(min(count, ACTIONS_IN_SIGHT))
        rows += ACTION_ROW_HEIGHT * max(0, 1 - count)
        least = self._table_frame_height() + ACTION_ROW_HEIGHT
        height = self._table_frame_height() + rows
        room = self._room_for_table()
        if self._table_opened_at is None:
            self._table_opened_at = height
        elif room is not None:
            height = max(least, self._table_opened_at, min(height, room))
        if view.height() != height or view.minimumHeight() != height:
            view.setFixedHeight(height)
        current = view.currentIndex()
        if current.isValid():
            view.scrollTo(current)

    def _size_who_column(self) -> None:
        """Who is as wide as its longest word (names wrap between words, never inside one),
        at least its title and a third of what the date and status leave, at most two
        fifths: the action itself takes the rest (a third cut "Standpuntenteam" to
        "Standp…"; sharing equally cut the action to "Draaiboek oe…")."""
        header = self.actions_view.horizontalHeader()
        free = self.actions_view.viewport().width() - header.sectionSize(2) - header.sectionSize(3)
        metrics = self.actions_view.fontMetrics()
        title = str(self.actions_model.headerData(1, Qt.Orientation.Horizontal))
        words = [
            word for action in self.actions_model.actions for word in action.fields.owner.split()
        ]
        widest = max((metrics.horizontalAdvance(word) for word in [title, *words]), default=0)
        least = max(metrics.horizontalAdvance(title) + 16, free // 3)
        header.resizeSection(1, min(max(least, widest + 16), max(least, free * 2 // 5)))

    def _fit_form_to_width(self) -> None:
        """Labels beside their fields where there is room; above them in a narrow pane (a
        large scale factor), where beside them the fields ran off to the right."""
        viewport = self.parentWidget()  # the scroll area's: the width there is to fill
        room = viewport.width() if viewport is not None else self.width()
        labels = (
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            for row in range(self.form.rowCount())
        )
        labels_width = max(
            (label.sizeHint().width() for label in labels if label is not None), default=0
        )
        narrow = room < labels_width + MIN_FIELD_WIDTH
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
        # The action items' title and buttons: side by side, or one above the other.
        direction = (
            QHBoxLayout.Direction.TopToBottom if narrow else QHBoxLayout.Direction.LeftToRight
        )
        if self._actions_head.direction() != direction:
            self._actions_head.setDirection(direction)

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.list.hasFocus():
            self.delete_note()
            return
        super().keyPressEvent(event)
