"""A read-only table over a short list of typed rows, and the table view that shows it.

Short: every row is measured to lay the table out (its wrapped columns set the row heights),
on the GUI thread, so a list that can grow is bounded by its query (the start page lists 20
of 8,014 open actions and counts the rest).

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
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from bnldesk.ui.widgets.roles import SortRole

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """A column: its header, the text a row shows in it, and (optionally) the value it sorts by
    (by default the text), and the tooltip (by default the text, whole)."""

    title: str
    text: Callable[[RowT], str]
    sort: Callable[[RowT], Any] | None = None
    tip: Callable[[RowT], str] | None = None


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
            return column.tip(row) if column.tip is not None else column.text(row)
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


class _OneLine(QStyledItemDelegate):
    """A cell on one line in a table that wraps others, elided in the middle (the start and
    the end of a name or a meeting stay readable; the whole text is in the tooltip)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class _CappedColumns(QObject):
    """Keeps columns as wide as their widest text, up to a share of the table's width, and the
    rows as high as their wrapped texts, as rows come and the table is resized."""

    def __init__(
        self, view: QTableView, columns: tuple[int, ...], share: float, *, rows: bool = True
    ) -> None:
        super().__init__(view)
        self.view, self.columns, self.share, self.rows = view, columns, share, rows
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.dataChanged.connect(self.fit)
        self._fitting = False
        view.horizontalHeader().sectionResized.connect(self._column_resized)

    def _column_resized(self) -> None:
        """The delegate widened a column: the rows take their new heights. Not once per
        column while :meth:`fit` sizes them all (it sizes the rows once at its end)."""
        if not self._fitting and self.rows:
            self.view.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        """Size the columns and rows now (only when shown: a hidden table has no width)."""
        view, header = self.view, self.view.horizontalHeader()
        if not view.isVisible():
            return
        cap = int(view.viewport().width() * self.share)
        self._fitting = True
        try:
            for column in self.columns:
                wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, max(header.sectionSizeHint(column), min(wanted, cap)))
        finally:
            self._fitting = False
        if self.rows:
            view.resizeRowsToContents()


def wrap_columns(
    view: QTableView, wrapped: tuple[int, ...], *, capped: tuple[int, ...] = (), share: float = 0.25
) -> None:
    """Let the texts of columns ``wrapped`` wrap onto more lines, the row growing to hold them
    (trial 11: action titles cut to "Grensoverschrij…" and owners to "Pieter …" at 1280x720);
    the other columns stay on one line, elided in the middle. Columns ``capped`` are as wide as
    their widest text up to ``share`` of the table's width, never narrower than their title."""
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    one_line = _OneLine(view)
    for column in range(view.model().columnCount()):
        if column not in wrapped:
            view.setItemDelegateForColumn(column, one_line)
    header = view.horizontalHeader()
    for column in capped:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    if capped:
        _CappedColumns(view, capped, share).fit()


def cap_columns(view: QTableView, columns: tuple[int, ...], *, share: float) -> None:
    """Keep columns ``columns`` of a one-line table as wide as their widest text up to
    ``share`` of the table's width, never narrower than their title; a longer text is elided
    (whole in its tooltip), and the table's stretched column keeps the rest. Trial 16: the
    start page's "On" column took its longest workgroup name and squeezed the note to "Oefeni…"."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    _CappedColumns(view, columns, share, rows=False).fit()
