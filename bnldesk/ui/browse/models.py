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
from bnldesk.ui.worker import DbWorker

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

        self._worker.run(lambda st: loader(st, kind, obj_id), done, failed)

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

# Year over year, per plan year: {item identity key: "new" | "changed"} against the previous
# plan (bnldesk.store.history). Filled and read on the worker thread only.
CHANGE_CACHE: dict[int, dict[str, str]] = {}


def item_changes(store: Store, years: set[int]) -> dict[int, dict[str, str]]:
    try:
        from bnldesk.store import history
    except ImportError:  # pragma: no cover - the module ships with the store
        return {}
    out: dict[int, dict[str, str]] = {}
    with store.read() as s:
        for year in years:
            if year not in CHANGE_CACHE:
                cmp = history.compare_with_previous(s, year)
                CHANGE_CACHE[year] = (
                    {}
                    if cmp.previous_year is None
                    else {
                        c.key: c.status
                        for c in cmp.changes
                        if c.kind == "item" and c.status in ("new", "changed")
                    }
                )
            out[year] = CHANGE_CACHE[year]
    return out


NOTE_COLUMNS = (
    Column("updated", QT_TRANSLATE_NOOP("Models", "Updated"), "updated", 125),
    Column("target", QT_TRANSLATE_NOOP("Models", "Object"), "target", 230),
    Column("body", QT_TRANSLATE_NOOP("Models", "Note"), None, 320),
    Column("tags", QT_TRANSLATE_NOOP("Models", "Tags"), None, 120),
    Column("status", QT_TRANSLATE_NOOP("Models", "Status"), "status", 95),
    Column("priority", QT_TRANSLATE_NOOP("Models", "Priority"), "priority", 85),
    Column("open_actions", QT_TRANSLATE_NOOP("Models", "Actions"), None, 60),
)


class LazyTableModel(QAbstractTableModel):
    """Plan items or notes matching a :class:`browse.BrowseFilter`, fetched a page at a time."""

    total_changed = Signal(int)
    reloaded = Signal()

    def __init__(self, worker: DbWorker, mode: str = "items", parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._mode = mode
        self._filter = browse.BrowseFilter()
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._fetching = False
        self._has_more = False
        self._counted = True
        self._generation = 0
        self._sort = "default"
        self._descending = False
        # Readable on the palette in use (a dark one too).
        self._highlight = QBrush(colours.accent(colours.FLAGSHIP))
        self._new = QBrush(colours.accent(colours.NEW))
        self._changed = QBrush(colours.accent(colours.LINK))

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

    def set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self.beginResetModel()
            self._mode = mode
            self._sort, self._descending = "default", False
            self._rows, self._total, self._has_more = [], 0, False
            self.endResetModel()
            self.reload()

    def set_filter(self, f: browse.BrowseFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        """Show the first page as soon as it is read; the count follows in its own job."""
        self._generation += 1
        generation = self._generation
        f, mode, sort, desc = self._filter, self._mode, self._sort, self._descending
        self._fetching = True

        def page(store: Store) -> list[dict[str, Any]]:
            with store.read() as s:
                fetch = browse.fetch_items if mode == "items" else browse.fetch_notes
                return fetch(s, f, limit=PAGE + 1, sort=sort, descending=desc)

        def shown(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._has_more = len(rows) > PAGE
            self._rows = rows[:PAGE]
            self._counted = not self._has_more
            self._total = len(self._rows)
            self._fetching = False
            self.endResetModel()
            self.reloaded.emit()
            if self._counted:
                self.total_changed.emit(self._total)
            self._annotate_changes(0, len(self._rows))

        def count(store: Store) -> int:
            with store.read() as s:
                counter = browse.count_items if mode == "items" else browse.count_notes
                return counter(s, f)

        def counted(total: int) -> None:
            if generation != self._generation:
                return
            self._total = total
            self._counted = True
            self.total_changed.emit(total)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self._worker.failed.emit(str(exc))

        key = f"table-{id(self)}"
        self._worker.run(page, shown, failed, key=key)
        self._worker.run(count, counted, failed, key=key + "-count")

    def _annotate_changes(self, first: int, end: int) -> None:
        """Fill the "change" column of rows ``first:end`` in a job of its own (after the page)."""
        if self._mode != "items" or first >= end:
            return
        generation = self._generation
        years = {int(r["year"]) for r in self._rows[first:end] if r.get("year") is not None}

        def done(changes: dict[int, dict[str, str]]) -> None:
            if generation != self._generation or self._mode != "items":
                return
            for r in self._rows[first:end]:
                r["change"] = changes.get(r.get("year") or 0, {}).get(r["key"], "")
            col = len(self.columns) - 1
            self.dataChanged.emit(self.index(first, col), self.index(end - 1, col))

        self._worker.run(lambda st: item_changes(st, years), done, lambda _e: None)

    @property
    def counted(self) -> bool:
        """Whether :attr:`total` is the exact count (it is being counted otherwise)."""
        return self._counted

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        if parent.isValid():
            return False
        return not self._fetching and self._has_more

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        f, mode, sort, desc = self._filter, self._mode, self._sort, self._descending
        offset = len(self._rows)

        def job(store: Store) -> list[dict[str, Any]]:
            with store.read() as s:
                fetch = browse.fetch_items if mode == "items" else browse.fetch_notes
                return fetch(s, f, offset=offset, limit=PAGE + 1, sort=sort, descending=desc)

        def done(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._has_more = len(rows) > PAGE
            rows = rows[:PAGE]
            if not rows:
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._annotate_changes(first, len(self._rows))
            if not self._counted:
                self._total = max(self._total, len(self._rows))

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False

        self._worker.run(job, done, failed)

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
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def row_data(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kind: str, obj_id: int) -> int:
        for row, r in enumerate(self._rows):
            if r["id"] == obj_id and self.target_of(r)[0] == kind:
                return row
        return -1

    def target_of(self, r: dict[str, Any]) -> tuple[str, int]:
        """What selecting the row shows: the item, or the object a note is about."""
        if self._mode == "items":
            return "item", int(r["id"])
        if r.get("target_id") is not None:
            return str(r["target_kind"]), int(r["target_id"])
        return "annotation", int(r["id"])

    def _cell(self, r: dict[str, Any], key: str) -> str:
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        r = self._rows[index.row()]
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
