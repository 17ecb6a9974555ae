"""The document's text in the review window: one row per line read, with its page and number.

A table over plain tuples (:class:`SourceLinesModel`), fetched in pages of
:data:`FETCH_ROWS` rows as the view scrolls, so that opening the review of a long PDF costs the
GUI thread the rows in sight, not a text layout of every line (a 60-page plan's text set in a
text editor held the window 180 ms, bench/bench_stalls.py). The page column says where in the
PDF a line was printed; it is hidden for formats without pages (text, Markdown, Word).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bnldesk.ui.importing.texts import tr

AnyIndex = QModelIndex | QPersistentModelIndex

FETCH_ROWS = 400  # rows handed to the view at a time
PAGE, LINE, TEXT = range(3)
# The widest the text column is made (px): a 5,000-character line scrolls, it is not measured.
_MAX_TEXT_WIDTH = 6000


class SourceLinesModel(QAbstractTableModel):
    """The lines of a document (``lines[i]`` printed on ``pages[i]``, 0 for no page) as rows
    of page, line number and text; rows are handed to the view :data:`FETCH_ROWS` at a time
    (``canFetchMore``/``fetchMore``)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[tuple[int, str], ...] = ()
        self._loaded = 0
        self.has_pages = False

    def set_lines(self, lines: list[str], pages: list[int]) -> None:
        """Show ``lines``; ``pages`` gives each line's page (missing or 0: none)."""
        self.beginResetModel()
        padded = list(pages[: len(lines)]) + [0] * max(0, len(lines) - len(pages))
        self._rows = tuple(zip(padded, lines, strict=True))
        self.has_pages = any(padded)
        self._loaded = min(FETCH_ROWS, len(self._rows))
        self.endResetModel()

    def line_count(self) -> int:
        """How many lines the document has (rows fetched or not)."""
        return len(self._rows)

    def line(self, row: int) -> tuple[int, str]:
        """(page, text) of line ``row + 1``."""
        return self._rows[row]

    def find(self, needle: str, start: int = 0) -> int | None:
        """The first row from ``start`` on whose text holds ``needle``, case and spaces
        folded (a PDF's text may lose a space: "PentalateralEnergy Forum"), or None."""
        wanted = "".join(needle.split()).casefold()
        return next(
            (
                row
                for row, (_page, text) in enumerate(self._rows[start:], start)
                if wanted in "".join(text.split()).casefold()
            ),
            None,
        )

    def blank(self, row: int) -> bool:
        """Whether row ``row`` holds no text."""
        return not self._rows[row][1].strip()

    def fetch_through(self, row: int) -> None:
        """Hand the view every row up to ``row`` (to select or scroll to it)."""
        if row >= self._loaded:
            end = min(len(self._rows), row + 1 + FETCH_ROWS)
            self.beginInsertRows(QModelIndex(), self._loaded, end - 1)
            self._loaded = end
            self.endInsertRows()

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self.fetch_through(self._loaded)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        page, text = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PAGE:
                return str(page) if page else ""
            if column == LINE:
                return str(index.row() + 1)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            number = str(index.row() + 1)
            if page:
                return f"{tr('page %1, line %2').replace('%1', str(page)).replace('%2', number)}: {text}"
            return f"{tr('line %1').replace('%1', number)}: {text}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Page"), tr("Line"), tr("Text"))[section]
        return None


