"""Right-click menus on the navigator's trees, the central list, the search results and the
notes list: the main actions on the row under the mouse, from the window's one action registry
(so each shows its shortcut and is enabled as in the menu bar)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView

from bnldesk.ui.actions import ActionId, ActionRegistry


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


OBJECT_ACTIONS = (
    ActionId.NEW_NOTE,
    ActionId.EXPORT_PDF,
    None,
    ActionId.COPY,
    ActionId.COPY_REFERENCE,
)
NOTE_ACTIONS = (ActionId.NEW_ACTION, ActionId.DELETE_NOTE, None, ActionId.COPY)


MenuActions = tuple[ActionId | None, ...]


def _menu_for(
    registry: ActionRegistry, view: QAbstractItemView, actions: MenuActions
) -> Callable[[QPoint], None]:
    def show(pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            # The row under the mouse becomes the current one, so the actions work on it.
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.setFocus()
        menu = QMenu(view)
        menu.setObjectName("contextMenu")
        for action_id in actions:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(registry[action_id])
        if isinstance(view, QTreeView) and index.isValid():
            menu.addSeparator()
            expand = menu.addAction(tr("Expand all below"))
            expand.triggered.connect(lambda: view.expandRecursively(index))
            collapse = menu.addAction(tr("Collapse all"))
            collapse.triggered.connect(view.collapseAll)
        menu.popup(view.viewport().mapToGlobal(pos))

    return show


def install_context_menus(
    registry: ActionRegistry, views: Iterable[tuple[QAbstractItemView, MenuActions]]
) -> None:
    """Give each view its right-click menu of ``registry`` actions (the menu is a child of
    the view named "contextMenu" while it is shown)."""
    for view, actions in views:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(_menu_for(registry, view, actions))
