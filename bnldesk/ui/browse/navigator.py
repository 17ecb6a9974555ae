"""The navigator: three tabs (the plans, the workgroups, the contacts), each a tree read a level
at a time through the database worker.

Moving to a node emits :attr:`Navigator.node_changed`; :meth:`Navigator.reveal` opens the levels
above an object and selects it (the window then does not treat it as the delegate's move).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QTreeView

from bnldesk.store import browse
from bnldesk.store.engine import Store
from bnldesk.ui.browse.models import IdRole, KindRole
from bnldesk.ui.browse.navigator_model import NavigatorModel
from bnldesk.ui.browse.sources import (
    ChildReader,
    contact_children,
    plan_children,
    worker_children,
    workgroup_children,
)
from bnldesk.ui.browse.views import ObjectTree
from bnldesk.ui.worker import DbWorker

PLANS_TAB, WORKGROUPS_TAB, CONTACTS_TAB = range(3)
Crumb = tuple[str, int, str]  # kind, id, label of a node on the way down to an object


def tr(text: str, disambiguation: str | None = None) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text, disambiguation)


class Navigator(QTabWidget):
    """The three trees. ``node_changed(kind, id, revealed)``: the current node changed, by the
    delegate (``revealed`` False) or by :meth:`reveal`."""

    node_changed = Signal(str, int, bool)

    def __init__(self, worker: DbWorker) -> None:
        super().__init__()
        self.setObjectName("navTabs")
        self.worker = worker
        self._revealing = False
        self._quiet_reveal = False  # selecting a node without scoping to it
        # A node selected by a reveal that does not scope (a search result shown): a click on
        # it is still the delegate's choice, though it is current already.
        self._quiet: QPersistentModelIndex | None = None
        self.plan_model, self.plan_tree = self._tab(plan_children, "planTree")
        self.workgroup_model, self.workgroup_tree = self._tab(workgroup_children, "workgroupTree")
        self.contact_model, self.contact_list = self._tab(contact_children, "contactList")
        self.contact_list.setRootIsDecorated(False)
        self.setMinimumWidth(240)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(False)
        self.tabBar().setExpanding(True)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)

    def _tab(self, read: ChildReader, name: str) -> tuple[NavigatorModel, QTreeView]:
        """A tab with a tree over a model reading its nodes with ``read``."""
        model = NavigatorModel(worker_children(self.worker, read), self)
        view = ObjectTree()
        view.setObjectName(name)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setModel(model)
        view.setHeaderHidden(True)
        view.setUniformRowHeights(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._current_changed(current)
        )
        view.clicked.connect(self._clicked)
        self.addTab(view, "")
        return model, view

    def retranslate(self) -> None:
        self.setTabText(PLANS_TAB, tr("Plans", "navigator tab"))
        self.setTabText(WORKGROUPS_TAB, tr("Workgroups", "navigator tab"))
        self.setTabText(CONTACTS_TAB, tr("Contacts", "navigator tab"))
        self.plan_tree.setAccessibleName(tr("Plans navigator"))
        self.workgroup_tree.setAccessibleName(tr("Workgroups"))
        self.contact_list.setAccessibleName(tr("Contacts"))

    def reload(self) -> None:
        """Read every tree again from its top level, keeping the nodes that were expanded
        and the one that was current, found again by the objects they show (View > Reload
        collapsed the plan tree and lost the selection: trial 9). A node whose object is gone
        is left out; the scope is not changed."""
        for model, view in (
            (self.plan_model, self.plan_tree),
            (self.workgroup_model, self.workgroup_tree),
            (self.contact_model, self.contact_list),
        ):
            expanded = model.expanded_paths(view)
            current = model.path_of(view.currentIndex())
            model.reload()
            for path in expanded:
                model.reveal(path, functools.partial(self._expand_again, model, view, path))
            if current:
                model.reveal(current, functools.partial(self._select_again, model, view, current))

    @staticmethod
    def _expand_again(
        model: NavigatorModel, view: QTreeView, path: list[tuple[str, int]], index: QModelIndex
    ) -> None:
        if index.isValid() and model.path_of(index) == path:
            view.expand(index)

    def _select_again(
        self,
        model: NavigatorModel,
        view: QTreeView,
        path: list[tuple[str, int]],
        index: QModelIndex,
    ) -> None:
        if not index.isValid() or model.path_of(index) != path:
            return
        self._quiet_reveal = True  # the same node: the scope stays as it is
        try:
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            view.scrollTo(index)
        finally:
            self._quiet_reveal = False

    def current_view(self) -> QTreeView:
        view = self.currentWidget()
        assert isinstance(view, QTreeView)
        return view

    def current_label(self) -> str:
        """The text of the current node of the tree in view ("" when none)."""
        index = self.current_view().currentIndex()
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "") if index.isValid() else ""

    def clear_current(self) -> None:
        """No node is current in any tree (choosing one again then scopes again)."""
        for view in (self.plan_tree, self.workgroup_tree, self.contact_list):
            view.selectionModel().clear()

    def _current_changed(self, current: QModelIndex) -> None:
        if self._quiet_reveal:
            return
        self._quiet = None
        if current.isValid():
            kind, obj_id = str(current.data(KindRole)), int(current.data(IdRole))
            self.node_changed.emit(kind, obj_id, self._revealing)

    def _clicked(self, index: QModelIndex) -> None:
        if self._quiet is not None and self._quiet == QPersistentModelIndex(index):
            self._quiet = None
            self._current_changed(index)

    # -- revealing an object -----------------------------------------------------------------
    def reveal(self, kind: str, obj_id: int, *, scope: bool = True) -> None:
        """Select ``(kind, obj_id)`` in its tree, reading the levels above it as needed; it
        becomes the scope (``node_changed`` with ``revealed`` True) only with ``scope``: an
        object gone to scopes, a search result shown does not (trial N1)."""

        def job(store: Store) -> list[Crumb]:
            with store.read() as session:
                return browse.path_to(session, kind, obj_id)

        self.worker.run(job, lambda path: self._reveal_path(kind, obj_id, path, scope))

    def _reveal_path(self, kind: str, obj_id: int, path: list[Crumb], scope: bool) -> None:
        tab, view, model = self._tab_of(kind)
        if kind == "contact":
            path = [("contact", obj_id, "")]
        steps = [(step_kind, step_id) for step_kind, step_id, _label in path]
        model.reveal(steps, lambda index: self._select_revealed(tab, view, index, scope))

    def _tab_of(self, kind: str) -> tuple[int, QTreeView, NavigatorModel]:
        if kind == "workgroup":
            return WORKGROUPS_TAB, self.workgroup_tree, self.workgroup_model
        if kind == "contact":
            return CONTACTS_TAB, self.contact_list, self.contact_model
        return PLANS_TAB, self.plan_tree, self.plan_model

    def _select_revealed(
        self, tab: int, view: QTreeView, index: QModelIndex, scope: bool = True
    ) -> None:
        if not index.isValid():
            return
        self._revealing = True
        self._quiet_reveal = not scope
        try:
            self.setCurrentIndex(tab)
            parent = index.parent()
            while parent.isValid():
                view.expand(parent)
                parent = parent.parent()
            already = view.currentIndex() == index
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            view.scrollTo(index)
            if already and scope:
                # Current before (no signal): the list and its scope follow the object gone
                # to all the same (trial 8).
                self._current_changed(index)
        finally:
            self._revealing = False
            self._quiet_reveal = False
        self._quiet = None if scope else QPersistentModelIndex(index)
