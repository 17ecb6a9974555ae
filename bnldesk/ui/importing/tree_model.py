"""The parsed document as a tree for the review window: chapters > sections > items and
workgroups, then the contacts.

A :class:`QAbstractItemModel` over an in-memory :class:`PlanDocument` (nothing is in the
database yet). Nodes are numbered on each rebuild and the index's ``internalId`` is the node's
number, so no Python object is handed to Qt. Every correction rebuilds the tree (a document
has a few hundred nodes, a 60-page PDF 7,212: the review builds them on its reading thread with
:func:`prepare_tree`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from bnldesk.domain.document import (
    DocChapter,
    DocContact,
    DocItem,
    DocSection,
    DocWorkgroup,
    PlanDocument,
)
from bnldesk.ui.importing.texts import kind_name, tr
from bnldesk.ui.widgets import colours
from bnldesk.ui.widgets.text import plain_tooltip

Payload = DocChapter | DocSection | DocItem | DocWorkgroup | DocContact | None
AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("Title", "Kind / code")
NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # "chapter", "section", "item", "workgroup", ...


_PLAIN = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE = _PLAIN | Qt.ItemFlag.ItemIsEditable
# An item or a contact never has rows below it: the view then never asks (7,000 calls fewer
# into Python when a long plan is expanded).
_PLAIN_LEAF = _PLAIN | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_LEAF = _EDITABLE | Qt.ItemFlag.ItemNeverHasChildren
_LEAF_KINDS = frozenset({"item", "contact"})
# Grouping rows keep their English label (they may be built on another thread, before a
# language switch) and are said in the interface language when shown.
_GROUP_LABELS = {"Workgroups": lambda: tr("Workgroups"), "Contacts": lambda: tr("Contacts")}


@dataclass
class _Node:
    kind: str
    payload: Payload
    label: str
    parent: int
    children: list[int] = field(default_factory=list)
    row: int = 0


@dataclass
class PreparedTree:
    """A document's rows, numbered, and every text of the second column: plain Python, built
    by :func:`prepare_tree` on any thread (the review builds it on its reading thread, so that
    the window only shows it)."""

    nodes: list[_Node]
    second_column_texts: set[str]


def prepare_tree(document: PlanDocument) -> PreparedTree:
    """The rows of ``document``: chapters > sections > items and workgroups, then the
    contacts. Grouping rows keep their English label, translated when shown."""
    nodes = [_Node("root", None, "", -1)]

    def add(kind: str, payload: Payload, label: str, parent: int) -> int:
        number = len(nodes)
        node = _Node(kind, payload, label, parent)
        nodes.append(node)
        siblings = nodes[parent].children
        node.row = len(siblings)
        siblings.append(number)
        return number

    def add_section(section: DocSection, parent: int) -> None:
        node = add("section", section, f"{section.number} {section.title}".strip(), parent)
        for child in section.children:
            add_section(child, node)
        for item in section.items:
            add("item", item, item.title, node)
        if section.workgroups:
            groups = add("group", None, "Workgroups", node)
            for group in section.workgroups:
                add_workgroup(group, groups)

    def add_workgroup(group: DocWorkgroup, parent: int) -> None:
        node = add("workgroup", group, group.name, parent)
        for child in group.children:
            add_workgroup(child, node)

    for chapter in document.chapters:
        chapter_node = add("chapter", chapter, f"{chapter.number} {chapter.title}", 0)
        for section in chapter.sections:
            add_section(section, chapter_node)
    if document.contacts:
        contacts = add("group", None, "Contacts", 0)
        for contact in document.contacts:
            add("contact", contact, contact.name, contacts)
    return PreparedTree(nodes, _second_column_texts(nodes))


def _second_column_texts(nodes: list[_Node]) -> set[str]:
    """Every text the second column shows (kinds and codes), once each."""
    texts: set[str] = {tr("chapter"), tr("section")}
    kinds: set[tuple[str, bool]] = set()
    for node in nodes:
        payload = node.payload
        if isinstance(payload, DocItem):
            kinds.add((payload.kind.value, payload.flagship))
        elif isinstance(payload, DocWorkgroup):
            texts.add(payload.code or "")
    if any(isinstance(node.payload, DocContact) for node in nodes):
        texts.add(tr("contact"))
    texts.update(
        f"★ {kind_name(kind)}" if flagship else kind_name(kind) for kind, flagship in kinds
    )
    return texts


class DocumentTreeModel(QAbstractItemModel):
    """Tree of the document; :meth:`set_document` after each correction.

    Titles (a workgroup's code too) are editable, but the model never changes the document
    itself: ``text_edited(payload, column, text)`` asks the window for an undoable correction.
    """

    text_edited = Signal(object, int, str)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__()
        self._document = document
        self._tree = prepare_tree(document)
        self._nodes = self._tree.nodes

    # -- building -------------------------------------------------------------------------

    def set_document(self, document: PlanDocument, prepared: PreparedTree | None = None) -> None:
        """Show ``document``; ``prepared``: its rows, already built by :func:`prepare_tree`."""
        self.beginResetModel()
        self._document = document
        self._tree = prepared or prepare_tree(document)
        self._nodes = self._tree.nodes
        self.endResetModel()

    def document(self) -> PlanDocument:
        return self._document

    def second_column_texts(self) -> set[str]:
        """Every text the second column shows (kinds and codes), once each:
        the view sizes that column from these instead of measuring every row."""
        return self._tree.second_column_texts

    # -- lookups --------------------------------------------------------------------------

    def payload(self, index: AnyIndex) -> Payload:
        """The document object behind ``index`` (None for the grouping rows)."""
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].payload

    def index_of(self, payload: object) -> QModelIndex:
        """The index showing ``payload`` (an object of the document), or an invalid one."""
        for number, node in enumerate(self._nodes):
            if node.payload is payload and number:
                return self.createIndex(node.row, 0, number)
        return QModelIndex()

    def parent_indexes(self) -> list[QModelIndex]:
        """Every row that has rows below it, parents before their children (the order in
        which a tree is expanded)."""
        return [
            self.createIndex(node.row, 0, number)
            for number, node in enumerate(self._nodes)
            if number and node.children
        ]

    # -- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_number = parent.internalId() if parent.isValid() else 0
        children = self._nodes[parent_number].children
        if not (0 <= row < len(children)) or not (0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent_number = self._nodes[child.internalId()].parent
        if parent_number <= 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_number].row, 0, parent_number)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        number = parent.internalId() if parent.isValid() else 0
        return len(self._nodes[number].children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every row when the tree is expanded: constants, no flag arithmetic.
        leaf = index.isValid() and self._nodes[index.internalId()].kind in _LEAF_KINDS
        if self._editable(index):
            return _EDITABLE_LEAF if leaf else _EDITABLE
        return _PLAIN_LEAF if leaf else _PLAIN

    def _editable(self, index: AnyIndex) -> bool:
        if not index.isValid():
            return False
        payload = self._nodes[index.internalId()].payload
        if index.column() == 1:
            return isinstance(payload, DocWorkgroup)
        return payload is not None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._editable(index):
            return False
        text = str(value)
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.text_edited.emit(self._nodes[index.internalId()].payload, index.column(), text)
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == NODE_ROLE:
            return node.kind
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(node, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _GROUP_LABELS[node.label]() if node.kind == "group" else node.label
            return self._second_column(node)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("chapter", "group"):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and isinstance(node.payload, DocItem)
            and node.payload.flagship
        ):
            return QBrush(colours.on_rows(colours.FLAGSHIP))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, index.column())
        return None

    def _tooltip(self, node: _Node, column: int) -> str | None:
        """The whole text of a row the tree cuts with "…" (trial 12, D7: "…information à la
        populat…" at 1366x768), and under an item's title the start of its text."""
        if node.kind == "group":
            return None
        shown = node.label if column == 0 else self._second_column(node)
        if isinstance(node.payload, DocContact):
            return plain_tooltip(_contact_tip(node.payload))
        if column == 0 and isinstance(node.payload, DocItem) and node.payload.body:
            return plain_tooltip(f"{shown}\n\n{node.payload.body[:600]}")
        return plain_tooltip(shown) if shown else None

    @staticmethod
    def _edit_text(node: _Node, column: int) -> str:
        """What an editor starts from: the title alone (no number), a workgroup's code."""
        payload = node.payload
        if isinstance(payload, DocWorkgroup):
            return (payload.code or "") if column == 1 else payload.name
        if isinstance(payload, DocChapter | DocSection | DocItem):
            return payload.title
        if isinstance(payload, DocContact):
            return payload.name
        return _GROUP_LABELS[node.label]() if node.kind == "group" else node.label

    @staticmethod
    def _second_column(node: _Node) -> str:
        payload = node.payload
        if isinstance(payload, DocItem):
            kind = kind_name(payload.kind.value)
            return f"★ {kind}" if payload.flagship else kind
        if isinstance(payload, DocWorkgroup):
            return payload.code or ""
        if isinstance(payload, DocContact):
            # The column says what a row is (its kind or code): a contact's e-mail there read
            # as a code (trials 16-17); it is in the row's tooltip.
            return tr("contact")
        if isinstance(payload, DocChapter):
            return tr("chapter")
        if isinstance(payload, DocSection):
            return tr("section")
        return ""


def _contact_tip(contact: DocContact) -> str:
    """A contact's name with what the document gives to reach them (e-mail, phone), a line
    each, for the row's tooltip."""
    return "\n".join(text for text in (contact.name, contact.email, contact.phone) if text)
