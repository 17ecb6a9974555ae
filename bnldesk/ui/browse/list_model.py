"""The central list's model: plan items or notes, a page at a time.

The model only holds the typed rows (:class:`~bnldesk.store.browse.ItemRow`,
:class:`~bnldesk.store.browse.NoteRow`) handed to it. What it shows is a :class:`ListQuery`
(mode, filter, order); it asks a :class:`ListSource` for the first page, the count and the pages
the view scrolls to, and the source answers through callbacks. The window's source runs those
reads on the database worker (:class:`bnldesk.ui.browse.sources.WorkerListSource`); tests hand
rows from memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from bnldesk.store.browse import BrowseFilter, ItemRow, NoteRow
from bnldesk.ui import dates, labels
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.roles import IdRole, KindRole, SortRole
from bnldesk.ui.widgets.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default "no parent" index (not a call in each signature)

PAGE = 200  # rows a page holds
# A list keeps at most this many pages in memory; pages far from the one last asked for go.
KEPT_PAGES = 60
# Pages asked for at once: enough for the tallest screen.
ASKED_PAGES = 4

ListRow = ItemRow | NoteRow


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: ``mode`` "items" or "notes", the filter, and the order (a sort key
    of :mod:`bnldesk.store.browse`, "default" for the list's natural order)."""

    mode: str = "items"
    browse_filter: BrowseFilter = field(default_factory=BrowseFilter)
    sort: str = "default"
    descending: bool = False


class ListSource(Protocol):
    """Where the list's rows come from. Each method answers later (or at once) through
    ``deliver``, or calls ``failed`` when the rows could not be read (the source has told the
    delegate why)."""

    def first_page(
        self,
        query: ListQuery,
        deliver: Callable[[list[ListRow]], None],
        failed: Callable[[], None],
    ) -> None:
        """The first ``PAGE + 1`` rows (one more than a page says whether more follow)."""

    def count(
        self, query: ListQuery, deliver: Callable[[int], None], failed: Callable[[], None]
    ) -> None:
        """How many rows the whole list has."""

    def pages(
        self,
        query: ListQuery,
        pages: Sequence[int],
        deliver: Callable[[dict[int, list[ListRow]]], None],
        failed: Callable[[], None],
        *,
        total: int | None = None,
    ) -> None:
        """The rows of each page in ``pages`` (page ``n`` starts at row ``n * PAGE``);
        ``total``: the list's counted length (pages near the end are then read from it)."""


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Models", ...)
    sort: str | None  # the store's sort key; None: the column cannot be sorted
    width: int


ITEM_COLUMNS = (
    Column("year", QT_TRANSLATE_NOOP("Models", "Year"), "year", 52),
    Column("title", QT_TRANSLATE_NOOP("Models", "Title"), "title", 300),
    Column("section", QT_TRANSLATE_NOOP("Models", "Section"), "section", 140),
    Column("kind", QT_TRANSLATE_NOOP("Models", "Kind"), "kind", 112),
    Column("notes", QT_TRANSLATE_NOOP("Models", "Notes"), None, 52),
    Column("change", QT_TRANSLATE_NOOP("Models", "Change"), None, 100),
)

NOTE_COLUMNS = (
    Column("updated", QT_TRANSLATE_NOOP("Models", "Updated"), "updated", 125),
    Column("target", QT_TRANSLATE_NOOP("Models", "Object"), "target", 230),
    Column("body", QT_TRANSLATE_NOOP("Models", "Note"), None, 320),
    Column("tags", QT_TRANSLATE_NOOP("Models", "Tags"), None, 120),
    Column("status", QT_TRANSLATE_NOOP("Models", "Status"), "status", 95),
    Column("priority", QT_TRANSLATE_NOOP("Models", "Priority"), "priority", 85),
    Column("open_actions", QT_TRANSLATE_NOOP("Models", "Actions"), None, 60),
    # Who may read the note (trial 14: no way to see in the list which notes are private): a
    # symbol under a padlock, narrow enough for 1280x720; the words in the tooltips.
    Column("visibility", "\U0001f512", None, 30),
)
# Long texts, cut with "…" in a narrow column: the whole of it as tooltip.
TIP_COLUMNS = ("title", "body", "target", "section", "tags")
# Who may read a note, as the visibility column shows it: a padlock, two people, a globe.
VISIBILITY_MARKS = {"private": "\U0001f512", "delegation": "\U0001f465", "shareable": "\U0001f310"}
CENTRED_COLUMNS = ("year", "notes", "open_actions", "visibility")


