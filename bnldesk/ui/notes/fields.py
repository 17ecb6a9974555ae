"""The note editor's fields: the action table's status and due-date editors (a date typed in
the interface language, or refused in sight), a text box that reports when it is left, and the
tags field that completes from the existing tags.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

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
    stays, and ``refused`` says why."""

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = DateField(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_value(value if isinstance(value, dt.date) else None)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateField)
        try:
            value = dates.parse_date(editor.text())
        except dates.DateError as exc:
            self.refused.emit(str(exc))
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ActionTable(QTableView):
    """The action items of a note. Tab moves from cell to cell: entered without a current
    cell, the table used to pass the first Tab on, and the focus left for the filter bar."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, 0))


class CommitTextEdit(QPlainTextEdit):
    """A plain text box that reports when the delegate leaves it."""

    left = Signal()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
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
        prefix = text[: self.cursorPosition()].split(",")[-1].strip()
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
        parts = [p.strip() for p in self.text().split(",")]
        parts[-1] = tag
        self.setText(", ".join(p for p in parts if p) + ", ")
        self.editingFinished.emit()
