"""Qt models over the store. Every one fetches through the database worker and holds plain rows.

* :class:`NavigatorModel`: the plan tree (programme > plan > chapter > section > items), or the
  workgroups tree, or the contacts list; children are loaded when a node is first expanded.
* :class:`LazyTableModel`: the central list (plan items or notes). It counts in SQL, then fetches
  pages of :data:`PAGE` rows as the view scrolls (``canFetchMore``/``fetchMore``); sorting and
  filtering change the SQL and reload.
* :class:`SearchResultsModel`: full-text hits with their snippets.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.store.search import HIT_END, HIT_START, SearchHit
from bnldesk.ui import dates, labels
from bnldesk.ui.i18n import QT_TRANSLATE_NOOP
from bnldesk.ui.widgets import colours
from bnldesk.ui.worker import DbWorker, Priority

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3
HtmlRole = Qt.ItemDataRole.UserRole + 4
# A hit's title, its kind and year, and its snippet's HTML, for a delegate that elides the title
# to the width so the kind stays in view (HtmlRole is the same as one HTML block).
HeadRole = Qt.ItemDataRole.UserRole + 5

PAGE = 200

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default "no parent" index (not a call in each signature)


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


def highlight_html(text: str) -> str:
    """Escape ``text``, then turn the search markers into bold: user text stays data."""
    escaped = html.escape(text)
    return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


def strip_markers(text: str) -> str:
    return text.replace(HIT_START, "").replace(HIT_END, "")


# --------------------------------------------------------------------------------------------
# the navigator
# --------------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    kind: str
    obj_id: int
    label: str
    has_children: bool
    detail: str = ""
    parent: _Node | None = None
    children: list[_Node] | None = None
    loading: bool = False
    waiters: list[Callable[[], None]] = field(default_factory=list)

    def row(self) -> int:
        if self.parent is None or self.parent.children is None:
            return 0
        return self.parent.children.index(self)


ChildLoader = Callable[[Store, str | None, int | None], list[browse.TreeNode]]


def plan_children(store: Store, kind: str | None, obj_id: int | None) -> list[browse.TreeNode]:
    with store.read() as s:
        return browse.tree_children(s, kind, obj_id)


def workgroup_children(store: Store, kind: str | None, obj_id: int | None) -> list[browse.TreeNode]:
    with store.read() as s:
        return browse.workgroup_children(s, obj_id if kind is not None else None)


def contact_children(store: Store, kind: str | None, _obj_id: int | None) -> list[browse.TreeNode]:
    if kind is not None:
        return []
    with store.read() as s:
        return browse.contact_rows(s)


class NavigatorModel(QAbstractItemModel):
    """A lazily loaded tree of plan objects; rows are plain :class:`browse.TreeNode` data."""

    loaded = Signal()

    def __init__(self, worker: DbWorker, loader: ChildLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._loader = loader
        self._root = _Node("root", 0, "", True)
        self._generation = 0
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    # -- structure ---------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def index_of(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = ROOT) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return node.has_children and node.children is None and not node.loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._load(self._node(parent))

    def _load(self, node: _Node) -> None:
        node.loading = True
        generation = self._generation
        kind = None if node is self._root else node.kind
        obj_id = None if node is self._root else node.obj_id
        loader = self._loader

        def done(rows: list[browse.TreeNode]) -> None:
            if generation != self._generation or node.children is not None:
                return
            children = [
                _Node(r.kind, r.obj_id, r.label, r.has_children, r.detail, node) for r in rows
            ]
            # ``loading`` stays set until the rows are in: views and testers asking
            # canFetchMore() from inside the insert signals must not start a second load.
            if children:
                self.beginInsertRows(self.index_of(node), 0, len(children) - 1)
                node.children = children
                self.endInsertRows()
                node.loading = False
            else:
                node.children = []
                node.loading = False
                node.has_children = False
                if node is not self._root:
                    idx = self.index_of(node)
                    self.dataChanged.emit(idx, idx)
            waiters, node.waiters = node.waiters, []
            for w in waiters:
                w()
            if node is self._root:
                self.loaded.emit()

        def failed(_exc: BaseException) -> None:
            node.loading = False

        self._worker.run(
            lambda st: loader(st, kind, obj_id), done, failed, priority=Priority.INTERACTIVE
        )

    def reload(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._root = _Node("root", 0, "", True)
        self.endResetModel()
        self._load(self._root)

    def ensure_loaded(self, index: QModelIndex, then: Callable[[], None]) -> None:
        node = self._node(index)
        if node.children is not None or not node.has_children:
            then()
            return
        node.waiters.append(then)
        if not node.loading:
            self._load(node)

    def find_child(self, parent: QModelIndex, kind: str, obj_id: int) -> QModelIndex:
        node = self._node(parent)
        for row, child in enumerate(node.children or []):
            same_kind = child.kind == kind or {child.kind, kind} <= {"chapter", "theme"}
            if same_kind and child.obj_id == obj_id:
                return self.createIndex(row, 0, child)
        return QModelIndex()

    def reveal(self, path: list[tuple[str, int]], then: Callable[[QModelIndex], None]) -> None:
        """Load each level of ``path`` (top down) and hand the last node's index to ``then``."""

        def step(parent: QModelIndex, remaining: list[tuple[str, int]]) -> None:
            if not remaining:
                then(parent)
                return
            kind, obj_id = remaining[0]

            def loaded() -> None:
                child = self.find_child(parent, kind, obj_id)
                if not child.isValid():
                    then(parent)
                    return
                step(child, remaining[1:])

            self.ensure_loaded(parent, loaded)

        step(QModelIndex(), path)

    # -- data --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind == "item" and node.detail == "flagship":
                return "★ " + node.label
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = labels.label(labels.OBJECT_KINDS, node.kind)
            if node.kind == "item":
                kind = labels.label(labels.ITEM_KINDS, node.detail)
            elif node.kind == "contact" and node.detail:
                kind = f"{kind}: {node.detail}"
            return f"{kind}\n{node.label}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._file if node.kind in ("item", "contact") else self._folder
        if role == KindRole:
            return node.kind
        if role == IdRole:
            return node.obj_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Name")
        return None


