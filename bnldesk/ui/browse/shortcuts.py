"""Help > Keyboard shortcuts: every action of the window with its menu, keys and purpose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bnldesk.ui.actions import ActionRegistry
from bnldesk.ui.widgets.dialogs import plain_dialog

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ShortcutRow = tuple[str, str, str, str]  # menu, action, keys, what it does


def tr(text: str) -> str:
    # lupdate files plain tr("...") calls under the empty context, so they are looked up there.
    return QCoreApplication.translate("", text)


class ShortcutsModel(QAbstractTableModel):
    def __init__(self, rows: list[ShortcutRow]) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Menu"), tr("Action"), tr("Shortcut"), tr("What it does"))[section]
        return None


class WrappingTable(QTableView):
    """A table whose rows are as tall as their wrapped text at the columns' current widths."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(
            0, self, self.resizeRowsToContents
        )  # after the header laid out its columns


def shortcut_rows(registry: ActionRegistry, menu_bar: QMenuBar) -> list[ShortcutRow]:
    """Every action of the registry, then those other modules added to the menus
    (meetings, sharing, backups), in the order of the menu bar, so Help lists all of them."""
    rows = registry.rows()
    known = {a.objectName() for a in registry.actions.values()}
    order: dict[str, int] = {}
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        title = menu.title().replace("&", "")
        order.setdefault(title, len(order))
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            if action.objectName() in known or not action.text():
                continue
            known.add(action.objectName())
            rows.append(
                (
                    title,
                    action.text().replace("&", "").rstrip("."),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                    action.statusTip(),
                )
            )
    return sorted(rows, key=lambda row: order.get(row[0], len(order)))


def shortcuts_dialog(rows: list[ShortcutRow], parent: QWidget, row_height: int) -> QDialog:
    """A non-modal dialog listing ``rows``; the caller shows it."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    plain_dialog(dialog)
    dialog.setWindowTitle(tr("Keyboard shortcuts"))
    view = WrappingTable(dialog)
    view.setTabKeyNavigation(False)  # Tab reaches the Close button
    view.setModel(ShortcutsModel(rows))
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Menu, action and keys as wide as their longest text in this language; what it does
    # takes the rest and wraps onto a second line rather than being cut ("an unsaved mee…").
    header = view.horizontalHeader()
    for column in range(3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    view.verticalHeader().setMinimumSectionSize(row_height)
    view.setAccessibleName(tr("Keyboard shortcuts"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(900, 560)
    return dialog
