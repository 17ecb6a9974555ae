"""A read-only table over a short list of typed rows, and the table view that shows it.

Used for the meetings, the start page's cards, the agenda, the conflicts, the paired laptops
and the backups: each list holds rows of one dataclass, and each column says how to show a row
(:class:`Column`: its title, its text, and the value it sorts by).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from bnldesk.ui.widgets.roles import SortRole

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """A column: its header, the text a row shows in it, and (optionally) the value it sorts by
    (by default the text)."""

    title: str
    text: Callable[[RowT], str]
    sort: Callable[[RowT], Any] | None = None


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table over the rows handed to it; ``highlight`` colours a row's text."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        parent: Any = None,
        *,
        highlight: Callable[[RowT], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []
        self._highlight = highlight

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, position: int) -> RowT:
        return self._rows[position]

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(column.text(row).split())  # one line per row
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(row)
        if role == SortRole:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._highlight is not None:
            color = self._highlight(row)
            return QBrush(color) if color is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return None


def make_table(
    model: QAbstractTableModel,
    name: str,
    *,
    stretch: int | None = None,
    view: QTableView | None = None,
) -> QTableView:
    """A read-only, row-selecting table over ``model`` (``view`` when given, else a new one).
    Tab leaves it for the next field (the arrows move within it): with Qt's default, Tab went
    from cell to cell and a keyboard user was trapped in the table (trial 10, the agenda)."""
    view = view or QTableView()
    view.setObjectName(name)
    view.setTabKeyNavigation(False)
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