# --------------------------------------------------------------------------------------------
# the central list
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Models", ...)
    sort: str | None
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
)


# A list keeps at most this many pages in memory; pages far from the one last asked for go.
KEPT_PAGES = 60
# Pages asked for at once: enough for the tallest screen (a page is 200 rows).
ASKED_PAGES = 4

ListRow = dict[str, Any]  # a browse.ItemRow or browse.NoteRow


class LazyTableModel(QAbstractTableModel):
    """Plan items or notes matching a :class:`browse.BrowseFilter`, read a page at a time.

    The list knows its length from the start (the first page and the count arrive together),
    and any page is read by its position when the view shows it: Ctrl+End, the scrollbar
    dragged to the bottom and "go to row" read the target page directly, whatever the list's
    size. Rows not read yet show empty until their page arrives (``page_loaded``). Page reads
    are interactive jobs of this view (the latest view position wins); sorting and filtering
    happen in SQL.
    """

    total_changed = Signal(int)
    reloaded = Signal()
    page_loaded = Signal(int, int)  # first and last row of a page that arrived

    def __init__(self, worker: DbWorker, mode: str = "items", parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._mode = mode
        self._filter = browse.BrowseFilter()
        self._pages: dict[int, list[ListRow]] = {}
        self._total = 0
        self._counted = False
        self._generation = 0
        self._sort = "default"
        self._descending = False
        # Readable on the palette in use (a dark one too).
        self._highlight = QBrush(colours.accent(colours.FLAGSHIP))
        self._new = QBrush(colours.accent(colours.NEW))
        self._changed = QBrush(colours.accent(colours.LINK))
        self._asked: list[int] = []  # pages asked for and not read yet, oldest first
        self._last_wanted = 0

    # -- query -------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    @property
    def columns(self) -> tuple[Column, ...]:
        return ITEM_COLUMNS if self._mode == "items" else NOTE_COLUMNS

    @property
    def total(self) -> int:
        return self._total

    @property
    def browse_filter(self) -> browse.BrowseFilter:
        return self._filter

    @property
    def counted(self) -> bool:
        """Whether :attr:`total` is the list's exact length (else: the first page, while the
        count is on its way)."""
        return self._counted

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self.beginResetModel()
            self._mode = mode
            self._sort, self._descending = "default", False
            self._pages, self._total, self._counted = {}, 0, False
            self.endResetModel()
            self.reload()

    def set_filter(self, f: browse.BrowseFilter) -> None:
        self._filter = f
        self.reload()

    def _reader(self) -> Callable[[Store, int, int], list[ListRow]]:
        """Reads ``limit`` rows from ``offset`` with the filter and order of now (the worker
        must not look at this object's state while the window changes it)."""
        f, mode, sort, desc = self._filter, self._mode, self._sort, self._descending

        def read(store: Store, offset: int, limit: int) -> list[ListRow]:
            with store.read() as s:
                fetch = browse.fetch_items if mode == "items" else browse.fetch_notes
                rows = fetch(s, f, offset=offset, limit=limit, sort=sort, descending=desc)
                return [dict(r) for r in rows]

        return read

    def reload(self) -> None:
        """Show the first page as soon as it is read; the count follows in its own job, and
        from then on the list has its whole length (pages read by position)."""
        self._generation += 1
        generation = self._generation
        read, f, mode = self._reader(), self._filter, self._mode

        def first_page(store: Store) -> list[ListRow]:
            return read(store, 0, PAGE + 1)

        def shown(rows: list[ListRow]) -> None:
            if generation != self._generation:
                return
            more = len(rows) > PAGE
            self.beginResetModel()
            self._pages = {0: rows[:PAGE]} if rows else {}
            self._total = min(len(rows), PAGE)
            self._counted = not more
            self._asked = []
            self.endResetModel()
            self.reloaded.emit()
            if more:
                self._worker.run(
                    count,
                    counted,
                    failed,
                    key=f"list-count-{id(self)}",
                    priority=Priority.INTERACTIVE,
                )
            else:
                self.total_changed.emit(self._total)

        def count(store: Store) -> int:
            with store.read() as s:
                counter = browse.count_items if mode == "items" else browse.count_notes
                return counter(s, f)

        def counted(total: int) -> None:
            if generation != self._generation:
                return
            if total > self._total:
                self.beginInsertRows(QModelIndex(), self._total, total - 1)
                self._total = total
                self.endInsertRows()
            self._counted = True
            self.total_changed.emit(total)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._worker.report(exc)

        self._worker.run(
            first_page, shown, failed, key=f"list-{id(self)}", priority=Priority.INTERACTIVE
        )

    # -- pages by position -------------------------------------------------------------------
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
        # worth; the queued job for older ones is replaced by this one.
        self._asked = [p for p in self._asked if p not in new][-(ASKED_PAGES - len(new)) :]
        self._asked += new
        self._last_wanted = new[-1]
        self._ask_pages(list(self._asked))

    def _ask_pages(self, pages: list[int]) -> None:
        generation = self._generation
        read = self._reader()

        def job(store: Store) -> dict[int, list[ListRow]]:
            return {page: read(store, page * PAGE, PAGE) for page in pages}

        def done(found: dict[int, list[ListRow]]) -> None:
            if generation != self._generation:
                return
            self._asked = [p for p in self._asked if p not in found]
            for page, rows in found.items():
                self._pages[page] = rows
                if rows:
                    first = page * PAGE
                    last = min(first + len(rows), self._total) - 1
                    self.dataChanged.emit(
                        self.index(first, 0), self.index(last, len(self.columns) - 1)
                    )
                    self.page_loaded.emit(first, last)
            self._forget_far_pages()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._asked = []
                self._worker.report(exc)

        self._worker.run(
            job, done, failed, key=f"list-pages-{id(self)}", priority=Priority.INTERACTIVE
        )

    def _forget_far_pages(self) -> None:
        if len(self._pages) <= KEPT_PAGES:
            return
        by_distance = sorted(self._pages, key=lambda p: abs(p - self._last_wanted))
        for page in by_distance[KEPT_PAGES:]:
            del self._pages[page]

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return False  # the whole length is known; pages come by position

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- data --------------------------------------------------------------------------------
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

    def row_of(self, kind: str, obj_id: int) -> int:
        """The position of the row showing ``(kind, obj_id)`` among the rows read, or -1."""
        for page in sorted(self._pages):
            for offset, r in enumerate(self._pages[page]):
                if r["id"] == obj_id and self.target_of(r)[0] == kind:
                    return page * PAGE + offset
        return -1

    def row_of_id(self, row_id: int) -> int:
        """The position of the row with this id among the rows read, or -1."""
        for page in sorted(self._pages):
            for offset, r in enumerate(self._pages[page]):
                if r["id"] == row_id:
                    return page * PAGE + offset
        return -1

    def target_of(self, r: ListRow) -> tuple[str, int]:
        """What selecting the row shows: the item, or the object a note is about."""
        if self._mode == "items":
            return "item", int(r["id"])
        if r.get("target_id") is not None:
            return str(r["target_kind"]), int(r["target_id"])
        return "annotation", int(r["id"])

    def _cell(self, r: ListRow, key: str) -> str:
        value = r.get(key)
        if key == "kind":
            return labels.label(labels.ITEM_KINDS, value)
        if key == "status":
            return labels.label(labels.NOTE_STATUSES, value)
        if key == "priority":
            return labels.label(labels.PRIORITIES, value) if value else ""
        if key in ("notes", "open_actions"):
            return str(value) if value else ""
        if key == "change":
            return labels.label(labels.CHANGES, value) if value else ""
        if key == "updated":
            return dates.format_utc(value)  # the one date format of the interface language
        if value is None:
            return ""
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        r = self.row_data(index.row())
        if r is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self.ensure_rows(index.row(), index.row())
            return None
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(r, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "body", "target", "section"):
            return str(r.get(key) or "")
        if role == Qt.ItemDataRole.ForegroundRole and key == "kind" and r.get("kind") == "flagship":
            return self._highlight
        if role == Qt.ItemDataRole.ForegroundRole and key == "change" and r.get("change"):
            return self._new if r["change"] == "new" else self._changed
        if role == Qt.ItemDataRole.FontRole and key == "priority" and r.get("priority") == 3:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("year", "notes", "open_actions"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KindRole:
            return self.target_of(r)[0]
        if role == IdRole:
            return self.target_of(r)[1]
        if role == RowRole:
            return r
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
        return None


# --------------------------------------------------------------------------------------------
# search results
# --------------------------------------------------------------------------------------------


class SearchResultsModel(QAbstractListModel):
    """Hits of a full-text search: title, kind and year on one line, the snippet below."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        kind = labels.label(labels.OBJECT_KINDS, h.kind)
        year = f" · {h.plan_year}" if h.plan_year else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{h.title} ({kind}{year})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{h.title}, {kind}{year}: {strip_markers(h.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return strip_markers(h.snippet)
        if role == HeadRole:
            return h.title, f"{kind}{year}", highlight_html(h.snippet)
        if role == HtmlRole:
            return (
                f"<div style='white-space:nowrap'><b>{html.escape(h.title)}</b> "
                f"<span style='color:{colours.css(colours.muted())}'>"
                f"{html.escape(kind)}{html.escape(year)}</span></div>"
                f"<div>{highlight_html(h.snippet)}</div>"
            )
        if role == KindRole:
            return h.kind
        if role == IdRole:
            return h.obj_id
        return None