def _count_text(count: int) -> str:
    return str(count) if count else ""


def item_cell(row: ItemRow, key: str) -> str:
    """What column ``key`` shows of a plan item, in the interface language."""
    if key == "year":
        return "" if row.year is None else str(row.year)
    if key == "kind":
        return labels.label(labels.ITEM_KINDS, row.kind)
    if key == "notes":
        return _count_text(row.notes)
    if key == "change":
        return labels.label(labels.CHANGES, row.change) if row.change else ""
    return str(getattr(row, key))  # title, section


def note_cell(row: NoteRow, key: str) -> str:
    """What column ``key`` shows of a note, in the interface language."""
    if key == "updated":
        return dates.format_utc(row.updated)  # the one date format of the interface language
    if key == "status":
        return labels.label(labels.NOTE_STATUSES, row.status)
    if key == "priority":
        return labels.label(labels.PRIORITIES, row.priority) if row.priority else ""
    if key == "open_actions":
        return _count_text(row.open_actions)
    if key == "visibility":
        return VISIBILITY_MARKS.get(row.visibility, "")
    return str(getattr(row, key))  # target, body, tags


def sort_value(row: ListRow, key: str) -> Any:
    """The value column ``key`` sorts by (numbers as numbers, dates as ISO text)."""
    value = getattr(row, key)
    return "" if value is None else value


def target_of(row: ListRow) -> tuple[str, int]:
    """What selecting the row shows: the item, or the object a note is about (the note itself
    when it is on nothing in a plan here)."""
    if isinstance(row, ItemRow):
        return "item", row.id
    if row.target_id is not None:
        return row.target_kind, row.target_id
    return "annotation", row.id


