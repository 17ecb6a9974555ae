"""The navigator's tree model: plans (programme > plan > chapter > section > items), or the
workgroups, or the contacts, loaded a level at a time.

The model only holds the :class:`~bnldesk.store.browse.TreeNode` rows handed to it. When a node
is first expanded it asks its :data:`ChildrenSource` for the children; the window wires that to
the database worker (:func:`bnldesk.ui.browse.sources.worker_children`), tests to rows in
memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle, QTreeView

from bnldesk.store.browse import TreeNode
from bnldesk.ui import i18n, labels
from bnldesk.ui.browse.models import IdRole, KindRole

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the default "no parent" index (not a call in each signature)

# Asks for the children of a node (kind and id; None, None: the top level). The answer goes to
# the first callback with the rows, or to the second when they could not be read.
ChildrenSource = Callable[
    [str | None, int | None, Callable[[list[TreeNode]], None], Callable[[], None]], None
]


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


@dataclass(eq=False)
class _Node:
    """A row of the tree as the model keeps it: its data, its place and its loading state."""

    row: TreeNode
    parent: _Node | None = None
    children: list[_Node] | None = None  # None: not asked for yet
    loading: bool = False
    has_children: bool = True
    waiters: list[Callable[[], None]] = field(default_factory=list)

    def position(self) -> int:
        if self.parent is None or self.parent.children is None:
            return 0
        return self.parent.children.index(self)


def _root() -> _Node:
    return _Node(TreeNode("root", 0, "", True))


class NavigatorModel(QAbstractItemModel):
    """A lazily loaded tree of plan objects. ``loaded`` fires when the top level is read."""

    loaded = Signal()

    def __init__(self, source: ChildrenSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._root = _root()
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
        return self.createIndex(node.position(), 0, node)

    def index_of(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.position(), 0, node)

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

    # -- loading -----------------------------------------------------------------------------
    def _load(self, node: _Node) -> None:
        node.loading = True
        generation = self._generation
        top = node is self._root
        kind = None if top else node.row.kind
        obj_id = None if top else node.row.obj_id

        def arrived(rows: list[TreeNode]) -> None:
            if generation == self._generation and node.children is None:
                self._insert_children(node, rows)

        def failed() -> None:
            node.loading = False

        self._source(kind, obj_id, arrived, failed)

    def _insert_children(self, node: _Node, rows: list[TreeNode]) -> None:
        children = [_Node(row, node, has_children=row.has_children) for row in rows]
        # ``loading`` stays set until the rows are in: views and testers asking canFetchMore()
        # from inside the insert signals must not start a second load.
        if children:
            self.beginInsertRows(self.index_of(node), 0, len(children) - 1)
            node.children = children
            self.endInsertRows()
        else:
            node.children = []
            node.has_children = False
            if node is not self._root:
                index = self.index_of(node)
                self.dataChanged.emit(index, index)
        node.loading = False
        waiters, node.waiters = node.waiters, []
        for waiter in waiters:
            waiter()
        if node is self._root:
            self.loaded.emit()

    def reload(self) -> None:
        """Forget every level read and read the top level again."""
        self.beginResetModel()
        self._generation += 1
        self._root = _root()
        self.endResetModel()
        self._load(self._root)

    def path_of(self, index: QModelIndex) -> list[tuple[str, int]]:
        """The ``(kind, id)`` of ``index`` and of each node above it, from the top; empty for
        an invalid index. What finds the same node again after a reload."""
        path: list[tuple[str, int]] = []
        while index.isValid():
            row = self._node(index).row
            path.append((row.kind, row.obj_id))
            index = index.parent()
        return path[::-1]

    def expanded_paths(self, view: QTreeView) -> list[list[tuple[str, int]]]:
        """The paths (:meth:`path_of`) of the nodes ``view`` shows expanded, parents first."""
        found: list[list[tuple[str, int]]] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop(0)
            for row in range(len(self._node(parent).children or [])):
                child = self.index(row, 0, parent)
                if view.isExpanded(child):
                    found.append(self.path_of(child))
                    pending.append(child)
        return found

    def ensure_loaded(self, index: QModelIndex, then: Callable[[], None]) -> None:
        """Call ``then`` once the children of ``index`` are read (at once if they are)."""
        node = self._node(index)
        if node.children is not None or not node.has_children:
            then()
            return
        node.waiters.append(then)
        if not node.loading:
            self._load(node)

    def find_child(self, parent: QModelIndex, kind: str, obj_id: int) -> QModelIndex:
        """The child of ``parent`` showing ``(kind, obj_id)`` (a theme is a chapter)."""
        node = self._node(parent)
        for row, child in enumerate(node.children or []):
            same_kind = child.row.kind == kind or {child.row.kind, kind} <= {"chapter", "theme"}
            if same_kind and child.row.obj_id == obj_id:
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
        row = self._node(index).row
        if role == Qt.ItemDataRole.DisplayRole:
            flagship = row.kind == "item" and row.detail == "flagship"
            return "★ " + row.label if flagship else row.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._kind_text(row)}\n{row.label}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._file if row.kind in ("item", "contact") else self._folder
        if role == KindRole:
            return row.kind
        if role == IdRole:
            return row.obj_id
        return None

    @staticmethod
    def _kind_text(row: TreeNode) -> str:
        """What the tooltip calls the node: its kind, a plan item's kind, a contact's role."""
        if row.kind == "item":
            return labels.label(labels.ITEM_KINDS, row.detail)
        kind = labels.label(labels.OBJECT_KINDS, row.kind)
        if row.kind == "contact" and row.detail:
            return i18n.labelled(kind, row.detail)
        return kind

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
