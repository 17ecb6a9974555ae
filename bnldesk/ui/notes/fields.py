"""The note editor's fields: the action table's status and due-date editors (a date typed in
the interface language, or refused in sight), a text box that reports when it is left, and the
tags field that completes from the existing tags.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QWidget,
)

from bnldesk.domain.tag_line import last_part_start, quoted_tag
from bnldesk.ui import dates, labels
from bnldesk.ui.notes.models import Index
from bnldesk.ui.widgets.date_fields import DateField


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code in labels.ACTION_STATUSES:
            combo.addItem(labels.label(labels.ACTION_STATUSES, code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """The due date typed in the interface language's format (or picked on a calendar); an
    emptied field clears the date. A date that cannot be read is refused: the stored date
    stays, ``refused`` says why, and the cell opens again with the typed text, marked, to be
    corrected (closing the editor threw it away). Escape there gives the refused text up:
    the stored date shows again and ``abandoned`` says the refusal no longer stands."""

    refused = Signal(str)
    abandoned = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._refused_text: dict[tuple[int, int], str] = {}  # (row, column): typed text
        self.closeEditor.connect(self._editor_closed)

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = DateField(parent)
        editor.setFrame(False)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: Any, index: Index) -> None:
        """The editor covers the cell, widened (leftwards when there is no room on the
        right) until the whole date and its calendar button show."""
        super().updateEditorGeometry(editor, option, index)
        assert isinstance(editor, DateField)
        cell = editor.geometry()
        width = max(cell.width(), editor.width_for_date())
        viewport = editor.parentWidget()
        room = viewport.width() if viewport is not None else width
        left = max(0, min(cell.left(), room - width))
        editor.setGeometry(left, cell.top(), width, cell.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        typed = self._refused_text.pop((index.row(), index.column()), None)
        if typed is not None:
            editor.setText(typed)
            editor.read_text()  # marks it, with the reason in its tooltip
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_value(value if isinstance(value, dt.date) else None)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateField)
        try:
            value = dates.parse_date(editor.text())
        except dates.DateError as exc:
            self.refused.emit(str(exc))
            self._refused_text[(index.row(), index.column())] = editor.text()
            cell = QPersistentModelIndex(index)
            QTimer.singleShot(0, self, lambda: self._edit_again(cell))
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Escape in an editor that still holds a refused text: the refusal is given up."""
        reverted = hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
        if reverted and isinstance(editor, DateField) and editor.property("invalid") is True:
            self._refused_text.clear()
            self.abandoned.emit()

    def _edit_again(self, cell: QPersistentModelIndex) -> None:
        if cell.isValid() and self._view.isVisible():
            index = self._view.model().index(cell.row(), cell.column())
            self._view.setCurrentIndex(index)
            self._view.edit(index)
        else:
            self._refused_text.clear()


class ActionTable(QTableView):
    """The action items of a note. Tab moves from cell to cell: entered without a current
    cell, the table used to pass the first Tab on, and the focus left for the filter bar.

    Typing starts editing only an empty cell; a filled one opens with F2, Enter in its editor
    or a double click (trial 18: a Space meant for a button, then a title typed, replaced an
    action item's title and date unseen). A key typed on a filled cell says so in a tooltip."""

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        if trigger == QAbstractItemView.EditTrigger.AnyKeyPressed and _filled(index):
            rect = self.visualRect(index)
            QToolTip.showText(
                self.viewport().mapToGlobal(rect.bottomLeft()),
                tr("This cell is filled: F2 or a double click changes it."),
                self.viewport(),
            )
            return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]  # Qt takes none

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, 0))


def _filled(index: Index) -> bool:
    """Whether the cell at ``index`` holds a value (a title, a name, a date, a status)."""
    value = index.data(Qt.ItemDataRole.EditRole)
    return value is not None and str(value).strip() != ""


class CommitTextEdit(QPlainTextEdit):
    """A plain text box that reports when the delegate leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class TagEdit(QLineEdit):
    """Comma-separated tags, completing the word being typed from the existing tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags = QStringListModel(self)
        self._completer = QCompleter(self._tags, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_known_tags(self, tags: list[str]) -> None:
        self._tags.setStringList(tags)

    def completer_model(self) -> QStringListModel:
        return self._tags

    def _complete(self, text: str) -> None:
        before = text[: self.cursorPosition()]
        prefix = before[last_part_start(before) :].strip().lstrip('"')
        if not prefix:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _insert(self, tag: str) -> None:
        text = self.text()
        kept = text[: last_part_start(text)].rstrip()
        self.setText((kept + " " if kept else "") + quoted_tag(tag) + ", ")
        self.editingFinished.emit()