class LazyTableModel(QAbstractTableModel):
    """Plan items or notes matching a :class:`ListQuery`, read a page at a time.

    The list shows its first page as soon as it arrives, then knows its length from the count,
    and any page is read by its position when the view shows it: Ctrl+End, the scrollbar
    dragged to the bottom and "go to row" read the target page directly, whatever the list's
    size. Rows not read yet show empty until their page arrives (``page_loaded``).
    """

    total_changed = Signal(int)
    reloaded = Signal()
    page_loaded = Signal(int, int)  # first and last row of a page that arrived

    def __init__(self, source: ListSource, mode: str = "items", parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ListQuery(mode)
        self._pages: dict[int, list[ListRow]] = {}
        self._total = 0
        self._counted = False
        self._generation = 0
        # Readable on the palette in use (a dark one too).
        self._highlight = QBrush(colours.accent(colours.FLAGSHIP))
        self._new = QBrush(colours.accent(colours.NEW))
        self._changed = QBrush(colours.accent(colours.LINK))
        self._asked: list[int] = []  # pages asked for and not read yet, oldest first
        self._last_wanted = 0

    # -- what it shows -----------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._query.mode

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def columns(self) -> tuple[Column, ...]:
        return ITEM_COLUMNS if self.mode == "items" else NOTE_COLUMNS

    @property
    def total(self) -> int:
        return self._total

    @property
    def browse_filter(self) -> BrowseFilter:
        return self._query.browse_filter

    @property
    def counted(self) -> bool:
        """Whether :attr:`total` is the list's exact length (else: the first page, while the
        count is on its way)."""
        return self._counted

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def rows_read(self) -> list[ListRow]:
        """The rows whose pages have been read, in order (the rest of the list is not)."""
        return [row for _at, row in self._rows_read()]

    def set_mode(self, mode: str) -> None:
        """Show plan items or notes (in their natural order); reads the first page."""
        if mode != self.mode:
            self.beginResetModel()
            self._query = ListQuery(mode, self._query.browse_filter)
            self._pages, self._total, self._counted = {}, 0, False
            self.endResetModel()
            self.reload()

    def set_filter(self, browse_filter: BrowseFilter) -> None:
        self._query = replace(self._query, browse_filter=browse_filter)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` (in SQL: the whole list, not the rows read); reads it again."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._query = replace(self._query, sort=key, descending=descending)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the first page as soon as it is read; the count follows, and from then on
        the list has its whole length (pages read by position)."""
        self._generation += 1
        generation, query = self._generation, self._query

        def shown(rows: list[ListRow]) -> None:
            if generation == self._generation:
                self._show_first_page(rows, query)

        self._source.first_page(query, shown, lambda: None)

    def _show_first_page(self, rows: list[ListRow], query: ListQuery) -> None:
        more = len(rows) > PAGE
        self.beginResetModel()
        self._pages = {0: rows[:PAGE]} if rows else {}
        self._total = min(len(rows), PAGE)
        self._counted = not more
        self._asked = []
        self.endResetModel()
        self.reloaded.emit()
        if not more:
            self.total_changed.emit(self._total)
            return
        generation = self._generation

        def counted(total: int) -> None:
            if generation == self._generation:
                self._set_total(total)

        self._source.count(query, counted, lambda: None)

    def _set_total(self, total: int) -> None:
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self._counted = True
        self.total_changed.emit(total)

    def ensure_rows(self, first: int, last: int) -> None:
        """Ask for the pages holding rows ``first`` to ``last`` (views call it through
        :meth:`data`; "go to row" calls it before it scrolls)."""
        if not self._counted or self._total == 0:
            return
        first, last = max(first, 0), min(last, self._total - 1)
        new = [
            page
            for page in range(first // PAGE, last // PAGE + 1)
            if page not in self._pages and page not in self._asked
        ]
        if not new:
            return
        # The latest view position wins: the pages asked for last, at most a screenful's
        # worth; the source replaces its queued read of older ones with this one.
        self._asked = [page for page in self._asked if page not in new][-(ASKED_PAGES - len(new)) :]
        self._asked += new
        self._last_wanted = new[-1]
        generation = self._generation

        def arrived(found: dict[int, list[ListRow]]) -> None:
            if generation == self._generation:
                self._store_pages(found)

        def failed() -> None:
            if generation == self._generation:
                self._asked = []

        self._source.pages(self._query, tuple(self._asked), arrived, failed, total=self._total)

    def _store_pages(self, found: dict[int, list[ListRow]]) -> None:
        self._asked = [page for page in self._asked if page not in found]
        for page, rows in found.items():
            self._pages[page] = rows
            if rows:
                first = page * PAGE
                last = min(first + len(rows), self._total) - 1
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
                self.page_loaded.emit(first, last)
        if len(self._pages) > KEPT_PAGES:
            by_distance = sorted(self._pages, key=lambda page: abs(page - self._last_wanted))
            for page in by_distance[KEPT_PAGES:]:
                del self._pages[page]

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return False  # the whole length is known; pages come by position

    # -- rows --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def row_data(self, row: int) -> ListRow | None:
        """The row at ``row`` when its page has been read, else None."""
        rows = self._pages.get(row // PAGE)
        if rows is None:
            return None
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    def _rows_read(self) -> list[tuple[int, ListRow]]:
        return [
            (page * PAGE + offset, row)
            for page in sorted(self._pages)
            for offset, row in enumerate(self._pages[page])
        ]

    def row_of(self, kind: str, obj_id: int) -> int:
        """The position of the row showing ``(kind, obj_id)`` among the rows read, or -1."""
        found = (at for at, row in self._rows_read() if target_of(row) == (kind, obj_id))
        return next(found, -1)

    def row_of_id(self, row_id: int) -> int:
        """The position of the row with this id among the rows read, or -1."""
        return next((at for at, row in self._rows_read() if row.id == row_id), -1)

    # -- data --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self.row_data(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self.ensure_rows(index.row(), index.row())
            return None
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return item_cell(row, key) if isinstance(row, ItemRow) else note_cell(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "visibility":
            return labels.label(labels.VISIBILITIES, getattr(row, "visibility", None))
        if role == Qt.ItemDataRole.ToolTipRole and key in TIP_COLUMNS:
            value = getattr(row, key, None)
            if not isinstance(value, str):  # the tags: a tuple of names, as the cell says them
                value = item_cell(row, key) if isinstance(row, ItemRow) else note_cell(row, key)
            return plain_tooltip(value)
        if role == SortRole:
            return sort_value(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in CENTRED_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KindRole:
            return target_of(row)[0]
        if role == IdRole:
            return target_of(row)[1]
        return self._look(row, key, role)

    def _look(self, row: ListRow, key: str, role: int) -> Any:
        """Colours and weights: flagships, year-over-year changes, high priority."""
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(row, ItemRow):
            if key == "kind" and row.kind == "flagship":
                return self._highlight
            if key == "change" and row.change:
                return self._new if row.change == "new" else self._changed
        high = isinstance(row, NoteRow) and key == "priority" and row.priority == 3
        if role == Qt.ItemDataRole.FontRole and high:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Models", self.columns[section].title)
        visibility = 0 <= section < len(self.columns) and self.columns[section].key == "visibility"
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and visibility
        ):
            return QCoreApplication.translate("Models", "Visibility: who may read the note")
        return None
