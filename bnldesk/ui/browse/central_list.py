"""The central list: plan items or notes in the scope and filters, a page at a time.

Above the table: the mode tabs (plan items, notes); the scope line above them is the window's.
The list keeps its selected row in step with the object the detail pane shows: choosing a row emits
:attr:`CentralList.row_chosen`; showing an object elsewhere selects its row, or none, so the
list never shows another object selected than the one in the detail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QStyle,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from bnldesk.store.browse import BrowseFilter, ItemRow
from bnldesk.ui import dates
from bnldesk.ui.browse.list_model import (
    LazyTableModel,
    ListQuery,
    ListRow,
    item_cell,
    note_cell,
    target_of,
)
from bnldesk.ui.browse.sources import WorkerListSource
from bnldesk.ui.browse.views import EmptyAwareTable
from bnldesk.ui.widgets.headers import title_widths
from bnldesk.ui.worker import DbWorker

ROW_HEIGHT = 24
MODES = ("items", "notes")  # the mode tabs, in order
# Text columns share the width left by the short ones, by weight.
COLUMN_WEIGHTS = {"title": 5, "section": 2, "target": 3, "body": 5, "tags": 2}
# Characters a text column keeps where the list is narrow (beside its title): the list
# scrolls sideways rather than cut the object and the note to "Mise en…" (trial 14, 150 %).
MIN_TEXT_CHARACTERS = 12
# Short columns sized by what the rows read show (an empty "Priority" takes its title's width).
CONTENT_COLUMNS = ("kind", "status", "priority", "change", "visibility")
MEASURED_ROWS = 400  # the rows measured for that: the first pages (a resize measures again)


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def _shares(room: int, columns: dict[int, tuple[int, int]]) -> dict[int, int]:
    """``room`` pixels shared out by weight among ``columns`` (position: (weight, least
    width)); a column given less than its least width gets it, and what that costs is taken
    from the widest ones, so that the columns together fill the room and no more where the
    least widths allow (a short column raised to its least pushed the last one out of sight)."""
    total = sum(weight for weight, _least in columns.values()) or 1
    widths = {position: room * weight // total for position, (weight, _least) in columns.items()}
    excess = 0
    for position, (_weight, least) in columns.items():
        if widths[position] < least:
            excess += least - widths[position]
            widths[position] = least
    for position in sorted(widths, key=lambda each: -widths[each]):
        if excess <= 0:
            break
        least = columns[position][1]
        given = min(excess, widths[position] - least)
        widths[position] -= given
        excess -= given
    return widths


class CentralList(QWidget):
    """The mode tabs and the table (the scope line above it is the window's, shown above the
    search results too). ``row_chosen(kind, id, note id)``: the
    delegate chose a row (note id 0 for a plan item); ``mode_chosen(mode)``: a mode tab."""

    row_chosen = Signal(str, int, int)
    mode_chosen = Signal(str)

    def __init__(self, worker: DbWorker, shown: Callable[[], tuple[str, int] | None]) -> None:
        super().__init__()
        self._shown = shown  # what the detail pane shows, to select its row
        self._selected_id = 0  # the id of the row selected, kept across reloads
        # What the selected row showed in the detail, and the query the list was last read
        # with: a new filter tells a read again after a write from a new list.
        self._selected_target: tuple[str, int] | None = None
        self._last_query: ListQuery | None = None
        self._reselecting = False
        self.mode_tabs = QTabBar()
        self.mode_tabs.setObjectName("modeTabs")
        for _mode in MODES:
            self.mode_tabs.addTab("")
        self.mode_tabs.setDrawBase(False)
        self.mode_tabs.setExpanding(False)
        self.mode_tabs.currentChanged.connect(lambda tab: self.mode_chosen.emit(MODES[tab]))
        self.model = LazyTableModel(WorkerListSource(worker, f"list-{id(self)}"), "items", self)
        self.table = self._table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.mode_tabs)
        layout.addWidget(self.table, 1)
        self.model.reloaded.connect(self._reselect_row)
        self.model.reloaded.connect(self.show_sort)
        self.model.reloaded.connect(self.apply_column_widths)  # short columns fit their rows
        self.model.page_loaded.connect(self._page_arrived)
        self.table.resized.connect(self.apply_column_widths)

    def _table(self) -> EmptyAwareTable:
        table = EmptyAwareTable()
        table.setObjectName("centralList")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setSortingEnabled(True)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSortIndicatorShown(False)  # until the list is sorted by a column (show_sort)
        # After the view asked the model to sort (its own connection comes first).
        header.sortIndicatorChanged.connect(lambda *_: self.show_sort())
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def show_sort(self) -> None:
        """The arrow on the column the list is sorted by, pointing its way; none in the list's
        natural order. A click on a column that cannot be sorted (Notes, Change) leaves it
        where the order is (trial 13: no arrow at all on the sorted "Titel")."""
        header = self.table.horizontalHeader()
        query = self.model.query
        keys = [column.sort for column in self.model.columns]
        shown = query.sort in keys
        if shown:
            order = Qt.SortOrder.AscendingOrder
            if query.descending:
                order = Qt.SortOrder.DescendingOrder
            header.blockSignals(True)  # only the arrow: the list is in this order already
            try:
                header.setSortIndicator(keys.index(query.sort), order)
            finally:
                header.blockSignals(False)
            header.viewport().update()
        if header.isSortIndicatorShown() != shown:
            header.setSortIndicatorShown(shown)
            self.apply_column_widths()  # the titles make room for the arrow

    def retranslate(self) -> None:
        self.mode_tabs.setTabText(0, tr("Plan items"))
        self.mode_tabs.setTabText(1, tr("Notes"))
        self.mode_tabs.setAccessibleName(tr("List contents"))
        self.table.setAccessibleName(tr("List of objects"))

    # -- mode, filter, columns ---------------------------------------------------------------
    def show_mode_tab(self, mode: str) -> None:
        """Select the tab of ``mode`` without asking for it again."""
        self.mode_tabs.blockSignals(True)
        self.mode_tabs.setCurrentIndex(MODES.index(mode))
        self.mode_tabs.blockSignals(False)

    def set_mode(self, mode: str) -> None:
        """Show plan items or notes; the selection starts afresh."""
        self.show_mode_tab(mode)
        if mode != self.model.mode:
            self._selected_id = 0
            self._selected_target = None
            self.model.set_mode(mode)
            self.apply_column_widths()

    def apply_column_widths(self) -> None:
        """Share the list's width out by column weights (no measuring of the rows' contents).

        Short columns (year, counts, states, dates) are as wide as their widest value or their
        title; the text columns share the rest by weight, so the title stays readable from 1280
        pixels up, none narrower than its column title in the interface language (bold, with
        room for the sort arrow). Runs again on resize.
        """
        header = self.table.horizontalHeader()
        titles = title_widths(self.table)
        columns = self.model.columns
        cells = self._widest_cells()
        fixed = sum(
            max(cells.get(column.key, column.width), titles[position])
            for position, column in enumerate(columns)
            if column.key not in COLUMN_WEIGHTS
        )
        flexible = [column for column in columns if column.key in COLUMN_WEIGHTS]
        least = self.table.fontMetrics().averageCharWidth() * MIN_TEXT_CHARACTERS
        room = max(self.table.viewport().width() - fixed, least * len(flexible))
        shares = _shares(
            room,
            {
                position: (COLUMN_WEIGHTS[column.key], max(least, titles[position]))
                for position, column in enumerate(columns)
                if column.key in COLUMN_WEIGHTS
            },
        )
        for position, column in enumerate(columns):
            header.setSectionResizeMode(position, QHeaderView.ResizeMode.Interactive)
            width = shares.get(position, cells.get(column.key, column.width))
            header.resizeSection(position, max(width, titles[position]))
        header.setStretchLastSection(True)

    def _widest_cells(self) -> dict[str, int]:
        """The width in pixels of the widest value each short column shows, in the interface
        language: the labels in the rows read (a column none of them fills is as wide as its
        title), a date and time, a count. These columns are as wide as that (or their title),
        no wider: at 150 % in French an empty "Priorité" sized for "Sans priorité" left the
        object and the note a few letters (trial 14); at 1366x768 fixed widths pushed
        "Actions" out of sight; Dutch "Vlaggenschipproject" was cut to "Vlaggenschipp…")."""
        bold = QFont(self.table.font())
        bold.setBold(True)  # a high priority is drawn bold
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        texts: dict[str, list[str]] = {key: [""] for key in CONTENT_COLUMNS}
        for row in self.model.rows_read()[:MEASURED_ROWS]:
            for key in CONTENT_COLUMNS:
                if hasattr(row, key):
                    cell = item_cell(row, key) if isinstance(row, ItemRow) else note_cell(row, key)
                    texts[key].append(cell)
        texts |= {
            # The widest digits a date and time can take: 28/08/2028 28:58.
            "updated": [dates.format_utc(dt.datetime(2028, 8, 28, 20, 58))],
            "year": ["2028"],
            "notes": ["888"],
            "open_actions": ["888"],
        }
        widths = {
            key: max(metrics.horizontalAdvance(text) for text in values) + padding
            for key, values in texts.items()
        }
        bold_priority = max(
            QFontMetrics(bold).horizontalAdvance(text) for text in texts["priority"]
        )
        widths["priority"] = max(widths["priority"], bold_priority + padding)
        return widths

    def explain_empty(self, browse_filter: BrowseFilter) -> None:
        """What the empty list says, for these filters and this scope."""
        items = self.model.mode == "items"
        # Filters on notes select plan items only: notes on a workgroup, a section or a
        # chapter are in the Notes list, which a delegate would otherwise never think of.
        on_notes = browse_filter.tag or browse_filter.status or browse_filter.priority
        on_notes = on_notes or browse_filter.has_notes or browse_filter.has_open_actions
        text = ""
        if on_notes and items:
            text = tr(
                "No plan item has notes matching these filters. Notes on workgroups, sections "
                "and chapters are listed under Notes (Ctrl+2)."
            )
        elif browse_filter.without_scope() == BrowseFilter() and browse_filter.scope is not None:
            # No filter to remove: "remove a filter" would send the delegate looking for one.
            text = (
                tr("No plan items here. Choose another object in the navigator.")
                if items
                else tr("No notes here yet. Select an object and press Ctrl+N to write one.")
            )
        self.table.empty_text = text
        self.table.viewport().update()

    # -- the selected row --------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._reselecting:
            return
        row = self.model.row_data(current.row())
        if row is None:
            # Its page is on its way (Ctrl+End, a long jump): chosen when it arrives.
            self._selected_id = 0
            self.model.ensure_rows(current.row(), current.row())
            return
        self._selected_id = row.id
        self._selected_target = target_of(row)
        self._choose(row)

    def _choose(self, row: ListRow) -> None:
        kind, obj_id = target_of(row)
        if isinstance(row, ItemRow):
            self.row_chosen.emit(kind, obj_id, 0)
        elif kind != "annotation":
            self.row_chosen.emit(kind, obj_id, row.id)

    def _page_arrived(self, first: int, last: int) -> None:
        current = self.table.currentIndex()
        if current.isValid() and first <= current.row() <= last and not self._selected_id:
            self._current_changed(current, current)

    def _reselect_row(self) -> None:
        """Keep the selected row selected when the list is read again (a note was saved, a
        filter changed), or select the row of the object the detail shows.

        A list read with another filter or order starts at its top, or at the kept row
        (trial 13: after a filter the list showed its middle). When a new filter leaves out
        the object the list's selected row showed (the whole new list read, and it is not in
        it), the first row is selected and shown, so the detail does not show what the list no
        longer holds. In a longer list it may be further down: the detail stays."""
        query = self.model.query
        last, self._last_query = self._last_query, query
        row = self.model.row_of_id(self._selected_id) if self._selected_id else -1
        shown = self._shown()
        from_list = shown is not None and shown == self._selected_target
        if row < 0 and shown is not None and not self._note_chosen():
            row = self.model.row_of(*shown)
        if last is None or last == query:  # the first read, or read again after a write
            self._set_row(row)
            return
        # Gone for certain only when the whole new list was read (a first page holds it all).
        whole = self.model.counted and self.model.loaded_rows() >= self.model.total
        filtered = last.browse_filter != query.browse_filter
        if row < 0 and from_list and filtered and whole and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))  # shows it (_current_changed)
            self.table.scrollToTop()
            return
        self._set_row(row)
        if row >= 0:
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )
        else:
            self.table.scrollToTop()

    def select_object(self, kind: str, obj_id: int) -> None:
        """The detail shows ``(kind, obj_id)``: select its row in the list, or no row."""
        if self.model.mode == "notes":
            current = self.model.row_data(self.table.currentIndex().row())
            if current is not None and target_of(current) == (kind, obj_id):
                return  # a note on that object is selected
        self._set_row(self.model.row_of(kind, obj_id))

    def select_note(self, note_id: int) -> None:
        """The note form shows note ``note_id`` (chosen in its own list, or after a save): in
        the notes list, select that note's row, or none while it is not among the rows read, so
        the list never highlights another note than the form shows (trial 18). The note stays
        the one to select when the list is read again (re-sorted after an edit)."""
        if self.model.mode != "notes":
            return
        self._set_row(self.model.row_of_id(note_id))
        self._selected_id = note_id

    def _note_chosen(self) -> bool:
        """Whether the notes list follows one note (its row may not be read yet): then no other
        note of the same object stands in for it."""
        return self.model.mode == "notes" and self._selected_id != 0

    def _set_row(self, row: int) -> None:
        self._reselecting = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                self._selected_id = 0
                self._selected_target = None
                return
            data = self.model.row_data(row)
            self._selected_id = data.id if data is not None else 0
            self._selected_target = target_of(data) if data is not None else None
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._reselecting = False

    def go_to_row(self) -> None:
        """Ask for a row number and show that row of the list, however long the list."""
        total = self.model.total
        if total == 0:
            return
        current = max(self.table.currentIndex().row(), 0) + 1
        number, ok = QInputDialog.getInt(
            self,
            tr("Go to row"),
            tr("Row (1 to %1):").replace("%1", f"{total:,}"),
            current,
            1,
            total,
        )
        if ok:
            self.show_row(number - 1)

    def show_row(self, row: int) -> None:
        """Select and scroll to ``row`` (0-based); its page is read by position if needed."""
        if not 0 <= row < self.model.total:
            return
        self.model.ensure_rows(row, row)
        index = self.model.index(row, 0)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