class SourcePane(QTableView):
    """The document's text beside the structure found: rows of page, line and text.

    :meth:`show_lines` fills it; :meth:`go_to_line` and :meth:`find_and_show` select a line
    and scroll it to the middle; Ctrl+C copies the chosen lines' text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = SourceLinesModel()
        self.setModel(self.lines)
        self.setObjectName("documentText")
        self.setAccessibleName(tr("Document text"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setStretchLastSection(False)
        digits = self.fontMetrics().horizontalAdvance("00000") + 12
        columns.resizeSection(PAGE, self.fontMetrics().horizontalAdvance(tr("Page")) + 16)
        line_width = self.fontMetrics().horizontalAdvance(tr("Line")) + 16
        columns.resizeSection(LINE, max(digits, line_width))

    def show_lines(self, lines: list[str], pages: list[int]) -> None:
        """Show the document's ``lines``, each with its page (0: the format has none)."""
        self.lines.set_lines(lines, pages)
        self.setColumnHidden(PAGE, not self.lines.has_pages)
        longest = max((len(line) for line in lines), default=0)
        width = self.fontMetrics().averageCharWidth() * (longest + 2)
        self.horizontalHeader().resizeSection(TEXT, min(_MAX_TEXT_WIDTH, max(200, width)))

    def go_to_line(self, number: int) -> bool:
        """Select line ``number`` (1-based) and scroll it into the middle; False past the end."""
        row = number - 1
        if not 0 <= row < self.lines.line_count():
            return False
        self.lines.fetch_through(row)
        index = self.lines.index(row, TEXT)
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.horizontalScrollBar().setValue(0)  # the page, the number and the line's start
        return True

    def scrollTo(
        self,
        index: AnyIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Bring ``index``'s row into view, never sideways for the text: a line's cell is
        wider than the pane, and scrolling to it hid the Page and Line columns and the start
        of every line (sixth re-check). The delegate's own horizontal scrolling stays."""
        across = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        if index.column() == TEXT:
            self.horizontalScrollBar().setValue(across)

    def _after(self, after: str) -> int:
        """The row after the first line holding ``after`` (0 without one, or none found)."""
        row = self.lines.find(after) if after else None
        return 0 if row is None else row + 1

    def _first(self, needles: list[str], start: int) -> int | None:
        """The first row from ``start`` holding one of ``needles`` (tried in turn)."""
        return next(
            (
                row
                for needle in needles
                if needle and (row := self.lines.find(needle, start)) is not None
            ),
            None,
        )

    def find_and_show(self, needles: str | list[str], after: str = "") -> bool:
        """Show the first line holding one of ``needles`` (tried in turn) after the line
        holding ``after`` (an item or a workgroup after its section's heading: "JEUGD" is also
        in the text before it), else anywhere. Nothing found: no line stays chosen (the line of
        the row chosen before was left highlighted); False then."""
        wanted = [needles] if isinstance(needles, str) else needles
        start = self._after(after)
        row = self._first(wanted, start)
        if row is None and start:
            row = self._first(wanted, 0)
        if row is None:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
            return False
        return self.go_to_line(row + 1)

    def show_heading_of(self, after: str, rows: list[list[str]]) -> bool:
        """Show the heading that opens a group of rows (a section's "Werkgroepen en
        commissies"): the last line with text before the line of the group's first row
        found (``rows`` in order, each given by its needles) after the line holding ``after``
        (the group's parent; a later row's name may also be in the text before). Nothing
        found: no line stays chosen; False then."""
        start = self._after(after)
        end = next(
            (row for needles in rows if (row := self._first(needles, start)) is not None), None
        )
        if end is None:
            return self.find_and_show([])
        heading = next(
            (row for row in range(end - 1, start - 1, -1) if not self.lines.blank(row)), end
        )
        return self.go_to_line(heading + 1)

    def current_line(self) -> tuple[int, int, str] | None:
        """(page, line number, text) of the chosen line, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        page, text = self.lines.line(index.row())
        return page, index.row() + 1, text

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Ctrl+End goes to the document's last line, fetching the rows up to it."""
        if cursorAction == QAbstractItemView.CursorAction.MoveEnd and self.lines.line_count():
            last = self.lines.line_count() - 1
            self.lines.fetch_through(last)
            return self.lines.index(last, max(0, self.currentIndex().column()))
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C copies the text of the chosen lines (without their page and number)."""
        if event.matches(QKeySequence.StandardKey.Copy):
            rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
            text = "\n".join(self.lines.line(row)[1] for row in rows)
            QGuiApplication.clipboard().setText(text)
            event.accept()
            return
        super().keyPressEvent(event)
