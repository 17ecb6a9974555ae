"""The note editor's models: the notes on the shown object, and the action items of the open
note (edits are handed back as undoable commands).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from bnldesk.domain.tag_line import tags_from_line
from bnldesk.services.annotations import ActionFields
from bnldesk.ui import dates, i18n, labels
from bnldesk.ui.notes.commands import (
    ActionData,
    NoteData,
)
from bnldesk.ui.widgets import colours


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default "no parent" index (not a call in each signature)


def split_tags(text: str) -> list[str]:
    """The tag names the tag field holds (:func:`bnldesk.domain.tag_line.tags_from_line`: a
    name in double quotes may hold a comma)."""
    return tags_from_line(text)


class NotesListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.notes: list[NoteData] = []
        self.unsaved: set[int] = set()  # notes whose last edit is not stored yet

    def set_unsaved(self, note_ids: set[int]) -> None:
        """Mark the notes ``note_ids`` as not saved (their rows say so)."""
        if note_ids == self.unsaved:
            return
        self.unsaved = set(note_ids)
        if self.notes:
            self.dataChanged.emit(self.index(0), self.index(len(self.notes) - 1))

    def set_notes(self, notes: list[NoteData]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def row_of(self, note_id: int) -> int:
        """The row of note ``note_id``, or -1."""
        return next((row for row, note in enumerate(self.notes) if note.id == note_id), -1)

    def replace_note(self, row: int, note: NoteData) -> None:
        """Show ``note`` in ``row`` (an edit, before the store answers)."""
        self.notes[row] = note
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first = " ".join(note.fields.body.split())[:90] or tr("(empty note)")
            # Who may read it comes first: after the text it was cut off in the narrow list
            # under a workgroup, and a private note looked like a shared one (trial 16).
            seen_by = labels.label(labels.VISIBILITIES_SHORT, note.fields.visibility)
            bits = [labels.label(labels.NOTE_STATUSES, note.fields.status)]
            if note.plan_year:
                bits.append(str(note.plan_year))
            if note.fields.tags:
                bits.append("#" + " #".join(note.fields.tags))
            if note.open_actions:
                bits.append(tr("open actions: %1").replace("%1", str(note.open_actions)))
            mark = "● " + i18n.labelled(tr("Not saved"), "") if note.id in self.unsaved else ""
            return f"{mark}[{seen_by}] {first}  —  {' · '.join(bits)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if note.id in self.unsaved:
                return tr("Not saved yet: kept on this computer") + "\n" + note.fields.body
            return note.fields.body
        if role == Qt.ItemDataRole.ForegroundRole and note.id in self.unsaved:
            from PySide6.QtGui import QBrush

            return QBrush(colours.accent(colours.WARNING))
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        return None


ACTION_COLUMNS = ("title", "owner", "due_date", "status")


class ActionsModel(QAbstractTableModel):
    """The action items of one note; edits are handed to ``on_edit`` as undoable commands.
    A value that cannot be stored (an emptied title) is refused: ``refused`` says why."""

    refused = Signal(str)

    def __init__(self, on_edit: Callable[[int, ActionFields, ActionFields], None]) -> None:
        super().__init__()
        self.actions: list[ActionData] = []
        self.unsaved: set[int] = set()  # action items whose last edit is not stored yet
        self._on_edit = on_edit

    def set_unsaved(self, action_ids: set[int]) -> None:
        """Mark the action items ``action_ids`` as not saved (their rows say so)."""
        if action_ids == self.unsaved:
            return
        self.unsaved = set(action_ids)
        if self.actions:
            last = self.index(len(self.actions) - 1, len(ACTION_COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_actions(self, actions: tuple[ActionData, ...]) -> None:
        """Show ``actions``, changing only the rows and cells that differ.

        The table is read again after every stored edit, while the delegate may already be
        typing in the next cell (Tab after the title): a reset closed that editor and lost
        what was in it, so rows are removed and inserted one by one and a cell is announced
        only when its value changed."""
        new_ids = [action.id for action in actions]
        old_ids = [action.id for action in self.actions]
        staying = [i for i in old_ids if i in new_ids]
        if staying != [i for i in new_ids if i in old_ids]:
            self.beginResetModel()  # reordered: no edit can follow the rows
            self.actions = list(actions)
            self.endResetModel()
            return
        for row in reversed(range(len(self.actions))):
            if self.actions[row].id not in new_ids:
                self.beginRemoveRows(ROOT, row, row)
                del self.actions[row]
                self.endRemoveRows()
        for row, action in enumerate(actions):
            if row < len(self.actions) and self.actions[row].id == action.id:
                before = self.actions[row].fields
                self.actions[row] = action
                self._announce_changes(row, before, action.fields)
            else:
                self.beginInsertRows(ROOT, row, row)
                self.actions.insert(row, action)
                self.endInsertRows()

    def _announce_changes(self, row: int, before: ActionFields, after: ActionFields) -> None:
        for column, key in enumerate(ACTION_COLUMNS):
            if getattr(before, key) != getattr(after, key):
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(ACTION_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # The terms of the meetings window and the brief ("Trekker", "Uiterlijk"; trial 11:
            # "Wie" here); "Verantwoordelijke" was cut to "ntwoorde" in the narrow notes pane.
            titles = (tr("Action"), tr("Owner"), tr("Due"), tr("Status"))
            return titles[section] if 0 <= section < len(titles) else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click a cell or press F2 to change it; dates as %1").replace(
                "%1", dates.example_date()
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        if not 0 <= index.column() < len(ACTION_COLUMNS):
            return None
        fields = self.actions[index.row()].fields
        key = ACTION_COLUMNS[index.column()]
        if self.actions[index.row()].id in self.unsaved:
            marked = self._unsaved_data(fields, key, role)
            if marked is not None:
                return marked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "due_date":
                if role == Qt.ItemDataRole.EditRole:
                    return fields.due_date
                return dates.format_date(fields.due_date)
            if key == "status":
                if role == Qt.ItemDataRole.EditRole:
                    return fields.status
                return labels.label(labels.ACTION_STATUSES, fields.status)
            return str(getattr(fields, key))
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "owner"):
            return str(getattr(fields, key)) or None  # the whole text of a cut cell ("Send evacu…")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and key == "due_date"
            and fields.due_date
            and fields.status == "open"
            and fields.due_date < dt.date.today()
        ):
            from PySide6.QtGui import QBrush

            return QBrush(colours.accent(colours.WARNING))
        return None

    @staticmethod
    def _unsaved_data(fields: ActionFields, key: str, role: int) -> Any:
        """What a row whose edit is not stored shows differently: "●" before its text, the
        warning colour, and a tooltip saying so (None: as any row)."""
        if role == Qt.ItemDataRole.DisplayRole and key == "title":
            return f"● {fields.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Not saved yet: kept on this computer") + "\n" + fields.title
        if role == Qt.ItemDataRole.ForegroundRole:
            from PySide6.QtGui import QBrush

            return QBrush(colours.accent(colours.WARNING))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self.actions):
            return False
        action = self.actions[index.row()]
        key = ACTION_COLUMNS[index.column()]
        before = action.fields
        if key == "due_date":
            if isinstance(value, str):
                try:
                    value = dates.parse_date(value)
                except dates.DateError:
                    return False
            if value is not None and not isinstance(value, dt.date):
                return False
            after = replace(before, due_date=value)
        elif key == "status":
            if value not in labels.ACTION_STATUSES:
                return False
            after = replace(before, status=str(value))
        else:
            text = str(value or "").strip()
            if key == "title" and not text:
                self.refused.emit(tr("An action item needs a text"))
                return False
            after = replace(before, title=text) if key == "title" else replace(before, owner=text)
        if after == before:
            return False
        self.actions[index.row()] = ActionData(action.id, after)
        self.dataChanged.emit(index, index)
        self._on_edit(action.id, before, after)
        return True
